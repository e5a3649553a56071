"""Seed 003: West Midlands PCC Joint Audit Committee, 5 December 2024, HMICFRS update.

Seed 003 prints counts, not findings: the 2023 PEEL causes of concern by label, each 2024
report's "N recommendations, of which M applicable to Chief Constables", and the portal
closure table. Every finding behind those counts is a placeholder that says so.
"""

from datetime import date, timedelta

from oversight.activities.models import InspectionActivity
from oversight.gradings.models import MonitoringPhase
from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses.models import ClosureSubmission, Response

from .build import (
    normalise,
    path_on,
    upsert,
    upsert_finding,
    upsert_hmicfrs_event,
    upsert_report,
    upsert_response,
    upsert_statutory,
    upsert_submission,
)
from .people import WMP, WMPCC

PAPER = date(2024, 12, 5)
PEEL_PUBLISHED = date(2023, 12, 22)
ENGAGED = date(2023, 11, 24)
THREE_CLOSED = date(2024, 7, 22)
RETURNED_TO_SCAN = date(2024, 9, 18)
PORTAL_CHANGE = date(2023, 8, 1)  # "since change of HMIC process (August 2023)": month only

REC = Finding.Kind.RECOMMENDATION
AFI = Finding.Kind.AREA_FOR_IMPROVEMENT
S = Response.Status
I = ReportInvolvement.Involvement  # noqa: E741
CHIEF_CONSTABLES = ["Chief constables"]
OTHERS = ["Other addressees"]  # seed 003 does not print them

# seed 003 §3.2: closed since August 2023 by finding kind and portal level; "(+4)" awaiting decision.
CLOSED = [(AFI, "Lv3", 15), (AFI, "Lv2", 12), (REC, "Lv4", 18), (REC, "Lv3", 34), (REC, "Lv2", 91)]
# Seed 003 prints neither kind nor level of the four; they are loaded as recommendations at Lv2, the
# commonest row, and their summary says that is assumed.
AWAITING = [(REC, "Lv2", 4)]

REPORTS = [
    # title, kind, published, involvement, notes, total, to chief constables, url, joint, summary
    (
        "An inspection report on progress to introduce a national operating model for rape and other serious sexual "
        "offences investigations in early adopter police forces",
        Report.Kind.NATIONAL_THEMATIC,
        date(2024, 8, 22),
        I.INSPECTED,
        "WMP was part of the inspection activity in 2023 as a pathfinder force.",
        14,
        5,
        "",
        "",
        """Op Soteria was described as a 'game changer' by police personnel, with the programme improving how police
     understand and support RASSO victims. New training was helping investigators understand how victims are targeted,
     however, not all staff within rape investigation teams were found to be fully qualified. Long term funding for
     victim services was highlighted as a concern, together with the length of time that cases were taking to get to
     court.""",
    ),
    (
        "An inspection into Activism and impartiality in policing",
        Report.Kind.NATIONAL_THEMATIC,
        date(2024, 9, 10),
        I.INSPECTED,
        "WMP were one of 12 forces inspected.",
        22,
        8,
        "",
        "",
        """Commissioned in Sept 2023 by the then Home Secretary to inspect police involvement in politically contested
     matters. CC and PCCs were found to not always understand the delineation of their roles and responsibilities;
     legislation and guidance had not kept up with modern day policing issues and overt attempts to influence
     operational policing challenge the police's impartiality and could reduce public trust.""",
    ),
    (
        "Super Complaint – Suzy Lamplugh Trust – Police Response to Stalking",
        Report.Kind.SUPER_COMPLAINT,
        date(2024, 9, 27),
        I.INSPECTED,
        "One of six forces for whom HMICFRS conducted investigations fieldwork between June 2023 and October 2023.",
        29,
        15,
        "https://www.gov.uk/government/publications/super-complaint-on-the-police-response-to-stalking",
        "IOPC; College of Policing",
        """Made by the Suzy Lamplugh Trust on behalf of the National Stalking Consortium about the way the police respond
     to reports of stalking. Police understanding of stalking is improving, reflected in some innovative action by the
     police; however, too often these cases were not being taken seriously enough and the quality of investigations
     was inconsistent.""",
    ),
    (
        "The policing response to anti-social behaviour – PEEL spotlight report",
        Report.Kind.PEEL_SPOTLIGHT,
        date(2024, 10, 10),
        I.DATA_CONTRIBUTOR,
        "Draws on PEEL findings, force management statements and a College of Policing request for promising practice "
        "to all forces.",
        8,
        5,
        "",
        "",
        """Inspectors found good examples of forces working hard at using problem-solving approaches and allocating
     trained officers in response. Use of technology to encourage reporting was inconsistent across forces. The
     commitment to tackling antisocial behaviour is undermined by several difficulties in sharing data with
     partners.""",
    ),
]

