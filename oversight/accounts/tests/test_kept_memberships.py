"""Memberships kept between requests (accounts/kept.py, issue 17): read once, and a change to any of
them holds from the very next request, in every process."""

import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from oversight.accounts import kept
from oversight.accounts.models import Membership, Role

pytestmark = pytest.mark.django_db


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url)
    return page, [q["sql"] for q in queries.captured_queries]


def _reads_memberships(sql):
    """The three queries of access.memberships: the person's memberships and their two prefetches."""
    return any(s.startswith('SELECT "accounts_membership"."id"') or "_prefetch_related_val_membership_id" in s
               or "_prefetch_related_val_from_organisation_id" in s for s in sql)


def test_a_signed_in_page_reads_memberships_only_the_first_time(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    url = reverse("responses:detail", args=[scene["r1"].pk])
    first, sql = _get(client, url)
    assert first.status_code == 200 and _reads_memberships(sql)
    again, sql = _get(client, url)
    assert again.status_code == 200 and not _reads_memberships(sql)


def test_a_revoked_membership_holds_from_the_next_request(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    url = reverse("responses:detail", args=[scene["r1"].pk])
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # now served from what is kept
    Membership.objects.filter(user=liaison_officer).delete()
    assert client.get(url).status_code == 404


def test_a_changed_role_holds_from_the_next_request(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    audit = reverse("audit:log")
    assert client.get(audit).status_code == 200
    assert client.get(audit).status_code == 200
    membership = Membership.objects.get(user=liaison_officer)
    membership.role = Role.COMMITTEE_MEMBER
    membership.save()
    assert client.get(audit).status_code == 403


def test_an_organisation_that_stops_overseeing_a_force_loses_its_records_at_once(client, reviewer, pcc_office,
                                                                                  force, scene):
    client.force_login(reviewer)
    url = reverse("responses:detail", args=[scene["r1"].pk])
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    pcc_office.oversees.remove(force)
    assert client.get(url).status_code == 404


def test_a_change_made_by_another_process_holds_from_the_next_request(client, liaison_officer, other_force, scene):
    """Another process's change reaches this one only through the shared generation: here the rows
    change without a signal, and the generation is replaced as that process's signal would."""
    client.force_login(liaison_officer)
    url = reverse("responses:detail", args=[scene["r1"].pk])
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    Membership.objects.filter(user=liaison_officer).update(organisation=other_force)
    assert client.get(url).status_code == 200  # nothing told this process: still kept (hence the signals)
    cache.set(kept.GENERATION_KEY, uuid.uuid4().hex, None)
    assert client.get(url).status_code == 404


def test_memberships_kept_under_an_older_generation_are_never_served(liaison_officer, force, other_force):
    """A request that read the generation before a change cannot hand its memberships to a later one."""
    from oversight.accounts import access
    from oversight.accounts.models import User

    before = User.objects.get(pk=liaison_officer.pk)
    old = kept.generation(before)
    assert access.organisation_ids(before) == {force.pk}
    Membership.objects.filter(user=liaison_officer).update(organisation=other_force)
    stale = User.objects.get(pk=liaison_officer.pk)
    stale._oversight_generation = old  # a thread still on the old generation keeps its answer...
    assert access.organisation_ids(stale) == {force.pk}
    kept.renew()
    fresh = User.objects.get(pk=liaison_officer.pk)
    assert access.organisation_ids(fresh) == {other_force.pk}  # ...but a new request never sees it
