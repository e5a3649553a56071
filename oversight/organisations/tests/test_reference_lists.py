"""Reference lists kept in the app (issue 13): added, changed, archived (never deleted), duplicates refused."""

import pytest
from django.urls import reverse

from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.organisations import services
from oversight.organisations.models import Board, ClosureLevel, CommitteeMember, OrganisationAlias, Portfolio

pytestmark = pytest.mark.django_db


def test_a_portfolio_is_added_with_its_lead_and_a_duplicate_name_is_refused(client, force, admin_user,
                                                                             crime_portfolio, portfolio_lead):
    client.force_login(admin_user)
    assert client.get(reverse("organisations:add", args=["portfolios"])).status_code == 200
    reply = client.post(reverse("organisations:add", args=["portfolios"]),
                        {"organisation": force.pk, "name": "Security", "lead": portfolio_lead.pk})
    assert reply.status_code == 302
    assert Portfolio.objects.get(name="Security").lead == portfolio_lead
    duplicate = client.post(reverse("organisations:add", args=["portfolios"]),
                            {"organisation": force.pk, "name": "  crime "})
    assert duplicate.status_code == 422 and "already a portfolio called “crime”" in duplicate.content.decode()
    assert Portfolio.objects.filter(organisation=force).count() == 2


def test_only_an_administrator_keeps_the_lists(force, liaison_officer):
    with pytest.raises(NotAllowed):
        services.add_item(Portfolio, force, {"name": "Security"}, by=liaison_officer)


def test_a_board_reports_to_a_board_but_never_to_itself(force, admin_user):
    top = services.add_item(Board, force, {"name": "Force Executive Board", "chair": "Chief Constable",
                                           "cadence": "Monthly"}, by=admin_user)
    vawg = services.add_item(Board, force, {"name": "VAWG Board", "parent": top, "chair": "ACC Crime",
                                            "cadence": "Quarterly"}, by=admin_user)
    assert vawg.parent == top
    with pytest.raises(InvalidInput, match="cannot report to itself"):
        services.edit_item(top, {"name": top.name, "parent": vawg, "chair": "", "cadence": ""}, by=admin_user)


def test_archiving_keeps_the_entry_and_the_page_needs_a_reason(client, force, admin_user, crime_portfolio):
    client.force_login(admin_user)
    url = reverse("organisations:archive", args=["portfolios", crime_portfolio.pk])
    assert client.post(url, {"reason": ""}).status_code == 422
    crime_portfolio.refresh_from_db()
    assert crime_portfolio.archived_at is None
    assert client.post(url, {"reason": "Merged into Public Protection"}).status_code == 302
    crime_portfolio.refresh_from_db()
    assert crime_portfolio.archived_at and crime_portfolio.archived_by == admin_user
    page = client.get(reverse("organisations:list", args=["portfolios"]))
    assert "Merged into Public Protection" in page.content.decode()
    client.post(reverse("organisations:restore", args=["portfolios", crime_portfolio.pk]))
    crime_portfolio.refresh_from_db()
    assert crime_portfolio.archived_at is None


def test_a_closure_levels_meaning_is_shown_where_it_is_chosen(client, force, admin_user):
    level = services.add_item(ClosureLevel, force, {"code": "Lv3", "description": "Evidence of impact",
                                                    "position": 3}, by=admin_user)
    assert level.choice_label == "Lv3 – Evidence of impact"
    from oversight.responses.panel import TransitionForm
    from oversight.responses.tests.factories import ResponseFactory
    from oversight.responses.workflow import TRANSITIONS

    action = next(name for name, row in TRANSITIONS.items() if "level" in row.fields)
    form = TransitionForm(action, ResponseFactory(organisation=force), admin_user)
    assert "Lv3 – Evidence of impact" in str(form["level"])


def test_aliases_match_addressees_and_committee_members_are_kept(force, admin_user, pcc_office):
    from oversight.papers.models import Committee

    services.add_item(OrganisationAlias, force, {"name": "WMP"}, by=admin_user)
    assert force in services.matching_organisations("Recommendation for WMP and others")
    committee = services.add_item(Committee, force, {"name": "Joint Audit Committee"}, by=admin_user)
    member = services.add_item(CommitteeMember, force, {"committee": committee, "name": "Jane Doe", "role": "Chair"},
                               by=admin_user)
    assert str(member) == "Jane Doe (Chair)"
    with pytest.raises(InvalidInput, match="already"):
        services.add_item(Committee, force, {"name": "joint audit committee"}, by=admin_user)


def test_a_committee_that_no_longer_meets_is_archived_and_no_new_meeting_is_offered_for_it(client, force, admin_user):
    from oversight.papers.models import Committee

    committee = services.add_item(Committee, force, {"name": "Strategic Policing and Crime Board"}, by=admin_user)
    client.force_login(admin_user)
    url = reverse("organisations:archive", args=["committees", committee.pk])
    assert client.post(url, {"reason": "Replaced by the Joint Audit Committee"}).status_code == 302
    committee.refresh_from_db()
    assert committee.archived_at and committee.archive_reason == "Replaced by the Joint Audit Committee"
    assert Committee.objects.filter(pk=committee.pk).exists()  # kept, with its papers
    page = client.get(reverse("papers:list"))
    form = page.context["meeting_form"]
    assert committee not in form.fields["committee"].queryset
