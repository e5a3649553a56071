"""The sort keys the database keeps on each response (migration 0005's triggers) follow every writer,
and the register's sorts and deep pages read them (issue 17)."""

import datetime

import pytest
from django.urls import reverse

from oversight.reports.tests.factories import FindingFactory
from oversight.responses.models import Response, Update
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

pytestmark = pytest.mark.django_db

JAN, FEB, MAR = datetime.date(2026, 1, 1), datetime.date(2026, 2, 1), datetime.date(2026, 3, 1)


def keys(response):
    return Response.objects.values_list("due_sort", "latest_update_on").get(pk=response.pk)


def test_due_sort_is_the_target_else_the_findings_deadline(force):
    response = ResponseFactory(organisation=force, finding=FindingFactory(due_on=FEB))
    assert keys(response)[0] == FEB
    response.target_on = JAN
    response.save()
    assert keys(response)[0] == JAN
    response.target_on = None
    response.save(update_fields=["target_on"])
    assert keys(response)[0] == FEB


def test_a_corrected_deadline_on_the_finding_moves_responses_without_a_target(force, other_force):
    finding = FindingFactory(due_on=FEB)
    untargeted = ResponseFactory(organisation=force, finding=finding)
    targeted = ResponseFactory(organisation=other_force, finding=finding, target_on=JAN)
    finding.due_on = MAR
    finding.save()
    assert keys(untargeted)[0] == MAR
    assert keys(targeted)[0] == JAN


def test_latest_update_follows_updates_added_changed_and_removed(force):
    response = ResponseFactory(organisation=force)
    assert keys(response)[1] is None
    first = UpdateFactory(response=response, written_on=JAN)
    UpdateFactory(response=response, written_on=FEB)
    assert keys(response)[1] == FEB
    first.written_on = MAR
    first.save()
    assert keys(response)[1] == MAR
    first.delete()
    assert keys(response)[1] == FEB
    # A save of the response with what it held before the updates cannot put an old value back.
    stale = Response.objects.get(pk=response.pk)
    Update.objects.create(response=response, written_on=MAR, text="Later")
    stale.save()
    assert keys(response)[1] == MAR


def test_updates_inserted_together_keep_each_responses_newest_date(force):
    """One INSERT of many updates (an import's batch; migration 0008's statement trigger on PostgreSQL):
    each response keeps its newest date, and an older update added later does not lower it."""
    first, second = ResponseFactory(organisation=force), ResponseFactory(organisation=force)
    UpdateFactory(response=second, written_on=MAR)
    Update.objects.bulk_create([Update(response=first, written_on=FEB, text="b"),
                                Update(response=first, written_on=JAN, text="a"),
                                Update(response=second, written_on=JAN, text="older")])
    assert keys(first)[1] == FEB
    assert keys(second)[1] == MAR


def test_bulk_created_responses_get_their_keys(force):
    finding = FindingFactory(due_on=FEB)
    (made,) = Response.objects.bulk_create([Response(finding=finding, organisation=force)])
    assert Response.objects.get(finding=finding).due_sort == FEB


def _rows(client, **params):
    page = client.get(reverse("responses:register"), params)
    assert page.status_code == 200
    return [r.pk for r in page.context["page"].object_list]


def test_register_sorts_by_last_update_and_due_from_the_kept_keys(client, liaison_officer, force):
    old = ResponseFactory(organisation=force, finding=FindingFactory(due_on=MAR))
    new = ResponseFactory(organisation=force, target_on=JAN)
    UpdateFactory(response=old, written_on=JAN)
    UpdateFactory(response=new, written_on=FEB)
    client.force_login(liaison_officer)
    assert _rows(client, sort="-updated") == [new.pk, old.pk]
    assert _rows(client, sort="due") == [new.pk, old.pk]
    assert _rows(client, sort="-due") == [old.pk, new.pk]
    page = client.get(reverse("responses:register"), {"sort": "-updated", "cols": "updated"})
    assert "1 Feb 2026" in page.content.decode()  # the last update column reads the kept date


def test_a_later_page_holds_the_next_rows_in_order(client, liaison_officer, force):
    made = [ResponseFactory(organisation=force, target_on=JAN + datetime.timedelta(days=i)) for i in range(53)]
    client.force_login(liaison_officer)
    first, second = _rows(client, sort="due"), _rows(client, sort="due", page=2)
    assert first + second == [r.pk for r in made]


def test_the_unfiltered_register_leaves_out_archived_responses(client, liaison_officer, force):
    from django.utils import timezone

    kept, archived = ResponseFactory(organisation=force), ResponseFactory(organisation=force)
    Response.objects.filter(pk=archived.pk).update(archived_at=timezone.now())
    client.force_login(liaison_officer)
    assert _rows(client) == [kept.pk]


def test_past_the_last_page_the_register_counts_no_further(client, liaison_officer, force, monkeypatch):
    from oversight.responses import paging

    monkeypatch.setattr(paging, "MAX_PAGES", 1)  # one page of 50
    ResponseFactory.create_batch(52, organisation=force)
    client.force_login(liaison_officer)
    page = client.get(reverse("responses:register"))
    body = page.content.decode()
    assert "More than <strong>50</strong> responses found" in body
    assert "narrow the filters to reach the rest" in body
    assert len(page.context["page"].object_list) == 50
    assert client.get(reverse("responses:register"), {"page": 2}).context["page"].number == 1


def test_register_rows_print_their_prepared_cells(client, liaison_officer, force):
    late = ResponseFactory(organisation=force, status="in_progress", target_on=JAN,
                           finding=FindingFactory(ref="7", text="Chief constables should improve vetting."))
    ResponseFactory(organisation=force, status="closed", target_on=JAN)
    client.force_login(liaison_officer)
    page = client.get(reverse("responses:register"), {"sort": "due"})
    body = page.content.decode()
    assert f'href="/responses/{late.pk}/"' in body
    assert "Chief constables should improve vetting." in body
    assert "1 Jan 2026" in body
    assert body.count('govuk-tag--red">Overdue') == 1  # the closed one is not overdue


def test_the_owners_name_is_kept_for_the_owner_sort(force, django_user_model):
    ann = django_user_model.objects.create_user("ann", first_name="Ann", last_name="Zephyr")
    bob = django_user_model.objects.create_user("bob", first_name="Bob", last_name="Adams")
    response = ResponseFactory(organisation=force, owner=ann)
    names = lambda: Response.objects.values_list("owner_last_name", "owner_first_name").get(pk=response.pk)  # noqa: E731
    assert names() == ("Zephyr", "Ann")
    response.owner = bob
    response.save()
    assert names() == ("Adams", "Bob")
    bob.last_name = "Abbott"
    bob.save()
    assert names() == ("Abbott", "Bob")
    Response.objects.filter(pk=response.pk).update(owner=None)
    assert names() == (None, None)
