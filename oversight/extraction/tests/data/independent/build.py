"""Write the independent evaluation set: realistic HMICFRS/HMIC report layouts, each labelled as it is written.

Each document is an HTML source (built into text, Word and PDF by the tests) and a hand-labelled
``.gold.json`` in the form of the other cases. The finding texts are written once and used both in the
page and in the gold file, so the two cannot drift apart; what is labelled, and what is deliberately not
(narrative "should", counts of findings, references to earlier findings, force responses, status
history), follows the labelling policy in shared/samples/reports/README.md.

Run: .venv/bin/python oversight/extraction/tests/data/independent/build.py
"""

import html as htmllib
import json
from pathlib import Path

HERE = Path(__file__).parent


class Doc:
    def __init__(self, name, title, published_on, notes):
        self.name, self.title, self.published_on, self.notes = name, title, published_on, notes
        self.parts = []
        self.findings = []

    # page content -----------------------------------------------------------------
    def h(self, level, text):
        self.parts.append(f"<h{level}>{esc(text)}</h{level}>")

    def p(self, text, cls=None):
        attr = f' class="{cls}"' if cls else ""
        self.parts.append(f"<p{attr}>{esc(text)}</p>")

    def ul(self, items):
        self.parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")

    def raw(self, markup):
        self.parts.append(markup)

    def pagebreak(self):
        self.parts.append('<div style="page-break-before: always"></div>')

    # labels -----------------------------------------------------------------------
    def f(self, kind, text, ref=None, due=None, due_on=None, parent=None, addressees=()):
        """Label a finding (once, however often it is printed) and return its gold id."""
        for g in self.findings:
            if g["text"] == norm(text) and g["type"] == kind:
                return g["id"]
        gid = f"F{len(self.findings) + 1}"
        self.findings.append({
            "id": gid, "type": kind, "ref": ref, "text": norm(text), "addressees": list(addressees),
            "due": due, "due_on": due_on, "parent_id": parent,
        })
        return gid

    def write(self):
        page = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{esc(self.title)}</title></head>\n<body>\n" + "\n".join(self.parts) + "\n</body></html>\n"
        )
        (HERE / f"{self.name}.html").write_text(page)
        gold = {"notes": self.notes, "published_on": self.published_on, "findings": self.findings}
        (HERE / f"{self.name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


def esc(text):
    return htmllib.escape(text, quote=False)


def norm(text):
    return " ".join(text.split())


def lead(text, items):
    """A lead-in with bulleted sub-points, as one finding's text."""
    return text + " " + " ".join("• " + i for i in items)


AFI, REC, COC = "area_for_improvement", "recommendation", "cause_of_concern"

DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


@document
def peel_2023():
    d = Doc("ind_peel_2023", "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Northshire Police",
            "2024-10-17",
            "PEEL 2023–25 force report: judgment table, HM Inspector's observations with narrative 'should' and counts; "
            "causes of concern whose recommendations name the force ('Northshire Police should:') and 'the chief constable'; "
            "'Area for improvement' headings per question and an 'Areas for improvement' bulleted list; promising practice "
            "box; the causes and areas for improvement are listed again in an annex table.")
    d.h(1, "PEEL 2023–25 Police effectiveness, efficiency and legitimacy")
    d.p("An inspection of Northshire Police")
    d.p("Publication date: 17 October 2024")
    d.h(2, "Overall summary")
    d.h(3, "Our judgments")
    d.p("Our inspection assessed how good Northshire Police is in nine areas of policing. We make graded judgments in eight of these nine areas.")
    d.raw("<table><tr><th><p>Area</p></th><th><p>Grade</p></th></tr>"
          "<tr><td><p>Police powers and public treatment</p></td><td><p>Good</p></td></tr>"
          "<tr><td><p>Responding to the public</p></td><td><p>Inadequate</p></td></tr>"
          "<tr><td><p>Investigating crime</p></td><td><p>Requires improvement</p></td></tr>"
          "<tr><td><p>Protecting vulnerable people</p></td><td><p>Adequate</p></td></tr></table>")
    d.h(3, "HM Inspector’s observations")
    d.p("I am pleased with some aspects of the performance of Northshire Police, but the force needs to improve in several "
        "areas. It should build on the good work of its neighbourhood teams. We have identified two causes of concern and "
        "made five recommendations. We also identified eight areas for improvement.")
    d.p("In our 2021/22 inspection we said that the force should improve how it records crime. We found that it has made "
        "progress, and we have closed that area for improvement.")
    d.p("Andy Cooke, His Majesty’s Chief Inspector of Constabulary")

    d.pagebreak()
    d.h(2, "Responding to the public")
    d.p("Inadequate")
    d.p("Northshire Police is inadequate at responding to the public.")
    c1 = "The force doesn’t answer emergency and non-emergency calls quickly enough. This means that people in need of help aren’t always getting it, and that the force can’t always identify when they are vulnerable."
    d.h(3, "Cause of concern")
    d.p(c1)
    g1 = d.f(COC, c1)
    d.h(3, "Recommendations")
    r1 = lead("Within three months, Northshire Police should:", [
        "make sure that it answers 90 percent of emergency calls within 10 seconds, in line with national standards;",
        "reduce the number of non-emergency calls that are abandoned before they are answered; and",
        "make sure that call handlers use a structured triage process to identify vulnerable and repeat callers.",
    ])
    d.p("Within three months, Northshire Police should:")
    d.ul(["make sure that it answers 90 percent of emergency calls within 10 seconds, in line with national standards;",
          "reduce the number of non-emergency calls that are abandoned before they are answered; and",
          "make sure that call handlers use a structured triage process to identify vulnerable and repeat callers."])
    d.f(REC, r1, due="Within three months", due_on="2025-01-17", parent=g1, addressees=["Northshire Police"])
    r2 = "By 31 March 2025, the chief constable should make sure that the force attends incidents within the timescales it has set, and that it tells callers when attendance will be delayed."
    d.p(r2)
    d.f(REC, r2, due="By 31 March 2025", due_on="2025-03-31", parent=g1, addressees=["the chief constable"])
    d.h(3, "Area for improvement")
    a1 = "The force should make sure that it gives callers appropriate advice on preserving evidence and preventing crime."
    d.p(a1)
    d.f(AFI, a1, addressees=["The force"])
    d.h(3, "Main findings")
    d.p("In the 12 months to 31 March 2024, the force answered only 58 percent of emergency calls within 10 seconds. "
        "Call handlers told us that they should have more training on vulnerability, and supervisors should be able to "
        "monitor calls in real time. Forces should consider the national contact management principles.")
    d.p("The force should continue its work with partners to reduce the demand on its control room.")

    d.h(2, "Investigating crime")
    d.p("Requires improvement")
    c2 = "Northshire Police isn’t investigating crime effectively. Investigations aren’t always supervised, and victims aren’t kept informed of the progress of their cases."
    d.h(3, "Cause of concern")
    d.p(c2)
    g2 = d.f(COC, c2)
    d.h(3, "Recommendations")
    r3 = "Within six months, the force should make sure that every investigation is allocated to an investigator with the right skills, and that supervisors review it regularly."
    r4 = "Within six months, the force should make sure that it complies with the Code of Practice for Victims of Crime, and that it records when it has updated victims."
    r5 = "Within six months, the force should make sure that it records the reason when a victim withdraws support for an investigation, and that it considers whether to continue the investigation without that support."
    d.ul([r3, r4, r5])
    for r in (r3, r4, r5):
        d.f(REC, r, due="Within six months", due_on="2025-04-17", parent=g2, addressees=["the force"])
    d.h(3, "Areas for improvement")
    a2 = "The force should make sure that it uses all available evidence-led prosecution opportunities in domestic abuse cases."
    a3 = "The force should make sure it has enough trained and accredited detectives to meet its investigative demand."
    d.ul([a2, a3])
    d.f(AFI, a2, addressees=["The force"])
    d.f(AFI, a3, addressees=["The force"])
    d.h(3, "Main findings")
    d.p("We reviewed 130 investigations. Of these, 42 weren’t supervised effectively. The force should be concerned by this.")

    d.h(2, "Protecting vulnerable people")
    d.p("Adequate")
    d.h(3, "Area for improvement")
    a4 = "The force should improve how it manages the risk posed by registered sex offenders, so that home visits and risk assessments are completed on time."
    d.p(a4)
    d.f(AFI, a4, addressees=["The force"])
    d.h(3, "Promising practice")
    d.p("Northshire Police has worked with its local health board to place mental health practitioners in its control room. "
        "Other forces should consider whether this approach would work for them.")

    d.h(2, "Building, supporting and protecting the workforce")
    d.p("Good")
    d.h(3, "Areas for improvement")
    a5 = "The force should make sure that its officers and staff understand how to report wrongdoing confidentially."
    a6 = "The force should improve how it monitors the workload and well-being of its investigators."
    d.p(a5)
    d.p(a6)
    d.f(AFI, a5, addressees=["The force"])
    d.f(AFI, a6, addressees=["The force"])
    d.h(2, "Leadership and force management")
    d.p("Adequate")
    d.h(3, "Area for improvement")
    a7 = "The force should develop its understanding of the demand on its services, so that it can plan its workforce for the future."
    d.p(a7)
    d.f(AFI, a7, addressees=["The force"])
    d.p("We found no other areas for improvement in this area of policing.")

    d.pagebreak()
    d.h(2, "Annex A: Causes of concern and areas for improvement")
    d.raw("<table><tr><th><p>Area</p></th><th><p>Finding</p></th></tr>"
          f"<tr><td><p>Responding to the public</p></td><td><p>Cause of concern</p><p>{esc(c1)}</p></td></tr>"
          f"<tr><td><p>Investigating crime</p></td><td><p>Cause of concern</p><p>{esc(c2)}</p></td></tr>"
          f"<tr><td><p>Investigating crime</p></td><td><p>Area for improvement</p><p>{esc(a2)}</p></td></tr>"
          f"<tr><td><p>Protecting vulnerable people</p></td><td><p>Area for improvement</p><p>{esc(a4)}</p></td></tr>"
          "</table>")
    d.write()


@document
def thematic_2022():
    d = Doc("ind_thematic_vetting", "An inspection of vetting, misconduct, and misogyny in the police service", "2022-11-02",
            "National thematic in the style of the 2022 vetting, misconduct and misogyny report: a summary of recommendations "
            "grouped by deadline headings and addressees, 'Recommendation 1' labels on their own line and inline, areas for "
            "improvement numbered; the recommendations are printed again in the chapters; footnote markers; narrative about "
            "recommendations made in earlier reports is not labelled.")
    d.h(1, "An inspection of vetting, misconduct, and misogyny in the police service")
    d.p("Published on: 2 November 2022")
    d.h(2, "Contents")
    d.p("Summary of recommendations and areas for improvement")
    d.p("1. Introduction")
    d.p("2. Vetting")
    d.p("3. Misconduct and counter-corruption")
    d.h(2, "Summary of recommendations and areas for improvement")
    d.p("We have made 43 recommendations and identified 5 areas for improvement. This report summarises eight of them. "
        "In our 2019 report we recommended that forces should comply with the vetting code of practice; not all have done so.")
    recs = [
        ("1", "By 31 October 2023, chief constables should make sure that their forces’ vetting units carry out checks on all applicants’ social media, in line with the College of Policing’s vetting authorised professional practice.", "By 31 October 2023", "2023-10-31", ["chief constables"]),
        ("2", "By 30 April 2023, chief constables should make sure that, when an applicant has come to adverse notice, the vetting decision and the rationale for it are fully recorded.", "By 30 April 2023", "2023-04-30", ["chief constables"]),
        ("3", "By 31 March 2023, chief constables should make sure that their forces comply with the College of Policing’s vetting APP when they vet transferees and re-joiners.", "By 31 March 2023", "2023-03-31", ["chief constables"]),
        ("4", "By 31 October 2023, the College of Policing should amend its vetting APP so that forces must carry out a full review of an officer’s vetting clearance when the officer is subject to a misconduct investigation for a sexual offence.", "By 31 October 2023", "2023-10-31", ["the College of Policing"]),
        ("5", "By 31 October 2023, the College of Policing should introduce a national standard for the minimum training that vetting staff must complete.", "By 31 October 2023", "2023-10-31", ["the College of Policing"]),
        ("6", "By 30 April 2023, the Home Office should make the necessary legislative changes so that a police officer’s vetting clearance can be withdrawn and the officer dismissed if the clearance is not held.", "By 30 April 2023", "2023-04-30", ["the Home Office"]),
    ]
    ids = {}
    d.h(3, "Recommendations for chief constables")
    for ref, text, due, due_on, who in recs[:3]:
        d.p(f"Recommendation {ref}", cls="label")
        d.p(text)
        ids[ref] = d.f(REC, text, ref=ref, due=due, due_on=due_on, addressees=who)
    d.h(3, "Recommendations for the College of Policing")
    for ref, text, due, due_on, who in recs[3:5]:
        d.p(f"Recommendation {ref}: {text}")
        d.f(REC, text, ref=ref, due=due, due_on=due_on, addressees=who)
    d.h(3, "Recommendation for the Home Office")
    ref, text, due, due_on, who = recs[5]
    d.p(f"Recommendation {ref}: {text}")
    d.f(REC, text, ref=ref, due=due, due_on=due_on, addressees=who)
    afis = [
        ("1", "We found that forces don’t always record the rationale for vetting decisions. Forces should make sure that they record the rationale for every vetting decision in enough detail to show how the risks were considered."),
        ("2", "Forces should make sure that their counter-corruption units have the capability to proactively monitor the use of all force IT systems."),
        ("3", "Forces should make sure that they record and analyse all reports of sexual misconduct, so that they understand the scale of the problem."),
    ]
    d.h(3, "Areas for improvement")
    for ref, text in afis:
        d.p(f"Area for improvement {ref}", cls="label")
        d.p(text)
        d.f(AFI, text, ref=ref, addressees=["Forces"])

    d.pagebreak()
    d.h(2, "1. Introduction")
    d.p("On 10 March 2021, Sarah Everard was abducted and murdered by a serving police officer.¹ Following this, the then "
        "Home Secretary commissioned us to inspect vetting and counter-corruption arrangements in all forces.")
    d.p("We have made recommendations on vetting before. In 2019 we recommended that forces should, by April 2020, comply "
        "with all the recommendations in the vetting APP. Not all forces did so.")
    d.h(2, "2. Vetting")
    d.p("We reviewed 725 vetting files. In 131 cases, we disagreed with the decision to grant clearance, or thought the "
        "decision should have been better justified.² Vetting staff should have considered more carefully the risks "
        "posed by some applicants.")
    d.p("Recommendation 1", cls="label")
    d.p(recs[0][1])
    d.p("Recommendation 2", cls="label")
    d.p(recs[1][1])
    d.p("Recommendation 3", cls="label")
    d.p(recs[2][1])
    d.p("Area for improvement 1", cls="label")
    d.p(afis[0][1])
    d.p("Recommendation 4", cls="label")
    d.p(recs[3][1])
    d.p("Recommendation 5", cls="label")
    d.p(recs[4][1])
    d.h(2, "3. Misconduct and counter-corruption")
    d.p("Most counter-corruption units didn’t have enough staff. The IT monitoring software used in some forces could "
        "monitor only a small proportion of the systems.")
    d.p("Area for improvement 2", cls="label")
    d.p(afis[1][1])
    d.p("Area for improvement 3", cls="label")
    d.p(afis[2][1])
    d.p("Recommendation 6", cls="label")
    d.p(recs[5][1])
    d.h(2, "Footnotes")
    d.p("1 R v Couzens [2021] EWCA Crim 1789.")
    d.p("2 Our findings on vetting are based on a review of 725 files in eight forces.")
    d.write()


@document
def hmic_2016():
    d = Doc("ind_hmic_2016", "PEEL: Police effectiveness 2016 – An inspection of Westshire Constabulary", "2017-03-02",
            "Old HMIC (2015–2017) force report: 'Areas for improvement' bullets after each question, an HMIC cause of concern "
            "with 'To address this cause of concern, HMIC recommends that, within three months, the constabulary:' and "
            "lettered sub-points (one recommendation), and 'HMIC recommends that' paragraphs in the narrative. 'HMIC found' "
            "narrative, 'the constabulary should' in narrative and progress on last year's areas for improvement are not labelled.")
    d.h(1, "PEEL: Police effectiveness 2016")
    d.p("An inspection of Westshire Constabulary")
    d.p("March 2017")
    d.p("© HMIC 2017")
    d.p("Published on: 2 March 2017")
    d.h(2, "Overview – How effective is the constabulary at keeping people safe and reducing crime?")
    d.p("Overall judgment: Requires improvement")
    d.p("HMIC found that Westshire Constabulary requires improvement in how effectively it keeps people safe and reduces "
        "crime. Last year, HMIC identified four areas for improvement; the constabulary has addressed two of them. The "
        "constabulary should continue to build on this progress.")
    d.h(2, "How effective is the constabulary at preventing crime, tackling anti-social behaviour and keeping people safe?")
    d.p("The constabulary has a clear commitment to neighbourhood policing, but its neighbourhood officers are often "
        "taken away from their communities to respond to calls for service.")
    d.h(3, "Areas for improvement")
    a1 = "The constabulary should ensure that neighbourhood officers are not routinely taken away from their core role, so that they can work with communities to prevent crime."
    a2 = "The constabulary should evaluate its problem-solving work and share what works with its officers and staff."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The constabulary"])
    d.f(AFI, a2, addressees=["The constabulary"])
    d.h(2, "How effective is the constabulary at protecting from harm those who are vulnerable, and supporting victims?")
    d.p("HMIC is concerned about how the constabulary identifies and responds to vulnerable people, particularly victims "
        "of domestic abuse. Officers should complete risk assessments at the scene, but in many cases they do not.")
    d.h(3, "Cause of concern")
    c1 = "HMIC is concerned that Westshire Constabulary is not consistently identifying vulnerable people at the first point of contact, and that, as a result, some victims are not receiving the response they need."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.h(3, "Recommendations")
    r1 = lead("To address this cause of concern, HMIC recommends that, within three months, the constabulary:", [
        "(a) ensures that call handlers use a consistent method to assess risk and identify vulnerability;",
        "(b) ensures that supervisors in the control room review the grading of incidents involving vulnerable people; and",
        "(c) ensures that officers attending domestic abuse incidents complete a risk assessment before they leave the scene.",
    ])
    d.p("To address this cause of concern, HMIC recommends that, within three months, the constabulary:")
    d.ul(["(a) ensures that call handlers use a consistent method to assess risk and identify vulnerability;",
          "(b) ensures that supervisors in the control room review the grading of incidents involving vulnerable people; and",
          "(c) ensures that officers attending domestic abuse incidents complete a risk assessment before they leave the scene."])
    d.f(REC, r1, due="within three months", due_on="2017-06-02", parent=g1, addressees=["the constabulary"])
    d.h(3, "Areas for improvement")
    a3 = "The constabulary should improve the way it records and shares information about missing children, so that it can identify those at risk of sexual exploitation."
    a4 = "The constabulary should ensure that it makes full use of the powers available to it to protect victims of domestic abuse, including domestic violence protection notices and orders."
    d.ul([a3, a4])
    d.f(AFI, a3, addressees=["The constabulary"])
    d.f(AFI, a4, addressees=["The constabulary"])
    d.h(2, "How effective is the constabulary at tackling serious and organised crime?")
    d.p("The constabulary has a good understanding of the threat posed by serious and organised crime. HMIC found that it "
        "works well with partner organisations to disrupt organised crime groups.")
    r2 = "HMIC recommends that, within six months, Westshire Constabulary should develop its use of lead responsible officers, so that every organised crime group it has mapped has a plan that uses all the tactics available to disrupt it."
    d.p(r2)
    d.f(REC, r2, due="within six months", due_on="2017-09-02", addressees=["Westshire Constabulary"])
    d.h(3, "Area for improvement")
    a5 = "The constabulary should improve its understanding of the threat posed by gangs and of how they exploit vulnerable people."
    d.p(a5)
    d.f(AFI, a5, addressees=["The constabulary"])
    d.h(2, "Specialist capabilities")
    d.p("The constabulary has the necessary arrangements in place to fulfil its national responsibilities. HMIC has no "
        "areas for improvement to report in this section.")
    d.h(2, "Next steps")
    d.p("HMIC will assess progress on any recommendations and areas for improvement identified within its reports in "
        "several ways.")
    d.write()


@document
def custody_2023():
    d = Doc("ind_custody", "Report on an unannounced inspection visit to police custody suites in Southmoor", "2023-07-11",
            "Joint custody inspection report: a summary section listing causes of concern with their recommendations and "
            "areas for improvement under the report's own paragraph numbers (refs like '1.1'), body paragraphs numbered the "
            "same way (narrative, not findings), the areas for improvement repeated at the end of each section, a "
            "'Progress on the previous recommendations' section quoting old recommendations with our assessment (not labelled).")
    d.h(1, "Report on an unannounced inspection visit to police custody suites in Southmoor")
    d.p("by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services")
    d.p("6–17 March 2023")
    d.p("Published: 11 July 2023")
    d.h(2, "Section 1. Summary of causes of concern, recommendations and areas for improvement")
    d.p("We have identified two causes of concern, three recommendations and seven areas for improvement.")
    d.h(3, "Causes of concern and recommendations")
    c1 = "Cause of concern: The force did not have effective oversight of the use of force in custody. Records were incomplete, and incidents were not reviewed, so the force could not be assured that force was always used proportionately."
    c1t = c1[len("Cause of concern: "):]
    d.p("1.1 " + c1)
    g1 = d.f(COC, c1t, ref="1.1")
    r1 = "The force should make sure that all use of force in custody is recorded accurately, and that it is reviewed and monitored to make sure that it is justified and proportionate."
    d.p("1.2 Recommendation: " + r1)
    d.f(REC, r1, ref="1.2", parent=g1, addressees=["The force"])
    c2 = "Cause of concern: Detainees at risk of self-harm were not always observed at the level set out in their care plans, and observations were sometimes recorded as done when CCTV showed they had not been."
    c2t = c2[len("Cause of concern: "):]
    d.p("1.3 " + c2)
    g2 = d.f(COC, c2t, ref="1.3")
    d.p("1.4 Recommendations:")
    r2 = "The force should make sure that detainees are observed at the frequency and level set out in their care plans."
    r3 = "The force should make sure that custody staff record observations accurately, and that supervisors check the records against CCTV."
    d.ul([r2, r3])
    d.f(REC, r2, ref=None, parent=g2, addressees=["The force"])
    d.f(REC, r3, ref=None, parent=g2, addressees=["The force"])
    d.h(3, "Areas for improvement")
    afis = [
        ("1.5", "The force should make sure that it collects and analyses data on the protected characteristics of detainees, so that it can identify any unfair treatment."),
        ("1.6", "Custody staff should make sure that detainees’ privacy is protected at the booking-in desks."),
        ("1.7", "The force should make sure that children are not held in custody overnight unless there is no alternative, and that it requests local authority accommodation in every case."),
        ("1.8", "The force and its health partners should make sure that detainees can get medication for their health conditions without delay."),
        ("1.9", "The force should make sure that all detainees are offered a shower, exercise and reading materials."),
        ("1.10", "Reviews of detention by inspectors should be carried out in person and on time, and the detainee’s views should be recorded."),
        ("1.11", "The force should make sure that detainees are released safely, with a pre-release risk assessment that addresses all of their needs."),
    ]
    for ref, text in afis:
        d.p(f"{ref} {text}")
        d.f(AFI, text, ref=ref, addressees=[text.split(" should")[0]])

    d.pagebreak()
    d.h(2, "Section 2. Leadership, accountability and partnerships")
    d.p("2.1 The force had a clear governance structure for custody. The chief inspector for custody should have more time "
        "to oversee the quality of custody provision, but was often drawn into other work.")
    d.p("2.2 Custody staff should have received training in the new use of force recording system, but many had not.")
    d.p("2.3 The force had not collected data on the protected characteristics of detainees.")
    d.h(3, "Area for improvement")
    d.p(afis[0][1])
    d.h(2, "Section 3. Individual rights")
    d.p("3.1 Reviews of detention were generally carried out on time, but many were done by telephone.")
    d.h(3, "Areas for improvement")
    d.ul([afis[5][1], afis[6][1]])
    d.h(2, "Section 4. Progress on recommendations from the last report")
    d.p("In 2017 we said that the force should ensure that the use of force is recorded and monitored. Not achieved.")
    d.p("We said the force should make sure that detainees can get their medication promptly. Partially achieved.")
    d.write()


@document
def fire_2024():
    d = Doc("ind_fire_2024", "Fire and rescue service inspection 2023–25: Eastvale Fire and Rescue Service", "2024-12-10",
            "Fire and rescue 2023–25 report: 'Cause of concern' with a single 'Recommendation' whose deadline is at the end, "
            "areas for improvement in a bulleted list at the front of each area and single ones under their heading, a "
            "summary table repeating the areas for improvement, the expectation ('Each fire and rescue service should…'), "
            "'In our last inspection we identified an area for improvement' and promising practice not labelled.")
    d.h(1, "Fire and rescue service inspection 2023–25")
    d.h(2, "Effectiveness, efficiency and people: An inspection of Eastvale Fire and Rescue Service")
    d.p("Published on: 10 December 2024")
    d.h(2, "Overview")
    d.p("We are pleased with some aspects of Eastvale Fire and Rescue Service’s performance, but it needs to improve in "
        "several areas. In our last inspection, we identified seven areas for improvement; the service has addressed "
        "three of them. We have identified one cause of concern and nine areas for improvement in this inspection.")
    d.h(2, "Cause of concern")
    c1 = "The service hasn’t made enough progress in making sure that it inspects the highest-risk premises in its area. Its risk-based inspection programme isn’t supported by enough qualified staff."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.h(3, "Recommendation")
    r1 = "The service should make sure that its risk-based inspection programme prioritises the highest-risk buildings and that it has enough competent staff to carry it out, by 30 June 2025."
    d.p(r1)
    d.f(REC, r1, due="by 30 June 2025", due_on="2025-06-30", parent=g1, addressees=["The service"])
    d.h(2, "Understanding the risk of fire and other emergencies")
    d.p("Adequate")
    d.p("Each fire and rescue service should identify and assess the full range of foreseeable fire and rescue-related "
        "risks its community faces.")
    d.h(3, "Areas for improvement")
    a1 = "The service should make sure that operational staff can readily get up-to-date risk information on premises."
    a2 = "The service should make sure it has an effective system for learning from operational activity, and that learning is shared with staff."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.p("We set out our detailed findings below. These are the basis for our judgment of the service’s performance in this area.")
    d.h(3, "The service has a good understanding of risk")
    d.p("The service should continue to develop its community risk management plan with its communities.")
    d.h(2, "Preventing fire and other risks")
    d.p("Requires improvement")
    d.h(3, "Area for improvement")
    a3 = "The service should make sure that it targets its prevention work at the people most at risk from fire, and that it evaluates how effective this work is."
    d.p(a3)
    d.f(AFI, a3, addressees=["The service"])
    d.h(3, "Promising practice: Working with partners to reduce water-related deaths")
    d.p("The service has worked with local councils to reduce the number of water-related deaths. Other services should "
        "consider this approach.")
    d.h(2, "Protecting the public through fire regulation")
    d.p("Inadequate")
    d.p("In our last inspection, we identified an area for improvement about the service’s protection staff. The service "
        "hasn’t made enough progress. We have now issued a cause of concern.")
    d.h(3, "Area for improvement")
    a4 = "The service should make sure that it works effectively with building owners to reduce the number of unwanted fire signals."
    d.p(a4)
    d.f(AFI, a4, addressees=["The service"])
    d.h(2, "Making the fire and rescue service affordable now and in the future")
    d.p("Good")
    d.h(3, "Area for improvement")
    a5 = "The service needs to make sure its workforce plan takes full account of the skills and capabilities it needs to carry out its integrated risk management plan."
    d.p(a5)
    d.f(AFI, a5, addressees=["The service"])
    d.h(2, "Promoting the right values and culture")
    d.p("Requires improvement")
    d.h(3, "Areas for improvement")
    a6 = "The service should assure itself that senior leaders are visible and demonstrate the service’s values."
    a7 = "The service should make sure that all staff understand how to raise concerns, including about bullying, harassment and discrimination."
    a8 = "The service should monitor secondary contracts to make sure working hours are not exceeded."
    d.ul([a6, a7, a8])
    for a in (a6, a7, a8):
        d.f(AFI, a, addressees=["The service"])
    d.pagebreak()
    d.h(2, "Summary of areas for improvement")
    d.raw("<table>" + "".join(f"<tr><td><p>{esc(a)}</p></td></tr>" for a in (a1, a2, a3, a4, a5, a6, a7, a8)) + "</table>")
    d.write()


@document
def super_complaint():
    d = Doc("ind_super_complaint", "Police perpetrated domestic abuse: Report on the Centre for Women’s Justice super-complaint", "2022-06-29",
            "Super-complaint report: recommendations grouped under 'Recommendations to …' headings, 'Recommendation 1' "
            "labels with lettered (a)/(b) sub-points forming one recommendation, deadlines at the end ('within six months "
            "of the publication of this report'), joint recommendations, an 'Area for improvement' for forces; the "
            "super-complainant's own requests ('The super-complaint asked that…') are not findings.")
    d.h(1, "Police perpetrated domestic abuse: Report on the Centre for Women’s Justice super-complaint")
    d.p("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services, College of Policing and Independent Office for Police Conduct")
    d.p("Published on: 29 June 2022")
    d.h(2, "Summary")
    d.p("The super-complaint asked that forces should refer all allegations of police perpetrated domestic abuse to "
        "another force for investigation. We did not find enough evidence to support this. The Centre for Women’s "
        "Justice said that victims should have access to an independent advocate.")
    d.p("We make 15 recommendations in this report. Eight are summarised here.")
    d.h(2, "Recommendations")
    d.h(3, "Recommendations to chief constables")
    r1 = lead("Chief constables should make sure that, within six months of the publication of this report:", [
        "(a) all allegations of police perpetrated domestic abuse are recorded as such on force systems; and",
        "(b) their professional standards departments are told of every such allegation.",
    ])
    d.p("Recommendation 1", cls="label")
    d.p("Chief constables should make sure that, within six months of the publication of this report:")
    d.p("(a) all allegations of police perpetrated domestic abuse are recorded as such on force systems; and")
    d.p("(b) their professional standards departments are told of every such allegation.")
    d.f(REC, r1.replace("• ", ""), ref="1", due="within six months of the publication of this report", due_on="2022-12-29",
        addressees=["Chief constables"])
    r2 = "Chief constables should make sure that investigations into police perpetrated domestic abuse are carried out by investigators who have no connection to the officer under investigation."
    d.p("Recommendation 2", cls="label")
    d.p(r2)
    d.f(REC, r2, ref="2", addressees=["Chief constables"])
    r3 = "Chief constables should make sure that victims of police perpetrated domestic abuse are offered the support of an independent domestic violence adviser, within three months."
    d.p("Recommendation 3", cls="label")
    d.p(r3)
    d.f(REC, r3, ref="3", due="within three months", due_on="2022-09-29", addressees=["Chief constables"])
    d.h(3, "Recommendations to the College of Policing")
    r4 = "The College of Policing should, by the end of December 2022, update its authorised professional practice on domestic abuse to include guidance on allegations against police officers and staff."
    d.p("Recommendation 4", cls="label")
    d.p(r4)
    d.f(REC, r4, ref="4", due="by the end of December 2022", due_on="2022-12-31", addressees=["The College of Policing"])
    r5 = "The College of Policing should develop training for professional standards department investigators on the dynamics of domestic abuse."
    d.p("Recommendation 5", cls="label")
    d.p(r5)
    d.f(REC, r5, ref="5", addressees=["The College of Policing"])
    d.h(3, "Joint recommendation to the National Police Chiefs’ Council and the College of Policing")
    r6 = "The National Police Chiefs’ Council and the College of Policing should agree a definition of police perpetrated domestic abuse, and publish it, by 31 December 2022."
    d.p("Recommendation 6", cls="label")
    d.p(r6)
    d.f(REC, r6, ref="6", due="by 31 December 2022", due_on="2022-12-31",
        addressees=["The National Police Chiefs’ Council and the College of Policing"])
    d.h(3, "Recommendations to the Independent Office for Police Conduct")
    r7 = "The IOPC should review its referral criteria so that forces must refer all allegations of police perpetrated domestic abuse that involve serious harm."
    d.p("Recommendation 7", cls="label")
    d.p(r7)
    d.f(REC, r7, ref="7", addressees=["The IOPC"])
    d.h(3, "Recommendation to the Home Office")
    r8 = "The Home Office should consider whether the statutory guidance for the Domestic Abuse Act 2021 should include police perpetrated domestic abuse."
    d.p("Recommendation 8", cls="label")
    d.p(r8)
    d.f(REC, r8, ref="8", addressees=["The Home Office"])
    d.h(2, "Area for improvement")
    a1 = "Forces should make sure that the vetting of officers and staff takes account of all information about domestic abuse, including information held by other forces."
    d.p(a1)
    d.f(AFI, a1, addressees=["Forces"])
    d.h(2, "Next steps")
    d.p("Chief constables, the College of Policing and the IOPC must respond to this report within 56 days. Their "
        "responses should set out what action they will take. We will publish their responses.")
    d.write()


@document
def register():
    d = Doc("ind_register", "Recommendations – HMICFRS", None,
            "HMICFRS recommendation register listing: entries titled with the report and its id, 'Causes of concern' and "
            "'Recommendations' labels with bullets, an old HMIC entry addressed to a list of forces with a 'Not later than' "
            "deadline, and [on]…[status]/[comment] event history (comments with 'should' are not findings).")
    d.p("Recommendations")
    d.p("Filter by: theme, force, status")
    d.p("PEEL: Police effectiveness 2017 – Northshire Police (8840)")
    c1 = "Northshire Police’s approach to protecting vulnerable people is a cause of concern."
    d.p("Cause of concern " + c1)
    g1 = d.f(COC, c1)
    r1 = "The force should immediately review its approach to identifying vulnerable people at the first point of contact, so that they receive an appropriate response."
    d.p("Recommendation • " + r1)
    d.f(REC, r1, due="immediately", parent=g1, addressees=["The force"])
    d.p("[on]22nd March 2018 [status]awaiting-review[/status][/on]")
    d.p("[on]22nd March 2018 [comment] New recommendation [/comment][/on]")
    d.p("[on]4th February 2019 [status]being-progressed[/status][/on]")
    d.p("[on]4th February 2019 [comment] The force should provide evidence of dip sampling before this can be closed. [/comment][/on]")
    d.p("Crime data integrity inspection 2016 – Northshire Police (7211)")
    r2 = "Within three months, the force should establish and begin operating a process for the regular audit of crimes that have been cancelled, and by March 2017 it should report the results to the chief officer team."
    d.p(r2)
    d.f(REC, r2, due="Within three months", addressees=["the force"])
    d.p("[on]12th January 2017 [status]awaiting-review[/status][/on]")
    d.p("[on]30th June 2019 [status]no-further-action-needed[/status][/on]")
    d.p("[on]30th June 2019 [comment] This area of activity has subsequently been inspected. Where a cause of concern still exists this will appear in the register against these subsequent inspections. [/comment][/on]")
    d.p("Everyone’s business: Improving the police response to domestic abuse (2321)")
    r3 = "Not later than 30 September 2014, Avon and Somerset Constabulary, Northshire Police and Westshire Constabulary should review their arrangements for domestic abuse training, so that all officers and staff receive it."
    d.p(r3)
    d.f(REC, r3, due="Not later than 30 September 2014", due_on="2014-09-30",
        addressees=["Avon and Somerset Constabulary, Northshire Police and Westshire Constabulary"])
    d.p("[on]27th March 2014 [status]awaiting-review[/status][/on]")
    d.p("[on]15th May 2018 [status]complete[/status][/on]")
    d.p("Effectiveness of vetting and counter-corruption arrangements in Northshire Police (9302)")
    c2 = "The force isn’t doing enough to identify and deal with officers and staff who abuse their position for a sexual purpose."
    d.p("Causes of concern")
    d.p(c2)
    g2 = d.f(COC, c2)
    d.p("Recommendations")
    r4 = "By 31 October 2023, the force should make sure that its counter-corruption unit proactively seeks intelligence about abuse of position for a sexual purpose."
    r5 = "By 31 October 2023, the force should make sure that it can monitor all its IT systems to identify data breaches."
    d.ul([r4, r5])
    d.f(REC, r4, due="By 31 October 2023", due_on="2023-10-31", parent=g2, addressees=["the force"])
    d.f(REC, r5, due="By 31 October 2023", due_on="2023-10-31", parent=g2, addressees=["the force"])
    d.p("[on]23rd June 2023 [status]awaiting-review[/status][/on]")
    d.p("[on]23rd June 2023 [comment] New recommendation [/comment][/on]")
    d.p("PEEL 2021/22 – Northshire Police (9105)")
    a1 = "The force should improve how it records equality data when it uses force."
    d.p("Area for improvement " + a1)
    d.f(AFI, a1, addressees=["The force"])
    d.p("[on]11th October 2022 [status]awaiting-review[/status][/on]")
    d.write()


@document
def pcc_response():
    d = Doc("ind_pcc_response", "Police and Crime Commissioner’s response: PEEL 2021/22 inspection of Westshire Police", "2022-07-08",
            "Section 55 response by a PCC quoting the report's findings, each followed by 'Force response:' or a progress "
            "paragraph (not findings): 'AFI 1:' style inline labels, 'Recommendation 1 –' labels, a quoted cause of concern "
            "with its recommendations; the PCC's own commentary with 'should' is not labelled.")
    d.h(1, "Police and Crime Commissioner’s response to the HMICFRS PEEL 2021/22 inspection of Westshire Police")
    d.p("Report published: 8 July 2022")
    d.p("Date of response: 30 August 2022")
    d.h(2, "Local policing body’s comments")
    d.p("I welcome this report. The force should be proud of the improvements it has made. I am concerned, however, that "
        "the inspectorate found that the force should do more to investigate crime. HMICFRS identified one cause of "
        "concern and six areas for improvement. I have asked the Chief Constable for his response.")
    d.h(2, "Cause of concern")
    c1 = "The force needs to improve how it investigates crime, so that victims get the best possible outcome."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.h(3, "Recommendations")
    r1 = "Within six months, the force should make sure that investigations are allocated to appropriately trained investigators, in line with its crime allocation policy."
    r2 = "Within six months, the force should make sure that investigations are subject to regular supervision, and that supervisors record their reviews."
    d.p("Recommendation 1 – " + r1)
    d.f(REC, r1, ref="1", due="Within six months", due_on="2023-01-08", parent=g1, addressees=["the force"])
    d.p("Force response: An investigation standards board has been set up. The force should complete the review of allocation by December.")
    d.p("Recommendation 2 – " + r2)
    d.f(REC, r2, ref="2", due="Within six months", due_on="2023-01-08", parent=g1, addressees=["the force"])
    d.p("Force response: Supervisory reviews are now mandatory on the crime recording system.")
    d.h(2, "Areas for improvement")
    afis = [
        ("1", "The force should make sure that it understands the reasons for its call abandonment rate for non-emergency calls, and that it takes steps to reduce it."),
        ("2", "The force should make sure that it records a victim’s decision to withdraw from an investigation, and the reasons for it."),
        ("3", "The force should improve how it monitors the use of stop and search, so that it understands and explains any disproportionality."),
        ("4", "The force should make sure it has enough resources to manage registered sex offenders in the community."),
        ("5", "The force should review its approach to the well-being of its workforce, so that it can understand and respond to their needs."),
    ]
    for ref, text in afis:
        d.p(f"AFI {ref}: {text}")
        d.f(AFI, text, ref=ref, addressees=["The force"])
        d.p("Force response: This is being progressed through the relevant portfolio lead. Progress: Green.")
    d.h(2, "Next steps")
    d.p("I will monitor progress on the recommendations and areas for improvement through my quarterly accountability "
        "meetings. The force should provide me with an update by the end of the year.")
    d.write()


@document
def accelerated_letter():
    d = Doc("ind_accelerated_letter", "PEEL: Southmoor Police causes of concern – letter", "2023-12-14",
            "Accelerated cause of concern letter: numbered 'Cause of concern 1/2' headings, each followed by "
            "'Recommendations' whose lead-in carries the deadline ('By 31 March 2024, the force should:') with bullets, and "
            "'Immediately' as a lead-in; the letter's own narrative, 'we will revisit' and the previous inspection's findings "
            "are not labelled.")
    d.p("From: Wendy Williams CBE, His Majesty’s Inspector of Constabulary")
    d.p("To: Chief Constable, Southmoor Police")
    d.p("Sent on: 14 December 2023")
    d.h(1, "PEEL: Southmoor Police causes of concern")
    d.p("Dear Chief Constable,")
    d.p("I am writing to inform you of two causes of concern we have identified during our ongoing PEEL inspection of "
        "Southmoor Police. We found significant failures in how the force responds to the public. We have decided to "
        "bring these to your attention now, rather than wait for publication of our full report. In our 2021/22 "
        "inspection we said that the force should improve its call handling, and it hasn’t done so.")
    d.h(2, "Cause of concern 1")
    c1 = "The force isn’t consistently identifying risk and vulnerability when it first receives calls from the public, which means that it doesn’t always give vulnerable people the response they need."
    d.p(c1)
    g1 = d.f(COC, c1, ref="1")
    d.h(3, "Recommendations")
    r1 = lead("By 31 March 2024, the force should:", [
        "make sure that call handlers carry out and record a structured risk assessment for every call; and",
        "make sure that supervisors in the control room have the capacity to review the risk assessments of calls graded as non-urgent.",
    ])
    d.p("By 31 March 2024, the force should:")
    d.ul(["make sure that call handlers carry out and record a structured risk assessment for every call; and",
          "make sure that supervisors in the control room have the capacity to review the risk assessments of calls graded as non-urgent."])
    d.f(REC, r1, due="By 31 March 2024", due_on="2024-03-31", parent=g1, addressees=["the force"])
    r2 = "Immediately, the force should make sure that it re-contacts every caller whose attendance has been delayed beyond the target time, to review the risk."
    d.p(r2)
    d.f(REC, r2, due="Immediately", due_on="2023-12-14", parent=g1, addressees=["the force"])
    d.h(2, "Cause of concern 2")
    c2 = "The force doesn’t have a good enough understanding of its demand, and it doesn’t have enough call handlers to meet it."
    d.p(c2)
    g2 = d.f(COC, c2, ref="2")
    d.h(3, "Recommendations")
    r3 = "By 30 June 2024, the force should complete an analysis of the demand on its control room, and use it to set the number of call handlers it needs on each shift."
    r4 = "By 30 June 2024, the force should make sure that it has a recruitment and retention plan for its control room staff."
    d.ul([r3, r4])
    d.f(REC, r3, due="By 30 June 2024", due_on="2024-06-30", parent=g2, addressees=["the force"])
    d.f(REC, r4, due="By 30 June 2024", due_on="2024-06-30", parent=g2, addressees=["the force"])
    d.p("We will revisit the force in the spring to assess its progress against these recommendations. The force should "
        "send us an action plan by 12 January 2024.")
    d.p("Yours sincerely,")
    d.p("Wendy Williams")
    d.write()


@document
def core_business_2014():
    d = Doc("ind_hmic_core_2014", "Core business: An inspection into crime prevention, police attendance and the use of police time", "2014-09-25",
            "Old HMIC national report: a recommendations chapter numbered '1.' to '7.' with deadlines at the start ('By 31 "
            "March 2015, …'), at the end ('… by September 2015') and 'Within six months of the publication of this "
            "report' mid-sentence lead-ins; roman-numeral sub-points (one recommendation); a summary table of "
            "recommendation numbers and owners (not findings); 'HMIC found', 'we recommended in 2013' narrative not labelled.")
    d.h(1, "Core business: An inspection into crime prevention, police attendance and the use of police time")
    d.p("September 2014")
    d.p("Published on: 25 September 2014")
    d.h(2, "Summary")
    d.p("HMIC found that the police service has made good progress in some areas, but much more needs to be done. In our "
        "2013 report we recommended that forces should review their crime prevention strategies. We make seven "
        "recommendations in this report.")
    d.raw("<table><tr><th><p>Recommendation</p></th><th><p>Owner</p></th></tr>"
          "<tr><td><p>1 to 4</p></td><td><p>Chief constables</p></td></tr>"
          "<tr><td><p>5 and 6</p></td><td><p>College of Policing</p></td></tr>"
          "<tr><td><p>7</p></td><td><p>Home Office</p></td></tr></table>")
    d.pagebreak()
    d.h(2, "Recommendations")
    recs = [
        ("1", "By 31 March 2015, chief constables should ensure that their forces have a crime prevention strategy which sets out clearly how the force will prevent crime, with measurable outcomes.", "By 31 March 2015", "2015-03-31", ["chief constables"]),
        ("2", "Chief constables should ensure that, in every force, all officers and staff who are likely to attend incidents of anti-social behaviour are trained to identify vulnerable victims, by September 2015.", "by September 2015", "2015-09-30", ["Chief constables"]),
        ("3", "Within six months of the publication of this report, chief constables should adopt the national standards for incident recording, so that the public can see how quickly the police respond to calls.", "Within six months of the publication of this report", "2015-03-25", ["chief constables"]),
        ("5", "Immediately, the College of Policing should begin work with chief constables to develop a national model for neighbourhood policing.", "Immediately", "2014-09-25", ["the College of Policing"]),
        ("6", "The College of Policing should evaluate the use of problem-solving approaches and publish what works.", None, None, ["The College of Policing"]),
        ("7", "Not later than 31 March 2015, the Home Office should publish data on the time officers spend on duties that could be carried out by other agencies.", "Not later than 31 March 2015", "2015-03-31", ["the Home Office"]),
    ]
    for ref, text, due, due_on, who in recs[:3]:
        d.p(f"{ref}. {text}")
        d.f(REC, text, ref=ref, due=due, due_on=due_on, addressees=who)
    r4 = lead("By 31 March 2015, chief constables should ensure that their forces:", [
        "(i) record all reports of anti-social behaviour accurately;",
        "(ii) assess the risk to every caller; and",
        "(iii) tell the caller how the force will respond.",
    ])
    d.p("4. By 31 March 2015, chief constables should ensure that their forces:")
    d.ul(["(i) record all reports of anti-social behaviour accurately;", "(ii) assess the risk to every caller; and",
          "(iii) tell the caller how the force will respond."])
    d.f(REC, r4, ref="4", due="By 31 March 2015", due_on="2015-03-31", addressees=["chief constables"])
    for ref, text, due, due_on, who in recs[3:]:
        d.p(f"{ref}. {text}")
        d.f(REC, text, ref=ref, due=due, due_on=due_on, addressees=who)
    d.h(2, "1. Introduction")
    d.p("1.1 In 2013, HMIC was commissioned to inspect how the police use their time. Forces should have a clear "
        "understanding of the demand they face.")
    d.p("1.2 We inspected all 43 forces between March and June 2014.")
    d.h(2, "2. Crime prevention")
    d.p("2.1 HMIC found that crime prevention was not a priority in many forces. Chief constables should ensure that "
        "prevention is at the heart of policing. This is why we have made recommendation 1.")
    d.write()


@document
def frs_2019():
    d = Doc("ind_frs_2019", "Northvale Fire and Rescue Service: Effectiveness, efficiency and people 2018/19", "2019-06-20",
            "Round 1 fire and rescue report (2018/19): areas for improvement printed inline after the question ('Areas for "
            "improvement • The service should…'), a cause of concern followed by 'Recommendations' with a dated lead-in, "
            "'We will revisit' and the expectation not labelled; findings split over PDF pages by long narrative.")
    d.h(1, "Northvale Fire and Rescue Service: Effectiveness, efficiency and people 2018/19")
    d.p("An inspection of Northvale Fire and Rescue Service")
    d.p("Published on: 20 June 2019")
    d.h(2, "Effectiveness")
    d.h(3, "How effective is the service at keeping people safe and secure?")
    d.p("Requires improvement")
    d.h(3, "Understanding the risk of fire and other emergencies")
    d.p("Good")
    d.p("Areas for improvement • The service should ensure it gathers and records relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency.")
    a1 = "The service should ensure it gathers and records relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency."
    d.f(AFI, a1, addressees=["The service"])
    d.p("Each fire and rescue service should identify and assess the full range of foreseeable fire and rescue risks "
        "their communities face. " * 8)
    d.h(3, "Protecting the public through fire regulation")
    d.p("Inadequate")
    d.p("Cause of concern")
    c1 = "Northvale Fire and Rescue Service does not have a robust risk-based inspection programme, and it has not allocated enough resources to prioritise and deliver it."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.p("Recommendations")
    r1 = lead("By 31 December 2019, the service should:", [
        "ensure it allocates enough resources to a prioritised and risk-based inspection programme;",
        "ensure it has an effective system to share information with other agencies about risk; and",
        "ensure that staff carrying out audits are competent and appropriately qualified.",
    ])
    d.p("By 31 December 2019, the service should:")
    d.ul(["ensure it allocates enough resources to a prioritised and risk-based inspection programme;",
          "ensure it has an effective system to share information with other agencies about risk; and",
          "ensure that staff carrying out audits are competent and appropriately qualified."])
    d.f(REC, r1, due="By 31 December 2019", due_on="2019-12-31", parent=g1, addressees=["the service"])
    d.p("We will revisit the service to check its progress against this cause of concern. The service should send us an "
        "action plan within 28 days.")
    d.h(3, "Responding to fires and other emergencies")
    d.p("Requires improvement")
    d.p("Areas for improvement")
    a2 = "The service should ensure that it has an effective system in place for staff to use learning and debriefs to improve operational response and incident command."
    a3 = "The service should ensure its firefighters have good access to relevant and up-to-date cross-border risk information."
    d.p("• " + a2)
    d.p("• " + a3)
    d.f(AFI, a2, addressees=["The service"])
    d.f(AFI, a3, addressees=["The service"])
    d.h(2, "People")
    d.h(3, "Ensuring fairness and promoting diversity")
    d.p("Requires improvement")
    d.p("Area for improvement")
    a4 = ("The service should improve its approach to diversity, so that it increases awareness of equality and diversity "
          "across the whole workforce, and it should make sure that its recruitment, retention and progression processes "
          "are fair, so that its workforce becomes more representative of the communities it serves, including by "
          "collecting data about the protected characteristics of its staff and analysing what the data tells it about "
          "the way it recruits, develops and promotes people.")
    d.p(a4)
    d.f(AFI, a4, addressees=["The service"])
    d.p("We found that the service should do more to engage with under-represented groups.")
    d.write()


@document
def nca_2021():
    d = Doc("ind_national_agency", "An inspection of the National Crime Agency’s response to firearms trafficking", "2021-08-19",
            "Inspection of a national agency: 'Recommendation 1:' to 'Recommendation 5:' inline with the text on the next "
            "line, 'With immediate effect' and 'By 30th November 2021' ordinals, a recommendation addressed jointly and "
            "beginning 'The NCA, in consultation with … , should'; an 'Areas for improvement' list numbered '1.' to '3.'; "
            "a 'Recommendations from our previous inspection' section quoting old recommendations only by number.")
    d.h(1, "An inspection of the National Crime Agency’s response to firearms trafficking")
    d.p("Published on: 19 August 2021")
    d.h(2, "Executive summary")
    d.p("We found that the NCA should do more to understand the threat. We have made five recommendations and identified three areas for improvement.")
    d.h(2, "Recommendations")
    recs = [
        ("1", "By 30th November 2021, the NCA, in consultation with regional organised crime units, forces and the Home Office, should decide how the reactive demand generated by firearms seizures at the border is to be managed.", "By 30th November 2021", "2021-11-30", ["the NCA, in consultation with regional organised crime units, forces and the Home Office"]),
        ("2", "With immediate effect, the NCA must ensure that all officers deployed on firearms operations have access to a radio.", "With immediate effect", "2021-08-19", ["the NCA"]),
        ("3", "By 31st March 2022, the NCA should review its intelligence collection plan for firearms, so that it covers the online supply of weapons and ammunition.", "By 31st March 2022", "2022-03-31", ["the NCA"]),
        ("4", "By 31st March 2022, the Home Office should review the legislation on the possession of component parts of firearms.", "By 31st March 2022", "2022-03-31", ["the Home Office"]),
        ("5", "The National Police Chiefs’ Council lead for firearms should work with the NCA to establish a national firearms tracing standard by 31st January 2022.", "by 31st January 2022", "2022-01-31", ["The National Police Chiefs’ Council lead for firearms"]),
    ]
    for ref, text, due, due_on, who in recs:
        d.p(f"Recommendation {ref}:")
        d.p(text)
        d.f(REC, text, ref=ref, due=due, due_on=due_on, addressees=who)
    d.h(2, "Areas for improvement")
    afis = [
        ("1", "The NCA should improve how it evaluates the effect of its firearms disruptions."),
        ("2", "The NCA should make sure that its analysts can get timely access to forensic results."),
        ("3", "The NCA should improve the way it shares intelligence about firearms with forces."),
    ]
    for ref, text in afis:
        d.p(f"{ref}. {text}")
        d.f(AFI, text, ref=ref, addressees=["The NCA"])
    d.h(2, "Recommendations from our previous inspection")
    d.p("In our 2018 inspection we made seven recommendations. Recommendations 1, 2 and 5 have been completed. "
        "Recommendation 3 has been partially completed; the NCA should complete it.")
    d.h(2, "1. Understanding the threat")
    d.p("1.1 The NCA should have a comprehensive understanding of the threat. It does not.")
    d.write()


@document
def split_footnote():
    d = Doc("ind_split_footnote", "PEEL 2023–25: Exampleshire Police", "2024-05-03",
            "Long narrative so that a long area for improvement, with a raised footnote marker followed by a comma, and "
            "a cause of concern's recommendations in a shaded box fall across PDF pages; the footnote itself is printed "
            "in small type at the end.")
    d.h(1, "PEEL 2023–25: Exampleshire Police")
    d.p("Publication date: 3 May 2024")
    filler = ("The force has worked hard to improve its services over the period of our inspection, and it has made "
              "good progress in several areas. ") * 7
    for _ in range(4):
        d.p(filler)
    d.h(3, "Area for improvement")
    a1 = ("The force should make sure that it has enough trained investigators to manage the volume and complexity of "
          "its investigations, including those into serious sexual offences and domestic abuse, so that victims receive "
          "a consistently good service and investigations are not delayed because officers carry too many cases at "
          "once, and it should monitor the workload of its investigators and the effect that this has on their "
          "well-being and on the quality of their investigations.")
    d.raw("<p>" + esc(a1).replace("at once,", "at once<sup>12</sup>,") + "</p>")
    d.f(AFI, a1, addressees=["The force"])
    d.p(filler)
    d.p(filler)
    d.raw('<div style="border: 1px solid black; padding: 6pt; background: #eee">')
    d.h(3, "Cause of concern")
    c1 = "The force doesn’t effectively manage the risks posed by registered sex offenders."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.h(3, "Recommendations")
    items = ["make sure that it has enough trained staff to manage the number of registered sex offenders in its area, and that their caseloads are manageable;",
             "make sure that all risk assessments are completed on time and reviewed by a supervisor; and",
             "make sure that it takes appropriate action when offenders breach the conditions of their orders."]
    d.p("Within six months, the force should:")
    d.ul(items)
    d.raw("</div>")
    d.f(REC, lead("Within six months, the force should:", items), due="Within six months", due_on="2024-11-03",
        parent=g1, addressees=["the force"])
    d.raw('<p style="font-size: 7pt">12 Home Office data, 2023.</p>')
    d.write()


if __name__ == "__main__":
    for build in DOCS:
        build()
        print(build.__name__)
