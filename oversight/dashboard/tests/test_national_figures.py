"""Someone who sees every organisation: the row figures are kept a few minutes, not recounted over
every response in the country on each visit (issue 17); a force's dashboard stays live."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(django_user_model):
    cache.clear()  # the figures are kept in the shared cache, which outlives a test database
    yield django_user_model.objects.create_superuser("national", password="national-password-1")
    cache.clear()


def test_national_figures_are_kept_and_dated(client, superuser, force):
    ResponseFactory.create_batch(2, organisation=force, status="open")
    client.force_login(superuser)
    first = client.get(reverse("dashboard:home"))
    assert first.context["open"].count == 2
    assert "Counts across every organisation as at" in first.content.decode()
    ResponseFactory(organisation=force, status="open")
    again = client.get(reverse("dashboard:home"))
    assert again.context["open"].count == 2  # kept, not recounted
    cache.clear()
    assert client.get(reverse("dashboard:home")).context["open"].count == 3


def test_a_forces_dashboard_counts_live(client, liaison_officer, force):
    ResponseFactory.create_batch(2, organisation=force, status="open")
    client.force_login(liaison_officer)
    first = client.get(reverse("dashboard:home"))
    assert first.context["open"].count == 2
    assert "Counts across every organisation" not in first.content.decode()
    ResponseFactory(organisation=force, status="open")
    assert client.get(reverse("dashboard:home")).context["open"].count == 3
