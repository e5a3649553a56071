"""Seed 002: West Mercia Police and Crime Panel, 18 June 2019, update on PEEL effectiveness 2017."""

from datetime import date

from oversight.activities.models import InspectionActivity
from oversight.gradings.models import Grading, MonitoringPhase
from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses.models import Response

from .build import normalise, path_on, upsert, upsert_finding, upsert_report, upsert_response, upsert_update
from .people import WMERP

PANEL = date(2019, 6, 18)
COMMENT = (
    "Recorded from seed 002 (Police and Crime Panel 18 June 2019); the day the status changed is not printed."
)
# Seed 002 prints "In March 2018" only; the day is stored as the 1st and every row that uses it says so.
MARCH_2018 = date(2018, 3, 1)

PREVENTING = "Preventing crime and tackling anti-social behaviour"
VULNERABLE = "Protecting vulnerable people and supporting victims"
SOC = "Tackling serious and organised crime"

AFIS = [
    (
        PREVENTING,
        "AFI1",
        """The force should ensure that local policing teams routinely engage with local communities
     and undertake structured problem solving with partner organisations to prevent crime and anti-social behaviour.""",
        """Problem Solving and the use of problem solving plans is now fully embedded within SNT's and feature largely within
     localised partnership meetings. Beat profiles are used to provide local community information. The force has two
     problem solving coordinators located in the north and south of the force in the harm hubs who coordinate activity
     and problem solving plans and support local policing teams in the development of community based problem
     solving.""",
        None,
    ),
    (
        PREVENTING,
        "AFI2",
        """The force should evaluate and share effective practice routinely, both internally and with
     partner organisations, to improve its approach to the prevention of crime and anti-social behaviour""",
        """The force has introduced a Continuous Improvement Team to help identify best practise and ensure it is shared
     across the force through evaluation and audit of local activity. Part of the role of the problem solving
     coordinators is to share best practise. A problem solving partnership conference has also been held.""",
        "Continuous Improvement Team",
    ),
    (
        PREVENTING,
        "AFI3",
        """The force should work with local people and partner organisations to improve its
     understanding of local communities, to understand their needs. It should supplement this with focused analysis to
     inform activity and prioritisation""",
        """Beat profiles provide a good base for understanding local areas however work is ongoing to better understand
     their effectiveness and the activity they drive. A Consultation and Engagement Strategy is in place at a force
     level. The findings from the confidence and perception survey commissioned by the PCC is being used to better
     understand local communities.""",
        None,
    ),
    (
        VULNERABLE,
        "AFI1",
        """The force should improve its service to vulnerable people, particularly domestic abuse
     victims, when officers have been unable to attend, or attendance is delayed. This should include a re-assessment of
     the risks that victims face so that safeguarding support can be prioritised.""",
        """Domestic abuse (DA) incidents are subject to an initial THRIVE assessment in the Operations and Communication
     Centre (OCC). Part of that process is daily reassessment of all unresourced incidents by Control Room Supervisors,
     and daily assessment by local policing management teams of any incidents that have become higher risk. Any that
     remain unresourced have continued daily re-assessment until they are resourced. The opportunities provided by VAL
     are being explored to improve support to vulnerable victims.""",
        "Operations and Communication Centre (OCC)",
    ),
    (
        VULNERABLE,
        "AFI2",
        """The force should ensure that frontline officers become more proficient in completing DASH
     risk assessments at initial response and there is sufficient supervisory oversight to ensure opportunities to
     safeguard vulnerable victims are not missed""",
        """'DA matters' training has been delivered to all staff to enforce the importance of the DASH assessments and DASH
     completion rates are improving as a result. In addition, quality assurance means that if an officer has not
     completed a DASH assessment then it is picked up by DMM. Work is ongoing to improve the quality of the DASH
     assessments and to reduce the number of assessments classed as medium risk.""",
        None,
    ),
    (
        VULNERABLE,
        "AFI3",
        """The force should take steps to understand the reasons why a high proportion of crimes
     related to domestic abuse fall into the category 'Evidential difficulties; victim does not support police action'
     and rectify this to ensure that it is pursuing justice on behalf of victims of domestic abuse.""",
        """A detailed audit of the use of the outcome code 16 was undertaken which identified a number of contributory
     factors to its use. The work to address this is ongoing and includes strategic governance on its use through the
     newly formed Strategic Priorities Board jointly chaired by both Assistant Chief Constables (ACC) and in the Service
     Improvement Board chaired by the Deputy Chief Constable (DCC), where it is an ongoing area of focus. At a tactical
     level the work is driven through the Strategic Vulnerability Team. A DA performance dashboard is now circulated on
     monthly basis which details fundamental data to understand performance around DA.""",
        "Strategic Vulnerability Team",
    ),
]

