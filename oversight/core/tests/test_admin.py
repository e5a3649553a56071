import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_admin_changelist_opens_for_an_administrator(client, admin_user, scene):
    client.force_login(admin_user)
    for model in admin.site._registry:
        meta = model._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert client.get(url).status_code == 200, url


def test_tracked_records_cannot_be_deleted_in_the_admin(client, admin_user, scene):
    client.force_login(admin_user)
    url = reverse("admin:responses_response_delete", args=[scene["r1"].pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert type(scene["r1"]).objects.filter(pk=scene["r1"].pk).exists()


def test_status_is_read_only_in_the_admin(client, admin_user, scene):
    client.force_login(admin_user)
    page = client.get(reverse("admin:responses_response_change", args=[scene["r1"].pk]))
    assert 'name="status"' not in page.content.decode()
