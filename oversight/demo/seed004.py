"""Seed 004: West Midlands PCC Joint Audit Committee, 28 June 2019, HMICFRS update (Integrated PEEL 2018/19)."""

from datetime import date

from oversight.gradings.models import Grading
from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses.models import Response

from .build import path_on, upsert, upsert_finding, upsert_report, upsert_response, upsert_update
from .people import WMP

PAPER = date(2019, 6, 28)
COMMENT = "Recorded from seed 004 (JAC 28 June 2019); the day the status changed is not printed."
S = Response.Status
G = Grading.Grade

PVP = "Effectiveness – Protecting vulnerable people"
ETHICAL = "Legitimacy – Ethical and lawful workforce"
WORKFORCE = "Legitimacy – Fair treatment of the workforce"

# The table as printed: pillar rows (no year printed) then question, grade, last inspected, arrow.
GRADINGS = [
    (
        "Effectiveness",
        [
            ("Effectiveness", G.GOOD, None, "up"),
            ("Preventing crime and tackling anti-social behaviour", G.GOOD, 2016, "same"),
            ("Investigating crime", G.GOOD, 2016, "same"),
            ("Protecting Vulnerable People", G.REQUIRES_IMPROVEMENT, 2018, "up"),
            ("Tackling Serious and Organised Crime", G.GOOD, 2017, "same"),
            ("Specialist Capabilities (Firearms)", G.UNGRADED, 2018, "na"),
        ],
    ),
    (
        "Efficiency",
        [
            ("Efficiency", G.GOOD, None, "same"),
            ("Meeting current demand and using resources", G.REQUIRES_IMPROVEMENT, 2017, "same"),
            ("Planning for the future", G.OUTSTANDING, 2018, "up"),
        ],
    ),
    (
        "Legitimacy",
        [
            ("Legitimacy", G.GOOD, None, "up"),
            ("Fair treatment of the public", G.GOOD, 2018, "same"),
            ("Ethical and lawful workforce", G.REQUIRES_IMPROVEMENT, 2018, "same"),
            ("Fair treatment of the workforce", G.GOOD, 2018, "up"),
        ],
    ),
]
# Pillar grades print no "last inspected"; they are the 2018/19 assessment's, stored in 2018 like
# the questions it inspected. Only the year of each published_on is meaningful (stored as 1 January).
PILLAR_YEAR = 2018

# theme, kind, text, force response, business area, board, status
FINDINGS = [
    (
        PVP,
        Finding.Kind.AREA_FOR_IMPROVEMENT,
        """The force should ensure that control room staff consistently apply
     THRIVE+ and other risk assessment tools, to the correct standard and recording.""",
        """Prior to the AFI being received the force had proactively commissioned an internal audit on THRIVE+ and in
     response to the audit report and the area for improvement the force have established a THRIVE+ working group
     chaired by the Head of Contact. To date the group have developed a new draft THRIVE+ policy and are engaging with all
     departments across the force to understand how THRIVE+ is currently used and embedded into operating procedures.
     They are also developing a communications plan to ensure the continual embedding of THRIVE+ across the force and a
     paper is being prepared for sign off at Force Executive.""",
        "Contact",
        "Force Executive",
        S.IN_PROGRESS,
    ),
    (
        PVP,
        Finding.Kind.AREA_FOR_IMPROVEMENT,
        """The force should improve the quality and consistency of supervision in
     the control room to support effective operational work and management of backlogs of non-emergency incidents.""",
        """To improve the quality and consistency of supervision within the control room the force introduced an escalation
     process and log closure doctrine, supervisor vacancies have been filled and a programme of dip sampling has been
     introduced that is reported on in Contact's tactical delivery board. There has also been a redesigned shift pattern
     in the dispatch function based on aligning dispatch by team with contact handling and response colleagues. This has
     created briefing and debriefing periods for dispatch, training days for CPD and work with contact handling,
     dispatch and response across the shift. It has allowed for the provision of consistent supervision across all three
     functions.""",
        "Contact",
        "Contact tactical delivery board",
        S.IN_PROGRESS,
    ),
    (
        PVP,
        Finding.Kind.AREA_FOR_IMPROVEMENT,
        """The force should increase the number and quality of DASH risk
     assessments completed at domestic abuse incidents, giving greater support and protection for victims and their
     families.""",
        """Since 2017 the force has seen a 43% increase in DASH completion and the rollout of handheld devices to all teams
     will assist in improving the return rate further. Completion rates are closely monitored through the force
     Vulnerability Improvement Board chaired by ACC Crime. The force have also agreed to be part of the 'test phase' for
     a new approach to risk assessing domestic abuse at the first point of contact between the victim and the police.
     College of Policing have developed a new risk assessment which trials suggest create a more positive interaction
     between the victim and the attending officer, resulting in more consistent disclosure of serious offences and
     hidden crimes. In preparation for the new 'Domestic Abuse Risk Assessment' (DARA), the force have built an app for
     handheld devices and are awaiting the development of training products from the CoP with a view to launching the
     new approach in the summer 2019. This will ultimately replace the current DASH risk assessment.""",
        None,
        "Vulnerability Improvement Board",
        S.IN_PROGRESS,
    ),
    (
        ETHICAL,
        Finding.Kind.RECOMMENDATION,
        """The force should ensure all staff have received at least the lowest level
     of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new
     vetting renewals when they become due so that it complies fully with the national vetting guidelines.""",
        """Prior to the inspection Professional Standards had developed a three year plan to remove the current vetting
     aftercare backlog. A further review of vetting practices, processes and supporting information communications
     technology (ICT) is now underway. The recently commissioned review has been given project support through business
     transformation and seeks to fundamentally overhaul the approach to vetting aftercare. The project will evaluate
     potential replacements to the Core-Vet system, the introduction of automated processes to remove manual inputting
     and double-keying by vetting staff. The review will re-evaluate the three year plan and report back in three
     months' time.""",
        "Professional Standards",
        None,
        S.IN_PROGRESS,
    ),
    (
        ETHICAL,
        Finding.Kind.AREA_FOR_IMPROVEMENT,
        """The force should ensure it has a counter-corruption strategic threat
     assessment and control strategy which enables it to understand and manage the risk corruption poses to the
     organisation.""",
        "This has since been put in place.",
        "Professional Standards",
        None,
        S.AWAITING_SIGN_OFF,
    ),
    (
        ETHICAL,
        Finding.Kind.AREA_FOR_IMPROVEMENT,
        """The force should ensure its counter-corruption unit can fully
     monitor all of its computer systems, including mobile data, to proactively identify data breaches, protect the
     force's data and identify computer misuse.""",
        """While not yet implemented, a procurement process has now been completed and funding secured to identify a
     replacement lawful business monitoring capability for the force. A preferred option has been identified and this is
     being progressed.""",
        "Professional Standards",
        None,
        S.IN_PROGRESS,
    ),
    (
        WORKFORCE,
        Finding.Kind.AREA_FOR_IMPROVEMENT,
        """The force should review its implementation plan for its new
     individual performance management system 'WMP Conversations', to identify opportunities to accelerate the rollout
     across the force and the anticipated benefits.""",
        """The roll out of WMP conversations has been developed to ensure minimal disruption to the force, however
     departments have been given the freedom to cascade WMP conversations further if they feel they have the capacity to
     do so. Full roll out of WMP conversations is due to take place in 2020.""",
        None,
        None,
        S.IN_PROGRESS,
    ),
]


