"""The register filters the dashboard added for exact links: closure level and date, and "not yet set"."""

import datetime

from django.urls import reverse

from oversight.organisations.tests.factories import ClosureLevelFactory, PortfolioFactory
from oversight.responses.models import ClosureSubmission
from oversight.responses.tests.factories import ResponseFactory

AUG_2023 = datetime.date(2023, 8, 1)


def listed(client, params):
    page = client.get(reverse("responses:register"), params)
    return page.status_code, {r.pk for r in page.context["page"].object_list}


def test_closure_level_and_date_apply_to_the_same_submission(client, liaison_officer, force):
    lv2, lv3 = ClosureLevelFactory(organisation=force, code="Lv2"), ClosureLevelFactory(organisation=force, code="Lv3")
    before_at_lv2 = ResponseFactory(organisation=force, status="closed")
    ClosureSubmission.objects.create(response=before_at_lv2, level=lv2, submitted_on=AUG_2023 - datetime.timedelta(1))
    ClosureSubmission.objects.create(response=before_at_lv2, level=lv3, submitted_on=AUG_2023 + datetime.timedelta(9))
    after_at_lv2 = ResponseFactory(organisation=force, status="submitted")
    ClosureSubmission.objects.create(response=after_at_lv2, level=lv2, submitted_on=AUG_2023)
    ResponseFactory(organisation=force)
    client.force_login(liaison_officer)
    since = AUG_2023.isoformat()
    assert listed(client, {"closure_level": "Lv2", "submitted_since": since}) == (200, {after_at_lv2.pk})
    assert listed(client, {"closure_level": "Lv3", "submitted_since": since}) == (200, {before_at_lv2.pk})
    assert listed(client, {"submitted_since": since}) == (200, {before_at_lv2.pk, after_at_lv2.pk})
    assert listed(client, {"closure_level": "Lv2"}) == (200, {before_at_lv2.pk, after_at_lv2.pk})


def test_a_bad_submitted_since_date_is_reported_not_ignored(client, liaison_officer, force):
    ResponseFactory(organisation=force)
    client.force_login(liaison_officer)
    assert listed(client, {"submitted_since": "yesterday"}) == (400, set())


def test_missing_lists_responses_without_that_field(client, liaison_officer, force):
    crime = PortfolioFactory(organisation=force, name="Crime")
    unrated = ResponseFactory(organisation=force, rag="", portfolio=crime)
    no_portfolio = ResponseFactory(organisation=force, rag="red")
    neither = ResponseFactory(organisation=force, rag="")
    client.force_login(liaison_officer)
    assert listed(client, {"missing": "rag"}) == (200, {unrated.pk, neither.pk})
    assert listed(client, {"missing": "portfolio"}) == (200, {no_portfolio.pk, neither.pk})
    assert listed(client, {"missing": ["rag", "portfolio"]}) == (200, {neither.pk})
    assert listed(client, {"missing": "colour"})[0] == 400


def test_the_closure_date_is_a_govuk_date_input_that_reads_either_form(client, liaison_officer, force):
    """Arriving from the dashboard's link (one ISO value) shows the day, month and year boxes filled; the
    boxes typed by a person filter the same way."""
    level = ClosureLevelFactory(organisation=force, code="Lv2")
    submitted = ResponseFactory(organisation=force, status="submitted")
    ClosureSubmission.objects.create(response=submitted, level=level, submitted_on=AUG_2023)
    client.force_login(liaison_officer)
    page = client.get(reverse("responses:register"), {"closure_level": "Lv2", "submitted_since": "2023-08-01"})
    html = page.content.decode()
    assert 'type="date"' not in html
    for name, value in (("day", "1"), ("month", "8"), ("year", "2023")):
        assert f'name="submitted_since_{name}"' in html and f'value="{value}"' in html
    typed = {"closure_level": "Lv2", "submitted_since_day": "2", "submitted_since_month": "8",
             "submitted_since_year": "2023"}
    assert listed(client, typed) == (200, set())
    assert listed(client, {**typed, "submitted_since_day": "1"}) == (200, {submitted.pk})
