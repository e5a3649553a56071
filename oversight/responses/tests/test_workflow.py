"""One test per row of the transition table, and refusals that give the reason and change nothing."""

import datetime

import pytest
import time_machine
from auditlog.models import LogEntry

from oversight.core.exceptions import NotAllowed, StaleEdit
from oversight.organisations.tests.factories import ClosureLevelFactory
from oversight.reports.tests.factories import FindingFactory
from oversight.responses import workflow
from oversight.responses.models import ClosureSubmission, Evidence, Response, Transition
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

S = Response.Status
TODAY = datetime.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def fixed_day():
    with time_machine.travel(datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.UTC), tick=False):
        yield


@pytest.fixture
def make(force, crime_portfolio, action_owner):
    def make_response(status, **kw):
        kw.setdefault("owner", action_owner)
        kw.setdefault("portfolio", crime_portfolio)
        return ResponseFactory(organisation=force, status=status, **kw)

    return make_response


@pytest.fixture
def level(force):
    return ClosureLevelFactory(organisation=force, code="Lv3")


def with_update_and_evidence(response, by):
    UpdateFactory(response=response, by=by, text="Training delivered to all PPU staff")
    Evidence.objects.create(response=response, description="Training register", url="https://example.org/t", added_by=by)
    return response


def assert_unchanged(response, status):
    before_version = response.version
    response.refresh_from_db()
    assert response.status == status
    assert response.version == before_version
    assert not Transition.objects.filter(response=response).exists()


def only_transition(response):
    (row,) = Transition.objects.filter(response=response)
    return row


# Rows of the table


def test_liaison_confirms_a_draft_and_it_becomes_open(make, liaison_officer):
    response = make(S.DRAFT)
    workflow.transition(response, "confirm", by=liaison_officer)
    assert response.status == S.OPEN
    row = only_transition(response)
    assert (row.action, row.source, row.target, row.by) == ("confirm", S.DRAFT, S.OPEN, liaison_officer)


def test_portfolio_lead_starts_work_on_an_owned_response(make, portfolio_lead):
    response = make(S.OPEN)
    workflow.transition(response, "start", by=portfolio_lead, comment="Owner agreed")
    assert response.status == S.IN_PROGRESS
    assert only_transition(response).comment == "Owner agreed"


def test_owner_asks_for_sign_off_and_is_recorded_as_the_requester(make, action_owner):
    response = with_update_and_evidence(make(S.IN_PROGRESS, status_changed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)), action_owner)
    workflow.transition(response, "request_sign_off", by=action_owner)
    assert response.status == S.AWAITING_SIGN_OFF
    assert response.sign_off_requested_by == action_owner
    assert response.status_changed_at.date() == TODAY


def test_portfolio_lead_sends_a_sign_off_request_back_with_a_reason(make, portfolio_lead, action_owner):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    workflow.transition(response, "decline_sign_off", by=portfolio_lead, reason="Evidence does not cover custody")
    assert response.status == S.IN_PROGRESS and response.sign_off_requested_by is None
    assert only_transition(response).payload == {"reason": "Evidence does not cover custody"}


def test_portfolio_lead_signs_off_and_records_the_closure_submission(make, portfolio_lead, action_owner, level):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    workflow.transition(response, "submit", by=portfolio_lead, level=str(level.pk), submitted_on="2026-11-20",
                        summary="All PPU staff trained")
    assert response.status == S.SUBMITTED
    submission = response.closure_submissions.get()
    assert (submission.level, submission.submitted_on, submission.decision) == (level, datetime.date(2026, 11, 20), "")
    assert only_transition(response).payload["level"] == level.pk


def test_liaison_submits_using_a_closure_submission_already_recorded(make, liaison_officer, action_owner, level):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    ClosureSubmission.objects.create(response=response, level=level, submitted_on=TODAY)
    workflow.transition(response, "submit", by=liaison_officer)
    assert response.status == S.SUBMITTED and response.closure_submissions.count() == 1


def test_liaison_records_hmicfrs_accepted_and_the_response_closes(make, liaison_officer, level):
    response = make(S.SUBMITTED)
    ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2026, 10, 1))
    workflow.transition(response, "accept", by=liaison_officer, decided_on="2026-11-25")
    assert response.status == S.CLOSED
    submission = response.closure_submissions.get()
    assert (submission.decision, submission.decided_on) == ("accepted", datetime.date(2026, 11, 25))


