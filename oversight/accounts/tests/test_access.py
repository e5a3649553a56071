"""Roles and scoping, checked where they live: accounts/access.py."""

import pytest

from oversight.accounts import access
from oversight.responses.models import Response
from oversight.responses.tests.factories import ResponseFactory


@pytest.fixture
def ours(force, crime_portfolio, action_owner):
    return ResponseFactory(organisation=force, portfolio=crime_portfolio, owner=action_owner)


@pytest.fixture
def theirs(other_force):
    return ResponseFactory(organisation=other_force)


def test_a_person_sees_only_their_organisations_responses(ours, theirs, liaison_officer, other_org_liaison):
    assert list(access.visible(Response.objects.all(), liaison_officer)) == [ours]
    assert list(access.visible(Response.objects.all(), other_org_liaison)) == [theirs]


def test_the_pcc_office_sees_the_force_it_oversees_but_not_others(ours, theirs, reviewer):
    assert list(access.visible(Response.objects.all(), reviewer)) == [ours]


def test_owners_change_only_what_they_own(ours, force, action_owner):
    someone_elses = ResponseFactory(organisation=force)
    assert access.can(action_owner, "edit_response", ours)
    decision = access.can(action_owner, "edit_response", someone_elses)
    assert not decision and "Only the owner" in decision.reason


def test_portfolio_leads_change_their_portfolio_only(ours, force, portfolio_lead):
    outside = ResponseFactory(organisation=force)
    assert access.can(portfolio_lead, "edit_response", ours)
    assert not access.can(portfolio_lead, "edit_response", outside)


def test_reviewers_comment_and_committee_members_only_read(ours, reviewer, committee_member):
    assert access.can(reviewer, "comment", ours)
    assert not access.can(reviewer, "edit_response", ours)
    decision = access.can(committee_member, "comment", ours)
    assert not decision and decision.reason == "Committee members read only."
    assert not access.can(committee_member, "edit_response", ours)


def test_a_pcc_office_liaison_cannot_run_the_forces_workflow(ours, pcc_office):
    from oversight.accounts.tests.factories import person

    pcc_liaison = person("pcc-liaison", "liaison_officer", pcc_office)
    assert not access.is_liaison(pcc_liaison, ours)
    assert not access.liaison_only(pcc_liaison, ours)


def test_only_administrators_manage_reference_lists(admin_user, liaison_officer, force):
    assert access.can(admin_user, "manage_reference_lists", force)
    decision = access.can(liaison_officer, "manage_reference_lists", force)
    assert not decision and "administrator" in decision.reason


def test_the_requester_cannot_sign_off_even_as_liaison(ours, liaison_officer):
    ours.sign_off_requested_by = liaison_officer
    decision = access.signs_off_and_did_not_request(liaison_officer, ours)
    assert not decision and "cannot sign off a request they made" in decision.reason


def test_an_administrator_who_belongs_to_a_force_is_scoped_to_it(admin_user, force, other_force):
    assert access.has_role(admin_user, "liaison_officer", organisation_id=force.id)
    assert not access.has_role(admin_user, "liaison_officer", organisation_id=other_force.id)
    assert not access.can(admin_user, "confirm_findings", other_force)