# The 2023 PEEL causes of concern, by the labels seed 003 uses.
CAUSES = ["OCSET", "SOMS", "MARAC"]


def load(cast, history):
    wmp = cast.orgs[WMP]
    board = cast.board(WMP, "HMIC Oversight Board")
    crime = cast.portfolio(WMP, "Crime")
    # Assumed, not printed: OCSET, SOMS and MARAC are public protection work, so the PPU in Crime.
    ppu = cast.area(WMP, "Public Protection Unit")

    for title, kind, published_on, involvement, notes, total, to_cc, url, joint, summary in REPORTS:
        report = upsert_report(
            title,
            kind=kind,
            published_on=published_on,
            url=url,
            joint_inspectorates=joint,
            summary=f"{summary} {total} recommendations were made in total, of which {to_cc} were applicable to Chief "
            f"Constables.",
            involvements=[(wmp, involvement, notes)],
        )
        upsert_statutory(report, cast.orgs[WMPCC])
        for position in range(1, total + 1):
            to_chief_constables = position <= to_cc
            finding = upsert_finding(
                report,
                position,
                kind=REC,
                printed=False,
                addressees=CHIEF_CONSTABLES if to_chief_constables else OTHERS,
                text=f"one of the {total} recommendations of this report; seed 003 gives only the count "
                f"({to_cc} applicable to Chief Constables"
                f"{', this among them' if to_chief_constables else ', not this one'}).",
            )
            if to_chief_constables:
                upsert_response(finding, wmp, history, board=board)

    peel = upsert_report(
        "PEEL 2023–25: An inspection of West Midlands Police",
        kind=Report.Kind.PEEL,
        published_on=PEEL_PUBLISHED,
        summary="""Following the 2023 PEEL Inspection HMICFRS placed WMP into Engage status on 24th November 2023 due to
        the identification of 4 Causes of Concern. The final report was published 22nd December 2023.""",
        involvements=[(wmp, I.INSPECTED, "")],
    )
    upsert_statutory(peel, cast.orgs[WMPCC])
    comment = "Seed 003: written notification from HMICFRS on 22 July 2024 after the May–June 2024 revisits."
    causes = []
    for position, label in enumerate(CAUSES, 1):
        cause = upsert_finding(
            peel,
            position,
            kind=Finding.Kind.CAUSE_OF_CONCERN,
            theme=label,
            printed=False,
            text=f"cause of concern relating to {label} (seed 003 names it by this label only).",
        )
        response = upsert_response(
            cause,
            wmp,
            history,
            status=S.CLOSED,
            dates={"start": PEEL_PUBLISHED, "accept": THREE_CLOSED},
            comment=comment,
            portfolio=crime,
            business_area=ppu,
            board=board,
            hmicfrs_status=Response.HmicfrsStatus.COMPLETE,
        )
        upsert_hmicfrs_event(response, Response.HmicfrsStatus.COMPLETE, THREE_CLOSED, comment)
        causes.append(cause)

    investigations = upsert_finding(
        peel,
        4,
        kind=Finding.Kind.CAUSE_OF_CONCERN,
        theme="Investigations",
        printed=False,
        text="cause of concern relating to Investigations (seed 003 names it by this label only).",
    )
    causes.append(investigations)
    upsert_response(
        investigations,
        wmp,
        history,
        status=S.IN_PROGRESS,
        dates={"start": PEEL_PUBLISHED},
        comment="Open since the report (seed 003).",
        portfolio=crime,
        board=board,
        hmicfrs_status=Response.HmicfrsStatus.BEING_PROGRESSED,
    )
    closed_comment = (
        "Seed 003: HMICFRS closed three recommendations of the Investigations cause of concern after the "
        "September 2024 re-inspection (written notification 18 September 2024)."
    )
    for number in range(1, 6):
        closed = number <= 3
        finding = upsert_finding(
            peel,
            4 + number,
            kind=REC,
            theme="Investigations",
            parent=investigations,
            printed=False,
            addressees=["The force"],
            text=f"one of the five recommendations of the Investigations cause of concern; seed 003 says three were "
            f"closed on 18 September 2024 and two remain open ({'closed' if closed else 'open'}).",
        )
        response = upsert_response(
            finding,
            wmp,
            history,
            status=S.CLOSED if closed else S.IN_PROGRESS,
            dates={"start": PEEL_PUBLISHED, "accept": RETURNED_TO_SCAN}
            if closed
            else {"start": PEEL_PUBLISHED},
            comment=closed_comment if closed else "Open since the report (seed 003).",
            portfolio=crime,
            board=board,
            hmicfrs_status=Response.HmicfrsStatus.COMPLETE
            if closed
            else Response.HmicfrsStatus.BEING_PROGRESSED,
        )
        if closed:
            upsert_hmicfrs_event(response, Response.HmicfrsStatus.COMPLETE, RETURNED_TO_SCAN, closed_comment)

    load_monitoring(wmp, causes)
    load_closure_statistics(cast, history, board)
    load_activities(wmp, peel)


