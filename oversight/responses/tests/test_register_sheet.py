"""The register as a working sheet (issue 10): reference column, sortable headers, ready-made views."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_rows_carry_a_reference_and_headers_sort(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    body = client.get(reverse("responses:register"), {"sort": "due"}).content.decode()
    assert "PEEL 2023 · 1" in body and "PEEL 2023 · 2" in body
    assert 'aria-sort="ascending"' in body
    assert "sort=-due" in body  # the Due header now sorts the other way
    assert "My red and overdue" in body


def test_owner_sort_is_by_name(client, liaison_officer, action_owner, portfolio_lead, scene):
    from oversight.responses.models import Response

    Response.objects.filter(pk=scene["r1"].pk).update(owner=action_owner)
    Response.objects.filter(pk=scene["r2"].pk).update(owner=portfolio_lead)
    client.force_login(liaison_officer)
    rows = client.get(reverse("responses:register"), {"sort": "owner"}).context["page"].object_list
    names = [r.owner.last_name for r in rows]
    assert names == sorted(names)


def test_edit_form_uses_radios_and_no_dashes(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    body = client.get(reverse("responses:edit", args=[scene["r1"].pk])).content.decode()
    assert "---------" not in body
    assert 'class="govuk-radios__input"' in body and 'value="monitor_only"' in body
    assert "Not rated" in body
