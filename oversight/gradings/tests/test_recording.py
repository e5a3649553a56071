"""Gradings and monitoring phase changes kept in the app (issue 13): scale by year, date order."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.gradings import services
from oversight.gradings.models import Grading, MonitoringPhase

pytestmark = pytest.mark.django_db


def _grading(**over):
    return {"framework": "peel_2023_25", "inspection_year": 2023, "pillar": "", "area": "Investigating crime",
            "grade": "adequate", "published_on": datetime.date(2023, 12, 22), **over}


def test_a_five_point_grade_in_a_four_point_year_is_refused(force, liaison_officer):
    with pytest.raises(InvalidInput, match="four-point scale used in 2019"):
        services.record_grading(force, by=liaison_officer, **_grading(
            framework="peel_2018_19", inspection_year=2019, grade="adequate", published_on=datetime.date(2019, 9, 1)))
    with pytest.raises(InvalidInput, match="framework uses the five-point"):
        services.record_grading(force, by=liaison_officer, **_grading(inspection_year=2019,
                                                                     grade="good"))
    assert not Grading.objects.exists()


def test_gradings_record_and_trends_know_the_scale_break(force, liaison_officer):
    services.record_grading(force, by=liaison_officer, **_grading(
        framework="peel_2018_19", inspection_year=2018, pillar="Effectiveness", grade="good",
        published_on=datetime.date(2019, 5, 2)))
    services.record_grading(force, by=liaison_officer, **_grading(
        framework="peel_2021_22", inspection_year=2021, grade="adequate", published_on=datetime.date(2022, 3, 1)))
    latest = services.record_grading(force, by=liaison_officer, **_grading(grade="good"))
    rows = {r.grading.pk: r for r in services.rows_for(list(Grading.objects.all()))}
    assert rows[latest.pk].trend == "up"
    across = Grading.objects.get(inspection_year=2021)
    assert rows[across.pk].trend == "not_comparable"
    with pytest.raises(InvalidInput, match="already has a grading"):
        services.record_grading(force, by=liaison_officer, **_grading(grade="good"))


def test_only_a_liaison_officer_records_gradings(force, action_owner):
    with pytest.raises(NotAllowed):
        services.record_grading(force, by=action_owner, **_grading())


def test_the_grading_page_records_and_refuses_with_422(client, force, liaison_officer):
    client.force_login(liaison_officer)
    assert client.get(reverse("gradings:add")).status_code == 200
    bad = client.post(reverse("gradings:add"), {**_grading(inspection_year=2019, framework="peel_2018_19",
                                                          published_on="2019-09-01"), "organisation": force.pk})
    assert bad.status_code == 422 and b"four-point scale" in bad.content
    assert not Grading.objects.exists()
    good = client.post(reverse("gradings:add"), {**_grading(published_on="2023-12-22"), "organisation": force.pk})
    assert good.status_code == 302
    assert Grading.objects.get().recorded_by == liaison_officer


@pytest.fixture
def cause(scene, force):
    return scene["cause"]


def test_phase_changes_run_in_date_order_and_close_the_previous(force, liaison_officer, cause):
    services.record_phase_change(force, phase="scan", started_on=datetime.date(2022, 1, 1), reason="", by=liaison_officer)
    engage = services.record_phase_change(force, phase="prag", started_on=datetime.date(2023, 3, 1),
                                          reason="Crime investigation", causes=[cause], by=liaison_officer)
    with pytest.raises(InvalidInput, match="before the previous change"):
        services.record_phase_change(force, phase="scan", started_on=datetime.date(2023, 2, 1), reason="",
                                     by=liaison_officer)
    with pytest.raises(InvalidInput, match="already in"):
        services.record_phase_change(force, phase="prag", started_on=datetime.date(2023, 4, 1), reason="",
                                     by=liaison_officer)
    back = services.record_phase_change(force, phase="scan", started_on=datetime.date(2024, 6, 1), reason="Closed",
                                        closed_causes=[cause], by=liaison_officer)
    engage.refresh_from_db()
    assert engage.ended_on == datetime.date(2024, 6, 1) and list(back.closed_causes.all()) == [cause]
    assert services.current_phase(force.pk) == back
    assert MonitoringPhase.objects.count() == 3


def test_the_phase_page_records_with_the_letter_and_refuses_out_of_order(client, force, liaison_officer, cause):
    client.force_login(liaison_officer)
    assert client.get(reverse("gradings:phase_change")).status_code == 200
    letter = SimpleUploadedFile("letter.pdf", b"%PDF-1.4 letter", content_type="application/pdf")
    reply = client.post(reverse("gradings:phase_change"), {
        "organisation": force.pk, "phase": "engage", "started_on": "2023-03-01", "reason": "Concerns",
        "causes": [cause.pk], "letter": letter})
    assert reply.status_code == 302
    phase = MonitoringPhase.objects.get()
    assert phase.letter and list(phase.causes.all()) == [cause]
    assert client.get(reverse("gradings:phase_letter", args=[phase.pk])).status_code == 200
    bad = client.post(reverse("gradings:phase_change"), {
        "organisation": force.pk, "phase": "scan", "started_on": "2022-03-01"})
    assert bad.status_code == 422 and b"before the previous change" in bad.content
    assert MonitoringPhase.objects.count() == 1
    home = client.get(reverse("dashboard:home"))
    assert b"since 1 March 2023" in home.content
