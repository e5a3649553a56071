"""The TEST7 part of the corpus: a seventh blind part (issue 11), written and labelled by a fifth engineer who has not
read the reader's code, and committed before the reader first read it. Never tuned on.

Fresh forces, services, topics and dates across families 1–8 and 10 and every format the corpus builds: lead-ins
ending with a dash, with "—" and numbered "1." or lettered "a)" items, several addressees ("chief constables and
PCCs should"), deadlines such as "by the end of March 2027" and "within 12 months of this report's publication",
bullets and dashes run together, pasted papers and trackers with no line breaks, finding headings followed by their
evidence ("Area for improvement 3"), causes announced in prose or as "Cause of concern:" over a "Recommendations"
heading, trackers whose columns come in unusual orders (RAG first, a merged header, a recommendation wrapped over
two rows), generated PEEL pages with grades tables and "Recommendation 2 …; and Recommendation 3: …", and
findings that cross a page break with running headers, page numbers and footnote digits.
"""

from .labels import AFI, COC, LANDSCAPE, LO_FORMATS, REC, Doc, cell, collection, esc, joiner

# The page prints its own raised digit (<sup>); the PDF's footnote area keeps the note's text, not a second call.
ONE_CALL = "<style>::footnote-call { content: none }</style>"

DOCS, document = collection()



def marked(d, lead_in, items, *, markers, kind=REC, due=None, addressees=(), parent=None, family=1, refs=None,
           joiners=True):
    """A lead-in, then its items as paragraphs with printed markers ("1. …;", "a) …; and", "(iii) ….")."""
    d.p(lead_in)
    ids = []
    for n, item in enumerate(items):
        end = joiner(n, len(items)) if joiners else ""
        d.p(f"{markers[n]} {item}{end}")
        text = item + ("." if joiners and n == len(items) - 1 else "")
        ids.append(d.f(kind, text, ref=refs[n] if refs else None, due=due, addressees=addressees, parent=parent,
                       family=family))
    return ids


NUMBERS = ["1.", "2.", "3.", "4.", "5.", "6."]
LETTERS = ["a)", "b)", "c)", "d)", "e)", "f)"]
ROMAN = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]


@document
def v01_peel_dash_lead_ins():
    d = Doc("v01_peel_dash_lead_ins", "PEEL 2026–28: Elmbridge Police", 1,
            "A PEEL web report: 'HMICFRS recommends that, within six months, Elmbridge Police should —' over "
            "bulleted items; an area-for-improvement lead-in 'To make sure it understands demand, the force "
            "needs to:' over numbered items printed as paragraphs; a one-sentence recommendation that is not a "
            "lead-in.", formats=LO_FORMATS, organisation="Elmbridge Police", published_on="2026-11-04")
    d.h(1, "PEEL 2026–28: an inspection of Elmbridge Police")
    d.p("We inspected Elmbridge Police between May and July 2026. This page sets out our findings on how the force "
        "responds to the public.")
    d.h(2, "Responding to the public")
    d.p("The force answers most emergency calls quickly, but callers to its non-emergency number wait too long, and "
        "about one in five abandons the call.")
    d.h(3, "Recommendation")
    d.lead("HMICFRS recommends that, within six months, Elmbridge Police should —", [
        "reduce the time that callers to its non-emergency number wait before their call is answered",
        "call back every caller who abandons a non-emergency call and whose number is known",
        "record the reasons a caller gives for abandoning a call so that it can learn from them",
    ], due="within six months", addressees=["Elmbridge Police"])
    d.h(3, "Area for improvement")
    marked(d, "To make sure it understands demand, the force needs to:", [
        "analyse the calls it receives by time of day and by type",
        "use that analysis to match the number of call handlers on duty to the demand it expects",
    ], markers=NUMBERS, kind=AFI, addressees=["the force"])
    d.h(2, "Managing offenders")
    r = ("By 31 May 2027, Elmbridge Police should make sure that every registered sex offender assessed as very "
         "high risk is visited within the time its policy sets.")
    d.h(3, "Recommendation")
    d.p(r)
    d.f(REC, r, due="By 31 May 2027", addressees=["Elmbridge Police"])
    d.p("We will check the force’s progress against these recommendations in our next PEEL inspection.")
    return d


@document
def v02_thematic_many_addressees():
    d = Doc("v02_thematic_many_addressees", "A joint thematic inspection of the police response to retail crime", 1,
            "A thematic report whose numbered recommendations use lead-ins with several addressees ('By the end of "
            "March 2027, chief constables and PCCs should:') over lettered 'a)' items, a lead-in 'Within 12 months "
            "of this report's publication, the National Police Chiefs' Council should:' and a one-sentence "
            "recommendation to the Home Office; the summary's count is not a finding.", formats=LO_FORMATS,
            published_on="2026-09-15")
    d.h(1, "Shoplifting and violence against shop workers: a thematic inspection")
    d.h(2, "Summary")
    d.p("Retail crime has risen in most force areas since 2023. We make five recommendations, which are set out "
        "below, and we identify one area for improvement for all forces.")
    d.h(2, "Recommendations")
    d.h(3, "Recommendation 1")
    marked(d, "By the end of March 2027, chief constables and PCCs should:", [
        "agree with local retailers how incidents of violence against shop workers will be reported",
        "publish the number of such incidents reported in their area each quarter",
        "make sure that every incident involving violence is attended by an officer",
    ], markers=LETTERS, due="By the end of March 2027", addressees=["chief constables", "PCCs"], refs=["1a", "1b", "1c"])
    d.h(3, "Recommendation 2")
    marked(d, "Within 12 months of this report’s publication, the National Police Chiefs’ Council should:", [
        "produce guidance on the investigation of repeat shoplifting by the same offender",
        "work with the College of Policing to include that guidance in authorised professional practice",
    ], markers=LETTERS, due="Within 12 months of this report’s publication",
        addressees=["the National Police Chiefs’ Council"], refs=["2a", "2b"])
    d.h(3, "Recommendation 3")
    r3 = ("The Home Office should, by 30 September 2027, evaluate whether the offence of assaulting a retail worker "
          "has increased the number of prosecutions.")
    d.p(r3)
    d.f(REC, r3, ref="3", due="by 30 September 2027", addressees=["The Home Office"])
    d.h(2, "Area for improvement")
    a = ("All forces should make better use of the CCTV footage retailers offer them, so that fewer investigations "
         "are closed without a suspect being identified.")
    d.p(a)
    d.f(AFI, a, addressees=["All forces"])
    return d


