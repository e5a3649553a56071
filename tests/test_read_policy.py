"""One read policy (issue 15): accounts/access.py answers for every model, and no list a persona can
open — the audit page and its CSV, similar findings, imports, every API list — shows a row, title,
count or name of an organisation that persona may not see."""

import pytest
from auditlog.context import set_actor
from django.apps import apps
from django.urls import reverse
from rest_framework.test import APIClient

from oversight.accounts import access

pytestmark = pytest.mark.django_db

OUR_APPS = {"accounts", "organisations", "reports", "responses", "gradings", "activities", "papers", "extraction",
            "interop", "audit", "notifications", "dashboard", "search", "core", "auditlog", "authtoken"}
SECRET = "Zebedee-Secret"  # in every record of the hidden organisation; must never reach another's page


def test_the_policy_knows_every_model_of_the_app(liaison_officer):
    models = [m for m in apps.get_models() if m._meta.app_label in OUR_APPS and not m._meta.proxy]
    unknown = [m._meta.label for m in models if m._meta.model_name not in access.visible_models()]
    assert not unknown, f"access.visible does not know: {unknown}"
    for model in models:
        # Each builds a query that runs; none answers "everything" to an ordinary person.
        restricted = access.visible(model.objects.all(), liaison_officer)
        assert restricted.query.is_empty() or "WHERE" in str(restricted.query), model._meta.label
        list(restricted[:1])


def test_a_signed_out_visitor_sees_nothing(scene):
    from django.contrib.auth.models import AnonymousUser

    from oversight.reports.models import Report

    assert Report.objects.exists() and not access.visible(Report.objects.all(), AnonymousUser()).exists()


@pytest.fixture
def hidden(db, scene, liaison_officer):
    """A fourth organisation, overseen by nobody here, with a report, a finding answered by it, a person
    who changed things, a link from a finding everyone sees, an import and a reading under way."""
    from oversight.accounts.tests.factories import person
    from oversight.extraction.models import ReportUpload
    from oversight.interop.models import ImportRun
    from oversight.organisations.tests.factories import OrganisationFactory, PortfolioFactory
    from oversight.reports.models import FindingLink
    from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
    from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

    organisation = OrganisationFactory(name=f"{SECRET} Constabulary", short_name="ZSC")
    stranger = person("zebedee", "liaison_officer", organisation)
    stranger.first_name, stranger.last_name = SECRET, "Person"
    stranger.save()
    with set_actor(stranger):
        report = ReportFactory(title=f"{SECRET} inspection")
        ReportInvolvementFactory(report=report, organisation=organisation)
        finding = FindingFactory(report=report, text=f"{SECRET} should improve.")
        response = ResponseFactory(finding=finding, organisation=organisation, narrative=f"{SECRET} narrative")
        UpdateFactory(response=response, by=stranger, text=f"{SECRET} update")
        PortfolioFactory(organisation=organisation, name=f"{SECRET} portfolio")
        FindingLink.objects.create(source=scene["rec1"], target=finding, relation="related", created_by=stranger)
    ImportRun.objects.create(organisation=organisation, uploaded_by=stranger, original_name=f"{SECRET}.csv",
                             format="csv", mapping={})
    ReportUpload.objects.create(organisation=organisation, uploaded_by=stranger, source_name=f"{SECRET}.pdf",
                                content_hash="1" * 64, format="pdf", title=f"{SECRET} reading", findings=[])
    return {"organisation": organisation, "finding": finding, "report": report}


PERSONAS = ["liaison_officer", "portfolio_lead", "action_owner", "reviewer", "committee_member", "admin_user",
            "other_org_liaison"]
API_LISTS = ["/api/organisations/", "/api/reports/", "/api/findings/", "/api/responses/", "/api/updates/",
             "/api/actions/", "/api/evidence/", "/api/closure-submissions/", "/api/gradings/",
             "/api/monitoring-phases/", "/api/inspection-activities/"]


def _body(reply):
    return b"".join(reply.streaming_content) if reply.streaming else reply.content


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_page_or_api_list_shows_anything_of_an_organisation_the_persona_cannot_see(
        client, request, scene, hidden, persona):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    pages = [reverse("audit:log"), reverse("audit:export"), reverse("audit:log") + f"?record={hidden['finding'].pk}",
             reverse("search:similar", args=[scene["rec1"].pk]), reverse("responses:register"),
             reverse("reports:list"), reverse("interop:upload"), reverse("extraction:upload"),
             reverse("search:search") + "?q=improve", reverse("dashboard:home")]
    for url in pages:
        reply = client.get(url)
        assert reply.status_code in (200, 403), (url, reply.status_code)
        assert SECRET.encode() not in _body(reply), f"{url} shows the hidden organisation to {persona}"
    api = APIClient()
    api.force_authenticate(user)
    for url in API_LISTS:
        reply = api.get(url)
        assert reply.status_code == 200, url
        assert SECRET.encode() not in reply.content, f"{url} shows the hidden organisation to {persona}"
        assert hidden["organisation"].pk not in {row.get("organisation") for row in reply.json()["results"]}


def test_the_policy_hides_the_hidden_organisations_records_of_every_kind(scene, hidden, other_org_liaison):
    from auditlog.models import LogEntry

    from oversight.accounts.models import User
    from oversight.extraction.models import ReportUpload
    from oversight.interop.models import ImportRun
    from oversight.reports.models import FindingLink

    for model in (User, ImportRun, ReportUpload, FindingLink):
        names = [str(o) for o in access.visible(model.objects.all(), other_org_liaison)]
        assert not any(SECRET in n for n in names), model
    entries = access.visible(LogEntry.objects.all(), other_org_liaison)
    assert not any(SECRET in (e.object_repr + str(e.changes)) for e in entries)


def test_what_an_organisation_holds_follows_the_same_rules(scene, force, other_force):
    """held_by answers for an organisation, not a person: duplicate checks before a reading is
    confirmed see the organisation's own findings and none of another's report."""
    from oversight.reports.models import Finding
    from oversight.reports.tests.factories import FindingFactory, ReportFactory
    from oversight.responses.models import Response

    elsewhere = FindingFactory(report=ReportFactory(title="Another force's inspection"), text="Not ours.")
    held = set(access.held_by(Finding.objects.all(), force).values_list("id", flat=True))
    assert {scene["rec1"].pk, scene["rec2"].pk, scene["cause"].pk} <= held and elsewhere.pk not in held
    assert set(access.held_by(Response.objects.all(), other_force)) == {scene["theirs"]}
    from auditlog.models import LogEntry

    with pytest.raises(LookupError):  # the audit trail is read by people, never on an organisation's behalf
        access.held_by(LogEntry.objects.all(), force)
