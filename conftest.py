"""Fixtures shared by every app's tests: personas named after roles (CONVENTIONS.md §1.2)."""

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test databases, and at the end no session left on them.

    The live server's request threads keep their PostgreSQL connections between requests
    (CONN_MAX_AGE) and cannot be closed from the main thread, so dropping the test database
    warned "There is 1 other session using the database". Before the drop, close ours and end
    whatever else is still connected to this run's own test database (each xdist worker has its own)."""
    yield
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all(initialized_only=True):
            connection.close()
        default = connections["default"]
        if default.vendor == "postgresql":
            with default.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            default.close()


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


@pytest.fixture
def scene(force, other_force, crime_portfolio):
    """A report with a cause of concern and two recommendations under it, answered by two forces."""
    import datetime

    from oversight.organisations.tests.factories import BoardFactory, BusinessAreaFactory
    from oversight.reports.models import Finding
    from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
    from oversight.responses.tests.factories import ResponseFactory

    report = ReportFactory(title="PEEL 2023–25: an inspection of West Midlands Police", kind="peel",
                           published_on=datetime.date(2023, 12, 22))
    ReportInvolvementFactory(report=report, organisation=force)
    cause = FindingFactory(report=report, kind=Finding.Kind.CAUSE_OF_CONCERN, ref="",
                           text="The force needs to improve how it investigates crime.", addressees=[])
    rec1 = FindingFactory(report=report, parent=cause, ref="1", text="Within six months, the force should make sure "
                          "investigations are allocated to officers with the right skills.", due_text="Within six months",
                          due_on=datetime.date(2024, 6, 22), addressees=["the force"])
    rec2 = FindingFactory(report=report, parent=cause, ref="2", text="The force should improve supervision of "
                          "investigations.", addressees=["the force"])
    ppu = BusinessAreaFactory(organisation=force, name="Public Protection Unit", portfolio=crime_portfolio)
    board = BoardFactory(organisation=force, name="HMIC Oversight Board")
    r1 = ResponseFactory(finding=rec1, organisation=force, portfolio=crime_portfolio, business_area=ppu,
                         board=board, rag="red", status="in_progress")
    r2 = ResponseFactory(finding=rec2, organisation=force, rag="green", status="open")
    theirs = ResponseFactory(finding=rec1, organisation=other_force, rag="amber", status="open")
    return {"report": report, "cause": cause, "rec1": rec1, "rec2": rec2, "r1": r1, "r2": r2,
            "theirs": theirs, "ppu": ppu, "board": board}
