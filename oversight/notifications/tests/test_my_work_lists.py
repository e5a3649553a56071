"""My work at a large force: each list shows its first rows, says how many there are and links to them all."""

import datetime
import re

from django.urls import reverse

from oversight.notifications.views import SHOWN
from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.models import Response
from oversight.responses.tests.factories import ResponseFactory


def owned_by(owner, organisation, count, status=Response.Status.IN_PROGRESS, **kw):
    report = ReportFactory(title="Vetting inspection")
    start = datetime.date(2027, 1, 1)
    return [ResponseFactory(finding=FindingFactory(report=report, due_on=start + datetime.timedelta(days=n)),
                            organisation=organisation, owner=owner, status=status, **kw)
            for n in range(count)]


def links_to_responses(body):
    return re.findall(r'href="/responses/(\d+)/"', body)


def test_the_responses_a_person_owns_are_cut_at_the_first_rows_with_the_count_and_a_link(client, action_owner, force):
    responses = owned_by(action_owner, force, SHOWN + 5)
    client.force_login(action_owner)
    body = client.get(reverse("notifications:my_work")).content.decode()
    shown = links_to_responses(body)
    assert shown == [str(r.pk) for r in responses[:SHOWN]]  # soonest due first, as before
    assert f"Showing the first {SHOWN} of {SHOWN + 5} responses you own." in body
    link = re.search(r'href="([^"]+)">See all 30 in the register', body).group(1).replace("&amp;", "&")
    # The register behind the link holds the whole list, and no more.
    register = client.get(link)
    assert register.status_code == 200
    assert register.context["total"] == SHOWN + 5


def test_a_list_no_longer_than_the_first_rows_says_nothing_more(client, action_owner, force):
    owned_by(action_owner, force, 3)
    client.force_login(action_owner)
    body = client.get(reverse("notifications:my_work")).content.decode()
    assert len(links_to_responses(body)) == 3
    assert "Showing the first" not in body


def test_sign_offs_waiting_are_cut_too_and_link_to_the_register_filtered_to_them(client, liaison_officer, force,
                                                                                 action_owner):
    owned_by(action_owner, force, SHOWN + 2, status=Response.Status.AWAITING_SIGN_OFF, sign_off_requested_by=action_owner)
    client.force_login(liaison_officer)
    body = client.get(reverse("notifications:my_work")).content.decode()
    assert f"Showing the first {SHOWN} of {SHOWN + 2} sign-offs waiting." in body
    assert 'href="/responses/?status=awaiting_sign_off">See all 27 in the register' in body


def test_my_work_reads_as_many_rows_and_queries_for_a_hundred_responses_as_for_thirty(
        client, action_owner, force):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    owned_by(action_owner, force, 30)
    client.force_login(action_owner)
    client.get(reverse("notifications:my_work"))
    with CaptureQueriesContext(connection) as thirty:
        client.get(reverse("notifications:my_work"))
    owned_by(action_owner, force, 70)
    with CaptureQueriesContext(connection) as hundred:
        page = client.get(reverse("notifications:my_work"))
    assert len(hundred) == len(thirty)
    assert len(links_to_responses(page.content.decode())) == SHOWN
    assert "of 100 responses you own" in page.content.decode()
