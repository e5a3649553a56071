"""One writer per record (issue 15): every save of a report, finding, involvement, link, statutory
response, response, update, action, evidence, submission or transition comes from its owning service
(reports.services, responses.services, responses.workflow), whatever path started it: the demo loader,
an import, a reading of a report, the pages, the API or the admin."""

import sys
import traceback
from contextlib import contextmanager

import pytest
from django.db.models import QuerySet
from django.db.models.signals import pre_save
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from oversight.reports.models import Finding, FindingLink, Report, ReportInvolvement, StatutoryResponse
from oversight.responses.models import (
    Action,
    ClosureSubmission,
    Evidence,
    HmicfrsStatusEvent,
    Response,
    Transition,
    Update,
)

pytestmark = pytest.mark.django_db

WRITERS = {"oversight.reports.services", "oversight.responses.services", "oversight.responses.workflow"}
OWNED = {Report, ReportInvolvement, Finding, FindingLink, StatutoryResponse, Response, Update, Action, Evidence,
         ClosureSubmission, Transition, HmicfrsStatusEvent}


def _from_a_writer():
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__") in WRITERS:
            return True
        frame = frame.f_back
    return False


@contextmanager
def stray_writes(monkeypatch):
    """Yields the list of writes to an owned model that did not come through its writer."""
    strays = []

    def note(model, how):
        if model in OWNED and not _from_a_writer():
            strays.append(f"{how} {model.__name__}:\n" + "".join(traceback.format_stack(limit=8)[:-2]))

    def on_save(sender, **kwargs):
        note(sender, "save")

    real_bulk_create, real_update = QuerySet.bulk_create, QuerySet.update

    def bulk_create(self, *args, **kwargs):
        note(self.model, "bulk_create")
        return real_bulk_create(self, *args, **kwargs)

    def update(self, *args, **kwargs):
        note(self.model, "update")
        return real_update(self, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "bulk_create", bulk_create)
    monkeypatch.setattr(QuerySet, "update", update)
    pre_save.connect(on_save, weak=False, dispatch_uid="stray-writes")
    try:
        yield strays
    finally:
        pre_save.disconnect(dispatch_uid="stray-writes")


def test_the_demo_loader_replays_every_record_through_its_writer(monkeypatch):
    from oversight import demo

    with stray_writes(monkeypatch) as strays:
        demo.load()
    assert Response.objects.count() > 200 and Transition.objects.count() > 500
    assert strays == [], strays[0]


def test_the_demo_loader_cannot_write_an_owned_record_itself():
    from oversight.demo.build import upsert

    with pytest.raises(TypeError, match="replay"):
        upsert(Report, title="Written around the writer", defaults={"kind": "other"})


def test_an_import_and_a_reading_write_through_the_writers(monkeypatch, liaison_officer, force):
    from auditlog.context import set_actor

    from oversight.extraction import services as extraction
    from oversight.extraction.models import ReportUpload
    from oversight.interop import services as interop
    from oversight.interop.tests.helpers import csv_file

    upload = ReportUpload.objects.create(
        organisation=force, uploaded_by=liaison_officer, source_name="r.pdf", content_hash="4" * 64, format="pdf",
        title="Read in", findings=[{"id": "f1", "kind": "recommendation", "ref": "1", "text": "Chief constables "
                                    "should review.", "addressees": ["Chief constables"], "due_text": "",
                                    "due_on": None, "parent": None, "page": 1, "theme": ""}])
    with stray_writes(monkeypatch) as strays:
        run = interop.start_import(csv_file([["Report title", "Ref", "Recommendation", "RAG", "Update"],
                                             ["Imported thematic", "1", "Forces should act.", "Red", "Begun."]]),
                                   organisation=force, by=liaison_officer)
        interop.check_import(run, by=liaison_officer)
        interop.commit_import(run, by=liaison_officer)
        with set_actor(liaison_officer):
            extraction.confirm_upload(upload, title="Read in", kind=Report.Kind.NATIONAL_THEMATIC,
                                      published_on=None, by=liaison_officer)
    assert Finding.objects.filter(text__in=["Forces should act.", "Chief constables should review."]).count() == 2
    assert strays == [], strays[0]


def test_pages_and_the_api_write_through_the_writers(monkeypatch, client, scene, liaison_officer):
    r1, r2 = scene["r1"], scene["r2"]
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=liaison_officer).key}")
    client.force_login(liaison_officer)
    with stray_writes(monkeypatch) as strays:
        page = client.post(reverse("responses:transition", args=[r2.pk, "mark_not_applicable"]),
                           {"mark_not_applicable-reason": "The force has no such unit.",
                            "mark_not_applicable-version": r2.version})
        etag = api.get(f"/api/responses/{r1.pk}/").headers["ETag"]
        reply = api.patch(f"/api/responses/{r1.pk}/", {"narrative": "Set through the API"}, format="json",
                          HTTP_IF_MATCH=etag)
    assert page.status_code in (200, 302) and reply.status_code == 200, reply.content
    r1.refresh_from_db(), r2.refresh_from_db()
    assert (r2.status, r1.narrative) == ("not_applicable", "Set through the API")
    assert strays == [], strays[0]


def test_the_admin_writes_through_the_writers(monkeypatch, scene, correct_in_admin):
    rec2 = scene["rec2"]
    with stray_writes(monkeypatch) as strays:
        assert correct_in_admin(rec2).status_code == 302
    rec2.refresh_from_db()
    assert rec2.text == "The force should improve the supervision of investigations."
    assert strays == [], strays[0]
