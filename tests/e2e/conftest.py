"""Browser journeys in Debian's headless Chromium, driven by Playwright, checked with axe-core."""

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("OVERSIGHT_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"{CHROMIUM} is missing: install Debian's chromium (CI must run browser tests)")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    }


@pytest.fixture
def signed_in_as(page, live_server):
    """Sign in through the real form as the named persona (password from the factories)."""
    from oversight.accounts.tests.factories import PASSWORD

    def sign_in(username, password=PASSWORD):
        page.goto(f"{live_server.url}/accounts/sign-in/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in", exact=True).click()
        page.wait_for_load_state("networkidle")
        return page

    return sign_in


def fill_date(scope, legend, iso):
    """Type a date into the GOV.UK date input (day, month, year) whose legend is `legend`."""
    year, month, day = iso.split("-")
    group = scope.get_by_role("group", name=legend, exact=True).first
    for part, value in (("Day", day), ("Month", month), ("Year", year)):
        group.get_by_label(part, exact=True).fill(str(int(value)))


def _run_axe(page, attempts=3):
    """axe's result for the page once it has loaded. A click that navigates returns before the next
    document exists, so a script added then lands in a document being torn down: wait and try again."""
    from playwright.sync_api import Error as PlaywrightError

    for attempt in range(attempts):
        page.wait_for_load_state("load")
        try:
            # Loaded from our own static files: the CSP rightly refuses an inline script.
            page.add_script_tag(url="/static/axe/axe.min.js")
            return page.evaluate(
                """async () => await axe.run(document, {runOnly: {type: 'tag',
                     values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
            )
        except PlaywrightError:
            if attempt == attempts - 1:
                raise
            page.wait_for_timeout(250)


def assert_no_axe_violations(page):
    """Run axe-core (WCAG 2.2 AA rules) on the page and fail with each violation listed."""
    result = _run_axe(page)
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]
    assert not problems, "axe-core found accessibility violations:\n" + "\n".join(problems)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped browser test is a failure: the journeys must really run."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and "e2e" in item.keywords and os.environ.get("OVERSIGHT_REQUIRE_BROWSER"):
        report.outcome = "failed"
        report.longrepr = f"browser test skipped in CI: {report.longrepr}"