def test_hmicfrs_not_accepting_sends_the_response_back_in_progress_with_feedback(make, liaison_officer, level):
    response = make(S.SUBMITTED)
    ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2026, 10, 1))
    workflow.transition(response, "not_accept", by=liaison_officer, decided_on=datetime.date(2026, 11, 2),
                        feedback="Needs audit results")
    assert response.status == S.IN_PROGRESS
    submission = response.closure_submissions.get()
    assert (submission.decision, submission.feedback) == ("not_accepted", "Needs audit results")


def test_liaison_reopens_a_closed_response_with_a_reason(make, liaison_officer):
    response = make(S.CLOSED)
    workflow.transition(response, "reopen", by=liaison_officer, reason="Revisit found practice slipped")
    assert response.status == S.IN_PROGRESS


@pytest.mark.parametrize("status", [S.OPEN, S.IN_PROGRESS, S.AWAITING_SIGN_OFF, S.SUBMITTED])
def test_liaison_supersedes_an_active_response_naming_the_replacing_finding(make, liaison_officer, force, status):
    response = make(status)
    replacement = FindingFactory()
    ResponseFactory(finding=replacement, organisation=force)
    workflow.transition(response, "supersede", by=liaison_officer, superseded_by=str(replacement.pk))
    assert response.status == S.SUPERSEDED and response.superseded_by == replacement


@pytest.mark.parametrize("status", [S.DRAFT, S.OPEN, S.IN_PROGRESS])
def test_liaison_marks_a_response_not_applicable_with_the_reason(make, liaison_officer, status):
    response = make(status)
    workflow.transition(response, "mark_not_applicable", by=liaison_officer, reason="No custody suites in force")
    assert response.status == S.NOT_APPLICABLE
    assert response.applicability == Response.Applicability.NOT_APPLICABLE
    assert response.applicability_reason == "No custody suites in force"


def test_a_transition_is_on_the_audit_trail_with_before_and_after(make, liaison_officer):
    response = make(S.DRAFT)
    workflow.transition(response, "confirm", by=liaison_officer)
    entry = LogEntry.objects.get_for_object(response).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == liaison_officer
    assert entry.changes_dict["status"] == ["draft", "open"]


# Refusals: the reason is given, nothing changes, nothing is recorded


def test_work_cannot_start_without_an_owner(make, liaison_officer):
    response = make(S.OPEN, owner=None)
    with pytest.raises(NotAllowed, match="Assign an owner first"):
        workflow.transition(response, "start", by=liaison_officer)
    assert_unchanged(response, S.OPEN)


def test_sign_off_cannot_be_asked_for_without_a_new_update(make, action_owner):
    response = make(S.IN_PROGRESS)
    Evidence.objects.create(response=response, description="Register", url="https://example.org/r")
    with pytest.raises(NotAllowed, match="Add an update saying what was done"):
        workflow.transition(response, "request_sign_off", by=action_owner)
    assert_unchanged(response, S.IN_PROGRESS)


def test_sign_off_cannot_be_asked_for_without_evidence(make, action_owner):
    response = make(S.IN_PROGRESS, status_changed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    UpdateFactory(response=response)
    with pytest.raises(NotAllowed, match="Add at least one piece of evidence"):
        workflow.transition(response, "request_sign_off", by=action_owner)
    assert_unchanged(response, S.IN_PROGRESS)


def test_requester_cannot_sign_off_their_own_request(make, portfolio_lead, level):
    response = make(S.AWAITING_SIGN_OFF, owner=portfolio_lead, sign_off_requested_by=portfolio_lead)
    with pytest.raises(NotAllowed, match="cannot sign off a request they made"):
        workflow.transition(response, "submit", by=portfolio_lead, level=level.pk, submitted_on="2026-11-20")
    assert_unchanged(response, S.AWAITING_SIGN_OFF)
    assert not ClosureSubmission.objects.exists()


def test_the_owner_cannot_sign_off(make, action_owner, liaison_officer, level):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=liaison_officer)
    with pytest.raises(NotAllowed, match="Only the portfolio lead or the liaison officer"):
        workflow.transition(response, "submit", by=action_owner, level=level.pk, submitted_on="2026-11-20")
    assert_unchanged(response, S.AWAITING_SIGN_OFF)


def test_submission_needs_a_closure_level_and_date(make, liaison_officer, action_owner):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    with pytest.raises(NotAllowed, match="Record the closure submission with its level and date"):
        workflow.transition(response, "submit", by=liaison_officer, submitted_on="2026-11-20")
    assert_unchanged(response, S.AWAITING_SIGN_OFF)


