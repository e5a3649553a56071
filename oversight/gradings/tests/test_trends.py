import datetime

import pytest
from django.urls import reverse

from oversight.gradings import services
from oversight.gradings.models import Grading, MonitoringPhase

pytestmark = pytest.mark.django_db


def grade(org, area, value, year, framework="peel_2018_19", **kw):
    return Grading.objects.create(organisation=org, framework=framework, area=area, grade=value,
                                  published_on=datetime.date(year, 3, 1), **kw)


def test_trend_is_computed_from_the_previous_grading_of_the_same_area(force):
    grade(force, "Protecting vulnerable people", "inadequate", 2016, framework="peel_2014_17")
    latest = grade(force, "Protecting vulnerable people", "requires_improvement", 2018)
    row = next(r for r in services.rows_for(list(Grading.objects.all())) if r.grading == latest)
    assert (row.trend, row.arrow, row.trend_is_stated) == ("up", "↑", False)


def test_unchanged_and_declined(force):
    grade(force, "Investigating crime", "good", 2016, framework="peel_2014_17")
    same = grade(force, "Investigating crime", "good", 2018)
    grade(force, "Fair treatment", "outstanding", 2016, framework="peel_2014_17")
    down = grade(force, "Fair treatment", "good", 2018)
    rows = {r.grading: r for r in services.rows_for(list(Grading.objects.all()))}
    assert rows[same].arrow == "↔" and rows[down].arrow == "↓"


def test_a_trend_across_the_four_to_five_point_break_is_not_comparable(force):
    grade(force, "Investigating crime", "good", 2018)
    after = grade(force, "Investigating crime", "adequate", 2022, framework="peel_2021_22")
    rows = {r.grading: r for r in services.rows_for(list(Grading.objects.all()))}
    assert rows[after].trend == "not_comparable"


def test_a_printed_arrow_is_used_only_when_no_earlier_grading_is_known(force):
    alone = grade(force, "Planning for the future", "outstanding", 2018, stated_trend="up")
    row = services.rows_for([alone])[0]
    assert (row.arrow, row.trend_is_stated) == ("↑", True)
    grade(force, "Planning for the future", "outstanding", 2016, framework="peel_2014_17")
    row = next(r for r in services.rows_for(list(Grading.objects.all())) if r.grading == alone)
    assert (row.arrow, row.trend_is_stated) == ("↔", False)


def test_ungraded_has_no_trend(force):
    row = services.rows_for([grade(force, "Specialist capabilities", "ungraded", 2018, stated_trend="na")])[0]
    assert row.arrow == "N/A"


def test_gradings_page_shows_the_latest_table_and_hides_other_organisations(client, liaison_officer, force, other_force):
    grade(force, "Investigating crime", "good", 2018)
    grade(other_force, "Secret question", "inadequate", 2018)
    client.force_login(liaison_officer)
    body = client.get(reverse("gradings:list")).content.decode()
    assert "Investigating crime" in body and "Secret question" not in body


def test_monitoring_page_lists_phases(client, liaison_officer, force):
    MonitoringPhase.objects.create(organisation=force, phase="engage", started_on=datetime.date(2023, 11, 24),
                                   ended_on=datetime.date(2024, 9, 18), reason="Four causes of concern")
    client.force_login(liaison_officer)
    body = client.get(reverse("gradings:monitoring")).content.decode()
    assert "24 November 2023" in body and "18 September 2024" in body


def test_calendar_splits_forthcoming_from_past(client, liaison_officer, force):
    from oversight.activities.models import InspectionActivity

    InspectionActivity.objects.create(organisation=force, inspection="Youth out-of-court disposals",
                                      kind="forthcoming", starts_on=datetime.date(2099, 3, 10))
    InspectionActivity.objects.create(organisation=force, inspection="PEEL 2021", kind="fieldwork",
                                      starts_on=datetime.date(2021, 6, 14), ends_on=datetime.date(2021, 7, 28))
    client.force_login(liaison_officer)
    page = client.get(reverse("activities:calendar"))
    assert [a.inspection for a in page.context["upcoming"]] == ["Youth out-of-court disposals"]
    assert [a.inspection for a in page.context["past"]] == ["PEEL 2021"]