RECOMMENDATIONS = [
    (
        "1",
        """Engage routinely with partner agencies at a senior level to establish intelligence sharing arrangements and
     an effective, multi-agency response to serious and organised crime. This should include the creation of a local
     profile for serious and organised crime which provides the force and its partners with a single, comprehensive
     picture of the threat""",
        """West Mercia has implemented more effective partnership working arrangements to tackle SOC. Four Serious and
     Organised Crime Joint Action Groups (SOCJAGs) have been established, one across Worcestershire, and one for each of
     the other local policing areas. Three SOC partnership conferences have been held; these helped to improve
     engagement and understanding with partners and ensure buy into the SOCJAGs along with improved sharing of
     information. Local SOC profiles have been produced by the CSP analysts, using both police and partner intelligence
     and are subject to regular review. These SOC profiles are linked to local beat profiles. A dedicated SOC
     intelligence reporting mechanism has been set up with partners to provide an additional channel to submit
     intelligence direct to the Force Intelligence Bureau using the 'Protect' banner. The SOC profiles are shared with
     partners and used at the SOCJAGs. The PCC's role in overseeing these is set out below.""",
        None,
    ),
    (
        "2",
        """Ensure that it maps all organised crime groups promptly following identification and re-assesses them at
     regular intervals in line with national standards. All mapped organised crime groups are to be subject to regular
     scrutiny and oversight, enabling it to routinely identify and pursue opportunities for disruption and
     investigation""",
        """All organised crime groups (OCG) have been identified and mapped and a four P's plan has been developed for each.
     The 4 P's plan is owned by an identified responsible officer (LRO). The ACC for Shared Service chairs a monthly OCG
     management meeting where plans are scrutinised and reviewed on a scheduled cycle. On the same day an OCG tasking
     meeting takes place chaired by the ACC to agree appropriate disruption or further development of tactics as
     required""",
        None,
    ),
    (
        "3",
        """Assign capable lead responsible officers to all active organised crime groups as part of a long-term,
     multi-agency approach to dismantling them. These officers should have a clear understanding of their
     responsibilities, and adopt a 'four Ps' (pursue, prevent, protect, prepare) approach to tackling serious and
     organised crime""",
        """Lead Responsible Officers (LRO's) at Chief Inspector rank have been assigned to OCGs. The LROs receive regular
     training and guidance to ensure a consistent approach is taken to the management of 4P's (pursue, prevent, protect,
     prepare) plans and to share learning. More widely work has taken place to raise the profile of SOC across the
     workforce and partners under the 'Protect' banner. All staff now know SOC is everybody's business and it is one of
     the force's priorities. A West Mercia SOC strategy has been published and aims to further develop and strengthen a
     multi-agency approach to SOC.""",
        None,
    ),
    (
        "4",
        """Identify those at risk of being drawn into serious and organised crime, and ensure that preventative
     initiatives are put in place with partner organisations to deter offending""",
        """The force is working to develop a partnership approach to identify those most at risk of being drawn into SOC.
     Safeguarding Boards now consider SOC as part of their agenda and it is also integrated into the Integrated Offender
     Manager (IOM) process. There has been a considerable increase by the force in the use of civil orders and in 2018/19
     8 Serious Crime Prevention Orders (SCPOs) were secured. A database of local diversionary activity has been developed
     and can be accessed by all officers. Innovative and imaginative ways of prevention are being considered. MATES in
     Hereford has been recognised as a good example of a successful partnership intervention.""",
        None,
    ),
    (
        "5",
        """Begin to measure its activity on serious and organised crime across the four Ps, and ensure that it learns
     from experience to maximise the disruptive effect of this activity""",
        """A central OCG Management Unit has been established to assist lead responsible officers and others in maximising
     disruption potential and quality assuring/reporting to ROCU / ROCTA as per national reporting requirements. The unit
     has developed a disruption template to allow for the wider workforce to more easily record any disruption activity.
     Work is ongoing to improve the wider understanding of what a disruption is, this includes improving partner
     understanding as all OCGs disruptions meeting the necessary criteria can be submitted to the ROCU.""",
        "OCG Management Unit",
    ),
]


