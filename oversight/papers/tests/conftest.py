"""A factory-made scene shaped like seed 003 (JAC 5 December 2024) and seed 004's gradings."""

import datetime as dt

import pytest

from oversight.activities.models import InspectionActivity
from oversight.gradings.models import Grading, MonitoringPhase
from oversight.organisations.tests.factories import (
    BoardFactory,
    BusinessAreaFactory,
    ClosureLevelFactory,
    PortfolioFactory,
)
from oversight.papers.tests.factories import CommitteeFactory, MeetingFactory
from oversight.reports.models import Finding, ReportInvolvement
from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
from oversight.responses.models import ClosureSubmission, Response
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

D = dt.date


def add_report(force, title, published_on, total, for_forces, **kw):
    """A report with `total` recommendations, `for_forces` of them addressed to chief constables."""
    report = ReportFactory(title=title, published_on=published_on, **kw)
    ReportInvolvementFactory(report=report, organisation=force, involvement=ReportInvolvement.Involvement.INSPECTED)
    for i in range(total):
        FindingFactory(
            report=report, ref=str(i + 1), addressees=["chief constables"] if i < for_forces else ["Home Office"]
        )
    return report


@pytest.fixture
def jac(force):
    committee = CommitteeFactory(organisation=force, name="Joint Audit Committee")
    MeetingFactory(committee=committee, held_on=D(2024, 7, 25))
    return MeetingFactory(committee=committee, held_on=D(2024, 12, 5), agenda_item="06")