def load_monitoring(wmp, causes):
    engage, _ = upsert(
        MonitoringPhase,
        organisation=wmp,
        phase=MonitoringPhase.Phase.ENGAGE,
        started_on=ENGAGED,
        defaults={
            "ended_on": RETURNED_TO_SCAN,
            "reason": normalise(
                """Following the 2023 PEEL Inspection HMICFRS placed WMP into
        Engage status on 24th November 2023 due to the identification of 4 Causes of Concern. On 22nd July 2024 HMICFRS
        closed the 3 Causes of Concern relating to OCSET / SOMS / MARAC; on 18th September 2024, after the
        Investigations re-inspection, WMP was returned to the default phase of monitoring (seed 003)."""
            ),
        },
    )
    engage.causes.set(causes)
    upsert(
        MonitoringPhase,
        organisation=wmp,
        phase=MonitoringPhase.Phase.SCAN,
        started_on=RETURNED_TO_SCAN,
        defaults={
            "ended_on": None,
            "reason": normalise(
                """On 18th September 2024 WMP received written notification from HMICFRS
        that it was returned to the default phase of monitoring (seed 003)."""
            ),
        },
    )


def spread(rows):
    """The (kind, level) of each submission, interleaved so every stretch of the period has the table's mix."""
    slots = []
    for kind, level, count in rows:
        slots += [((i + 0.5) / count, kind, level) for i in range(count)]
    return [(kind, level) for _, kind, level in sorted(slots, key=lambda s: (s[0], s[1], s[2]))]