@document
def v03_fire_cause_with_dated_lead_in():
    d = Doc("v03_fire_cause_with_dated_lead_in", "Harrowden Fire and Rescue Service: cause of concern", 1,
            "A fire inspection page: a cause of concern stated under its heading, then 'By 31 August 2027, the "
            "service should:' over bulleted items: each item a recommendation carrying the deadline, the "
            "addressee and the cause as parent.", formats=LO_FORMATS,
            organisation="Harrowden Fire and Rescue Service", published_on="2026-10-21")
    d.h(1, "Harrowden Fire and Rescue Service: effectiveness, efficiency and people 2026")
    d.h(2, "Protecting the public through fire regulation")
    d.p("The service has too few qualified fire safety inspectors to carry out its risk-based inspection programme. "
        "It inspected 212 high-risk premises last year against a target of 480.")
    d.h(3, "Cause of concern")
    c = ("The service isn’t auditing enough high-risk premises to be confident that the people who use them are "
         "safe from fire.")
    d.p(c)
    cid = d.f(COC, c, addressees=["The service"])
    d.h(3, "Recommendations")
    d.lead("By 31 August 2027, the service should:", [
        "review its risk-based inspection programme so that it is achievable with the inspectors it has",
        "put in place a plan to recruit and train enough fire safety inspectors to meet the programme",
        "tell its fire authority each quarter how many high-risk premises it has audited",
    ], due="By 31 August 2027", addressees=["the service"], parent=cid)
    d.p("We will revisit the service to check its progress against this cause of concern.")
    return d


@document
def v04_bullets_run_together_police():
    d = Doc("v04_bullets_run_together_police", "Carnforth Constabulary: vetting and counter-corruption (web copy)", 2,
            "A page whose bulleted areas for improvement were flattened onto one line each ('Areas for improvement "
            "• The force should … • Carnforth Constabulary needs to …'), and a recommendation lead-in with its "
            "dash-marked items run together ('… should: – … – …').", formats=LO_FORMATS,
            organisation="Carnforth Constabulary", published_on="2026-08-12")
    d.h(1, "An inspection of vetting and counter-corruption in Carnforth Constabulary")
    d.h(2, "Vetting")
    d.p("The force has cleared the backlog of vetting renewals it had in 2024, but it still doesn’t record why it "
        "grants clearance when adverse information is found.")
    a1 = ("The force should record the rationale for every vetting decision where adverse information has been "
          "found.")
    a2 = ("Carnforth Constabulary needs to make sure that its vetting unit checks the social media of applicants "
          "for posts with access to sensitive information.")
    a3 = "The force should monitor vetting decisions to identify any disproportionality."
    d.p(f"Areas for improvement • {a1} • {a2} • {a3}")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["Carnforth Constabulary"])
    d.f(AFI, a3, addressees=["The force"])
    d.h(2, "Counter-corruption")
    items = [
        "make sure its counter-corruption unit has enough investigators to assess intelligence within 28 days",
        "introduce software that monitors the use of its computer systems by all officers and staff",
    ]
    d.p("Recommendation Within nine months, the force should: – "
        + " – ".join(i + joiner(n, len(items)) for n, i in enumerate(items)))
    for n, i in enumerate(items):
        d.f(REC, i + ("." if n == len(items) - 1 else ""), due="Within nine months", addressees=["the force"])
    return d


@document
def v05_bullets_run_together_numbered():
    d = Doc("v05_bullets_run_together_numbered", "Summary of findings copied from a custody inspection report", 2,
            "A custody inspection summary pasted into a web page: numbered recommendations run together on one line "
            "('1. … 2. … 3. …'), and an 'Areas for improvement:' line whose items are separated by '▪'.",
            formats=LO_FORMATS, organisation="Westmarch Police", published_on="2026-07-30")
    d.h(1, "Report on an unannounced inspection visit to police custody suites in Westmarch")
    d.h(2, "Summary of findings")
    d.p("Detainees were generally treated well, but the force was not keeping adequate records of the use of "
        "force in custody.")
    r1 = "The force should make sure that every use of force in custody is recorded and reviewed by a supervisor."
    r2 = "Westmarch Police should provide custody staff with refresher training in the safe use of restraint."
    r3 = "The force should make sure that detainees held overnight are offered a shower and a change of clothes."
    d.p(f"Recommendations 1. {r1} 2. {r2} 3. {r3}")
    for n, r in enumerate((r1, r2, r3), start=1):
        d.f(REC, r, ref=str(n), addressees=["Westmarch Police" if n == 2 else "The force"])
    a1 = "Interpreters should be used for every detainee who needs one during the booking-in process."
    a2 = "Custody cells should be checked for ligature points at the start of every shift."
    d.p(f"Areas for improvement: ▪ {a1} ▪ {a2}")
    d.f(AFI, a1)
    d.f(AFI, a2)
    return d