def test_another_organisations_closure_level_is_refused(make, liaison_officer, action_owner, other_force):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    foreign = ClosureLevelFactory(organisation=other_force, code="Lv4")
    with pytest.raises(NotAllowed, match="Choose one of your organisation's closure levels"):
        workflow.transition(response, "submit", by=liaison_officer, level=foreign.pk, submitted_on="2026-11-20")
    assert_unchanged(response, S.AWAITING_SIGN_OFF)


def test_closing_needs_the_date_of_hmicfrs_decision(make, liaison_officer, level):
    response = make(S.SUBMITTED)
    ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2026, 10, 1))
    with pytest.raises(NotAllowed, match="Give the date of HMICFRS's decision"):
        workflow.transition(response, "accept", by=liaison_officer)
    assert_unchanged(response, S.SUBMITTED)
    assert response.closure_submissions.get().decision == ""


def test_a_decision_dated_before_the_submission_is_refused(make, liaison_officer, level):
    response = make(S.SUBMITTED)
    ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2026, 10, 1))
    with pytest.raises(NotAllowed, match="cannot be before the submission date"):
        workflow.transition(response, "accept", by=liaison_officer, decided_on="2026-09-30")
    assert_unchanged(response, S.SUBMITTED)


def test_not_accepted_needs_hmicfrs_feedback(make, liaison_officer, level):
    response = make(S.SUBMITTED)
    ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2026, 10, 1))
    with pytest.raises(NotAllowed, match="Record HMICFRS's feedback"):
        workflow.transition(response, "not_accept", by=liaison_officer, decided_on="2026-11-02", feedback="  ")
    assert_unchanged(response, S.SUBMITTED)


def test_superseding_needs_the_replacing_finding(make, liaison_officer):
    response = make(S.IN_PROGRESS)
    with pytest.raises(NotAllowed, match="Name the finding that replaces this one"):
        workflow.transition(response, "supersede", by=liaison_officer)
    assert_unchanged(response, S.IN_PROGRESS)


def test_another_organisations_finding_cannot_be_named_as_the_replacement(make, liaison_officer, other_force):
    response = make(S.IN_PROGRESS)
    foreign = ResponseFactory(organisation=other_force).finding
    with pytest.raises(NotAllowed, match="Name the finding that replaces this one"):
        workflow.transition(response, "supersede", by=liaison_officer, superseded_by=foreign.pk)
    assert_unchanged(response, S.IN_PROGRESS)


def test_not_applicable_needs_a_reason(make, liaison_officer):
    response = make(S.OPEN)
    with pytest.raises(NotAllowed, match="Give the reason"):
        workflow.transition(response, "mark_not_applicable", by=liaison_officer, reason=" ")
    assert_unchanged(response, S.OPEN)


def test_a_move_from_the_wrong_status_is_refused(make, liaison_officer):
    response = make(S.CLOSED)
    with pytest.raises(NotAllowed, match="cannot be done while the response is closed"):
        workflow.transition(response, "start", by=liaison_officer)
    assert_unchanged(response, S.CLOSED)


def test_an_unknown_action_is_refused(make, liaison_officer):
    response = make(S.OPEN)
    with pytest.raises(NotAllowed, match="no action called"):
        workflow.transition(response, "close_quietly", by=liaison_officer)
    assert_unchanged(response, S.OPEN)


@pytest.mark.parametrize("persona", ["reviewer", "committee_member", "other_org_liaison", "action_owner"])
def test_readers_owners_and_outsiders_cannot_confirm(make, request, persona):
    response = make(S.DRAFT)
    with pytest.raises(NotAllowed, match="Only the liaison officer"):
        workflow.transition(response, "confirm", by=request.getfixturevalue(persona))
    assert_unchanged(response, S.DRAFT)


def test_an_owner_cannot_ask_for_sign_off_on_someone_elses_response(make, action_owner, liaison_officer):
    response = with_update_and_evidence(make(S.IN_PROGRESS, owner=liaison_officer, portfolio=None,
                                             status_changed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)),
                                        liaison_officer)
    with pytest.raises(NotAllowed, match="Only the owner, the portfolio lead or the liaison officer"):
        workflow.transition(response, "request_sign_off", by=action_owner)
    assert_unchanged(response, S.IN_PROGRESS)


def test_a_response_moved_by_someone_else_since_it_was_read_is_stale(make, liaison_officer, level):
    response = make(S.OPEN)
    Response.objects.filter(pk=response.pk).update(version=response.version + 1)  # another person's save
    with pytest.raises(StaleEdit):
        workflow.transition(response, "start", by=liaison_officer)
    assert not Transition.objects.exists()