def load(cast, history):
    wmp = cast.orgs[WMP]
    report = upsert_report(
        "Integrated PEEL Inspection 2018/19 of West Midlands Police",
        kind=Report.Kind.PEEL,
        summary="""Received since the previous JAC (seed 004 gives no publication date). The report was largely positive
        as shown in the overall grading's for the force with grades for those questions inspected either improving or
        being maintained. Effectiveness, efficiency and legitimacy were each graded good; planning for the future was
        graded outstanding.""",
        involvements=[(wmp, ReportInvolvement.Involvement.INSPECTED, "")],
    )

    # Positions run through the whole table so pages list it in the printed order.
    position = 0
    for pillar, rows in GRADINGS:
        for area, grade, year, trend in rows:
            position += 1
            upsert(
                Grading,
                organisation=wmp,
                framework=Grading.Framework.PEEL_INTEGRATED_2018_19,
                area=area,
                published_on=date(year or PILLAR_YEAR, 1, 1),
                defaults={
                    "pillar": pillar,
                    "grade": grade,
                    "stated_trend": trend,
                    "report": report,
                    "position": position,
                },
            )

    cause = upsert_finding(
        report,
        4,
        kind=Finding.Kind.CAUSE_OF_CONCERN,
        theme=ETHICAL,
        printed=False,
        addressees=["The force"],
        text="the cause for concern regarding vetting; seed 004 prints the recommendation given under it, not the "
        "cause of concern's own words.",
    )
    upsert_response(
        cause,
        wmp,
        history,
        status=S.IN_PROGRESS,
        dates=path_on(S.IN_PROGRESS, PAPER),
        comment=COMMENT,
        business_area=cast.area(WMP, "Professional Standards"),
    )
    for position, (theme, kind, text, force_response, area, board, status) in enumerate(FINDINGS, 1):
        is_recommendation = kind == Finding.Kind.RECOMMENDATION
        finding = upsert_finding(
            report,
            10 + position,
            kind=kind,
            theme=theme,
            text=text,
            addressees=["The force"],
            parent=cause if is_recommendation else None,
        )
        response = upsert_response(
            finding,
            wmp,
            history,
            status=status,
            dates=path_on(status, PAPER),
            comment=COMMENT,
            business_area=cast.area(WMP, area) if area else None,
            board=cast.board(WMP, board) if board else None,
            # seed 004: "Completion rates are closely monitored through the force Vulnerability Improvement
            # Board chaired by ACC Crime" - the Crime portfolio.
            portfolio=cast.portfolio(WMP, "Crime") if board == "Vulnerability Improvement Board" else None,
        )
        upsert_update(response, PAPER, force_response)
