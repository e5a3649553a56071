import pytest
from django.urls import reverse

CORRECTED = "The force should improve the supervision of investigations."


@pytest.fixture
def correct_in_admin(client, admin_user):
    """An administrator's correction of a finding's text on its admin page; returns the reply."""

    def correct(finding, text=CORRECTED):
        client.force_login(admin_user)
        url = reverse("admin:reports_finding_change", args=[finding.pk])
        form = client.get(url).context["adminform"].form
        data = {name: ("" if value is None else value) for name, value in form.initial.items() if name in form.fields}
        data.update({"text": text, "addressees": '["the force"]'})
        return client.post(url, data)

    return correct
