"""The PCC's statutory response (s55 Police Act 1996): opened by rule, drafted, approved by a second
person, publication recorded; refused without approval; the clock, reminders and on-time counts."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.reports import services
from oversight.reports.models import Finding, StatutoryResponse
from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pcc_drafter(pcc_office):
    from oversight.accounts.tests.factories import person

    return person("pcc-drafter", "liaison_officer", pcc_office)


@pytest.fixture
def peel(force, pcc_office):
    report = ReportFactory(title="PEEL 2025: West Midlands Police", kind="peel", published_on=datetime.date(2025, 3, 1))
    ReportInvolvementFactory(report=report, organisation=force)
    FindingFactory(report=report, kind=Finding.Kind.AREA_FOR_IMPROVEMENT, ref="AFI1", text="Improve call handling.",
                   addressees=[])
    return report


def test_a_peel_inspection_of_the_force_opens_the_pcc_response_due_in_56_days(peel, force, pcc_office):
    opened = services.ensure_statutory_response(peel, force)
    assert len(opened) == 1
    statutory = opened[0]
    assert statutory.organisation == pcc_office
    assert statutory.due_on == datetime.date(2025, 4, 25)  # 56 days beginning with 1 March
    assert statutory.required and "PEEL" in statutory.required_reason
    # Idempotent: calling again from another path opens nothing new.
    services.ensure_statutory_response(peel, force)
    assert StatutoryResponse.objects.count() == 1


def test_a_thematic_needs_comments_only_when_addressed_to_pccs_or_chief_constables(force, pcc_office):
    to_chiefs = ReportFactory(kind="national_thematic")
    FindingFactory(report=to_chiefs, addressees=["Chief constables"])
    to_college = ReportFactory(kind="national_thematic")
    FindingFactory(report=to_college, addressees=["The College of Policing"], text="The College should act.")
    assert services.ensure_statutory_response(to_chiefs, force)
    assert services.ensure_statutory_response(to_college, force) == []
    assert not StatutoryResponse.objects.filter(report=to_college).exists()


def test_another_forces_peel_and_other_sources_need_no_comments(force, other_force, pcc_office):
    theirs = ReportFactory(kind="peel")
    ReportInvolvementFactory(report=theirs, organisation=other_force)
    assert services.ensure_statutory_response(theirs, force) == []
    iopc = ReportFactory(kind="other", source="iopc")
    FindingFactory(report=iopc, addressees=["Chief constables"])
    assert services.ensure_statutory_response(iopc, force) == []


def test_the_office_overrides_the_rule_and_the_override_sticks(force, pcc_office, pcc_drafter):
    report = ReportFactory(kind="national_thematic")
    FindingFactory(report=report, addressees=["The College of Policing"], text="The College should act.")
    with pytest.raises(InvalidInput):
        services.set_statutory_requirement(report, pcc_office, required=True, reason=" ", by=pcc_drafter)
    statutory = services.set_statutory_requirement(report, pcc_office, required=True,
                                                   reason="The PCC wishes to comment", by=pcc_drafter)
    assert statutory.required and statutory.overridden_by == pcc_drafter
    peel_ = ReportFactory(kind="peel")
    ReportInvolvementFactory(report=peel_, organisation=force)
    services.set_statutory_requirement(peel_, pcc_office, required=False, reason="Covered by the joint response",
                                       by=pcc_drafter)
    assert services.ensure_statutory_response(peel_, force) == []
    assert not StatutoryResponse.objects.get(report=peel_).required


def test_a_force_liaison_cannot_write_the_pccs_comments(peel, force, liaison_officer):
    statutory = services.ensure_statutory_response(peel, force)[0]
    with pytest.raises(NotAllowed):
        services.draft_statutory_comments(statutory, comments="x", finding_comments={}, expected_version=1,
                                          by=liaison_officer)


def test_draft_approve_publish_needs_a_second_person(peel, force, pcc_drafter, reviewer):
    statutory = services.ensure_statutory_response(peel, force)[0]
    afi = peel.findings.get()
    statutory = services.draft_statutory_comments(
        statutory, comments="The PCC welcomes the report.", finding_comments={str(afi.pk): "Monitored monthly.",
                                                                              "999999": "ignored"},
        expected_version=statutory.version, by=pcc_drafter)
    assert statutory.finding_comments == {str(afi.pk): "Monitored monthly."}
    statutory = services.request_statutory_approval(statutory, expected_version=statutory.version, by=pcc_drafter)
    with pytest.raises(NotAllowed, match="second person"):
        services.approve_statutory_comments(statutory, expected_version=statutory.version, by=pcc_drafter)
    statutory = services.approve_statutory_comments(statutory, expected_version=statutory.version, by=reviewer)
    statutory = services.publish_statutory_comments(
        statutory, published_on=datetime.date(2025, 4, 20), url="https://www.westmidlands-pcc.gov.uk/peel",
        copied_to_home_secretary_on=datetime.date(2025, 4, 20), copied_to_hmicfrs_on=datetime.date(2025, 4, 21),
        expected_version=statutory.version, by=pcc_drafter)
    assert statutory.status == "published" and statutory.published_on_time
    assert services.statutory_published_on_time([statutory.organisation_id]) == {
        "due": 1, "published": 1, "on_time": 1, "late": 0, "outstanding": 0}


def test_publishing_without_approval_is_refused_and_nothing_saved(client, peel, force, pcc_drafter):
    statutory = services.ensure_statutory_response(peel, force)[0]
    client.force_login(pcc_drafter)
    reply = client.post(reverse("reports:statutory_publish", args=[statutory.pk]), {
        "version": statutory.version, "published_on": "2025-04-20", "url": "https://example.org/c",
        "copied_to_home_secretary_on": "2025-04-20", "copied_to_hmicfrs_on": "2025-04-20"})
    assert reply.status_code == 422
    assert b"have not been approved" in reply.content
    statutory.refresh_from_db()
    assert statutory.published_on is None and statutory.status == "draft"


def test_the_pages_draft_approve_publish_and_render(client, peel, force, pcc_drafter, reviewer):
    statutory = services.ensure_statutory_response(peel, force)[0]
    afi = peel.findings.get()
    client.force_login(pcc_drafter)
    page = client.get(reverse("reports:statutory_edit", args=[statutory.pk]))
    assert page.status_code == 200 and b"Improve call handling." in page.content
    reply = client.post(reverse("reports:statutory_edit", args=[statutory.pk]), {
        "version": 1, "comments": "The PCC welcomes the report.", f"finding_{afi.pk}": "Reviewed at the board."})
    assert reply.status_code == 302
    # A stale version is refused.
    assert client.post(reverse("reports:statutory_edit", args=[statutory.pk]),
                       {"version": 1, "comments": "Older text"}).status_code == 409
    client.post(reverse("reports:statutory_step", args=[statutory.pk, "request_approval"]), {"version": 2})
    assert client.post(reverse("reports:statutory_step", args=[statutory.pk, "approve"]),
                       {"version": 3}).status_code == 403
    client.force_login(reviewer)
    assert client.post(reverse("reports:statutory_step", args=[statutory.pk, "approve"]),
                       {"version": 3}).status_code == 302
    reply = client.post(reverse("reports:statutory_publish", args=[statutory.pk]), {
        "version": 4, "published_on": "2025-04-20", "url": "https://example.org/comments",
        "copied_to_home_secretary_on": "2025-04-20", "copied_to_hmicfrs_on": "2025-04-21"})
    assert reply.status_code == 302
    statutory.refresh_from_db()
    assert statutory.status == "published" and statutory.approved_by == reviewer
    web = client.get(reverse("reports:statutory_page", args=[statutory.pk]))
    assert b"The PCC welcomes the report." in web.content and b"Reviewed at the board." in web.content
    assert b'lang="en-GB"' in web.content
    pdf = client.get(reverse("reports:statutory_pdf", args=[statutory.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    detail = client.get(reverse("reports:statutory", args=[statutory.pk]))
    assert b"Published 20 April 2025" in detail.content


def test_the_report_page_shows_the_clock_and_the_override_saves(client, peel, force, pcc_drafter, reviewer):
    services.ensure_statutory_response(peel, force)
    client.force_login(reviewer)
    page = client.get(reverse("reports:detail", args=[peel.pk]))
    assert b"PCC comments (56 days)" in page.content and b"Due 25 April 2025" in page.content
    refused = client.post(reverse("reports:statutory_requirement", args=[peel.pk]), {"required": "no", "reason": ""})
    assert refused.status_code == 422 and b"There is a problem" in refused.content
    assert StatutoryResponse.objects.get(report=peel).required
    client.post(reverse("reports:statutory_requirement", args=[peel.pk]), {"required": "no", "reason": "Joint reply"})
    assert not StatutoryResponse.objects.get(report=peel).required


def test_reminders_go_once_at_each_stage(peel, force, pcc_office, reviewer):
    from oversight.notifications.services import remind

    statutory = services.ensure_statutory_response(peel, force)[0]
    due = statutory.due_on
    remind(due - datetime.timedelta(days=40))
    assert len(mail.outbox) == 0
    remind(due - datetime.timedelta(days=28))
    assert len(mail.outbox) == 1 and "28 days or fewer left" in mail.outbox[0].body
    remind(due - datetime.timedelta(days=27))
    assert len(mail.outbox) == 1
    remind(due - datetime.timedelta(days=10))  # a missed day still sends the 14-day stage
    assert len(mail.outbox) == 2 and "14 days" in mail.outbox[1].body
    remind(due - datetime.timedelta(days=7))
    remind(due + datetime.timedelta(days=1))
    assert len(mail.outbox) == 4 and "OVERDUE" in mail.outbox[3].body
    assert reverse("reports:statutory", args=[statutory.pk]) in mail.outbox[3].body
    statutory.refresh_from_db()
    assert statutory.reminders_sent == ["28", "14", "7", "overdue"]


def test_a_report_read_from_a_file_is_tracked(force, pcc_office, liaison_officer):
    from oversight.extraction.models import ReportUpload
    from oversight.extraction.services import confirm_upload

    upload = ReportUpload.objects.create(
        organisation=force, uploaded_by=liaison_officer, source_name="t.txt", content_hash="1" * 64, format="txt",
        title="A thematic", findings=[{"id": "f1", "kind": "recommendation", "ref": "1",
                                       "text": "Chief constables should act.", "addressees": ["Chief constables"],
                                       "due_text": "", "due_on": None, "parent": None, "page": 1, "theme": ""}])
    report = confirm_upload(upload, title="A thematic", kind="national_thematic",
                            published_on=datetime.date(2025, 1, 10), by=liaison_officer)
    statutory = StatutoryResponse.objects.get(report=report)
    assert statutory.organisation == pcc_office and statutory.due_on == datetime.date(2025, 3, 6)


def test_the_dashboard_and_my_work_show_the_clock(client, peel, force, reviewer):
    from oversight.reports.models import Report

    Report.objects.filter(pk=peel.pk).update(published_on=datetime.date.today() - datetime.timedelta(days=50))
    peel.refresh_from_db()
    services.ensure_statutory_response(peel, force)
    client.force_login(reviewer)
    work = client.get(reverse("notifications:my_work"))
    assert b"5 days left" in work.content
    home = client.get(reverse("dashboard:home"))
    assert b"5 days left" in home.content


@pytest.mark.parametrize("findings", [2, 40])
def test_the_comments_pages_query_count_is_constant(client, peel, force, reviewer, findings,
                                                    django_assert_max_num_queries):
    from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

    for n in range(findings):
        finding = FindingFactory(report=peel, ref=f"R{n}", addressees=["the force"])
        UpdateFactory(response=ResponseFactory(finding=finding, organisation=force), by=reviewer)
    statutory = services.ensure_statutory_response(peel, force)[0]
    client.force_login(reviewer)
    for name in ("reports:statutory", "reports:statutory_page", "reports:statutory_edit"):
        with django_assert_max_num_queries(14):
            assert client.get(reverse(name, args=[statutory.pk])).status_code == 200


def test_a_report_imported_from_a_register_is_tracked(force, pcc_office, liaison_officer, action_owner):
    from oversight.interop.tests.helpers import xlsx
    from oversight.interop.tests.test_import import rows, run

    good = xlsx(rows(["PEEL 2025/26: West Midlands Police", "1 November 2025", "1", "Recommendation",
                      "Improve supervision.", "", "", "", "", "", ""]))
    outcome = run(good, liaison_officer, force)
    assert outcome.committed
    statutory = StatutoryResponse.objects.get(report__title="PEEL 2025/26: West Midlands Police")
    assert statutory.organisation == pcc_office and statutory.due_on == datetime.date(2025, 12, 26)


def test_a_register_preview_opens_nothing(force, pcc_office, liaison_officer):
    from oversight.interop.tests.helpers import xlsx
    from oversight.interop.tests.test_import import rows, run

    run(xlsx(rows(["PEEL 2025/26", "1 November 2025", "1", "Recommendation", "Improve.", "", "", "", "", "", ""])),
        liaison_officer, force, commit=False)
    assert not StatutoryResponse.objects.exists()


def test_the_dashboard_counts_comments_published_on_time(client, force, pcc_office, reviewer, pcc_drafter):
    from django.utils import timezone

    today = timezone.localdate()
    made = []
    for n, published_after in enumerate((10, 70)):  # one on time, one late
        report = ReportFactory(kind="peel", published_on=today - datetime.timedelta(days=90 - n))
        ReportInvolvementFactory(report=report, organisation=force)
        (statutory,) = services.ensure_statutory_response(report, force)
        statutory = services.draft_statutory_comments(statutory, comments="Comments", finding_comments={},
                                                      expected_version=1, by=pcc_drafter)
        statutory = services.request_statutory_approval(statutory, expected_version=2, by=pcc_drafter)
        statutory = services.approve_statutory_comments(statutory, expected_version=3, by=reviewer)
        on = report.published_on + datetime.timedelta(days=published_after)
        made.append(services.publish_statutory_comments(
            statutory, published_on=on, url="https://example.org/c", copied_to_home_secretary_on=on,
            copied_to_hmicfrs_on=on, expected_version=4, by=pcc_drafter))
    assert [s.published_on_time for s in made] == [True, False]
    client.force_login(reviewer)
    home = client.get(reverse("dashboard:home"))
    assert "2 statutory responses due since" in home.content.decode()
    assert "1 published on time, 1 late and 0 not yet published" in home.content.decode()


def test_a_typed_report_is_tracked_once_the_force_is_recorded_or_a_finding_added(force, pcc_office, liaison_officer):
    peel_ = services.create_report(title="PEEL 2026: West Midlands Police", kind="peel",
                                   published_on=datetime.date(2026, 3, 2), by=liaison_officer)
    services.record_involvement(peel_, force, "inspected", by=liaison_officer)
    assert StatutoryResponse.objects.get(report=peel_).due_on == datetime.date(2026, 4, 26)
    thematic = services.create_report(title="A thematic", kind="national_thematic",
                                      published_on=datetime.date(2026, 3, 2), by=liaison_officer)
    assert not StatutoryResponse.objects.filter(report=thematic).exists()
    services.add_finding(thematic, by=liaison_officer, organisation=force, kind="recommendation", ref="1",
                         text="By March 2027, chief constables should act.", addressees=["Chief constables"])
    assert StatutoryResponse.objects.filter(report=thematic, organisation=pcc_office).exists()


def test_correcting_a_reports_publication_date_moves_the_pccs_56_day_clock(scene, admin_user, pcc_office):
    import datetime

    from oversight.reports import services as report_services
    from oversight.reports.models import StatutoryResponse

    report = scene["report"]
    statutory = StatutoryResponse.objects.create(report=report, organisation=pcc_office, required=True,
                                                 due_on=report.statutory_comment_due_on)
    report_services.edit_report(report, {"published_on": datetime.date(2024, 1, 10)}, by=admin_user)
    statutory.refresh_from_db()
    assert statutory.due_on == datetime.date(2024, 3, 5)  # 56 days beginning with the day of publication