@document
def v06_flattened_committee_paper():
    d = Doc("v06_flattened_committee_paper", "Police and crime panel paper pasted as one paragraph", 3, "")
    d.notes = ("A police and crime panel paper pasted with no line breaks: its own 'Recommendation: That Members note "
               "the report' and a count are not findings; the inspection's findings are announced in running prose "
               "('The report identified three areas for improvement. The first is that … The second is that …').")
    a1 = "the force should improve the quality of its initial investigations of burglary"
    a2 = "the force should make sure that victims of burglary are offered crime prevention advice"
    a3 = ("the force needs to understand why so many burglary investigations are closed without a suspect being "
          "identified")
    r1 = ("Within six months, Pendlebury Police should make sure that forensic examinations of burglary scenes "
          "are carried out within 48 hours of the report.")
    d.text = (
        "PENDLEBURY POLICE AND CRIME PANEL 14 January 2027 Agenda item 7 HMICFRS inspection of the police response "
        "to burglary in Pendlebury Report of the Chief Executive, Office of the Police and Crime Commissioner "
        "Recommendation: That Members note the report and the Commissioner’s response to it. 1. Purpose of the "
        "report 1.1 This report informs the panel of the outcome of the HMICFRS inspection published on 3 December "
        "2026. 2. Background 2.1 HMICFRS has made 14 recommendations to Pendlebury Police since 2021, of which 11 "
        "are now closed. 3. Findings 3.1 The inspectorate made one recommendation, which is that: "
        f"{r1} 3.2 The report identified three areas for improvement. The first is that {a1}. The second is that "
        f"{a2}. The third is that {a3}. 3.3 The Chief Constable has accepted the recommendation and the force has "
        "set up a burglary improvement board, which he chairs. 4. Financial implications 4.1 There are none arising "
        "from this report. Contact officer: Head of Scrutiny\n")
    d.f(REC, r1, due="Within six months", addressees=["Pendlebury Police"])
    # Sentences in running prose keep the full stop the page prints after them.
    d.f(AFI, a1 + ".", addressees=["the force"])
    d.f(AFI, a2 + ".", addressees=["the force"])
    d.f(AFI, a3 + ".", addressees=["the force"])
    return d


@document
def v07_flattened_tracker():
    d = Doc("v07_flattened_tracker", "HMICFRS recommendations tracker exported as one line of text", 3, "")
    d.notes = ("A force's tracker table flattened into one paragraph: headers 'Ref Finding Type Owner Latest position "
               "RAG' then each row's cells run on. The findings (a closed row's too: the tracker quotes it) and their "
               "latest positions (progress updates) are labelled; the owners and RAG ratings are not.")
    r1 = ("The force should make sure that all frontline officers are trained to recognise the signs of modern "
          "slavery.")
    u1 = "Training package launched in October; 61 per cent of officers have completed it."
    a1 = "The force should improve how it records the ethnicity of people stopped and searched."
    u1b = "New mandatory field added to the stop and search app on 1 November."
    r2 = ("By 31 March 2027, the force should review how it allocates modern slavery investigations so that they "
          "are investigated by trained detectives.")
    u2 = "Review under way; report due to the chief officer group in February."
    d.text = (
        "Rosedale Police HMICFRS tracker (extract) – position at 30 November 2026 Ref Finding Type Owner Latest "
        f"position RAG MS-01 {r1} Recommendation Ch Supt Crime {u1} Amber SS-04 {a1} Area for improvement Supt "
        f"Neighbourhoods {u1b} Green MS-02 {r2} Recommendation Det Supt Public Protection {u2} Amber PEEL-22 The "
        "force should publish its stop and search data monthly. Area for improvement Supt Neighbourhoods Closed by "
        "HMICFRS in June 2026. Blue\n")
    f1 = d.f(REC, r1, ref="MS-01", addressees=["The force"])
    f2 = d.f(AFI, a1, ref="SS-04", addressees=["The force"])
    f3 = d.f(REC, r2, ref="MS-02", due="By 31 March 2027", addressees=["the force"])
    f4 = d.f(AFI, "The force should publish its stop and search data monthly.", ref="PEEL-22", addressees=["The force"])
    d.update(f1, u1)
    d.update(f2, u1b)
    d.update(f3, u2)
    d.update(f4, "Closed by HMICFRS in June 2026.")
    return d


@document
def v08_afi_headings_then_evidence():
    d = Doc("v08_afi_headings_then_evidence", "PEEL 2026–28: Lowther Police, detailed findings (website)", 4,
            "HMICFRS website layout: a box heading 'Area for improvement 3' (numbered boxes), the finding's "
            "sentence ('should', 'needs to', 'must') as its own paragraph, then the evidence paragraphs, whose "
            "'should' sentences are not findings.", formats=LO_FORMATS, organisation="Lowther Police",
            published_on="2026-12-01")
    d.h(1, "Lowther Police: investigating crime")
    d.h(3, "Area for improvement 1")
    a1 = "The force should make sure that investigations are allocated to officers with the right skills."
    d.p(a1)
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.p("We reviewed 70 investigations. In 19 of them the officer allocated had not been trained to investigate "
        "that type of crime. A supervisor should have noticed this in most of those cases.")
    d.h(3, "Area for improvement 2")
    a2 = "Lowther Police needs to improve how it keeps victims updated about their case."
    d.p(a2)
    d.f(AFI, a2, ref="2", addressees=["Lowther Police"])
    d.p("Victims told us that they often had to chase the force for news. The victims’ code says victims should be "
        "told within five working days when a suspect is charged.")
    d.h(3, "Area for improvement 3")
    a3 = "The force must make sure that it seeks and records victims’ views before it closes an investigation."
    d.p(a3)
    d.f(AFI, a3, ref="3", addressees=["The force"])
    d.p("Of the 24 investigations closed because the victim did not support a prosecution, only 9 recorded why.")
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Area for improvement 4")
    a4 = ("The force should make sure that officers attending domestic abuse incidents use body-worn video "
          "cameras.")
    d.p(a4)
    d.f(AFI, a4, ref="4", addressees=["The force"])
    d.p("Footage was available in fewer than half of the domestic abuse cases we reviewed.")
    return d


@document
def v09_fire_headings_cause_then_recommendations():
    d = Doc("v09_fire_headings_cause_then_recommendations", "Tamarside Fire and Rescue Service: people", 4,
            "A fire service page: 'Cause of concern:' with the cause's sentence as a heading, its explanation, "
            "then a 'Recommendations' heading and a dated lead-in over items (children of the cause); an area for "
            "improvement as a heading sentence followed by its evidence.", formats=LO_FORMATS,
            organisation="Tamarside Fire and Rescue Service", published_on="2027-01-19")
    d.h(1, "Tamarside Fire and Rescue Service: how well it looks after its people")
    d.h(2, "Cause of concern:")
    c = "The service hasn’t done enough to tackle bullying and harassment in its workplace."
    d.h(3, c)
    cid = d.f(COC, c, addressees=["The service"], family=4)
    d.p("Staff at six of the nine stations we visited described inappropriate behaviour that had not been "
        "challenged. Several said they would not report it because they did not trust the process.")
    d.h(3, "Recommendations")
    d.lead("By 31 January 2028, the service should:", [
        "make sure that all managers are trained to recognise and challenge inappropriate behaviour",
        "introduce a confidential reporting line that staff trust",
        "monitor grievances and exit interviews to find out where bullying is happening",
    ], due="By 31 January 2028", addressees=["the service"], parent=cid, family=1)
    d.h(2, "Getting the right people with the right skills")
    a = "The service needs to make sure that its workforce plan takes account of the number of staff due to retire."
    d.h(3, "Area for improvement")
    d.h(4, a)
    d.f(AFI, a, addressees=["The service"])
    d.p("About a quarter of the service’s wholetime firefighters can retire in the next five years.")
    return d


