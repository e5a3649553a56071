"""The seed 003 and seed 004 papers regenerated from the demo data carry the seeds' facts and figures."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.db import transaction

from oversight.papers import docx as word
from oversight.papers import pdf
from oversight.papers.content import build_content, default_period
from oversight.papers.models import Meeting
from oversight.papers.tests.test_documents import pdf_text, word_text


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo loaded once for the module, rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def papers(demo_data, django_db_blocker):
    """Both papers, built once."""
    with django_db_blocker.unblock():
        built = {}
        for key, held_on, narrative in [
            ("003", date(2024, 12, 5), {"closures_since": "2023-08-01"}),  # "since change of HMIC process"
            ("004", date(2019, 6, 28), {}),
        ]:
            meeting = Meeting.objects.get(committee__name="Joint Audit Committee", held_on=held_on)
            content = build_content(meeting, *default_period(meeting), narrative)
            docx_bytes, pdf_bytes = word.render(content), pdf.render(content)
            built[key] = {"content": content, "word": word_text(docx_bytes)[1],
                          "pdf": " ".join(pdf_text(pdf_bytes).split())}
    return built


def test_seed_003_reports_are_counted_from_their_findings(papers):
    paper = papers["003"]
    assert [(r["published_short"], r["recommendations_total"], r["recommendations_for_chief_constables"])
            for r in paper["content"]["reports"]] == [
        ("22/8/24", 14, 5), ("10/9/24", 22, 8), ("27/9/24", 29, 15), ("10/10/24", 8, 5)
    ]
    for sentence in [
        "14 recommendations were made in total, of which 5 were applicable to chief constables.",
        "22 recommendations were made in total, of which 8 were applicable to chief constables.",
        "29 recommendations were made in total, of which 15 were applicable to chief constables.",
        "8 recommendations were made in total, of which 5 were applicable to chief constables.",
    ]:
        assert sentence in papers["003"]["word"] and sentence in paper["pdf"]


def test_seed_003_closure_table_totals_170_with_4_awaiting(papers):
    paper = papers["003"]
    rows = [(r["label"], r["closed"]) for r in paper["content"]["closures"]["rows"]]
    assert rows == [("AFI Lv3", 15), ("AFI Lv2", 12), ("Recommendation Lv4", 18), ("Recommendation Lv3", 34),
                    ("Recommendation Lv2", 91)]
    assert "Total | 170 (+4)" in paper["word"]
    assert "AFI Lv3 | 15" in paper["word"] and "Recommendation Lv2 | 91" in paper["word"]
    assert "Total 170 (+4)" in paper["pdf"] and "since August 2023" in paper["pdf"]


def test_seed_003_engage_and_return_to_scan_dates(papers):
    paper = papers["003"]
    for text in ["24 November 2023: Entered Engage", "22 July 2024: HMICFRS closed 3 causes of concern",
                 "18 September 2024: Returned to the default phase of monitoring"]:
        assert text in paper["word"] and text in paper["pdf"]
    assert "Cause of concern – Investigations: open; 3 of its recommendations closed and 2 open." in paper["word"]
    assert "Youth out-of-court disposals" in paper["pdf"]


def test_seed_004_gradings_table_with_last_inspected_and_arrows(papers):
    paper = papers["004"]
    for row in [
        "Effectiveness | Good |  | ↑",
        "Preventing crime and tackling anti-social behaviour | Good | 2016 | ↔",
        "Protecting Vulnerable People | Requires improvement | 2018 | ↑",
        "Tackling Serious and Organised Crime | Good | 2017 | ↔",
        "Specialist Capabilities (Firearms) | Ungraded | 2018 | N/A",
        "Efficiency | Good |  | ↔",
        "Planning for the future | Outstanding | 2018 | ↑",
        "Fair treatment of the workforce | Good | 2018 | ↑",
    ]:
        assert row in paper["word"], row
    assert "Protecting Vulnerable People Requires improvement 2018 ↑" in paper["pdf"]
    assert "Meeting current demand and using resources Requires improvement 2017 ↔" in paper["pdf"]


def test_the_forces_liaison_officer_writes_the_pccs_joint_audit_committee_papers(demo_data, db, client):
    from django.urls import reverse

    from oversight.accounts.models import User

    client.force_login(User.objects.get(username="liaison"))
    page = client.get(reverse("papers:list")).content.decode()
    assert "Joint Audit Committee" in page and "5 December 2024" in page and "Add a meeting" in page
    assert "West Mercia Police and Crime Panel" not in page
    client.force_login(User.objects.get(username="committee"))
    meeting = Meeting.objects.get(committee__name="Joint Audit Committee", held_on=date(2024, 12, 5))
    assert client.get(reverse("papers:preview", args=[meeting.pk])).status_code == 403  # not issued yet
