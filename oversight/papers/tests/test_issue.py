"""Issuing: a second person approves where the committee asks for it, two issues at once issue once, and a
correction issues version 2 keeping version 1."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from oversight.accounts.tests.factories import person
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.papers import services
from oversight.papers.models import Paper, PaperIssue
from oversight.papers.tests.factories import CommitteeFactory, MeetingFactory
from oversight.papers.tests.test_documents import D


@pytest.fixture
def second_liaison(force):
    return person("liaison-2", "liaison_officer", force)


def test_a_second_person_approves_the_issue_where_the_committee_asks(liaison_officer, second_liaison, jac):
    jac.committee.layout = {"second_person_approval": True}
    jac.committee.save()
    paper = services.paper_for(jac)
    outcome = services.issue(paper, by=liaison_officer)
    assert not outcome.issued and "second person" in outcome.message
    assert not PaperIssue.objects.exists()
    with pytest.raises(NotAllowed, match="second person must approve"):
        services.issue(paper, by=liaison_officer)
    outcome = services.issue(paper, by=second_liaison)
    assert outcome.issued
    issued = PaperIssue.objects.get()
    assert (issued.version, issued.issued_by, issued.approved_by) == (1, liaison_officer, second_liaison)


def test_issuing_twice_issues_once(liaison_officer, jac):
    paper = services.paper_for(jac)
    stale = Paper.objects.get(pk=paper.pk)
    services.issue(paper, by=liaison_officer)
    with pytest.raises(NotAllowed, match="issued and is frozen"):
        services.issue(stale, by=liaison_officer)  # a second click from a page loaded before the first
    assert PaperIssue.objects.count() == 1


def test_the_database_refuses_a_second_version_one(liaison_officer, jac):
    from django.db import IntegrityError, transaction

    paper = services.issue(services.paper_for(jac), by=liaison_officer).paper
    first = PaperIssue.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        PaperIssue.objects.create(paper=paper, version=1, content={}, docx=first.docx.name, pdf=first.pdf.name,
                                  issued_at=first.issued_at)


@pytest.mark.django_db(transaction=True)
def test_two_issues_at_the_same_moment_issue_once(force, liaison_officer):
    committee = CommitteeFactory(organisation=force, name="Joint Audit Committee")
    meeting = MeetingFactory(committee=committee, held_on=D(2024, 12, 5))
    paper = services.paper_for(meeting)
    results, barrier = [], threading.Barrier(2)

    def attempt():
        try:
            barrier.wait()
            services.issue(Paper.objects.get(pk=paper.pk), by=liaison_officer)
            results.append("issued")
        except (NotAllowed, InvalidInput) as problem:
            results.append(str(problem))
        except Exception as problem:  # noqa: BLE001 - a lock timeout is also "not issued twice"
            results.append(f"refused: {problem}")
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("issued") == 1, results
    assert PaperIssue.objects.filter(paper=paper).count() == 1


def test_a_correction_issues_version_two_and_keeps_version_one(client, liaison_officer, committee_member,
                                                                 pcc_office, paper_scene):
    jac = MeetingFactory(committee=CommitteeFactory(organisation=pcc_office, name="Joint Audit Committee"),
                         held_on=D(2024, 12, 6))
    client.force_login(liaison_officer)
    assert client.post(reverse("papers:issue", args=[jac.pk])).status_code == 302
    response = client.post(reverse("papers:correct", args=[jac.pk]), {"note": ""})
    assert Paper.objects.get(meeting=jac).status == "issued"  # a correction needs its note
    response = client.post(reverse("papers:correct", args=[jac.pk]),
                           {"note": "The closure table omitted four submissions."})
    assert response.status_code == 302
    paper = Paper.objects.get(meeting=jac)
    assert paper.status == "draft" and paper.version == 1
    # While the correction is drafted, committee members still read version 1.
    client.force_login(committee_member)
    assert client.get(reverse("papers:download", args=[jac.pk, "pdf"])).status_code == 200
    assert "DRAFT" not in client.get(reverse("papers:preview", args=[jac.pk])).content.decode()
    client.force_login(liaison_officer)
    client.post(reverse("papers:issue", args=[jac.pk]))
    versions = list(PaperIssue.objects.filter(paper=paper).order_by("version"))
    assert [v.version for v in versions] == [1, 2]
    assert versions[1].note == "The closure table omitted four submissions."
    assert versions[0].docx.name != versions[1].docx.name and versions[0].docx.storage.exists(versions[0].docx.name)
    assert "Version 2: The closure table omitted four submissions." in client.get(
        reverse("papers:preview", args=[jac.pk])).content.decode()


def test_a_correction_of_a_draft_is_refused(liaison_officer, jac):
    with pytest.raises(InvalidInput, match="Only an issued paper"):
        services.start_correction(services.paper_for(jac), by=liaison_officer, note="x")