@document
def v10_tracker_rag_table():
    d = Doc("v10_tracker_rag_table", "Audit committee: HMICFRS recommendations update", 5,
            "A committee tracker table 'No. | Recommendation | Force update | RAG': each recommendation labelled, "
            "its update labelled as a progress update; the paper's own recommendation ('That the committee notes "
            "…') is not a finding.", formats=(*LO_FORMATS,), organisation="Hollinsford Police",
            published_on="2026-11-25")
    d.raw(LANDSCAPE)
    d.h(1, "Joint audit committee – 25 November 2026")
    d.h(2, "HMICFRS recommendations: progress update")
    d.p("Recommendation: That the committee notes the progress made against the open HMICFRS recommendations.")
    rows = [
        ("1", "The force should make sure that its missing persons coordinators review every case of a child "
              "reported missing three or more times in 90 days.",
         "Coordinators now review all such cases weekly; audit in September found 94 per cent compliance.", "Green"),
        ("2", "By 30 June 2027, Hollinsford Police should introduce a single process for recording return home "
              "interviews.",
         "Process agreed with the three local authorities; IT change scheduled for March.", "Amber"),
        ("3", "The force should improve the quality of the information it passes to partners at strategy "
              "meetings.",
         "No progress this quarter owing to staff absence.", "Red"),
        ("4", "Chief constables should make sure that their forces use the national missing persons database.",
         "Hollinsford has been connected since August 2026.", "Green"),
    ]
    d.table(["No.", "Recommendation", "Force update", "RAG"], rows)
    for n, text, update, _ in rows:
        due = "By 30 June 2027" if n == "2" else None
        who = {"1": "The force", "2": "Hollinsford Police", "3": "The force", "4": "Chief constables"}[n]
        fid = d.f(REC, text, ref=n, due=due, addressees=[who])
        d.update(fid, update)
    d.p("Nine recommendations from earlier inspections were closed during the year and are not shown.")
    return d


@document
def v11_tracker_merged_header_rag_first():
    d = Doc("v11_tracker_merged_header_rag_first", "Force improvement plan: PEEL areas for improvement", 5,
            "A tracker whose columns come in an unusual order (RAG | Owner | Ref | Area for improvement | "
            "Progress) under a merged header cell ('HMICFRS finding' over Ref and Area for improvement); the "
            "progress column holds updates.", formats=LO_FORMATS, organisation="Brackenshire Constabulary",
            published_on="2026-10-02")
    d.raw(LANDSCAPE)
    d.h(1, "Brackenshire Constabulary improvement plan – PEEL 2025")
    d.p("The table below tracks the areas for improvement in HMICFRS’s PEEL report of March 2025.")
    rows = [
        ("Green", "ACC Operations", "AFI 1",
         "The constabulary should make sure that it answers non-emergency calls within its target time.",
         "Average answer time fell from 11 minutes to 4 minutes between April and September."),
        ("Amber", "Head of Crime", "AFI 2",
         "The constabulary needs to reduce the number of outstanding suspects who are wanted for serious offences.",
         "Outstanding suspect list reduced by 30 per cent; a weekly review meeting has been set up."),
        ("Red", "Director of People", "AFI 3",
         "Brackenshire Constabulary should make sure that its staff have regular wellbeing conversations with "
         "their supervisors.",
         "Wellbeing conversation form still to be added to the appraisal system."),
    ]
    header = ("<tr><th rowspan=\"2\"><p>RAG</p></th><th rowspan=\"2\"><p>Owner</p></th>"
              "<th colspan=\"2\"><p>HMICFRS finding</p></th><th rowspan=\"2\"><p>Progress</p></th></tr>"
              "<tr><th><p>Ref</p></th><th><p>Area for improvement</p></th></tr>")
    body = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    d.raw(f"<table>{header}{body}</table>")
    for _rag, _owner, ref, text, progress in rows:
        fid = d.f(AFI, text, ref=ref.replace("AFI ", ""),
                  addressees=[text.split(" should")[0].split(" needs")[0]])
        d.update(fid, progress)
    return d


