"""core.inserts writes the rows bulk_create would, and gives the new rows their keys."""

import datetime

import pytest
from django.utils import timezone

from oversight.core import inserts
from oversight.responses.models import Response, Transition, Update
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


def as_stored(model, pks, fields):
    return list(model.objects.filter(pk__in=pks).order_by("pk").values_list(*fields))


def test_the_rows_inserted_read_back_as_bulk_creates_do(liaison_officer):
    response = ResponseFactory()
    at = timezone.now() - datetime.timedelta(days=3)

    def made():
        return [Transition(response=response, action="imported", source=Response.Status.DRAFT, target="closed",
                           by=liaison_officer, at=at, comment=f"Row {n}", payload={"source": "a.xlsx", "row": n})
                for n in range(3)] + [Transition(response=response, action="imported", source="draft", target="open", at=at)]

    ours, theirs = inserts.insert(Transition, made()), Transition.objects.bulk_create(made())
    assert all(t.pk and not t._state.adding for t in ours)
    fields = ["response", "action", "source", "target", "by", "at", "comment", "payload", "internal_note"]
    assert as_stored(Transition, [t.pk for t in ours], fields) == as_stored(Transition, [t.pk for t in theirs], fields)
    assert Transition.objects.get(pk=ours[1].pk).payload == {"source": "a.xlsx", "row": 1}


def test_a_models_timestamps_and_dates_are_set_as_a_save_sets_them():
    response = ResponseFactory()
    [update] = inserts.insert(Update, [Update(response=response, text="Done.", written_on=datetime.date(2024, 5, 1))])
    stored = Update.objects.get(pk=update.pk)
    assert stored.written_on == datetime.date(2024, 5, 1) and stored.created_at and stored.updated_at
    assert stored.version == 1 and stored.text == "Done."


def test_a_rehearsal_gives_keys_no_row_has_and_writes_nothing():
    response = ResponseFactory()
    with inserts.rehearsed():
        made = inserts.insert(Update, [Update(response=response, text=f"Update {n}", written_on=datetime.date(2024, 5, 1))
                                       for n in range(3)])
    assert len({u.pk for u in made}) == 3 and all(u.pk < 0 and not u._state.adding for u in made)
    assert not Update.objects.exists()
    [real] = inserts.insert(Update, [Update(response=response, text="Written", written_on=datetime.date(2024, 5, 1))])
    assert real.pk > 0 and Update.objects.get().text == "Written"


def test_a_rehearsal_refuses_a_text_longer_than_its_column_as_postgresql_does():
    from django.db import DataError

    response = ResponseFactory()
    with inserts.rehearsed(), pytest.raises(DataError, match="responses_update.rag"):
        inserts.insert(Update, [Update(response=response, text="ok", rag="x" * 11, written_on=datetime.date(2024, 5, 1))])


def test_held_rows_are_written_once_when_the_block_ends_with_what_was_set_on_them_meanwhile():
    from django.db import connection

    from oversight.reports.tests.factories import FindingFactory

    finding = FindingFactory()
    with inserts.held(Response):
        [response] = inserts.insert(Response, [Response(finding=finding, organisation=ResponseFactory().organisation)])
        assert response.pk
        if connection.vendor == "postgresql":  # keys from the sequence: the row waits for the block's end
            assert not Response.objects.filter(pk=response.pk).exists()
        inserts.insert(Update, [Update(response=response, text="Done.", written_on=datetime.date(2024, 5, 1))])
        response.status = Response.Status.OPEN
    stored = Response.objects.get(pk=response.pk)
    assert stored.latest_update_on == datetime.date(2024, 5, 1)  # the sort key's trigger saw the update
    if connection.vendor == "postgresql":
        assert stored.status == Response.Status.OPEN


def test_held_rows_are_not_written_when_the_block_raises():
    from oversight.reports.tests.factories import FindingFactory

    finding, organisation = FindingFactory(), ResponseFactory().organisation
    with pytest.raises(RuntimeError), inserts.held(Response):
        inserts.insert(Response, [Response(finding=finding, organisation=organisation)])
        raise RuntimeError("refused")
    from django.db import connection

    if connection.vendor == "postgresql":
        assert not Response.objects.filter(finding=finding).exists()