def load(cast, history):
    wmerp = cast.orgs[WMERP]
    sib = cast.board(WMERP, "Service Improvement Board")
    soc_group = cast.board(WMERP, "SOC Delivery Group")
    inspected = ReportInvolvement.Involvement.INSPECTED

    peel = upsert_report(
        "PEEL: Police effectiveness 2017 – An inspection of West Mercia Police",
        kind=Report.Kind.PEEL,
        published_on=MARCH_2018,
        summary="""Published in March 2018 (seed 002 gives the month only; the day is stored as the 1st). HMICFRS gave
        six areas for improvement (AFIs) and made five recommendations. 'Preventing crime and tackling ASB' and
        'Protecting vulnerable people and supporting victims' each had 3 AFIs and 'Tackling serious and organised crime'
        had 5 recommendations. The overall grading in 2018 for West Mercia in the report was 'requires improvement', with
        'Tackling serious and organised crime' graded as 'inadequate'. The HMICFRS put the Force into 'Engaged' status,
        meaning increased oversight and assessment.""",
        involvements=[(wmerp, inspected, "")],
    )
    upsert_report(
        "Integrated PEEL inspection 2018/19 of West Mercia Police",
        kind=Report.Kind.PEEL,
        summary="""Not yet published at the time of seed 002: insight visits in autumn 2018 and a two week onsite
        inspection in January 2019; publication was not expected at the end of June 2019 as originally scheduled and
        no revised date had been provided.""",
        involvements=[
            (wmerp, inspected, "Insight visits autumn 2018; two-week onsite inspection January 2019.")
        ],
    )

    position = 0
    for theme, ref, text, progress, area in AFIS:
        position += 1
        finding = upsert_finding(
            peel,
            position,
            kind=Finding.Kind.AREA_FOR_IMPROVEMENT,
            ref=ref,
            theme=theme,
            text=text,
            addressees=["The force"],
        )
        response = upsert_response(
            finding,
            wmerp,
            history,
            status=Response.Status.IN_PROGRESS,
            dates=path_on(Response.Status.IN_PROGRESS, PANEL),
            comment=COMMENT,
            business_area=cast.area(WMERP, area) if area else None,
            board=sib,
        )
        upsert_update(response, PANEL, progress)

    cause = upsert_finding(
        peel,
        10,
        kind=Finding.Kind.CAUSE_OF_CONCERN,
        theme=SOC,
        printed=False,
        addressees=["The force"],
        text="the cause of concern about tackling serious and organised crime that the five recommendations answer "
        "(seed 002 prints the recommendations and the 'inadequate' grade, not the cause of concern).",
    )
    upsert_response(
        cause,
        wmerp,
        history,
        status=Response.Status.IN_PROGRESS,
        dates=path_on(Response.Status.IN_PROGRESS, PANEL),
        comment=COMMENT,
        board=soc_group,
    )
    for ref, text, progress, area in RECOMMENDATIONS:
        finding = upsert_finding(
            peel,
            10 + int(ref),
            kind=Finding.Kind.RECOMMENDATION,
            ref=ref,
            theme=SOC,
            text=text,
            addressees=["The force"],
            parent=cause,
        )
        response = upsert_response(
            finding,
            wmerp,
            history,
            status=Response.Status.IN_PROGRESS,
            dates=path_on(Response.Status.IN_PROGRESS, PANEL),
            comment=COMMENT,
            business_area=cast.area(WMERP, area) if area else None,
            board=soc_group,
        )
        upsert_update(response, PANEL, progress)

    for area, grade in [
        ("Effectiveness", Grading.Grade.REQUIRES_IMPROVEMENT),
        (SOC, Grading.Grade.INADEQUATE),
    ]:
        upsert(
            Grading,
            organisation=wmerp,
            framework=Grading.Framework.PEEL_2014_17,
            area=area,
            published_on=MARCH_2018,
            defaults={
                "pillar": "Effectiveness",
                "grade": grade,
                "report": peel,
                "position": 0 if area == "Effectiveness" else 4,
            },
        )

    # Seed 002 says Engaged after the March 2018 report and no longer Engaged by the 18 June 2019 panel.
    engage, _ = upsert(
        MonitoringPhase,
        organisation=wmerp,
        phase=MonitoringPhase.Phase.ENGAGE,
        started_on=MARCH_2018,
        defaults={
            "ended_on": PANEL,
            "reason": normalise(
                """HMICFRS put the force into 'Engaged' status after the PEEL
        effectiveness 2017 report published in March 2018 ('Tackling serious and organised crime' graded inadequate).
        Seed 002 prints neither day: the start is stored as 1 March 2018 and the end as 18 June 2019, the panel meeting
        by which the force was no longer 'Engaged'."""
            ),
        },
    )
    engage.causes.set([cause])
    upsert(
        MonitoringPhase,
        organisation=wmerp,
        phase=MonitoringPhase.Phase.SCAN,
        started_on=PANEL,
        defaults={
            "ended_on": None,
            "reason": normalise(
                """Seed 002: the improvements in the force's approach to SOC have been
        recognised by HMICFRS and the Force is now no longer 'Engaged' and the closer scrutiny by HMICFRS has now ended.
        The day it ended is not printed; stored from the 18 June 2019 panel meeting."""
            ),
        },
    )

    for kind, starts_on, ends_on, notes in [
        (
            InspectionActivity.Kind.OTHER,
            date(2018, 9, 1),
            date(2018, 11, 30),
            "A series of 'insight visits' looking more closely at specific service areas and functions including SOC and "
            "the OCC (seed 002 says autumn 2018; stored as September to November).",
        ),
        (
            InspectionActivity.Kind.FIELDWORK,
            date(2019, 1, 1),
            date(2019, 1, 31),
            "Two week onsite inspection in January 2019 (seed 002 gives the month only).",
        ),
    ]:
        upsert(
            InspectionActivity,
            organisation=wmerp,
            inspection="Integrated PEEL inspection 2018/19",
            kind=kind,
            starts_on=starts_on,
            defaults={"ends_on": ends_on, "notes": notes},
        )