@document
def v12_tracker_wrapped_over_rows_and_pages():
    d = Doc("v12_tracker_wrapped_over_rows_and_pages", "Fire authority: inspection action plan", 5,
            "A long fire authority action plan table ('Ref | Recommendation or area for improvement | Type | "
            "Update | Status') crossing a page: one recommendation is wrapped over two rows (the second row's "
            "other cells empty), as a table continued on the next page prints it.", formats=LO_FORMATS,
            organisation="Dunmore Fire and Rescue Service", published_on="2026-09-09")
    d.h(1, "Dunmore Fire and Rescue Authority – Scrutiny committee")
    d.h(2, "Inspection action plan: position at 31 August 2026")
    d.p("This plan brings together the cause of concern, recommendations and areas for improvement from the "
        "service’s 2025 inspection. Status is shown as Complete, On track or Behind.")
    rows = [
        ("R1", "The service should make sure that every operational firefighter has an up-to-date assessment of "
               "their competence in breathing apparatus.", "Recommendation",
         "Assessments completed for 402 of 431 firefighters.", "On track"),
        ("R2", "By 31 December 2026, the service should review its on-call availability so that it knows how many "
               "fire engines it can rely on at night.", "Recommendation",
         "Review complete; findings reported to the authority in July.", "Complete"),
        ("A1", "The service should evaluate how well its safe and well visits reduce risk.", "Area for improvement",
         "Evaluation framework agreed with the university; first report due in spring.", "On track"),
        ("A2", "The service needs to make sure that it records the outcomes of its fire safety audits accurately.",
         "Area for improvement", "Data cleansing project delayed by the new records system.", "Behind"),
        ("A3", "The service should make sure that its staff understand how to raise concerns about misconduct.",
         "Area for improvement", "Campaign launched in June; survey results expected in November.", "On track"),
    ]
    parts = ["<table><tr><th><p>Ref</p></th><th><p>Recommendation or area for improvement</p></th>"
             "<th><p>Type</p></th><th><p>Update</p></th><th><p>Status</p></th></tr>"]
    for row in rows:
        parts.append("<tr>" + "".join(cell(c) for c in row) + "</tr>")
    w1 = "The service should make sure that the risk information its crews need at incidents is accurate, up to date"
    w2 = "and available on every fire engine’s mobile data terminal."
    parts.append("<tr>" + cell("R3") + cell(w1) + cell("Recommendation")
                 + cell("Terminals replaced on 38 of 41 fire engines; risk information audit in progress.")
                 + cell("On track") + "</tr>")
    parts.append("<tr>" + cell("") + cell(w2) + cell("") + cell("") + cell("") + "</tr>")
    extra = [
        ("A4", "The service should make better use of data to understand the diversity of its community.",
         "Area for improvement", "Community profile refreshed with census data.", "Complete"),
        ("A5", "The service should make sure that its promotion processes are fair and open.",
         "Area for improvement", "New promotion framework to be consulted on in October.", "Behind"),
    ]
    for row in extra:
        parts.append("<tr>" + "".join(cell(c) for c in row) + "</tr>")
    parts.append("</table>")
    d.raw("".join(parts))
    who = {"R1": "The service", "R2": "the service", "A1": "The service", "A2": "The service", "A3": "The service",
           "A4": "The service", "A5": "The service"}
    for ref, text, _kind, update, _ in rows[:2]:
        fid = d.f(REC, text, ref=ref, due="By 31 December 2026" if ref == "R2" else None, addressees=[who[ref]])
        d.update(fid, update)
    for ref, text, _kind, update, _ in rows[2:]:
        fid = d.f(AFI, text, ref=ref, addressees=[who[ref]])
        d.update(fid, update)
    wid = d.f(REC, f"{w1} {w2}", ref="R3", addressees=["The service"])
    d.printed[wid] = [w1, w2]
    d.update(wid, "Terminals replaced on 38 of 41 fire engines; risk information audit in progress.")
    for ref, text, _kind, update, _ in extra:
        fid = d.f(AFI, text, ref=ref, addressees=[who[ref]])
        d.update(fid, update)
    return d


@document
def v13_cause_in_prose_police():
    d = Doc("v13_cause_in_prose_police", "Fernleigh Constabulary: the management of registered sex offenders", 6,
            "A cause of concern announced in running prose ('We have identified a cause of concern. The "
            "constabulary is not …'), then 'To address this cause of concern, we recommend that, within three "
            "months, the constabulary should:' over items (children); a second cause stated in one sentence ('Our "
            "second cause of concern is that …') with 'Fernleigh Constabulary should' sentences as children.",
            formats=LO_FORMATS, organisation="Fernleigh Constabulary", published_on="2026-06-17")
    d.h(1, "An inspection of the management of registered sex offenders in Fernleigh Constabulary")
    d.h(2, "Our findings")
    d.p("Fernleigh Constabulary manages 1,140 registered sex offenders. Its offender managers each supervise, on "
        "average, 71 offenders, well above the national guidance.")
    c1 = ("The constabulary is not carrying out risk assessments of registered sex offenders on time, and so it "
          "cannot be sure that it is managing the risk they pose.")
    d.p(f"We have identified a cause of concern. {c1}")
    k1 = d.f(COC, c1, addressees=["The constabulary"])
    d.lead("To address this cause of concern, we recommend that, within three months, the constabulary should:", [
        "complete every overdue risk assessment of a registered sex offender",
        "make sure that offender managers have manageable workloads",
    ], due="within three months", addressees=["the constabulary"], parent=k1, family=6)
    c2 = ("the constabulary does not use the powers it has to manage offenders in the community, such as sexual "
          "harm prevention orders")
    d.p(f"Our second cause of concern is that {c2}. Officers told us they had not been trained in applying for "
        "these orders.")
    k2 = d.f(COC, c2 + ".", addressees=["the constabulary"])
    r1 = "Fernleigh Constabulary should train its offender managers in applying for ancillary orders."
    r2 = ("Fernleigh Constabulary should monitor how often it applies for such orders and how often the courts "
          "grant them.")
    d.p(r1)
    d.p(r2)
    d.f(REC, r1, parent=k2, addressees=["Fernleigh Constabulary"])
    d.f(REC, r2, parent=k2, addressees=["Fernleigh Constabulary"])
    d.p("We will revisit the constabulary in 2027 to assess its progress.")
    return d


@document
def v14_cause_colon_then_recommendations():
    d = Doc("v14_cause_colon_then_recommendations", "Revisit letter: Ravensmoor Police cause of concern", 6,
            "A revisit letter quoting the cause ('Cause of concern: Ravensmoor Police doesn't …') followed by a "
            "'Recommendations' heading and 'The force should' items as separate paragraphs (children); what the "
            "letter says the force has since done, and a closed recommendation, are not findings.",
            formats=LO_FORMATS, organisation="Ravensmoor Police", published_on="2027-02-08")
    d.h(1, "Ravensmoor Police: revisit of the cause of concern about crime recording")
    d.p("Dear Chief Constable,")
    d.p("In our 2025 crime data integrity inspection we identified the following cause of concern and made three "
        "recommendations.")
    c = ("Cause of concern: Ravensmoor Police doesn’t record enough of the crimes reported to it, particularly "
         "violent crimes and crimes reported by vulnerable victims.")
    d.p(c)
    cid = d.f(COC, c.removeprefix("Cause of concern: "), addressees=["Ravensmoor Police"])
    d.h(2, "Recommendations")
    recs = [
        "The force should make sure that crimes reported through its online portal are recorded within 24 hours.",
        "The force should train its call handlers in the national crime recording standard.",
        "The force should increase the number of audits its crime registrar carries out.",
    ]
    for r in recs:
        d.p(r)
        d.f(REC, r, parent=cid, addressees=["The force"])
    d.h(2, "What we found on our revisit")
    d.p("The force has trained all its call handlers, and it now records 93 per cent of reported violent crime. We "
        "consider that the second recommendation has been met, and we have closed it. Our 2023 recommendation "
        "about recording of anti-social behaviour was closed last year.")
    d.p("Yours sincerely, HM Inspector of Constabulary")
    return d


