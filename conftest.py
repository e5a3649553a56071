"""Fixtures shared by every app's tests: personas named after roles (CONVENTIONS.md §1.2)."""

import os

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop


@pytest.fixture
def force(db):
    from oversight.organisations.tests.factories import OrganisationFactory

    return OrganisationFactory(name="West Midlands Police", short_name="WMP")


@pytest.fixture
def pcc_office(db, force):
    from oversight.organisations.models import Organisation
    from oversight.organisations.tests.factories import OrganisationFactory

    office = OrganisationFactory(
        name="West Midlands Police and Crime Commissioner", short_name="WMPCC", kind=Organisation.Kind.PCC_OFFICE
    )
    office.oversees.add(force)
    return office


@pytest.fixture
def other_force(db):
    from oversight.organisations.tests.factories import OrganisationFactory

    return OrganisationFactory(name="West Mercia Police", short_name="WMerP")


@pytest.fixture
def crime_portfolio(force):
    from oversight.organisations.tests.factories import PortfolioFactory

    return PortfolioFactory(organisation=force, name="Crime")


def _person(username, role, organisation, **kw):
    from oversight.accounts.tests.factories import person

    return person(username, role, organisation, **kw)


@pytest.fixture
def liaison_officer(force):
    return _person("liaison", "liaison_officer", force)


@pytest.fixture
def portfolio_lead(force, crime_portfolio):
    return _person("crime-lead", "portfolio_lead", force, portfolios=[crime_portfolio])


@pytest.fixture
def action_owner(force):
    return _person("ppu-owner", "action_owner", force)


@pytest.fixture
def reviewer(pcc_office):
    return _person("pcc-office", "oversight_reviewer", pcc_office)


@pytest.fixture
def committee_member(pcc_office):
    return _person("committee", "committee_member", pcc_office)


@pytest.fixture
def admin_user(force):
    user = _person("admin", "administrator", force)
    user.is_staff = True
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def other_org_liaison(other_force):
    return _person("wm-liaison", "liaison_officer", other_force)


def pytest_configure(config):
    from django.conf import settings

    # Tests serve static files from the built assets without needing collectstatic's manifest.
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast, tests only
    settings.MEDIA_ROOT = str(settings.VAR_DIR / "test-media")
