"""Bad input on the papers pages: a meeting with no reports, a committee with no layout or a broken one, a
paper over the limits. A clear message, a 4xx, nothing saved or issued."""

import pytest
from django.urls import reverse

from oversight.core.exceptions import InvalidInput
from oversight.papers import services
from oversight.papers.admin import CommitteeForm
from oversight.papers.models import Paper, PaperIssue


def test_a_meeting_with_no_reports_says_so_and_can_be_issued(client, liaison_officer, jac):
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:preview", args=[jac.pk])).content.decode()
    assert "no reports have been published that make findings for the force" in page
    assert jac.committee.layout == {}  # no layout of its own: the standard one
    assert "1. Purpose of report" in page
    client.post(reverse("papers:issue", args=[jac.pk]))
    assert PaperIssue.objects.filter(paper__meeting=jac).count() == 1


@pytest.mark.parametrize("layout", [{"numbering": "roman"}, {"sections": [{"key": "budget"}]},
                                    {"sections": "purpose"}, ["purpose"]])
def test_a_broken_layout_is_a_clear_422_and_the_admin_refuses_it(client, liaison_officer, jac, layout):
    jac.committee.layout = layout
    jac.committee.save()
    client.force_login(liaison_officer)
    for url in (reverse("papers:preview", args=[jac.pk]), reverse("papers:edit", args=[jac.pk]),
                reverse("papers:download", args=[jac.pk, "pdf"]), reverse("papers:part", args=[jac.pk, "purpose"])):
        reply = client.get(url)
        assert reply.status_code == 422, url
        assert "layout" in reply.content.decode().lower()
    form = CommitteeForm(data={"organisation": jac.committee.organisation_id, "name": "JAC", "layout": layout})
    assert not form.is_valid() and "layout" in form.errors
    with pytest.raises(InvalidInput):
        services.issue(services.paper_for(jac), by=liaison_officer)
    assert not PaperIssue.objects.exists()


def test_a_paper_over_the_narrative_limit_is_refused_and_nothing_is_saved(liaison_officer, jac):
    paper = services.paper_for(jac)
    changes = {f"commentary.{n}": "x" * 19_000 for n in range(12)}
    with pytest.raises(InvalidInput, match="too long"):
        services.save_part(paper, by=liaison_officer, expected_version=paper.edit_version, changes=changes)
    paper = Paper.objects.get(pk=paper.pk)
    assert paper.narrative == {} and paper.edit_version == 1