@document
def v15_committee_paper_negatives():
    d = Doc("v15_committee_paper_negatives", "OPCC performance board paper on an HMICFRS inspection", 7,
            "A performance board paper full of things that are not findings: its own 'Recommendation: That Members "
            "note the report', counts ('22 recommendations were made'), the force's responses ('The force will "
            "…'), past recommendations described as closed; the two areas for improvement the paper quotes in a "
            "table are findings.", formats=LO_FORMATS, organisation="Stourvale Police", published_on="2026-12-10")
    d.h(1, "Stourvale Police and Crime Commissioner: performance and accountability board")
    d.h(2, "HMICFRS national inspection of police custody")
    d.p("Recommendation: That Members note the report.")
    d.p("In the national report 22 recommendations were made, of which 6 are for chief constables. The force has "
        "completed 4 of the 6.")
    d.p("Three recommendations from the 2022 custody inspection were closed by HMICFRS in May 2026.")
    d.p("The force should, in the Commissioner’s view, continue to invest in custody healthcare. The force will "
        "recruit two additional custody nurses by April.")
    d.h(3, "Areas for improvement identified for Stourvale Police")
    a1 = "The force should make sure that detainees’ risk assessments are reviewed at every shift change."
    a2 = "The force should improve the recording of the reasons for strip searches."
    d.table(["Area for improvement", "Force response"], [
        (a1, "Accepted. Custody sergeants now review risk assessments at the handover briefing."),
        (a2, "Accepted. The custody record template has been changed."),
    ])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.p("The Commissioner will continue to hold the Chief Constable to account for progress.")
    return d


@document
def v16_force_response_document():
    d = Doc("v16_force_response_document", "Force response to HMICFRS PEEL report", 7,
            "A force's published response quoting each area for improvement ('Area for improvement 1: The force "
            "should …') followed by 'Our response:' paragraphs with 'we should'/'we will' sentences that are not "
            "findings; a paragraph noting a past recommendation as closed.", formats=LO_FORMATS,
            organisation="Ashworth Police", published_on="2026-10-30")
    d.h(1, "Ashworth Police: our response to the PEEL 2025–27 report")
    d.p("The Chief Constable welcomes the report. This document sets out how we are responding to each area for "
        "improvement HMICFRS has identified.")
    for n, (afi, response) in enumerate([
        ("The force should make sure that it reviews all its use of stop and search powers for fairness.",
         "We will publish a quarterly scrutiny report. We should have the first report ready by March, and "
         "community panels will review it."),
        ("The force needs to improve the way it safeguards people who have been arrested and are vulnerable.",
         "We have introduced a vulnerability screening tool in custody and we will evaluate it in the summer."),
    ], start=1):
        d.h(3, f"Area for improvement {n}")
        d.p(f"Area for improvement {n}: {afi}")
        d.f(AFI, afi, ref=str(n), addressees=["The force"])
        d.p(f"Our response: {response}")
    d.p("The recommendation from the 2023 inspection that the force should improve its crime data quality was "
        "discharged by HMICFRS in January 2026.")
    return d


@document
def v17_generated_peel_grades_and_run_on_recs():
    d = Doc("v17_generated_peel_grades_and_run_on_recs", "PEEL 2026–28: Marlow Vale Police (generated PDF)", 8,
            "A generated PEEL report: a grades table before the findings; recommendations printed as 'Recommendation "
            "1: …;', 'Recommendation 2 …; and', 'Recommendation 3: …' with the joiners; an area for improvement "
            "whose line starts with the capitalised 'THRIVE,'; findings addressed by full name and short name "
            "('Marlow Vale Police should', 'Marlow Vale should', 'The force should').", formats=LO_FORMATS,
            organisation="Marlow Vale Police", published_on="2026-11-18")
    d.h(1, "PEEL 2026–28 Police effectiveness, efficiency and legitimacy: An inspection of Marlow Vale Police")
    d.h(2, "Our judgments")
    d.table(["Area of policing", "Grade"], [
        ("Police legitimacy", "Good"), ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Inadequate"),
        ("Managing offenders and suspects", "Adequate"),
    ])
    d.h(2, "Summary of recommendations")
    r1 = "Within six months, Marlow Vale Police should reduce the time it takes to attend emergency calls in rural areas"
    r2 = "By 31 July 2027, the force should make sure that every high-risk domestic abuse case is reviewed by a specialist"
    r3 = "Marlow Vale should make sure that its multi-agency safeguarding hub has enough staff to process referrals within 24 hours."
    d.p(f"Recommendation 1: {r1};")
    d.p(f"Recommendation 2 {r2}; and")
    d.p(f"Recommendation 3: {r3}")
    d.f(REC, r1, ref="1", due="Within six months", addressees=["Marlow Vale Police"])
    d.f(REC, r2, ref="2", due="By 31 July 2027", addressees=["the force"])
    d.f(REC, r3, ref="3", addressees=["Marlow Vale"])
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Areas for improvement")
    a1a, a1b = "The force should make sure that call handlers apply", "THRIVE, its risk assessment model, to every call."
    d.raw(f"<p>{esc(a1a)}<br>{esc(a1b)}</p>")
    d.f(AFI, f"{a1a} {a1b}", addressees=["The force"])
    a2 = "Marlow Vale Police should improve how it shares information about children at risk with schools."
    d.p(a2)
    d.f(AFI, a2, addressees=["Marlow Vale Police"])
    d.p("THRIVE stands for threat, harm, risk, investigation, vulnerability and engagement.")
    return d


