"""What each seed paper says, fact by fact, as the regenerated paper must carry it.

`FACTS[seed]` lists (fact, text the paper must contain); `WRONG[seed]` lists (fact, text the paper must
not contain: a figure as of another date, a contradiction, an internal note). Texts are compared with
whitespace collapsed and case ignored.
"""

import re

INTERNAL = re.compile(r"\bseeds? ?\d{3}\b|not printed in the source|prints neither day|the seeds do not|"
                      r"gives the months? only|prints no day", re.IGNORECASE)

FACTS = {
    "001": [
        ("committee and date", "JOINT AUDIT COMMITTEE"),
        ("meeting date", "29 September 2021"),
        ("agenda item", "Agenda Item 06"),
        ("purpose", "oversight of HMICFRS inspection activity and recommendations"),
        ("PEEL background", "Strategic Briefing"),
        ("PEEL fieldwork dates", "14 June 2021 to 28 July 2021"),
        ("hot debrief", "Hot debrief"),
        ("VAWG interim report", "Interim report: Inspection into how effectively the police engage with women and girls"),
        ("VAWG published", "7/7/21"),
        ("NCA report", "An inspection of the National Crime Agency's crime reduction"),
        ("NCA two causes of concern", "2 causes of concern"),
        ("NCA 13 recommendations", "13 recommendations were made in total"),
        ("NCA held in ROCU", "Regional Organised Crime Unit"),
        ("neurodiversity report", "Neurodiversity in the criminal justice system"),
        ("neurodiversity six, five apply", "6 recommendations were made in total, of which 5 apply to the force"),
        ("rape joint thematic", "A joint thematic inspection of the police and Crown Prosecution Service's response to rape"),
        ("rape 13 recommendations", "13 recommendations were made in total"),
        ("rape held by PPU", "Public Protection Unit"),
        ("sensitive intelligence", "A shared confidence: sensitive intelligence"),
        ("sensitive intelligence inspected", "Inspected in fieldwork"),
        ("sensitive 14 recommendations", "14 recommendations were made in total"),
        ("fraud revisit", "A review of 'Fraud: Time to choose'"),
        ("fraud noted force", "Noted force"),
        ("fraud 2 recommendations", "2 recommendations were made in total"),
        ("duty to protect", "A duty to protect: Police use of protective measures"),
        ("duty to protect 7", "7 recommendations were made in total"),
        ("VAWG board", "Violence and Intimidation Against Women and Girls Board"),
        ("recommendation to note", "asked to note the contents of the report"),
        ("contact officer", "Inspector 6828 Rachel Jones-Burns"),
        ("contact title", "HMICFRS Force Liaison Officer"),
    ],
    "002": [
        ("panel", "WEST MERCIA POLICE AND CRIME PANEL"),
        ("date", "18 June 2019"),
        ("title", "PEEL: Police Effectiveness 2017"),
        ("recommendation", "Members of the Panel are invited to note this report"),
        ("AFI preventing crime 1", "local policing teams routinely engage with local communities"),
        ("AFI response problem solving", "Problem Solving and the use of problem solving plans is now fully embedded"),
        ("AFI evaluate share", "evaluate and share effective practice routinely"),
        ("AFI Continuous Improvement Team", "Continuous Improvement Team"),
        ("AFI understand communities", "improve its understanding of local communities"),
        ("AFI vulnerable attend", "when officers have been unable to attend"),
        ("THRIVE response", "THRIVE assessment in the Operations and Communication Centre"),
        ("DASH AFI", "more proficient in completing DASH risk assessments"),
        ("DA matters", "'DA matters' training"),
        ("outcome 16 AFI", "Evidential difficulties; victim does not support police action"),
        ("outcome 16 audit", "outcome code 16"),
        ("SOC rec 1", "establish intelligence sharing arrangements"),
        ("SOCJAGs", "Serious and Organised Crime Joint Action Groups"),
        ("SOC rec 2", "maps all organised crime groups promptly"),
        ("SOC rec 3", "Assign capable lead responsible officers"),
        ("SOC rec 4", "Identify those at risk of being drawn into serious and organised crime"),
        ("SCPOs", "8 Serious Crime Prevention Orders"),
        ("SOC rec 5", "Begin to measure its activity on serious and organised crime"),
        ("OCG unit", "OCG Management Unit"),
        ("theme preventing", "Preventing crime and tackling anti-social behaviour"),
        ("theme SOC", "Tackling serious and organised crime"),
        ("PCC oversight", "holding to account programme"),
        ("no longer engaged", "Engage"),
        ("contact Sheena Jones", "Sheena Jones"),
        ("contact phone", "01905 844871"),
        ("contact Andy Champness", "Andy Champness"),
        ("background papers", "19 June 2018 and 27 November 2018"),
    ],
    "003": [
        ("committee", "JOINT AUDIT COMMITTEE"),
        ("date", "5 December 2024"),
        ("agenda item", "Agenda Item 06"),
        ("engage date", "24 November 2023"),
        ("3 causes closed", "22 July 2024"),
        ("default phase", "Returned to the default phase of monitoring"),
        ("18 September", "18 September 2024"),
        ("investigations open 3 closed 2 open", "3 of its recommendations closed and 2 open"),
        ("4 reports", "4 reports have been published"),
        ("Soteria", "national operating model for rape and other serious sexual offences"),
        ("Soteria published", "22/8/24"),
        ("Soteria 14/5", "14 recommendations were made in total, of which 5 were applicable to chief constables"),
        ("activism", "Activism and impartiality in policing"),
        ("activism 10/9/24", "10/9/24"),
        ("activism 22/8", "22 recommendations were made in total, of which 8 were applicable to chief constables"),
        ("stalking", "Police Response to Stalking"),
        ("stalking 29/15", "29 recommendations were made in total, of which 15 were applicable to chief constables"),
        ("stalking link", "super-complaint-on-the-police-response-to-stalking"),
        ("ASB spotlight", "The policing response to anti-social behaviour"),
        ("ASB 8/5", "8 recommendations were made in total, of which 5 were applicable to chief constables"),
        ("HMIC Oversight Board", "HMIC Oversight Board"),
        ("closures since August 2023", "since August 2023"),
        ("AFI Lv3 15", "AFI Lv3 | 15"),
        ("AFI Lv2 12", "AFI Lv2 | 12"),
        ("Rec Lv4 18", "Recommendation Lv4 | 18"),
        ("Rec Lv3 34", "Recommendation Lv3 | 34"),
        ("Rec Lv2 91", "Recommendation Lv2 | 91"),
        ("total 170 (+4)", "170 (+4)"),
        ("re-inspection", "2 September 2024 to 13 September 2024"),
        ("youth out of court", "Youth out-of-court disposals"),
        ("w/c 10 March 2025", "10 March 2025"),
        ("Solihull and Walsall", "Solihull and Walsall"),
        ("contact", "T/CI Fiona Fletcher"),
    ],
    "004": [
        ("committee", "JOINT AUDIT COMMITTEE"),
        ("date", "28 June 2019"),
        ("agenda item", "Agenda Item 5"),
        ("FMS background", "Force Management Statement has been submitted"),
        ("no inspections in force", "there have not been any inspections in force"),
        ("IPA report received", "Integrated PEEL Inspection 2018/19"),
        ("largely positive", "The report was largely positive"),
        ("Effectiveness good up", "Effectiveness | Good |  | ↑"),
        ("preventing good 2016", "Preventing crime and tackling anti-social behaviour | Good | 2016 | ↔"),
        ("investigating 2016", "Investigating crime | Good | 2016 | ↔"),
        ("PVP RI 2018 up", "Protecting Vulnerable People | Requires improvement | 2018 | ↑"),
        ("SOC good 2017", "Tackling Serious and Organised Crime | Good | 2017 | ↔"),
        ("firearms ungraded", "Specialist Capabilities (Firearms) | Ungraded | 2018 | N/A"),
        ("efficiency", "Efficiency | Good |  | ↔"),
        ("demand RI 2017", "Meeting current demand and using resources | Requires improvement | 2017 | ↔"),
        ("future outstanding", "Planning for the future | Outstanding | 2018 | ↑"),
        ("legitimacy", "Legitimacy | Good |  | ↑"),
        ("fair public", "Fair treatment of the public | Good | 2018 | ↔"),
        ("ethical RI", "Ethical and lawful workforce | Requires improvement | 2018 | ↔"),
        ("fair workforce", "Fair treatment of the workforce | Good | 2018 | ↑"),
        ("THRIVE+ AFI", "consistently apply THRIVE+ and other risk assessment tools"),
        ("THRIVE+ response", "THRIVE+ working group chaired by the Head of Contact"),
        ("supervision AFI", "improve the quality and consistency of supervision in the control room"),
        ("supervision response", "escalation process and log closure doctrine"),
        ("DASH AFI", "increase the number and quality of DASH risk assessments"),
        ("DASH response", "43% increase in DASH completion"),
        ("vetting recommendation", "lowest level of vetting clearance"),
        ("vetting response", "three year plan to remove the current vetting aftercare backlog"),
        ("counter-corruption AFI", "counter-corruption strategic threat assessment and control strategy"),
        ("in place", "This has since been put in place."),
        ("monitoring AFI", "counter-corruption unit can fully monitor all of its computer systems"),
        ("procurement response", "procurement process has now been completed"),
        ("WMP conversations AFI", "'WMP Conversations'"),
        ("WMP conversations response", "Full roll out of WMP conversations is due to take place in 2020"),
        ("no red", "There are no findings currently rated red"),
        ("note", "The Committee to note the contents of the report"),
        ("contact", "Kath Holder"),
        ("contact title", "Risk and Organisational Learning Manager"),
    ],
}

