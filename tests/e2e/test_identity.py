"""Signing in with the force's identity provider (a real OpenID Connect provider, run with node),
and a second factor for Oversight passwords (codes computed with pyotp, as an app would)."""

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import expect

from oversight.accounts.models import Membership
from oversight.identity.models import ClaimMapping, SecondFactorRule
from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def identity_provider(live_server, settings):
    """The certified node `oidc-provider` on loopback, with one person in the force's group."""
    port = _free_port()
    accounts = {"jo.bloggs": {"email": "jo.bloggs@wmp.police.uk", "email_verified": True, "given_name": "Jo",
                              "family_name": "Bloggs", "groups": ["wmp-hmicfrs-liaison", "all-staff"]},
                "no.group": {"email": "no.group@wmp.police.uk", "given_name": "No", "family_name": "Group",
                             "groups": ["all-staff"]}}
    process = subprocess.Popen(
        ["node", str(ROOT / "tests/e2e/oidc_provider.mjs"), str(port), f"{live_server.url}/accounts/force/callback/"],
        cwd=ROOT, env={**os.environ, "OIDC_ACCOUNTS": json.dumps(accounts)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    issuer = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{issuer}/.well-known/openid-configuration", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the OpenID Connect provider did not start")
        settings.OIDC_ENABLED = True
        settings.OIDC_PROVIDER_NAME = "your West Midlands Police account"
        settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS,
                                            "oversight.identity.oidc.ForceIdentityBackend"]
        settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "oversight", "oversight-test-secret"
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{issuer}/auth"
        settings.OIDC_OP_TOKEN_ENDPOINT = f"{issuer}/token"
        settings.OIDC_OP_USER_ENDPOINT = f"{issuer}/me"
        settings.OIDC_OP_JWKS_ENDPOINT = f"{issuer}/jwks"
        yield issuer
    finally:
        process.terminate()
        process.wait(timeout=10)


def _sign_in_at_the_force(page, login):
    page.get_by_role("button", name="Sign in with your West Midlands Police account").click()
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("any password: the test provider's own sign-in page")
    page.get_by_role("button", name="Sign-in").click()
    consent = page.get_by_role("button", name="Continue")
    if consent.count():
        consent.click()
    page.wait_for_load_state("networkidle")


def test_a_liaison_officer_signs_in_with_the_force_account_and_lands_in_their_organisation(
        page, live_server, identity_provider, force, admin_user):
    ClaimMapping.objects.create(claim="groups", value="wmp-hmicfrs-liaison", organisation=force,
                                role="liaison_officer")
    page.goto(f"{live_server.url}/accounts/sign-in/")
    assert_no_axe_violations(page)
    _sign_in_at_the_force(page, "jo.bloggs")
    assert page.url.startswith(live_server.url)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert_no_axe_violations(page)
    membership = Membership.objects.get(user__email="jo.bloggs@wmp.police.uk")
    assert (membership.organisation, membership.role) == (force, "liaison_officer")
    assert membership.user.get_full_name() == "Jo Bloggs" and not membership.user.has_usable_password()
    # Their work is their organisation's: the people page (liaison only) opens for them.
    page.goto(f"{live_server.url}/accounts/people/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("People")


def test_someone_the_mapping_does_not_place_is_told_and_not_signed_in(page, live_server, identity_provider, force):
    ClaimMapping.objects.create(claim="groups", value="wmp-hmicfrs-liaison", organisation=force,
                                role="liaison_officer")
    page.goto(f"{live_server.url}/accounts/sign-in/")
    _sign_in_at_the_force(page, "no.group")
    expect(page.get_by_text("not linked to any organisation in Oversight")).to_be_visible()
    expect(page.get_by_role("heading", name="Sign in to Oversight")).to_be_visible()
    assert_no_axe_violations(page)
    assert not Membership.objects.filter(user__email="no.group@wmp.police.uk").exists()


def test_a_local_account_still_signs_in_with_its_password_beside_the_force_sign_in(
        signed_in_as, live_server, identity_provider, liaison_officer):
    page = signed_in_as("liaison")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def test_an_organisation_requires_a_second_factor_set_up_then_given_at_each_sign_in(
        page, live_server, signed_in_as, liaison_officer, force):
    SecondFactorRule.objects.create(organisation=force, required=True)
    signed_in_as("liaison")
    expect(page.get_by_role("heading", name="Set up your authenticator app")).to_be_visible()
    expect(page.get_by_role("img", name="QR code to scan with your authenticator app")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto(f"{live_server.url}/responses/")  # nothing else opens until it is set up
    expect(page.get_by_role("heading", name="Set up your authenticator app")).to_be_visible()
    page.get_by_text("I cannot scan the code").click()
    secret = page.get_by_test_id("secret").inner_text().replace(" ", "")
    app = pyotp.TOTP(secret)
    page.get_by_label("Code from your authenticator app").fill("000000" if app.now() != "000000" else "111111")
    page.get_by_role("button", name="Confirm and carry on").click()
    expect(page.locator(".govuk-error-message")).to_contain_text("That code is not right")
    assert_no_axe_violations(page)
    page.wait_for_timeout(1100)  # django-otp refuses any code for a second after a wrong one
    page.get_by_label("Code from your authenticator app").fill(app.now())
    page.get_by_role("button", name="Confirm and carry on").click()
    expect(page.get_by_text("Your authenticator app is set up")).to_be_visible()
    expect(page.get_by_role("heading", name="Recovery codes")).to_be_visible()
    codes = page.get_by_test_id("recovery-codes").locator("code").all_inner_texts()
    assert len(codes) == 10
    assert_no_axe_violations(page)
    page.get_by_role("link", name="I have kept my codes, carry on").click()
    assert page.url.endswith("/responses/")

    page.get_by_role("button", name="Sign out").first.click()
    signed_in_as("liaison")
    expect(page.get_by_role("heading", name="Enter the code from your authenticator app")).to_be_visible()
    assert_no_axe_violations(page)
    # The code the app shows next (a code is used once; the next step is within the allowed drift).
    page.get_by_label("Code from your authenticator app").fill(app.at(time.time() + 30))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    expect(page.get_by_role("heading", name="Enter the code from your authenticator app")).to_have_count(0)

    # The phone is lost: a recovery code signs in, once, and the footer leads to new ones.
    page.get_by_role("button", name="Sign out").first.click()
    signed_in_as("liaison")
    page.get_by_label("Code from your authenticator app").fill(codes[0])
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("You signed in with a recovery code")).to_contain_text("you have 9 left")
    page.get_by_role("link", name="Authenticator app and recovery codes").click()
    expect(page.get_by_text("You have 9 recovery codes left")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Make new recovery codes").click()
    expect(page.get_by_test_id("recovery-codes").locator("code")).to_have_count(10)