@document
def v18_generated_peel_numbered_afis():
    d = Doc("v18_generated_peel_numbered_afis", "PEEL 2026–28: Sedgemoor and Axe Constabulary (generated PDF)", 8,
            "A generated PEEL report: a grades table with a legend first, then per-question sections whose areas for "
            "improvement are 'Area for improvement 1' boxes and whose 'Recommendation 2 …; and Recommendation 3: …' "
            "are run together in one paragraph; addressees by full name, short name ('Sedgemoor and Axe') and 'the "
            "constabulary'.", formats=LO_FORMATS, organisation="Sedgemoor and Axe Constabulary",
            published_on="2027-01-27")
    d.h(1, "PEEL 2026–28: An inspection of Sedgemoor and Axe Constabulary")
    d.p("Grades: Outstanding, Good, Adequate, Requires improvement, Inadequate.")
    d.table(["Question", "2024", "2026"], [
        ("Preventing crime", "Adequate", "Good"), ("Investigating crime", "Requires improvement", "Adequate"),
        ("Building, supporting and protecting the workforce", "Good", "Requires improvement"),
    ])
    d.h(2, "Investigating crime")
    r1 = "Sedgemoor and Axe Constabulary should make sure that digital devices seized as evidence are examined within 90 days"
    r2 = "By 31 October 2027, Sedgemoor and Axe should clear its backlog of devices awaiting examination."
    d.p("Recommendations")
    d.p(f"Recommendation 2 {r1}; and Recommendation 3: {r2}")
    d.f(REC, r1, ref="2", addressees=["Sedgemoor and Axe Constabulary"])
    d.f(REC, r2, ref="3", due="By 31 October 2027", addressees=["Sedgemoor and Axe"])
    d.h(2, "Building, supporting and protecting the workforce")
    d.h(3, "Area for improvement 1")
    a1 = "The constabulary should make sure that student officers get the protected learning time they are entitled to."
    d.p(a1)
    d.f(AFI, a1, ref="1", addressees=["The constabulary"])
    d.h(3, "Area for improvement 2")
    a2 = "Sedgemoor and Axe Constabulary needs to understand why so many officers leave in their first three years."
    d.p(a2)
    d.f(AFI, a2, ref="2", addressees=["Sedgemoor and Axe Constabulary"])
    d.p("Recommendation 1 of this report, about crime prevention, is in the preventing crime section and was made in "
        "2024; it is now closed.")
    return d


FILLER = [
    "The force covers a large rural area with two cities and a coastline that draws many visitors in the summer. "
    "Demand rises by about a fifth between June and September, and the force plans its shifts around that rise.",
    "We interviewed more than 120 officers and staff, held focus groups with supervisors and reviewed the records "
    "of 160 incidents. We also observed the work of the force control room over four days and nights.",
    "Officers we spoke to were committed and described a supportive culture, although many said their workloads "
    "were high. The force has recruited 310 new officers in the past three years, and most are still in training.",
    "Neighbourhood teams know their communities well. They work with local councils to solve long-standing "
    "problems such as anti-social behaviour in town centres, and residents we spoke to valued their presence.",
    "The force’s performance framework gives senior leaders a clear view of demand, and the deputy chief constable "
    "chairs a monthly meeting at which each district commander accounts for their results.",
]


@document
def v19_page_break_footnotes_weasy():
    d = Doc("v19_page_break_footnotes_weasy", "Gransden Police: an inspection of the response to hate crime", 10,
            "A long report printed on small pages: background paragraphs push the findings onto later pages, so "
            "that a lead-in's item and an area for improvement cross page breaks under the running header and page "
            "number; footnote digits are raised after words inside findings, and footnote texts are printed at the "
            "foot of the page.", formats=LO_FORMATS, organisation="Gransden Police", published_on="2026-08-27")
    d.raw(ONE_CALL)
    d.h(1, "An inspection of how Gransden Police responds to hate crime")
    d.h(2, "Introduction")
    for para in FILLER[:4]:
        d.p(para)
    d.raw("<p>Hate crime reports in the force area rose by 14 per cent in 2025.<sup>1</sup>"
          '<span style="float: footnote">Home Office, Hate crime, England and Wales, 2024 to 2025.</span></p>')
    d.h(2, "Recommendations")
    d.p("Within six months, Gransden Police should:")
    items = [
        "make sure that every hate crime is flagged on its crime recording system so that it can be identified and "
        "reviewed",
        "give victims of hate crime an enhanced service under the Code of Practice for Victims of Crime, including "
        "contact within 24 hours from an officer who has been trained to support them",
        "work with its community scrutiny panel to review a sample of closed hate crime investigations each quarter",
    ]
    d.raw("<ul>" + "".join(f"<li>{esc(i + joiner(n, 3))}</li>" for n, i in enumerate(items)) + "</ul>")
    for n, i in enumerate(items):
        d.f(REC, i + ("." if n == 2 else ""), due="Within six months", addressees=["Gransden Police"])
    for para in FILLER[4:]:
        d.p(para)
    d.h(2, "Areas for improvement")
    a1 = ("The force should make sure that its officers understand the difference between a hate crime and a hate "
          "incident, and that they record each correctly")
    d.raw(f"<p>{esc(a1)}.<sup>2</sup>"
          '<span style="float: footnote">College of Policing, Hate crime operational guidance, 2024.</span></p>')
    d.f(AFI, a1 + ".", addressees=["The force"])
    a2 = ("Gransden Police should improve the support it gives to officers who investigate online hate crime, "
          "including access to specialist advice on obtaining evidence from social media companies based overseas, "
          "so that fewer investigations are closed for want of evidence.")
    d.raw(f"<p>{esc(a2)}<sup>3</sup>"
          '<span style="float: footnote">See chapter 4 of the 2025 national thematic inspection.</span></p>')
    d.f(AFI, a2, addressees=["Gransden Police"])
    return d


