"""The header's unread count kept between requests (notifications/unread.py, issue 17)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from oversight.notifications import services
from oversight.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url)
    assert page.status_code == 200
    return page, [q["sql"] for q in queries.captured_queries if "notifications_notification" in q["sql"]]


def test_the_unread_count_is_counted_once_and_follows_notices_and_reading(client, liaison_officer, action_owner):
    client.force_login(liaison_officer)
    url = reverse("responses:register")
    _count_queries(client, url)
    page, counted = _count_queries(client, url)
    assert counted == [] and page.wsgi_request._oversight_unread == 0
    services.notify([liaison_officer], kind=Notification.Kind.ASSIGNED, message="A finding for you", by=action_owner)
    page, counted = _count_queries(client, url)
    assert len(counted) == 1 and page.wsgi_request._oversight_unread == 1
    page, counted = _count_queries(client, url)
    assert counted == [] and page.wsgi_request._oversight_unread == 1
    services.mark_read(liaison_officer)
    page, _ = _count_queries(client, url)
    assert page.wsgi_request._oversight_unread == 0
    Notification.objects.create(recipient=liaison_officer, kind=Notification.Kind.ASSIGNED, message="Another")
    page, _ = _count_queries(client, url)
    assert page.wsgi_request._oversight_unread == 1
