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


def _page(force, **over):
    return {"organisation": force.pk, "framework": "peel_2023_25", "inspection_year": 2023,
            "published_on": "2023-12-22", "report": "", "area_1": "Investigating crime", "grade_1": "adequate",
            "pillar_2": "", "area_2": "Responding to the public", "grade_2": "good", **over}


def test_the_grading_page_records_a_reports_gradings_and_refuses_with_422(client, force, liaison_officer):
    client.force_login(liaison_officer)
    assert client.get(reverse("gradings:add")).status_code == 200
    bad = client.post(reverse("gradings:add"), _page(force, framework="peel_2018_19", inspection_year=2019,
                                                     published_on="2019-09-01", grade_2="good"))
    assert bad.status_code == 422 and b"Row 1:" in bad.content and b"four-point scale" in bad.content
    assert not Grading.objects.exists()  # row 2 was fine, but nothing is saved
    missing = client.post(reverse("gradings:add"), _page(force, grade_2=""))
    assert missing.status_code == 422 and "Choose the grade for “Responding to the public”" in missing.content.decode()
    good = client.post(reverse("gradings:add"), _page(force))
    assert good.status_code == 302
    assert list(Grading.objects.order_by("position").values_list("area", "grade", "recorded_by")) == [
        ("Investigating crime", "adequate", liaison_officer.pk), ("Responding to the public", "good", liaison_officer.pk)]


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


def test_gradings_proposed_by_reading_a_report_are_checked_then_recorded(client, force, liaison_officer,
                                                                        other_org_liaison):
    from oversight.extraction.models import ReportUpload
    from oversight.reports.tests.factories import ReportFactory, ReportInvolvementFactory

    report = ReportFactory(kind="peel", published_on=datetime.date(2024, 3, 14), title="PEEL 2023–25: WMP")
    ReportInvolvementFactory(report=report, organisation=force)  # confirming the reading made it the force's
    reading = ReportUpload.objects.create(
        organisation=force, uploaded_by=liaison_officer, source_name="peel.pdf", content_hash="9" * 64,
        format="pdf", title=report.title, findings=[], report=report,
        gradings=[{"area": "Investigating crime", "grade": "Requires improvement", "page": 3},
                  {"area": "Responding to the public", "grade": "Adequate", "page": 3}])
    client.force_login(liaison_officer)
    page = client.get(reverse("gradings:add") + f"?reading={reading.pk}")
    assert page.status_code == 200 and "proposed 2 gradings" in page.content.decode()
    form = page.context["form"]
    assert (form["framework"].value(), form["inspection_year"].value()) == ("peel_2023_25", 2024)
    assert (form["area_1"].value(), form["grade_1"].value()) == ("Investigating crime", "requires_improvement")
    assert not Grading.objects.exists()  # nothing is recorded until the person saves the checked form
    data = {name: ("" if form[name].value() is None else form[name].value()) for name in form.fields}
    data["published_on"] = "2024-03-14"
    reply = client.post(reverse("gradings:add"), data)
    assert reply.status_code == 302, reply.context["form"].errors
    assert list(Grading.objects.order_by("position").values_list("area", "grade", "report")) == [
        ("Investigating crime", "requires_improvement", report.pk), ("Responding to the public", "adequate", report.pk)]
    client.force_login(other_org_liaison)  # another organisation's reading is not found
    assert client.get(reverse("gradings:add") + f"?reading={reading.pk}").status_code == 404


def test_confirming_a_reading_with_gradings_goes_on_to_check_them(client, force, liaison_officer):
    from oversight.extraction.models import ReportUpload

    reading = ReportUpload.objects.create(
        organisation=force, uploaded_by=liaison_officer, source_name="peel.pdf", content_hash="8" * 64,
        format="pdf", title="PEEL 2023–25: WMP", gradings=[{"area": "Investigating crime", "grade": "Good"}],
        findings=[{"id": "f1", "kind": "area_for_improvement", "ref": "", "text": "The force should act.",
                   "addressees": ["The force"], "due_text": "", "due_on": None, "parent": None, "page": 1,
                   "theme": ""}])
    client.force_login(liaison_officer)
    reply = client.post(reverse("extraction:confirm", args=[reading.pk]),
                        {"title": "PEEL 2023–25: WMP", "kind": "peel", "published_on": "2024-03-14"})
    assert reply.status_code == 302 and reply["Location"] == reverse("gradings:add") + f"?reading={reading.pk}"
    assert client.get(reply["Location"]).context["form"]["grade_1"].value() == "good"