# Figures from after the paper, contradictions and internal notes.
WRONG = {
    "001": [("0 applicable beside five that apply", "of which 0 were applicable"),
            ("open findings counted today", "1 December 2026"),
            ("2018/19 gradings reprinted", "Integrated PEEL 2018/19")],
    "002": [("open findings counted today", "1 December 2026")],
    "003": [("2018/19 gradings reprinted", "Integrated PEEL 2018/19"),
            ("open findings counted today", "1 December 2026"),
            ("bad grammar", "there have been 1 report")],
    "004": [("no reports said published", "no reports have been published"),
            ("open findings counted today", "1 December 2026"),
            ("2021 report counted", "National Crime Agency"),
            ("2024 report counted", "Soteria")],
}


def squash(text):
    """Whitespace collapsed, case ignored; a line broken after a hyphen (a long URL in a PDF) rejoined."""
    text = re.sub("\ufffe\\s*", "-", text)  # pdfium marks a hyphen it broke the line at
    return re.sub(r"\s+", " ", re.sub(r"(?<=\w)-\s*\n\s*", "-", text)).strip().lower()


def check(seed, text):
    """(present, wrong, missing) fact names for the paper's `text`."""
    flat = squash(text)
    present = [name for name, needle in FACTS[seed] if squash(needle) in flat]
    missing = [name for name, needle in FACTS[seed] if squash(needle) not in flat]
    wrong = [name for name, needle in WRONG[seed] if squash(needle) in flat]
    wrong += [f"internal note: {m.group(0)}" for m in INTERNAL.finditer(text)]
    return present, wrong, missing


def repeated_sentences(text):
    """Sentences of 8 words or more printed more than once."""
    seen, repeats = set(), []
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            key = squash(sentence)
            # Who holds what is a structured line per finding or report, not prose.
            if len(key.split()) < 8 or key.startswith(("owner:", "recommendations held:")):
                continue
            if key in seen:
                repeats.append(sentence)
            seen.add(key)
    return repeats
