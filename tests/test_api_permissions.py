"""The API answers like the pages: scope by organisation (404), writes by role (403), tokens work."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from oversight.activities.models import InspectionActivity
from oversight.gradings.models import Grading, MonitoringPhase
from oversight.organisations.tests.factories import ClosureLevelFactory
from oversight.responses.models import Action, ClosureSubmission, Evidence, Update

LISTS = ["organisations", "reports", "findings", "responses", "updates", "actions", "evidence",
         "closure-submissions", "gradings", "monitoring-phases", "inspection-activities"]


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def records(scene, force, other_force, liaison_officer):
    """One of each record under our force and under the other force."""
    import datetime

    made = {}
    for org, response in ((force, scene["r1"]), (other_force, scene["theirs"])):
        made[org.short_name] = {
            "organisations": org,
            "reports": scene["report"] if org == force else None,
            "findings": response.finding,
            "responses": response,
            "updates": Update.objects.create(response=response, text="Progress"),
            "actions": Action.objects.create(response=response, description="Train staff"),
            "evidence": Evidence.objects.create(response=response, description="Minutes", url="https://example.org/m"),
            "closure-submissions": ClosureSubmission.objects.create(
                response=response, submitted_on=datetime.date(2024, 1, 5),
                level=ClosureLevelFactory(organisation=org)),
            "gradings": Grading.objects.create(organisation=org, framework="peel_2021_22", area="Investigating crime",
                                               grade="good", published_on=datetime.date(2022, 3, 1)),
            "monitoring-phases": MonitoringPhase.objects.create(organisation=org, phase="scan",
                                                                started_on=datetime.date(2020, 1, 1)),
            "inspection-activities": InspectionActivity.objects.create(
                organisation=org, inspection="PEEL 2025", kind="fieldwork", starts_on=datetime.date(2025, 3, 1)),
        }
    return made


@pytest.mark.parametrize("endpoint", LISTS)
def test_each_list_holds_only_the_users_organisations_records(api, liaison_officer, records, endpoint):
    api.force_authenticate(liaison_officer)
    reply = api.get(f"/api/{endpoint}/")
    assert reply.status_code == 200
    ids = {row["id"] for row in reply.json()["results"]}
    ours, theirs = records["WMP"][endpoint], records["WMerP"][endpoint]
    assert ours.pk in ids
    if theirs is not None and endpoint not in {"findings"}:  # a finding both forces answer is shared
        assert theirs.pk not in ids


@pytest.mark.parametrize("endpoint", [e for e in LISTS if e not in {"reports", "findings"}])
def test_another_organisations_record_is_not_found(api, liaison_officer, records, endpoint):
    api.force_authenticate(liaison_officer)
    assert api.get(f"/api/{endpoint}/{records['WMerP'][endpoint].pk}/").status_code == 404
    assert api.get(f"/api/{endpoint}/{records['WMP'][endpoint].pk}/").status_code == 200


def test_the_pcc_office_reads_the_force_it_oversees(api, reviewer, records):
    api.force_authenticate(reviewer)
    assert api.get(f"/api/responses/{records['WMP']['responses'].pk}/").status_code == 200
    assert api.get(f"/api/responses/{records['WMerP']['responses'].pk}/").status_code == 404


@pytest.mark.parametrize("persona", ["committee_member", "reviewer"])
def test_readers_cannot_write(api, persona, request, records):
    api.force_authenticate(request.getfixturevalue(persona))
    response = records["WMP"]["responses"]
    reply = api.patch(f"/api/responses/{response.pk}/", {"rag": "green"}, format="json", HTTP_IF_MATCH='"1"')
    assert reply.status_code == 403
    reply = api.post("/api/updates/", {"response": response.pk, "text": "Done"}, format="json")
    assert reply.status_code == 403
    response.refresh_from_db()
    assert response.rag == "red" and response.updates.count() == 1


def test_another_organisations_response_cannot_be_written(api, other_org_liaison, records):
    api.force_authenticate(other_org_liaison)
    response = records["WMP"]["responses"]
    reply = api.patch(f"/api/responses/{response.pk}/", {"rag": "green"}, format="json", HTTP_IF_MATCH='"1"')
    assert reply.status_code == 404
    reply = api.post("/api/updates/", {"response": response.pk, "text": "Done"}, format="json")
    assert reply.status_code == 400 and "does not exist" in str(reply.json()["response"])
    assert response.updates.count() == 1


def test_anonymous_callers_are_refused(api, records):
    assert api.get("/api/responses/").status_code in {401, 403}


def test_a_token_from_the_command_authenticates(api, liaison_officer, records):
    token = Token.objects.create(user=liaison_officer)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.get("/api/responses/").status_code == 200
    api.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert api.get("/api/responses/").status_code == 401


@pytest.mark.parametrize("endpoint", ["responses", "updates", "actions"])
def test_versioned_records_carry_their_version_as_etag(api, liaison_officer, records, endpoint):
    api.force_authenticate(liaison_officer)
    record = records["WMP"][endpoint]
    assert api.get(f"/api/{endpoint}/{record.pk}/")["ETag"] == f'"{record.version}"'
