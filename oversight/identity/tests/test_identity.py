import re

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from oversight.core.exceptions import NotAllowed
from oversight.identity import services
from oversight.identity.models import ClaimMapping, SecondFactorRule

pytestmark = pytest.mark.django_db


def test_an_administrator_maps_a_group_in_the_admin_page_through_the_service_and_it_is_audited(client, admin_user,
                                                                                                force):
    client.force_login(admin_user)
    response = client.post(reverse("admin:identity_claimmapping_add"), {
        "claim": "groups", "value": " 7f1c-liaison ", "organisation": force.pk, "role": "liaison_officer"})
    assert response.status_code == 302
    mapping = ClaimMapping.objects.get()
    assert mapping.value == "7f1c-liaison"
    entry = LogEntry.objects.get_for_object(mapping).get()
    assert entry.actor == admin_user and entry.additional_data == {"organisation_id": force.pk}


def test_only_an_administrator_of_the_organisation_changes_its_sign_in(liaison_officer, other_force, force):
    with pytest.raises(NotAllowed):
        services.save_mapping(ClaimMapping(claim="groups", value="x", organisation=force, role="administrator"),
                              by=liaison_officer)
    with pytest.raises(NotAllowed):
        services.require_second_factor(other_force, True, by=liaison_officer)
    assert not ClaimMapping.objects.exists() and not SecondFactorRule.objects.exists()


def test_first_sign_in_gives_each_mapped_organisation_once_and_refuses_the_unmapped(force, pcc_office):
    ClaimMapping.objects.create(claim="roles", value="Oversight.Liaison", organisation=force, role="liaison_officer")
    ClaimMapping.objects.create(claim="groups", value="g-wmp", organisation=force, role="action_owner")
    ClaimMapping.objects.create(claim="tid", value="tenant-pcc", organisation=pcc_office, role="oversight_reviewer")
    user = services.first_sign_in({"sub": "1", "preferred_username": "Sam.Lee@WMP.police.uk",
                                   "roles": ["Oversight.Liaison"], "groups": ["g-wmp"], "tid": "tenant-pcc"})
    assert user.username == "sam.lee@wmp.police.uk"
    assert sorted((m.organisation.short_name, m.role) for m in user.memberships.all()) == [
        ("WMP", "liaison_officer"), ("WMPCC", "oversight_reviewer")]
    with pytest.raises(NotAllowed, match="not linked to any organisation"):
        services.first_sign_in({"sub": "2", "email": "x@y.uk", "groups": ["nothing"]})


def test_sign_in_with_the_force_is_not_found_while_it_is_off(client):
    assert client.get(reverse("identity:oidc_start")).status_code == 404
    assert client.get(reverse("identity:oidc_callback")).status_code == 404
    assert "Sign in with" not in client.get(reverse("accounts:login")).content.decode()


def _sign_in(client, user):
    from oversight.accounts.tests.factories import PASSWORD

    return client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})


def test_superusers_must_set_up_a_second_factor_when_the_setting_says_so(client, admin_user, liaison_officer,
                                                                         settings):
    settings.SECOND_FACTOR_FOR_SUPERUSERS = True
    _sign_in(client, admin_user)
    response = client.get(reverse("responses:register"))
    assert response.status_code == 302 and response.url.startswith(reverse("identity:enrol"))
    client.logout()
    _sign_in(client, liaison_officer)  # not a superuser, no rule: straight in
    assert client.get(reverse("responses:register")).status_code == 200


def test_a_person_with_an_app_set_up_gives_a_code_and_a_wrong_one_is_refused_clearly(client, liaison_officer):
    import pyotp

    device = TOTPDevice.objects.create(user=liaison_officer, name="Authenticator app", confirmed=True)
    _sign_in(client, liaison_officer)
    assert client.get(reverse("responses:register")).url.startswith(reverse("identity:verify"))
    response = client.post(reverse("identity:verify"), {"code": "12ab56"})
    assert response.status_code == 422 and "numbers only" in response.content.decode()
    code = pyotp.TOTP(device.config_url.split("secret=")[1].split("&")[0]).now()
    response = client.post(reverse("identity:verify"), {"code": code, "next": "/responses/"})
    assert response.status_code == 302 and response.url == "/responses/"
    assert client.get(reverse("responses:register")).status_code == 200


def _app_code(device):
    import pyotp

    return pyotp.TOTP(device.config_url.split("secret=")[1].split("&")[0]).now()


def test_setting_up_an_app_gives_recovery_codes_once_and_one_signs_in_once_when_the_phone_is_lost(
        client, liaison_officer):
    client.force_login(liaison_officer)
    client.get(reverse("identity:enrol"))
    device = TOTPDevice.objects.get(user=liaison_officer)
    response = client.post(reverse("identity:enrol"), {"code": _app_code(device), "next": "/responses/"})
    assert response.status_code == 302 and response.url.startswith(reverse("identity:recovery_codes"))
    page = client.get(response.url).content.decode()
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", page)
    assert len(set(codes)) == 10 and 'href="/responses/"' in page and "only time they are shown" in page
    again = client.get(reverse("identity:recovery_codes")).content.decode()
    assert not set(codes) & set(re.findall(r"[a-z2-7]{4}-[a-z2-7]{4}", again)) and "10 recovery codes left" in again

    client.logout()
    _sign_in(client, liaison_officer)
    assert client.get(reverse("responses:register")).url.startswith(reverse("identity:verify"))
    # Typed as people type it: capitals, no hyphen, spaces around.
    response = client.post(reverse("identity:verify"), {"code": f" {codes[0].replace('-', '').upper()} ",
                                                        "next": "/responses/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/responses/" and "you have 9 left" in response.content.decode()
    client.logout()
    _sign_in(client, liaison_officer)
    response = client.post(reverse("identity:verify"), {"code": codes[0]})  # each works once
    assert response.status_code == 422 and "not right" in response.content.decode()
    assert client.get(reverse("responses:register")).url.startswith(reverse("identity:verify"))


def test_new_recovery_codes_replace_the_old_and_the_page_is_no_way_round_the_code(client, liaison_officer):
    from oversight.identity.services import make_recovery_codes, recovery_codes_left

    TOTPDevice.objects.create(user=liaison_officer, name="Authenticator app", confirmed=True)
    old = make_recovery_codes(liaison_officer)
    _sign_in(client, liaison_officer)  # the app's code is still owed
    response = client.post(reverse("identity:recovery_codes"))
    assert response.status_code == 302 and response.url.startswith(reverse("identity:verify"))
    assert recovery_codes_left(liaison_officer) == 10
    response = client.post(reverse("identity:verify"), {"code": old[0]})
    assert response.status_code == 302
    response = client.post(reverse("identity:recovery_codes"), {"next": "/"}, follow=True)
    new = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    client.logout()
    _sign_in(client, liaison_officer)
    assert client.post(reverse("identity:verify"), {"code": old[1]}).status_code == 422  # the old ones are gone


def test_a_person_without_an_app_is_offered_to_set_one_up_not_recovery_codes(client, action_owner):
    client.force_login(action_owner)
    page = client.get(reverse("identity:recovery_codes")).content.decode()
    assert reverse("identity:enrol") in page and "<code>" not in page
    client.post(reverse("identity:recovery_codes"))
    from django_otp.plugins.otp_static.models import StaticToken

    assert not StaticToken.objects.exists()