def load_closure_statistics(cast, history, board):
    """Seed 003's closure table as placeholder findings, each with its accepted (or pending) portal submission.

    The seed prints only totals since August 2023, not dates: submissions are spread evenly over
    August 2023 – November 2024 and each submission's summary says the dates are not printed.
    """
    wmp = cast.orgs[WMP]
    report = upsert_report(
        "Findings closed on the HMICFRS portal since August 2023 (reports not named)",
        kind=Report.Kind.OTHER,
        summary="""Not a publication: a holder for the findings behind seed 003's table 'Total submissions for closure
        since change of HMIC process (August 2023) across all portfolios' (AFI Lv3 15, AFI Lv2 12, Recommendation Lv4
        18, Recommendation Lv3 34, Recommendation Lv2 91; total 170 (+4)). Seed 003 prints neither the findings, their
        reports nor the dates, so every finding here is a placeholder.""",
    )
    closed = spread(CLOSED)
    days = (date(2024, 11, 15) - PORTAL_CHANGE).days
    note = "Submission dates are not printed in seed 003; spread evenly over August 2023 – November 2024."
    for index, (kind, level) in enumerate(closed):
        submitted_on = PORTAL_CHANGE + timedelta(days=index * days // len(closed))
        decided_on = submitted_on + timedelta(days=14)
        response = placeholder(
            cast,
            history,
            report,
            index + 1,
            kind,
            level,
            board,
            S.CLOSED,
            path_on(S.CLOSED, submitted_on, submitted_on, submitted_on, decided_on),
            "closed",
        )
        upsert_submission(
            response,
            cast.levels[WMP, level],
            submitted_on,
            decision=ClosureSubmission.Decision.ACCEPTED,
            decided_on=decided_on,
            summary=note,
        )
    pending_note = (
        "Submitted and awaiting decision: the '(+4)' of seed 003. Kind and level are not printed; loaded "
        "as recommendations at Lv2 (assumed). Dates are not printed either."
    )
    for offset, (kind, level) in enumerate(spread(AWAITING)):
        submitted_on = date(2024, 11, 18) + timedelta(days=offset)
        response = placeholder(
            cast,
            history,
            report,
            len(closed) + offset + 1,
            kind,
            level,
            board,
            S.SUBMITTED,
            path_on(S.SUBMITTED, submitted_on),
            "submitted and awaiting decision",
        )
        upsert_submission(response, cast.levels[WMP, level], submitted_on, summary=pending_note)
    return wmp


def placeholder(cast, history, report, position, kind, level, board, status, dates, outcome):
    label = "recommendation" if kind == REC else "area for improvement"
    finding = upsert_finding(
        report,
        position,
        kind=kind,
        printed=False,
        addressees=["The force"],
        text=f"{label} {outcome} on the HMICFRS portal at {level} (seed 003 closure statistics).",
    )
    return upsert_response(
        finding,
        cast.orgs[WMP],
        history,
        status=status,
        dates=dates,
        board=board,
        comment="Seed 003 closure statistics; dates not printed.",
        hmicfrs_status=Response.HmicfrsStatus.COMPLETE if status == S.CLOSED else "",
    )


def load_activities(wmp, peel):
    rows = [
        (
            "PEEL 2023 causes of concern (OCSET, SOMS, MARAC)",
            InspectionActivity.Kind.REVISIT,
            date(2024, 5, 1),
            date(2024, 6, 30),
            "Re-visit activity during May and June 2024 (seed 003 gives the months only); it "
            "highlighted sustained improvements and led to the three causes of concern closing.",
            "",
            peel,
        ),
        (
            "PEEL 2023 Investigations cause of concern",
            InspectionActivity.Kind.REVISIT,
            date(2024, 9, 2),
            date(2024, 9, 13),
            "Investigations re-inspection; it resulted in the return to the default phase of monitoring.",
            "",
            peel,
        ),
        (
            "Youth out-of-court disposals: a joint inspection of the effectiveness of the work to divert children from "
            "the criminal justice system",
            InspectionActivity.Kind.FORTHCOMING,
            date(2025, 3, 10),
            None,
            "Week commencing 10th March 2025. We have been notified we will be 1 of 6 forces inspected.",
            "Solihull and Walsall",
            None,
        ),
        (
            "Super Complaint – Police Response to Stalking",
            InspectionActivity.Kind.FIELDWORK,
            date(2023, 6, 1),
            date(2023, 10, 31),
            "Investigations fieldwork between June 2023 and October 2023 (months only in seed 003).",
            "",
            Report.objects.get(title__startswith="Super Complaint – Suzy Lamplugh Trust"),
        ),
    ]
    for inspection, kind, starts_on, ends_on, notes, place, report in rows:
        upsert(
            InspectionActivity,
            organisation=wmp,
            inspection=inspection,
            kind=kind,
            starts_on=starts_on,
            defaults={"ends_on": ends_on, "notes": notes, "place": place, "report": report},
        )
