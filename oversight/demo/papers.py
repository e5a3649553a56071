"""The committees' paper layouts and the four seed papers' drafts: what each seed's author wrote in
the paper itself (overviews, background, the PCC's oversight, contact officers, background documents),
so the papers regenerated from the demo read as the seeds do."""

from datetime import date

from oversight.papers import layouts
from oversight.papers.models import Committee, Meeting, Paper
from oversight.reports.models import Report

from .build import upsert
from .people import WMERPCC, WMPCC

JAC_LAYOUT = {
    **layouts.JAC,
    "second_person_approval": True,
    "contacts": [{"name": "T/CI Fiona Fletcher", "title": "HMICFRS Force Liaison Officer"}],
}
PANEL_LAYOUT = {
    **layouts.PANEL,
    "title": "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) "
    "'PEEL: Police Effectiveness 2017 an inspection of West Mercia Police' – update report",
    "contacts": [
        {"name": "Sheena Jones", "title": "Democratic, Governance and Scrutiny Manager", "phone": "01905 844871",
         "email": "sjones19@worcestershire.gov.uk"},
        {"name": "Andy Champness", "title": "Police and Crime Commissioner Chief Executive",
         "email": "andrew.champness@westmercia.pnn.police.uk"},
    ],
    "background_documents": [
        {"title": "Agenda and minutes of the West Mercia Police and Crime Panel on 19 June 2018 and 27 November 2018"},
        {"title": "All agendas and minutes are available on the Council's website"},
    ],
}

SEED_001_PEEL = (
    "The PEEL inspection programme is an assessment of the police effectiveness, efficiency and legitimacy "
    "(PEEL) of police forces in England and Wales. PEEL 2021 was the new HMICFRS approach to inspection. The "
    "HMICFRS attended force on 7th June for a Strategic Briefing and the on-site evidence gathering phase ran "
    "from 14th June -28th July. The hot debrief summary was presented to the Force Executive in late July. "
    "The full report is currently being compiled with the anticipated date of early November to force and "
    "national publication."
)
SEED_003_OVERSIGHT = (
    "The force continues to concentrate its efforts upon our cause of concern and outstanding recommendations "
    "and AFI's held on the HMICFRS portal under the direction of our DCC through his HMIC Oversight Board which "
    "is held on a monthly basis."
)
SEED_004_BACKGROUND = (
    "Since the last committee the Force Management Statement has been submitted to HMICFRS. The force is "
    "planning to publish a public facing version in the summer."
)
SEED_004_OVERVIEW = (
    "The report was largely positive as shown in the overall grading's for the force with grades for those "
    "questions inspected either improving or being maintained."
)
SEED_002_OVERSIGHT = (
    "The PCC's oversight and scrutiny of the force's response to HMICFRS' Effectiveness inspection findings is "
    "ongoing. The PCC has continued to use his holding to account programme to challenge the force on different "
    "issues highlighted in the Effectiveness report."
)

JAC_PAPERS = {
    date(2021, 9, 29): {"free_sections": [{"title": "West Midlands Police PEEL inspection", "text": SEED_001_PEEL}],
                        "recommendation": "This report is submitted for the information of the Committee. The "
                        "Committee are asked to note the contents of the report.",
                        "contacts": [{"name": "Inspector 6828 Rachel Jones-Burns",
                                      "title": "HMICFRS Force Liaison Officer"}]},
    date(2024, 12, 5): {"closures_since": "2023-08-01", "reports_after": SEED_003_OVERSIGHT, "free_sections": []},
    date(2019, 6, 28): {"background": SEED_004_BACKGROUND,
                        "contacts": [{"name": "Kath Holder", "title": "Risk and Organisational Learning Manager"}]},
}


def load(cast):
    jac, _ = upsert(Committee, organisation=cast.orgs[WMPCC], name="Joint Audit Committee",
                    defaults={"layout": JAC_LAYOUT})
    panel, _ = upsert(Committee, organisation=cast.orgs[WMERPCC], name="West Mercia Police and Crime Panel",
                      defaults={"layout": PANEL_LAYOUT})
    ipa = Report.objects.filter(title="Integrated PEEL Inspection 2018/19 of West Midlands Police").first()
    for held_on, narrative in JAC_PAPERS.items():
        narrative = dict(narrative)
        if held_on == date(2019, 6, 28) and ipa:
            # Seed 004 prints no publication date: its writer includes the report as received.
            narrative["include_reports"] = [ipa.pk]
            narrative["overview"] = {str(ipa.pk): SEED_004_OVERVIEW}
        draft(jac, held_on, narrative)
    draft(panel, date(2019, 6, 18), {"free_sections": [
        {"title": "Police and Crime Commissioner's oversight", "text": SEED_002_OVERSIGHT}]})


def draft(committee, held_on, narrative):
    from oversight.papers.content import default_period

    meeting = Meeting.objects.get(committee=committee, held_on=held_on)
    start, end = default_period(meeting)
    existing = Paper.objects.filter(meeting=meeting).first()
    if existing and existing.status == Paper.Status.ISSUED:
        return
    upsert(Paper, meeting=meeting, defaults={"period_start": start, "period_end": end, "narrative": narrative})