def test_a_stale_submit_leaves_no_closure_submission_behind(make, liaison_officer, action_owner, level):
    response = make(S.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    Response.objects.filter(pk=response.pk).update(version=response.version + 1)
    with pytest.raises(StaleEdit):
        workflow.transition(response, "submit", by=liaison_officer, level=level.pk, submitted_on="2026-11-20")
    assert not ClosureSubmission.objects.exists() and not Transition.objects.exists()


# What the page offers


def test_readers_are_offered_no_actions(make, reviewer, committee_member):
    response = make(S.OPEN)
    assert workflow.available(response, reviewer) == []
    assert workflow.available(response, committee_member) == []


def test_the_owner_is_offered_sign_off_with_the_reason_it_is_blocked(make, action_owner):
    response = make(S.IN_PROGRESS)
    (offer,) = workflow.available(response, action_owner)
    assert offer.action == "request_sign_off"
    assert offer.blocked == "Add an update saying what was done since the status last changed."


def test_the_liaison_officer_is_offered_each_move_from_in_progress(make, liaison_officer):
    response = with_update_and_evidence(make(S.IN_PROGRESS, status_changed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)), liaison_officer)
    offers = {o.action: o for o in workflow.available(response, liaison_officer)}
    assert set(offers) == {"request_sign_off", "supersede", "mark_not_applicable"}
    assert all(o.allowed for o in offers.values())


# The transition page: HTTP wiring only (the rules are tested above)


def _post(client, response, action, **data):
    from django.urls import reverse

    fields = {f"{action}-{k}": v for k, v in data.items()}
    fields.setdefault(f"{action}-version", response.version)
    return client.post(reverse("responses:transition", args=[response.pk, action]), fields)


def test_the_detail_page_shows_the_owner_only_their_move_and_why_it_is_blocked(client, make, action_owner):
    response = make(S.IN_PROGRESS)
    client.force_login(action_owner)
    body = client.get(response.get_absolute_url()).content.decode()
    assert "Ask for sign-off" in body and "Not yet: Add an update saying what was done" in body
    assert "Mark as superseded" not in body


def test_a_reader_sees_no_transition_panel(client, make, committee_member):
    response = make(S.IN_PROGRESS)
    client.force_login(committee_member)
    body = client.get(response.get_absolute_url()).content.decode()
    assert "What happens next" not in body


def test_posting_a_move_applies_it_and_redirects_to_the_response(client, make, liaison_officer):
    response = make(S.DRAFT)
    client.force_login(liaison_officer)
    reply = _post(client, response, "confirm", comment="Applies to us")
    assert reply.status_code == 302 and reply["Location"] == response.get_absolute_url()
    response.refresh_from_db()
    assert response.status == S.OPEN and response.transitions.get().comment == "Applies to us"


def test_a_refused_move_shows_the_reason_and_changes_nothing(client, make, liaison_officer):
    response = make(S.OPEN)
    client.force_login(liaison_officer)
    reply = _post(client, response, "mark_not_applicable", reason="")
    assert reply.status_code == 422
    assert "Give the reason" in reply.content.decode()
    assert_unchanged(response, S.OPEN)


def test_a_move_by_the_wrong_role_is_forbidden(client, make, reviewer, action_owner):
    response = make(S.DRAFT)
    client.force_login(action_owner)
    assert _post(client, response, "confirm").status_code == 403
    assert_unchanged(response, S.DRAFT)


def test_another_organisations_response_is_not_found(client, make, other_org_liaison):
    response = make(S.DRAFT)
    client.force_login(other_org_liaison)
    assert _post(client, response, "confirm").status_code == 404
    assert_unchanged(response, S.DRAFT)


def test_a_move_from_a_page_that_is_out_of_date_is_refused(client, make, liaison_officer):
    response = make(S.DRAFT)
    client.force_login(liaison_officer)
    reply = _post(client, response, "confirm", version=response.version - 1 if response.version > 1 else 99)
    assert reply.status_code == 409
    assert "Someone else changed this response" in reply.content.decode()
    assert_unchanged(response, S.DRAFT)


def test_a_get_of_a_transition_is_not_allowed(client, make, liaison_officer):
    from django.urls import reverse

    response = make(S.DRAFT)
    client.force_login(liaison_officer)
    assert client.get(reverse("responses:transition", args=[response.pk, "confirm"])).status_code == 405