@pytest.fixture
def paper_scene(force, jac):
    """Seed 003's facts (reports, counts, monitoring, closure table of 170) plus seed 004's gradings."""
    crime = PortfolioFactory(organisation=force, name="Crime")
    security = PortfolioFactory(organisation=force, name="Security")
    ppu = BusinessAreaFactory(organisation=force, name="Public Protection Unit", portfolio=crime)
    board = BoardFactory(organisation=force, name="HMIC Oversight Board")

    soteria = add_report(
        force, "An inspection report on progress to introduce a national operating model for rape investigations",
        D(2024, 8, 22), 14, 5, summary="Op Soteria was described as a 'game changer' by police personnel.",
    )
    add_report(force, "Activism and impartiality in policing", D(2024, 9, 10), 22, 8)
    add_report(force, "Super-complaint: police response to stalking", D(2024, 9, 27), 29, 15, kind="super_complaint")
    add_report(force, "The policing response to anti-social behaviour", D(2024, 10, 10), 8, 5, kind="peel_spotlight")
    add_report(force, "An older report", D(2024, 3, 1), 3, 3)

    afi = FindingFactory(report=soteria, kind=Finding.Kind.AREA_FOR_IMPROVEMENT, ref="AFI1",
                         text="The force should ensure all RASSO investigators are fully qualified.", addressees=[])
    response = ResponseFactory(
        finding=afi, organisation=force, status=Response.Status.IN_PROGRESS, rag=Response.Rag.RED,
        portfolio=crime, business_area=ppu, board=board, narrative="A training plan is in place.",
        target_on=D(2024, 11, 30),
    )
    UpdateFactory(response=response, text="Twelve investigators qualified in October.", written_on=D(2024, 10, 31))

    # Monitoring: engage from 24 November 2023 for four causes of concern; three closed
    # 22 July 2024; back to scan 18 September 2024 (seed 003 §2).
    peel = ReportFactory(title="PEEL 2023–25: West Midlands Police", published_on=D(2023, 12, 22), kind="peel")
    causes = []
    for name in ["OCSET", "SOMS", "MARAC", "Investigations"]:
        cause = FindingFactory(report=peel, kind=Finding.Kind.CAUSE_OF_CONCERN, theme=name, ref=f"CoC {name}")
        closed = name != "Investigations"
        r = ResponseFactory(finding=cause, organisation=force,
                            status=Response.Status.CLOSED if closed else Response.Status.IN_PROGRESS)
        if closed:
            r.hmicfrs_events.create(status="complete", on=D(2024, 7, 22))
        causes.append(cause)
    investigations = causes[-1]
    for i in range(5):
        child = FindingFactory(report=peel, parent=investigations, ref=f"I{i + 1}")
        ResponseFactory(finding=child, organisation=force,
                        status=Response.Status.CLOSED if i < 3 else Response.Status.IN_PROGRESS, portfolio=security)
    engage = MonitoringPhase.objects.create(organisation=force, phase="engage", started_on=D(2023, 11, 24),
                                            ended_on=D(2024, 9, 18), reason="four causes of concern")
    engage.causes.set(causes)
    MonitoringPhase.objects.create(organisation=force, phase="scan", started_on=D(2024, 9, 18))

    # seed 003's closure table: 170 closed since August 2023 (+4 awaiting HMICFRS's decision).
    levels = {code: ClosureLevelFactory(organisation=force, code=code, position=n)
              for n, code in enumerate(["Lv2", "Lv3", "Lv4"], start=2)}
    old = ReportFactory(title="Closed work", published_on=D(2022, 1, 1))
    table = [("area_for_improvement", "Lv3", 15), ("area_for_improvement", "Lv2", 12),
             ("recommendation", "Lv4", 18), ("recommendation", "Lv3", 34), ("recommendation", "Lv2", 91)]
    n = 0
    for kind, code, count in table:
        for _ in range(count):
            n += 1
            f = FindingFactory(report=old, kind=kind, ref=f"P{n}", text_is_printed=False, text="(not printed)")
            r = ResponseFactory(finding=f, organisation=force, status=Response.Status.CLOSED)
            submitted = D(2024, 8, 1) if n <= 4 else D(2023, 10, 1)
            ClosureSubmission.objects.create(response=r, submitted_on=submitted, level=levels[code],
                                             decision="accepted", decided_on=submitted)
    for i in range(4):
        f = FindingFactory(report=old, ref=f"W{i}", text_is_printed=False)
        r = ResponseFactory(finding=f, organisation=force, status=Response.Status.SUBMITTED)
        ClosureSubmission.objects.create(response=r, submitted_on=D(2024, 11, 18), level=levels["Lv2"])
    # One before the chosen date, which the table must leave out.
    f = FindingFactory(report=old, ref="P0", text_is_printed=False)
    ClosureSubmission.objects.create(response=ResponseFactory(finding=f, organisation=force), level=levels["Lv2"],
                                     submitted_on=D(2023, 6, 1), decision="accepted", decided_on=D(2023, 6, 30))

    # seed 004's gradings, stored as the demo does: Integrated PEEL 2018/19's table, each grade dated
    # in the year it was last inspected, and an earlier PEEL grading behind the computed arrow.
    # The report that published the table gives no date (as seed 004's): a paper includes it by choice.
    ipa = ReportFactory(title="Integrated PEEL Assessment 2018/19", published_on=None, kind="peel")
    ReportInvolvementFactory(report=ipa, organisation=force, involvement=ReportInvolvement.Involvement.INSPECTED)
    published_by = {"ipa": ipa}
    def grade(area, grade, year, framework="peel_2018_19", pillar="Effectiveness", position=0, **kw):
        kw.setdefault("report", published_by["ipa"] if framework == "peel_2018_19" else None)
        return Grading.objects.create(organisation=force, framework=framework, pillar=pillar, area=area,
                                      grade=grade, published_on=D(year, 1, 1), position=position, **kw)

    grade("Protecting vulnerable people", "inadequate", 2017, framework="peel_2014_17")
    grade("Effectiveness", "good", 2018, position=1, stated_trend="up")
    grade("Investigating crime", "good", 2016, position=2, stated_trend="same")
    grade("Protecting vulnerable people", "requires_improvement", 2018, position=3)
    grade("Specialist capabilities (firearms)", "ungraded", 2018, position=4, stated_trend="na")

    InspectionActivity.objects.create(organisation=force, inspection="Investigations re-inspection", kind="revisit",
                                      starts_on=D(2024, 9, 2), ends_on=D(2024, 9, 13))
    InspectionActivity.objects.create(organisation=force, inspection="Youth out-of-court disposals",
                                      kind="forthcoming", starts_on=D(2025, 3, 10), notes="1 of 6 forces inspected.")
    # Every status above was set before the period ended (the factories stamp them "now").
    Response.objects.update(status_changed_at=dt.datetime(2024, 7, 1, 12, tzinfo=dt.UTC))
    jac.ipa = ipa
    return jac