@document
def v20_page_break_numbered_lead_in():
    d = Doc("v20_page_break_numbered_lead_in", "Wrexley Fire and Rescue Service: an inspection of fire prevention", 10,
            "A fire inspection PDF whose numbered recommendation items ('1.', '2.') and a cause of concern cross "
            "page breaks, with the running header, 'Page n of m' footers and a footnote digit raised inside a "
            "recommendation.", formats=LO_FORMATS, organisation="Wrexley Fire and Rescue Service",
            published_on="2026-12-15")
    d.raw(ONE_CALL)
    d.h(1, "Wrexley Fire and Rescue Service: prevention and protection")
    d.h(2, "About the service")
    d.p("Wrexley Fire and Rescue Service serves a population of about 890,000 from 24 fire stations, 15 of which are "
        "crewed by on-call firefighters.")
    d.p("The service carried out 11,900 safe and well visits in 2025–26. It targets those most at risk of fire "
        "using information from health and social care partners.")
    d.p("We found the service’s prevention staff to be knowledgeable and enthusiastic. Partners told us the service "
        "was easy to work with and responded quickly to referrals.")
    d.p("The service has reorganised its prevention department twice since 2023, and several posts have been "
        "vacant for more than a year while it recruits. Its budget for prevention has been reduced by 8 per cent. "
        "Prevention staff now work from three hubs rather than from each fire station.")
    d.p("Since our last inspection the service has started to share data with the ambulance service, which "
        "refers about 40 people a month for a visit.")
    d.h(2, "Cause of concern")
    c = ("The service doesn’t have an effective system for identifying and visiting the people in its area who are "
         "most at risk of dying in a fire, and too many of the visits it makes are to people at low risk.")
    d.p(c)
    cid = d.f(COC, c, addressees=["The service"])
    d.h(3, "Recommendations")
    d.p("By 30 April 2027, the service should:")
    i1 = ("use data from its partners to identify the households most at risk of fire, including people who live "
          "alone, smoke, or have limited mobility")
    i2a, i2b = ("make sure that at least 60 per cent of its safe and well visits are to households it has assessed "
                "as high risk"), " and report its performance against that target to the fire authority"
    d.p(f"1. {i1};")
    d.raw(f"<p>2. {esc(i2a)}<sup>1</sup>{esc(i2b)}.</p>"
          '<p><span style="float: footnote">The national fire chiefs’ guidance on person-centred prevention.</span></p>')
    d.f(REC, i1, ref="1", due="By 30 April 2027", addressees=["the service"], parent=cid)
    d.f(REC, f"{i2a}{i2b}.", ref="2", due="By 30 April 2027", addressees=["the service"], parent=cid)
    d.h(2, "Protection")
    d.p("The service’s fire safety inspectors are well trained, but the service has not yet reviewed its "
        "enforcement policy since the Fire Safety Act 2021.")
    d.h(3, "Area for improvement")
    a = ("The service should review its enforcement policy so that its inspectors use the full range of powers "
         "available to them when they find serious fire safety failings in premises where people sleep.")
    d.p(a)
    d.f(AFI, a, addressees=["The service"])
    return d


@document
def v21_lead_in_fire_services_twelve_months():
    d = Doc("v21_lead_in_fire_services_twelve_months", "A thematic review of fire service handling of misconduct", 1,
            "A national fire thematic: 'Within 12 months of this report's publication, chief fire officers should:' "
            "over roman-numbered items without joiners, a lead-in to 'the Home Office and the National Fire Chiefs "
            "Council' ending with '—', and a sentence recommendation to fire and rescue authorities; a quoted 2023 "
            "recommendation is not a finding.", formats=LO_FORMATS, published_on="2026-07-08")
    d.h(1, "Standards of behaviour: the handling of misconduct in fire and rescue services")
    d.p("In our 2023 values and culture report we recommended that chief fire officers should have a way for staff "
        "to raise concerns confidentially. Most services have now done so.")
    d.h(2, "Recommendations")
    marked(d, "Within 12 months of this report’s publication, chief fire officers should:", [
        "make sure that misconduct investigations are carried out by people who are trained to investigate",
        "record the outcome of every misconduct case and how long it took to resolve",
        "tell complainants the outcome of the case, as far as the law allows",
    ], markers=ROMAN, due="Within 12 months of this report’s publication", addressees=["chief fire officers"],
        joiners=False)
    d.lead("By 1 April 2028, the Home Office and the National Fire Chiefs Council should —", [
        "introduce a national barred list for fire and rescue staff dismissed for gross misconduct",
        "make sure that services check the list before they appoint anyone",
    ], due="By 1 April 2028", addressees=["the Home Office", "the National Fire Chiefs Council"])
    r = ("Fire and rescue authorities should scrutinise their service’s handling of misconduct cases at least once a "
         "year.")
    d.p(r)
    d.f(REC, r, addressees=["Fire and rescue authorities"])
    return d


@document
def v22_html_tracker_update_first():
    d = Doc("v22_html_tracker_update_first", "PCC website: HMICFRS recommendations dashboard", 5,
            "A PCC website dashboard table whose columns are 'Status | Latest update | Report | Recommendation' "
            "(the recommendation last, the update before it); each recommendation labelled with its update.",
            formats=LO_FORMATS, organisation="Kestrel Valley Police", published_on="2027-01-05")
    d.h(1, "How Kestrel Valley Police is responding to HMICFRS recommendations")
    rows = [
        ("Open", "The force is piloting a new triage model in the north district until March.",
         "Police response to anti-social behaviour (2025)",
         "The force should make sure that repeat victims of anti-social behaviour are identified when they call."),
        ("Open", "A new case management unit has been set up with 12 staff.",
         "Building the case (2026)",
         "Within six months, forces should make sure that case files sent to the CPS meet the national standard."),
        ("Closed", "HMICFRS confirmed in December 2026 that the recommendation had been met.",
         "Crime data integrity (2024)",
         "The force should audit the recording of rape reports every quarter."),
    ]
    d.table(["Status", "Latest update", "Report", "Recommendation"], rows)
    for _status, update, _report, text in rows:
        who = "forces" if text.startswith("Within") else "The force"
        fid = d.f(REC, text, due="Within six months" if who == "forces" else None, addressees=[who])
        d.update(fid, update)
    return d
