"""The DEV part of the corpus: the layouts of issue 11, written to tune the reader on."""

from .labels import AFI, COC, LO_FORMATS, REC, Doc, collection

DOCS, document = collection()



@document
def d01_lead_ins():
    d = Doc("d01_lead_ins", "PEEL 2023–25: Northshire Police", 1,
            "Lead-ins with items: 'Within six months, Northshire Police should:' and 'HMIC recommends that:'.", formats=LO_FORMATS)
    d.h(1, "PEEL 2023–25: Northshire Police")
    d.h(2, "Cause of concern")
    c = "Northshire Police isn’t managing the risk posed by registered sex offenders effectively."
    d.p(c)
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.lead("Within six months, Northshire Police should:", [
        "make sure that it has enough trained staff to manage registered sex offenders",
        "make sure that risk assessments are completed on time and reviewed by a supervisor",
    ], due="Within six months", addressees=["Northshire Police"], parent=g)
    d.h(2, "Recommendations")
    d.lead("HMIC recommends that:", [
        "the force reviews its approach to the supervision of investigations",
        "the force makes sure that victims are updated in line with the Victims’ Code",
    ], addressees=[])
    d.findings[-2]["addressees"] = ["the force"]
    d.findings[-1]["addressees"] = ["the force"]
    return d


@document
def d02_run_together_text():
    d = Doc("d02_run_together_text", "PEEL 2017 legitimacy – Ashdown Constabulary", 2,
            "Stored web page text: bullets run together on one line.")
    a1 = "The force should ensure that its officers and staff understand the importance of treating people fairly."
    a2 = "The force should improve its monitoring of the use of force by its officers."
    r1 = "The constabulary should make sure that all officers record stop and search encounters accurately."
    d.text = ("# source: https://example.invalid/peel-2017/ashdown/legitimacy/\n\n"
              "How legitimate is the constabulary at keeping people safe and reducing crime?\n"
              "Areas for improvement • " + a1 + " • " + a2 + "\n"
              "Summary The constabulary is good at treating people fairly.\n"
              "Recommendations • " + r1 + "\n")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(REC, r1, addressees=["The constabulary"])
    return d


@document
def d03_flat_committee():
    d = Doc("d03_flat_committee", "Audit committee paper flattened", 3,
            "A committee paper flattened into one paragraph.")
    a1 = "The force should make sure that its crime data is accurate and timely."
    a2 = "The force should improve how it manages the demand in its control room."
    d.text = ("Audit Committee 4 June 2024 HMICFRS PEEL update Recommendation: That Members note the report. "
              "The report made 12 findings in total. It included two 'Areas for Improvement' (AFIs) in our area: "
              f"{a1} {a2} The force has put in place an action plan and progress is overseen by the chief constable.\n")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d04_heading_explanation():
    d = Doc("d04_heading_explanation", "PEEL 2021/22: Brackley Police", 4,
            "Each finding a heading sentence, then paragraphs of evidence.")
    d.h(1, "PEEL 2021/22: Brackley Police")
    d.h(2, "Investigating crime")
    d.h(3, "Areas for improvement")
    a1 = "Brackley Police should improve how it supervises investigations"
    a2 = "The force needs to make sure victims are kept updated about their cases"
    d.h(4, a1)
    d.p("Of the 80 investigations we reviewed, 20 had no record of supervision. Supervisors should record their reviews.")
    d.h(4, a2)
    d.p("Victims told us they were not told when their case was closed.")
    d.f(AFI, a1, addressees=["Brackley Police"])
    d.f(AFI, a2, addressees=["The force"])
    d.h(3, "Promising practice")
    d.h(4, "The force uses a dashboard to monitor investigation quality")
    d.p("The dashboard shows each supervisor the state of their team’s investigations.")
    return d


@document
def d05_tracker():
    d = Doc("d05_tracker", "HMICFRS tracker – Northshire Police", 5, "Tracker table: No. / Recommendation / Force update / RAG.", formats=LO_FORMATS)
    d.h(1, "HMICFRS recommendations tracker")
    r1 = "The force should make sure that it has enough call handlers to answer emergency calls promptly."
    r2 = "By 31 December 2024, the force should review its approach to the management of missing people."
    u1 = "Twenty new call handlers recruited; answer times improved to 85%."
    u2 = "Review complete; new policy approved by the chief officer group."
    d.table(["No.", "Recommendation", "Force update", "RAG"], [["1", r1, u1, "Amber"], ["2", r2, u2, "Green"]])
    g1 = d.f(REC, r1, ref="1", addressees=["The force"])
    g2 = d.f(REC, r2, ref="2", due="By 31 December 2024", addressees=["the force"])
    d.update(g1, u1)
    d.update(g2, u2)
    return d


@document
def d06_cause_prose():
    d = Doc("d06_cause_prose", "Letter: cause of concern, Westmoor FRS", 6, "A cause announced in prose, then its recommendations.", formats=LO_FORMATS)
    d.h(1, "Westmoor Fire and Rescue Service: cause of concern")
    d.p("In our inspection we identified an area of concern. We sent you the cause of concern and made recommendations as follows:")
    c = "The service doesn’t have enough resources to carry out its risk-based inspection programme."
    d.p(c)
    g = d.f(COC, c)
    d.lead("By 31 March 2023, the service should:", [
        "make sure it allocates enough resources to its protection work",
        "review its risk-based inspection programme",
    ], due="By 31 March 2023", addressees=["the service"], parent=g)
    return d


@document
def d07_committee():
    d = Doc("d07_committee", "Police and Crime Panel paper", 7, "Committee paper: not findings, except one quoted recommendation.")
    d.h(1, "Police and Crime Panel – 5 March 2024")
    d.p("Recommendation: That Members note the report.")
    d.p("HMICFRS made 22 recommendations in its report. Five of these were for forces.")
    d.h(2, "Recommendation to chief constables")
    r = "By 30 April 2024, chief constables should make sure that their forces record misconduct allegations accurately."
    d.p(r)
    d.f(REC, r, due="By 30 April 2024", addressees=["chief constables"])
    d.h(3, "Force response")
    d.p("The force should be able to meet this recommendation by the deadline.")
    return d


@document
def d08_peel_pdf():
    d = Doc("d08_peel_pdf", "PEEL 2023–25: West Midlands Police (dev)", 8,
            "Generated PEEL: split labels, THRIVE line, grades table, force by name.",
            organisation={"name": "West Midlands Police", "short_name": "WMP", "aliases": ["West Midlands"]})
    d.h(1, "PEEL 2023–25: West Midlands Police")
    d.table(["Area", "Grade"], [["Protecting vulnerable people", "Adequate"], ["Managing offenders", "Good"]])
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Cause of concern")
    c = "West Midlands Police doesn’t always safeguard vulnerable people at the first opportunity."
    d.p(c)
    g = d.f(COC, c, theme="Protecting vulnerable people")
    r1 = "West Midlands Police should make sure that officers complete a risk assessment at every domestic abuse incident"
    r2 = "West Midlands Police should make sure that safeguarding referrals are made within 24 hours."
    d.p("Recommendation 1: " + r1 + "; and Recommendation 2: " + r2)
    d.f(REC, r1, ref="1", addressees=["West Midlands Police"], parent=g, theme="Protecting vulnerable people")
    d.f(REC, r2, ref="2", addressees=["West Midlands Police"], parent=g, theme="Protecting vulnerable people")
    d.h(3, "Area for improvement")
    a = "The force should make sure call handlers use the structured risk assessment, known as THRIVE, on every call."
    d.raw("<p>The force should make sure call handlers use the structured risk assessment, known as<br>THRIVE, on every call.</p>")
    d.f(AFI, a, addressees=["The force"], theme="Protecting vulnerable people")
    return d


@document
def d09_page_break():
    d = Doc("d09_page_break", "Custody inspection: Southmoor", 10, "A finding crossing a page break; running header and page number.", formats=LO_FORMATS)
    d.h(1, "Report on an inspection visit to police custody suites in Southmoor")
    for _ in range(8):
        d.p("We examined the records of detainees held in the custody suites, observed the booking-in process, and "
            "spoke to detainees, custody staff and health care professionals about their experiences of custody.")
    d.h(2, "Areas for improvement")
    a1 = ("The force should make sure that custody staff check on detainees at the intervals set out in their care plans, "
          "and that each check is recorded accurately on the custody record.")
    a2 = "The force should improve the cleanliness of its custody cells."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d10_form_feed_text():
    d = Doc("d10_form_feed_text", "Text export with form feeds", 10,
            "A text export: form feeds between pages, a running header and page numbers in the middle of a finding.")
    filler = "\n".join("This inspection looked at how well the force protects vulnerable people." for _ in range(3))
    a = "The force should make sure that its officers record the views of children when they attend domestic abuse incidents."
    pages = [
        "Inspection report – OFFICIAL\n" + filler + "\n1",
        "Inspection report – OFFICIAL\nAreas for improvement\n• The force should make sure that its officers record the views\n2",
        "Inspection report – OFFICIAL\nof children when they attend domestic abuse incidents.\n" + filler + "\n3",
        "Inspection report – OFFICIAL\n" + filler + "\n4",
    ]
    d.text = "\f".join(pages) + "\n"
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def d11_table_word():
    d = Doc("d11_table_word", "Progress against HMICFRS areas for improvement", 5,
            "A table with Ref / Area for improvement / Progress update columns.")
    d.h(1, "Progress against HMICFRS areas for improvement")
    a1 = "The force should improve how it records the outcome of stop and search encounters."
    u1 = "New recording form introduced; compliance is 92%."
    d.table(["Ref", "Area for improvement", "Progress update"], [["AFI 3", a1, u1]])
    g = d.f(AFI, a1, ref="AFI 3", addressees=["The force"])
    d.update(g, u1)
    return d


@document
def d12_negatives():
    d = Doc("d12_negatives", "News release: HMICFRS report on fraud", 7, "Counts and narrative only: nothing to propose.")
    d.h(1, "Forces must do more to tackle fraud, says inspectorate")
    d.p("The inspectorate made 11 recommendations to forces, the Home Office and the National Police Chiefs’ Council.")
    d.p("Forces should do more to protect victims of fraud, said HM Inspector.")
    d.p("Recommendation: That the committee notes this report.")
    return d


@document
def d13_long_tracker():
    d = Doc("d13_long_tracker", "HMICFRS tracker running over pages", 5,
            "A tracker table long enough to run over a page break in the PDF; the header is not repeated.", formats=LO_FORMATS)
    d.h(1, "HMICFRS recommendations tracker – crime data integrity")
    rows = []
    topics = ["crime recording", "stop and search records", "missing people reports", "domestic abuse risk assessments",
              "custody records", "use of force records", "rape investigations", "victim updates"]
    for n, topic in enumerate(topics, start=1):
        text = (f"The force should make sure that its {topic} are complete, accurate and checked by a supervisor "
                f"within the timescales set out in its own policy, and that it audits them regularly.")
        update = f"An audit of {topic} was completed this quarter; compliance has risen and a further audit is planned."
        rows.append([str(n), text, update, "Amber"])
        g = d.f(REC, text, ref=str(n), addressees=["The force"])
        d.update(g, update)
    d.table(["No.", "Recommendation", "Force update", "RAG"], rows)
    return d


# --- Round two (issue 11 follow-up): more of the families the test part showed weak (3, 4, 5, 10, parents) ---


@document
def d14_flat_tracker():
    d = Doc("d14_flat_tracker", "Force Executive Board: HMICFRS tracker, flattened", 3,
            "A tracker table copied out of a PDF into one paragraph: numbers, recommendations, updates and RAG run on.")
    r1 = "The force should improve the quality of its crime recording so that crimes are recorded within 24 hours."
    r2 = "By 30 June 2025, the force should review how it allocates investigations to officers and staff."
    r3 = "The force should make sure that its officers understand and use the new stalking guidance."
    d.text = ("Force Executive Board 12 March 2025 Agenda item 6 HMICFRS recommendations tracker Purpose of the paper "
              "To update the Board on the force’s progress. Recommendation: That the Board notes the progress made. "
              f"No. Recommendation Force update RAG 1 {r1} A crime data audit team is in place and the audit in "
              f"January found 94% of crimes recorded on time. Green 2 {r2} The review has started and will report "
              f"to the Board in May. Amber 3 {r3} Training has been delivered to 80% of officers. Amber Next steps "
              "The Board will receive a further update in June 2025.\n")
    d.f(REC, r1, ref="1", addressees=["The force"])
    d.f(REC, r2, ref="2", due="By 30 June 2025", addressees=["the force"])
    d.f(REC, r3, ref="3", addressees=["The force"])
    return d


@document
def d15_flat_peel():
    d = Doc("d15_flat_peel", "PEEL 2023–25 Eastmoor Police, pasted as one paragraph", 3,
            "A PEEL page pasted with every line break lost: kind headings inline, a cause, a lead-in with bullets, AFIs.")
    c = "Eastmoor Police isn’t effectively managing the risk posed by people who are wanted for arrest."
    r1 = "make sure that it has a clear process to find and arrest wanted people quickly"
    r2 = "make sure that supervisors review the risk that each wanted person poses"
    a1 = "The force should improve how quickly it answers non-emergency calls."
    a2 = "The force needs to make sure that its officers record the reasons for each stop and search."
    d.text = ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of Eastmoor Police "
              "Protecting vulnerable people Cause of concern " + c + " We found that 40 per cent of wanted people "
              "had no recorded plan. Recommendations Within three months, Eastmoor Police should: • " + r1 + "; and • "
              + r2 + ". Responding to the public Areas for improvement " + a1 + " " + a2 + " Our judgments "
              "We graded the force as adequate at responding to the public.\n")
    g = d.f(COC, c)
    d.f(REC, r1, due="Within three months", addressees=["Eastmoor Police"], parent=g, family=1)
    d.f(REC, r2 + ".", due="Within three months", addressees=["Eastmoor Police"], parent=g, family=1)
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d16_heading_explanation_web():
    d = Doc("d16_heading_explanation_web", "PEEL 2023–25: Southdale Police – responding to the public", 4,
            "HMICFRS website layout: each area for improvement a heading sentence, then evidence that itself says "
            "'should'; the next finding a 'needs to' heading.", formats=LO_FORMATS)
    d.h(1, "Responding to the public")
    d.p("Southdale Police requires improvement at responding to the public.")
    d.h(2, "Areas for improvement")
    a1 = "Southdale Police should make sure it answers emergency calls within national standards"
    a2 = "The force needs to make sure that it attends calls for service within its published attendance times"
    a3 = "The force should improve how it identifies repeat and vulnerable victims when they call"
    d.h(3, a1)
    d.p("The national standard is that 90 per cent of emergency calls should be answered within 10 seconds. "
        "In the year to March 2024, the force answered 71 per cent of them in that time.")
    d.p("Call handlers told us that staff shortages meant they were often moved between roles.")
    d.h(3, a2)
    d.p("In 40 of the 120 incidents we reviewed, officers arrived later than the force’s own target. Victims "
        "should be told when officers will be delayed, but in most cases they were not.")
    d.h(3, a3)
    d.p("Call handlers did not always check the force’s systems for previous contact.")
    for a in (a1, a2, a3):
        d.f(AFI, a, addressees=[a.split(" should")[0].split(" needs to")[0]])
    d.findings[1]["addressees"] = ["The force"]
    d.findings[2]["addressees"] = ["The force"]
    d.h(2, "Innovative practice")
    d.h(3, "The force has introduced a live dashboard of emergency call demand")
    d.p("Supervisors use the dashboard to move staff to where calls are waiting.")
    return d


@document
def d17_heading_explanation_text():
    d = Doc("d17_heading_explanation_text", "PEEL 2023–25: Westvale Constabulary (web text)", 4,
            "The website layout as stored text: headings and explanations one a line, no markup.")
    a1 = "Westvale Constabulary should improve the quality of its investigations into domestic abuse"
    a2 = "The constabulary needs to make sure that victims of crime receive the service set out in the Victims’ Code"
    d.text = ("Investigating crime\n"
              "Westvale Constabulary is adequate at investigating crime.\n"
              "Areas for improvement\n" + a1 + "\n"
              "We reviewed 60 domestic abuse investigations. In 18 of them, evidence that should have been gathered at "
              "the scene was not, and supervisors had not noticed this.\n"
              "Officers told us that they had not received training on evidence-led prosecutions.\n" + a2 + "\n"
              "The constabulary didn’t always complete a needs assessment for victims, and it didn’t always tell "
              "victims when their case was closed.\n"
              "Promising practice\n"
              "The constabulary works with a charity to support victims of stalking\n"
              "Victims are referred to the charity when a report is made.\n")
    d.f(AFI, a1, addressees=["Westvale Constabulary"])
    d.f(AFI, a2, addressees=["The constabulary"])
    return d


@document
def d18_tracker_word_columns():
    d = Doc("d18_tracker_word_columns", "Audit committee: progress against HMICFRS recommendations", 5,
            "A tracker with more columns (Ref, HMICFRS recommendation, Lead, Target date, Progress to date, RAG "
            "status); one recommendation wrapped on to a second row with no ref.", formats=LO_FORMATS)
    d.raw("<style>@page { size: A4 landscape !important }</style>")  # trackers are printed landscape
    d.h(1, "Progress against HMICFRS recommendations")
    d.p("This appendix sets out the force’s progress against the recommendations of HMICFRS’s inspection of vetting.")
    r1 = "By 31 October 2024, the force should make sure that all its officers and staff have the right level of vetting."
    r2a = "The force should make sure that it records the rationale for every vetting decision"
    r2b = "where it grants clearance despite adverse information."
    r3 = "The force should improve its monitoring of the use of its IT systems to identify misuse."
    u1 = "All but 12 officers now hold the right level of vetting; the remaining cases are being processed."
    u2 = "A new decision template was introduced in May."
    u3 = "Software has been procured and will be live in the autumn."
    d.table(["Ref", "HMICFRS recommendation", "Lead", "Target date", "Progress to date", "RAG status"], [
        ["R1", r1, "Head of Professional Standards", "31/10/2024", u1, "Amber"],
        ["R2", r2a, "Vetting manager", "31/12/2024", u2, "Green"],
        ["", r2b, "", "", "", ""],
        ["R3", r3, "Head of ICT", "31/03/2025", u3, "Amber"],
    ])
    g1 = d.f(REC, r1, ref="R1", due="By 31 October 2024", addressees=["the force"])
    g2 = d.f(REC, r2a + " " + r2b, ref="R2", addressees=["The force"])
    d.printed[g2] = [r2a, r2b]
    g3 = d.f(REC, r3, ref="R3", addressees=["The force"])
    for g, u in ((g1, u1), (g2, u2), (g3, u3)):
        d.update(g, u)
    return d


@document
def d19_afi_progress_over_pages():
    d = Doc("d19_afi_progress_over_pages", "Areas for improvement: update on progress", 5,
            "An AFI table with 'AFI No.' and 'Update on progress' headers, long enough to cross a page, its header "
            "repeated on the next page.", formats=LO_FORMATS)
    d.h(1, "HMICFRS areas for improvement – update on progress")
    rows = []
    subjects = [("answers non-emergency calls", "A new telephony system was installed in March."),
                ("records the ethnicity of people it stops and searches", "Recording is now mandatory in the app."),
                ("supervises the investigations of its neighbourhood teams", "Sergeants now review each case weekly."),
                ("shares information about vulnerable children with its partners", "A joint triage desk opened in June."),
                ("manages the welfare of its call handlers", "A wellbeing lead has been appointed for the control room."),
                ("uses the data it holds to understand demand", "A demand analyst post has been created."),
                ("tells victims about the outcome of their case", "Outcome letters are now sent automatically."),
                ("reviews its use of out-of-court disposals", "A scrutiny panel now meets every quarter.")]
    for n, (what, update) in enumerate(subjects, start=1):
        text = (f"The force should improve the way it {what}, so that it can show that the service it gives is "
                f"consistent across the force area and meets the standard set by national guidance.")
        rows.append([f"AFI {n}", text, update, "Green" if n % 2 else "Amber"])
        g = d.f(AFI, text, ref=f"AFI {n}", addressees=["The force"])
        d.update(g, update)
    d.raw("<table><thead><tr><th><p>AFI No.</p></th><th><p>Area for improvement</p></th><th><p>Update on progress</p>"
          "</th><th><p>Status</p></th></tr></thead><tbody>"
          + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    return d


@document
def d20_page_break_footnote():
    d = Doc("d20_page_break_footnote", "Inspection of child protection: Northvale Police", 10,
            "Numbered recommendations; one crosses a page break with a footnote digit inside it, a running header "
            "and a page number between its halves.", formats=("pdf", "html", "docx"))
    d.h(1, "An inspection of child protection arrangements in Northvale Police")
    for _ in range(9):
        d.p("We looked at how the force responds to children at risk of harm, how it works with its partners, and "
            "how well its officers understand the needs of the children they meet in the course of their work.")
    d.h(2, "Recommendations")
    r1 = ("Within six months, the force should make sure that officers who attend domestic abuse incidents where "
          "children live record the views and experiences of those children, in line with national guidance, and "
          "that supervisors check that they have done so.")
    r2 = "Within six months, the force should review the training it gives to officers on child criminal exploitation."
    d.raw("<ol><li>Within six months, the force should make sure that officers who attend domestic abuse incidents where "
          "children live record the views and experiences of those children, in line with national guidance,<sup>14</sup> "
          "and that supervisors check that they have done so.</li><li>" + r2 + "</li></ol>")
    d.f(REC, r1, due="Within six months", addressees=["the force"])
    d.f(REC, r2, due="Within six months", addressees=["the force"])
    return d


@document
def d21_causes_then_recommendations():
    d = Doc("d21_causes_then_recommendations", "PEEL 2023–25: Highmoor Police – causes of concern", 6,
            "Two causes of concern, each followed by narrative and its own recommendations; then areas for "
            "improvement that are nobody's children.", formats=LO_FORMATS)
    d.h(1, "PEEL 2023–25: Highmoor Police")
    d.h(2, "Causes of concern")
    c1 = "Highmoor Police doesn’t respond to calls for service quickly enough."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.p("The force attended 52 per cent of emergency calls within its target time. We found victims waiting many hours.")
    d.lead("Within three months, the force should:", [
        "review its response model so that it has enough officers available at times of peak demand",
        "make sure that supervisors in the control room monitor the calls that are waiting",
    ], due="Within three months", addressees=["the force"], parent=g1)
    c2 = "The force isn’t doing enough to safeguard children who go missing from home."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.p("We reviewed 20 missing child reports; in 9 the risk was graded too low.")
    d.lead("To address this cause of concern, we recommend that within six months the force should:", [
        "make sure that its officers assess the risk to each missing child accurately",
        "work with its partners to debrief children when they return",
    ], due="within six months", addressees=["the force"], parent=g2, family=1)
    d.h(2, "Areas for improvement")
    a = "The force should improve how it records the outcome of its investigations."
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def d22_cause_prose_letter():
    d = Doc("d22_cause_prose_letter", "Letter: causes of concern, Coastshire Fire and Rescue Service", 6,
            "A letter announcing two causes in prose, each with its own dated recommendations.")
    d.h(1, "Coastshire Fire and Rescue Service: revisit letter")
    d.p("Dear Chief Fire Officer,")
    d.p("During our inspection in 2023 we identified two causes of concern. We sent you the causes of concern and "
        "made recommendations as follows:")
    c1 = "The service doesn’t have an effective system to make sure that its firefighters are competent in their role."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("By 31 January 2024, the service should:", [
        "make sure that it records the training each firefighter has completed",
        "make sure that its managers review competence records regularly",
    ], due="By 31 January 2024", addressees=["the service"], parent=g1)
    c2 = "The service isn’t doing enough to promote its values and culture."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("By 30 April 2024, the service should:", [
        "make sure that its senior leaders act as role models",
        "put in place a way for staff to raise concerns confidentially",
    ], due="By 30 April 2024", addressees=["the service"], parent=g2)
    d.p("We have now revisited the service to assess its progress. We found that the service has made good progress.")
    d.p("Yours sincerely,")
    return d


@document
def d23_footnote_over_page():
    d = Doc("d23_footnote_over_page", "Inspection of the response to stalking: Marshfield Police", 10,
            "Bulleted areas for improvement; one crosses a page break with a footnote call inside it and its note "
            "printed at the foot of the page, above the page number.", formats=("pdf",))
    d.raw("<style>::footnote-call { vertical-align: super; font-size: 6pt } .fn { font-size: 7pt }</style>")
    d.h(1, "An inspection of the response to stalking in Marshfield Police")
    for _ in range(9):
        d.p("We examined case files, spoke to victims and their advocates, and interviewed officers, staff and "
            "partner agencies about how stalking reports are recognised, recorded and investigated by the force.")
    d.h(2, "Areas for improvement")
    a1 = ("The force should make sure that stalking protection orders are considered in every case where the "
          "legal test is met, and that the decision and its reasons are recorded on the crime report by the "
          "investigating officer.")
    a2 = "The force should improve the support it gives to victims of stalking while their case is investigated."
    d.raw("<ul><li>The force should make sure that stalking protection orders are considered in every case where the "
          "legal test is met,<span style=\"float: footnote\" class=\"fn\">Stalking Protection Act 2019, section 1.</span> and that "
          "the decision and its reasons are recorded on the crime report by the investigating officer.</li>"
          f"<li>{a2}</li></ul>")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d24_heading_explanation_pdf():
    d = Doc("d24_heading_explanation_pdf", "PEEL 2023–25: Kingsmere Police – investigating crime", 4,
            "Areas for improvement as bold headings in body-size type, some long enough to wrap, each followed "
            "by explanation paragraphs.")
    d.h(1, "Investigating crime")
    d.h(2, "Areas for improvement")
    a1 = ("Kingsmere Police should make sure that investigations are allocated to officers with the right skills "
          "and experience for the crime being investigated")
    a2 = "The force needs to improve how it uses outcome 16 when a victim does not support a prosecution"
    d.raw(f"<p><strong>{a1}</strong></p>")
    d.p("We found that complex investigations, including some rape investigations, were allocated to student "
        "officers without supervision. The force told us it is reviewing its allocation policy.")
    d.raw(f"<p><strong>{a2}</strong></p>")
    d.p("In 14 of the 30 cases we reviewed, the victim’s decision was not recorded. Officers should record why "
        "the victim withdrew their support.")
    d.f(AFI, a1, addressees=["Kingsmere Police"])
    d.f(AFI, a2, addressees=["The force"])
    d.h(2, "Innovative practice")
    d.p("The force has a dedicated team that reviews every withdrawn domestic abuse case.")
    return d


@document
def d25_tracker_row_over_page():
    d = Doc("d25_tracker_row_over_page", "HMICFRS recommendations tracker – custody", 5,
            "A tracker whose last row on the page carries over the page break (the row split in two, the header "
            "not repeated), with the running header and page number between.", formats=LO_FORMATS)
    d.h(1, "HMICFRS recommendations tracker – custody")
    for _ in range(5):
        d.p("This tracker records the force’s progress against the recommendations of the joint inspection of "
            "police custody. Each update was provided by the custody superintendent and checked by the force’s "
            "inspection liaison officer before it was presented to the board.")
    rows = []
    for n, topic in enumerate(["the use of anti-rip clothing", "the removal of detainees’ clothing",
                               "the time detainees wait to be booked in", "the availability of appropriate adults",
                               "the recording of the use of force in custody"], start=1):
        text = (f"The force should review {topic}, making sure that each decision is justified, proportionate and "
                f"recorded on the custody record, and that custody inspectors check a sample of records every month "
                f"and report what they find to the custody governance board.")
        update = f"A review of {topic} has been completed; monthly dip samples began in April and are reported to the board."
        rows.append([str(n), text, update, "Amber"])
        g = d.f(REC, text, ref=str(n), addressees=["The force"])
        d.update(g, update)
    d.table(["No.", "Recommendation", "Force update", "RAG"], rows)
    return d


@document
def d26_cause_headings():
    d = Doc("d26_cause_headings", "Inspection of Fenland Fire and Rescue Service", 6,
            "'Cause of concern' headings, each statement followed by 'Recommendations' and a lead-in; then AFIs.", formats=LO_FORMATS)
    d.h(1, "Fenland Fire and Rescue Service: effectiveness")
    d.h(2, "Cause of concern")
    c1 = "Fenland Fire and Rescue Service doesn’t do enough to prevent fires in the homes of vulnerable people."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.p("The service carried out 40 per cent fewer safe and well visits than it planned.")
    d.h(3, "Recommendations")
    d.lead("By 31 December 2023, the service should:", [
        "make sure that it targets its safe and well visits at the people most at risk",
        "evaluate its prevention work so that it understands what works",
    ], due="By 31 December 2023", addressees=["the service"], parent=g1)
    d.h(2, "Cause of concern")
    c2 = "The service hasn’t got an effective system for managing the competence of its staff."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.h(3, "Recommendation")
    r = "By 31 March 2024, the service should put in place a system that records the training and competence of each member of staff."
    d.p(r)
    d.f(REC, r, due="By 31 March 2024", addressees=["the service"], parent=g2)
    d.h(2, "Areas for improvement")
    d.ul(["The service should make sure that its fire engines are available when they are needed."])
    d.f(AFI, "The service should make sure that its fire engines are available when they are needed.", addressees=["The service"])
    return d


@document
def d27_heading_full_stop_text():
    d = Doc("d27_heading_full_stop_text", "PEEL 2023–25: Ashbury Police – preventing crime (copied text)", 4,
            "Web text where each finding's heading kept its full stop, followed by explanation paragraphs and an "
            "evidence list.")
    a1 = "Ashbury Police should improve how it uses problem-solving to reduce anti-social behaviour."
    a2 = "The force needs to make sure its neighbourhood officers are not routinely taken away from their duties."
    d.text = ("Preventing crime and anti-social behaviour\n"
              "Areas for improvement\n" + a1 + "\n"
              "We reviewed 20 problem-solving plans. Most did not set out what the force wanted to achieve.\n"
              "We found that:\n"
              "• plans were not reviewed by a supervisor;\n"
              "• officers did not know how to close a plan; and\n"
              "• partners were not involved.\n" + a2 + "\n"
              "Neighbourhood officers told us they spent most of their shifts answering emergency calls.\n"
              "Other findings\n"
              "The force should also be commended for its work with schools.\n")
    d.f(AFI, a1, addressees=["Ashbury Police"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d28_needs_to_headings_pdf():
    d = Doc("d28_needs_to_headings_pdf", "Fire and rescue inspection: Oakdale FRS – people", 4,
            "Fire service layout: 'needs to' finding headings at body size, evidence paragraphs ending in a colon "
            "and bullets of evidence, then the next heading.", formats=LO_FORMATS)
    d.h(1, "Oakdale Fire and Rescue Service: how well it looks after its people")
    d.h(2, "Areas for improvement")
    a1 = "The service needs to make sure that all staff complete their mandatory training on time"
    a2 = "The service should assure itself that its staff understand how to raise concerns"
    d.h(4, a1)
    d.p("The service’s records show that:")
    d.ul(["a third of firefighters were overdue for their breathing apparatus refresher",
          "managers were not told when training lapsed"])
    d.p("The service told us that it plans to buy a new training records system.")
    d.h(4, a2)
    d.p("In our staff survey, 30 per cent of respondents said they would not feel confident to speak up.")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.h(2, "Innovative practice")
    d.p("The service runs a reverse-mentoring scheme for its senior leaders.")
    return d


@document
def d29_response_section():
    d = Doc("d29_response_section", "Force Management Board: HMICFRS report on neighbourhood policing", 7,
            "A board paper: its own recommendation, counts, one HMICFRS recommendation, then the force's response "
            "section whose sentences say 'must' and 'should' but are the force's own.")
    d.h(1, "Force Management Board – 3 September 2024")
    d.h(2, "Recommendation")
    d.p("That the Board is asked to note the report and approve the proposed action plan.")
    d.h(2, "Background")
    d.p("HMICFRS made 14 recommendations and identified 6 areas for improvement across the forces it inspected.")
    d.h(2, "HMICFRS recommendation")
    r = "By 31 March 2025, chief constables should make sure that neighbourhood officers are not routinely used to fill gaps in response teams."
    d.p(r)
    d.f(REC, r, due="By 31 March 2025", addressees=["chief constables"])
    d.h(2, "Force response")
    d.p("The force must continue to protect the time of its neighbourhood teams. Abstractions are now recorded.")
    d.p("Neighbourhood sergeants should be consulted before any officer is moved to a response shift.")
    d.p("The force should be able to show full compliance by the end of the year.")
    d.h(2, "Next steps")
    d.p("The Board will receive an update in six months.")
    return d


@document
def d30_causes_numbered_lists():
    d = Doc("d30_causes_numbered_lists", "PEEL 2023–25: Lowmoor Constabulary", 6,
            "A cause announced in prose with an inline lead-in, its recommendations as a numbered list under 'Our "
            "recommendations'; a second cause under its own heading with a numbered list; then AFIs.")
    d.h(1, "PEEL 2023–25: Lowmoor Constabulary")
    d.h(2, "Protecting vulnerable people")
    d.p("We have serious concerns about how the constabulary responds to children who go missing.")
    c1 = "The constabulary isn’t assessing the risk to missing children accurately."
    d.p("As a result, we have identified a cause of concern: " + c1)
    g1 = d.f(COC, c1)
    d.h(3, "Our recommendations")
    r1 = "Within three months, the constabulary should review every open missing child investigation."
    r2 = "Within six months, the constabulary should train its supervisors to review missing person risk assessments."
    d.raw(f"<ol><li>{r1}</li><li>{r2}</li></ol>")
    d.f(REC, r1, ref="1", due="Within three months", addressees=["the constabulary"], parent=g1)
    d.f(REC, r2, ref="2", due="Within six months", addressees=["the constabulary"], parent=g1)
    d.h(2, "Cause of concern")
    c2 = "The constabulary doesn’t have enough investigators to deal with serious sexual offences."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.p("There were 42 vacancies for detectives at the time of our inspection.")
    r3 = "By 31 December 2024, the constabulary should fill its detective vacancies or explain how it will manage the gap."
    d.raw(f"<ol><li>{r3}</li></ol>")
    d.f(REC, r3, ref="1", due="By 31 December 2024", addressees=["the constabulary"], parent=g2)
    d.h(2, "Areas for improvement")
    a = "The constabulary should improve the way it records the outcome of its investigations."
    d.ul([a])
    d.f(AFI, a, addressees=["The constabulary"])
    return d


@document
def d31_flat_labels():
    d = Doc("d31_flat_labels", "PEEL report pasted into an email, all on one line", 3,
            "Flattened text with labelled findings ('Recommendation 1', 'AFI 2') and a cause of concern announced "
            "inline.")
    c = "The force isn’t effectively managing the demand for its services."
    r1 = "By 30 June 2025, the force should review its demand management strategy."
    r2 = "By 30 June 2025, the force should make sure that it has enough staff in its control room."
    a1 = "The force should improve how it responds to anti-social behaviour."
    a2 = "The force should make sure that it records the ethnicity of people it stops."
    d.text = ("Hi all, please see below the findings from the PEEL report published today. We have identified a cause "
              f"of concern: {c} Recommendation 1 {r1} Recommendation 2 {r2} The report also made two areas for "
              f"improvement. AFI 1 {a1} AFI 2 {a2} I will circulate the full report separately. Thanks, Sam\n")
    g = d.f(COC, c)
    d.f(REC, r1, ref="1", due="By 30 June 2025", addressees=["the force"], parent=g)
    d.f(REC, r2, ref="2", due="By 30 June 2025", addressees=["the force"], parent=g)
    d.f(AFI, a1, ref="AFI 1", addressees=["The force"])
    d.f(AFI, a2, ref="AFI 2", addressees=["The force"])
    return d


@document
def d32_tab_separated_tracker():
    d = Doc("d32_tab_separated_tracker", "Tracker copied from a spreadsheet (tab-separated)", 5,
            "A tracker pasted as text: a header line and one line a row, cells parted by tabs.")
    r1 = "The force should make sure that victims are referred to support services within 48 hours."
    r2 = "By 31 May 2025, the force should review the way it allocates cases to its domestic abuse teams."
    u1 = "Referrals are now automatic; 96% are made within 48 hours."
    u2 = "The review is under way and will report in May."
    d.text = ("HMICFRS recommendations – progress\n"
              "No.\tRecommendation\tForce update\tRAG\n"
              f"1\t{r1}\t{u1}\tGreen\n"
              f"2\t{r2}\t{u2}\tAmber\n"
              "Next update due in July.\n")
    g1 = d.f(REC, r1, ref="1", addressees=["The force"])
    g2 = d.f(REC, r2, ref="2", due="By 31 May 2025", addressees=["the force"])
    d.update(g1, u1)
    d.update(g2, u2)
    return d


@document
def d33_cause_heading_explanation():
    d = Doc("d33_cause_heading_explanation", "PEEL 2023–25: Brookvale Police – cause of concern", 4,
            "The website layout for a cause: the cause a heading sentence, its explanation, then its "
            "recommendations as a list of 'The force should' sentences; then an AFI heading sentence.",
            formats=LO_FORMATS)
    d.h(1, "Responding to the public")
    d.h(2, "Cause of concern")
    c = "Brookvale Police isn’t answering emergency calls quickly enough"
    d.h(3, c)
    g = d.f(COC, c, family=6)
    d.p("The force answered 64 per cent of emergency calls within 10 seconds, against a national standard of 90 per cent.")
    d.p("Some callers waited more than a minute. Call handlers told us they were often the only people on duty.")
    d.h(3, "Recommendations")
    r1 = "The force should make sure that it has enough call handlers to meet demand at peak times."
    r2 = "The force should monitor how long callers wait and act when waits exceed the national standard."
    d.ul([r1, r2])
    d.f(REC, r1, addressees=["The force"], parent=g, family=6)
    d.f(REC, r2, addressees=["The force"], parent=g, family=6)
    d.h(2, "Area for improvement")
    a = "The force should improve how it identifies vulnerable callers"
    d.h(3, a)
    d.p("Call handlers did not always use the force’s risk assessment model.")
    d.f(AFI, a, addressees=["The force"])
    return d


# --- Round three (issue 11 follow-up): families 6, 7 and 3, which test2's totals showed weakest ---


@document
def d34_causes_numbered_labels():
    d = Doc("d34_causes_numbered_labels", "Fire and rescue inspection: Ridgeway FRS – causes of concern", 6,
            "A summary announcing three causes in prose; each cause printed after an inline label ('Cause of "
            "concern 1:'), a paragraph of evidence, then its recommendations as sentences of their own.",
            formats=LO_FORMATS)
    d.h(1, "Ridgeway Fire and Rescue Service: summary of our findings")
    d.p("We have identified three causes of concern. We set them out below, with the recommendations we have made "
        "to address each one. The service should give these its urgent attention.")
    c1 = "The service doesn’t have a reliable way to make sure its fire engines are available when they are needed."
    c2 = "The service isn’t carrying out enough fire safety audits of high-risk premises."
    c3 = "The service hasn’t done enough to make sure that its workplace is free from bullying and harassment."
    r1 = "By 30 September 2025, the service should put in place a plan to improve the availability of its on-call fire engines."
    r2 = "By 30 September 2025, the service should make sure that it monitors fire engine availability every day."
    r3 = "By 31 December 2025, the service should make sure that it audits every premises it has identified as high risk."
    r4 = "By 31 March 2026, the service should make sure that staff can report bullying confidentially."
    r5 = "By 31 March 2026, the service should make sure that managers deal with complaints of harassment promptly."
    d.p("Cause of concern 1: " + c1)
    g1 = d.f(COC, c1)
    d.p("On average, 38 per cent of its on-call fire engines were unavailable during the day. The service should "
        "be aware that this leaves some rural areas without cover.")
    d.p(r1)
    d.p(r2)
    d.f(REC, r1, due="By 30 September 2025", addressees=["the service"], parent=g1)
    d.f(REC, r2, due="By 30 September 2025", addressees=["the service"], parent=g1)
    d.p("Cause of concern 2: " + c2)
    g2 = d.f(COC, c2)
    d.p("The service audited 112 of the 640 premises on its risk register last year.")
    d.p(r3)
    d.f(REC, r3, due="By 31 December 2025", addressees=["the service"], parent=g2)
    d.p("Cause of concern 3: " + c3)
    g3 = d.f(COC, c3)
    d.p("A fifth of the staff who answered our survey said they had been bullied or harassed at work.")
    d.p(r4)
    d.p(r5)
    d.f(REC, r4, due="By 31 March 2026", addressees=["the service"], parent=g3)
    d.f(REC, r5, due="By 31 March 2026", addressees=["the service"], parent=g3)
    return d


@document
def d35_causes_we_recommend():
    d = Doc("d35_causes_we_recommend", "PEEL 2023–25: Fenwick Constabulary – accelerated cause of concern", 6,
            "Two causes announced in prose ('We have therefore identified a cause of concern.'), each followed by "
            "'We recommend that …' lead-ins and sentences; then areas for improvement with no parent.",
            formats=LO_FORMATS)
    d.h(1, "Fenwick Constabulary: causes of concern")
    d.p("During our inspection we found that the constabulary was not responding to emergency calls quickly enough. "
        "We have therefore identified a cause of concern.")
    c1 = "Fenwick Constabulary isn’t attending emergency incidents within its own target times."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("We recommend that, within three months, the constabulary should:", [
        "review how it deploys its response officers at times of high demand",
        "make sure that control room supervisors escalate incidents that are waiting",
        "report its attendance times to its chief officer group every month",
    ], due="within three months", addressees=["the constabulary"], parent=g1)
    d.p("We also found that the constabulary had not done enough to protect victims of domestic abuse. We have "
        "identified a second cause of concern.")
    c2 = "The constabulary doesn’t always assess the risk to victims of domestic abuse accurately."
    d.p(c2)
    g2 = d.f(COC, c2)
    r1 = "We recommend that within six months the constabulary should make sure that every domestic abuse risk assessment is reviewed by a supervisor."
    r2 = "We recommend that within six months the constabulary should train its call handlers to identify repeat victims."
    d.p(r1)
    d.p(r2)
    d.f(REC, r1, due="within six months", addressees=["the constabulary"], parent=g2)
    d.f(REC, r2, due="within six months", addressees=["the constabulary"], parent=g2)
    d.h(2, "Areas for improvement")
    a1 = "The constabulary should improve how it records the ethnicity of victims."
    a2 = "The constabulary should make sure that it shares information with children’s services promptly."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The constabulary"])
    d.f(AFI, a2, addressees=["The constabulary"])
    return d


@document
def d36_causes_text_letter():
    d = Doc("d36_causes_text_letter", "Letter to the chief constable: two causes of concern (text export)", 6,
            "A plain-text letter: two causes announced in prose ('The first cause of concern we identified is:'), "
            "each cause on its own line and its recommendations as hyphen bullets under a dated lead-in.")
    c1 = "Dunmore Police isn’t managing the risk posed by registered sex offenders well enough."
    c2 = "Dunmore Police doesn’t make sure that vulnerable people in custody are kept safe."
    d.text = ("Dear Chief Constable,\n"
              "Following our inspection of Dunmore Police, I am writing to tell you that we have identified two "
              "causes of concern.\n"
              "The first cause of concern we identified is:\n"
              f"{c1}\n"
              "By 31 October 2025, the force should:\n"
              "- make sure that every registered sex offender has an up-to-date risk assessment;\n"
              "- make sure that it has enough offender managers to manage its caseload; and\n"
              "- review how it manages offenders who are wanted for breaching their notification requirements.\n"
              "The second cause of concern we identified is:\n"
              f"{c2}\n"
              "By 31 December 2025, the force should:\n"
              "- make sure that detainees are checked at the intervals set out in their care plans; and\n"
              "- make sure that custody staff have completed training in first aid.\n"
              "We will revisit the force to check its progress. I am copying this letter to the police and crime "
              "commissioner.\n"
              "Yours sincerely,\n"
              "HM Inspector of Constabulary\n")
    g1 = d.f(COC, c1)
    for r in ["make sure that every registered sex offender has an up-to-date risk assessment",
              "make sure that it has enough offender managers to manage its caseload",
              "review how it manages offenders who are wanted for breaching their notification requirements."]:
        d.f(REC, r, due="By 31 October 2025", addressees=["the force"], parent=g1, family=6)
    g2 = d.f(COC, c2)
    for r in ["make sure that detainees are checked at the intervals set out in their care plans",
              "make sure that custody staff have completed training in first aid."]:
        d.f(REC, r, due="By 31 December 2025", addressees=["the force"], parent=g2, family=6)
    return d


@document
def d37_committee_paper_numbered():
    d = Doc("d37_committee_paper_numbered", "Joint Audit Committee: HMICFRS inspection update", 7,
            "A committee paper: numbered 'That the Committee …' recommendations, counts of recommendations and "
            "areas for improvement, the force's own actions worded with 'should', and one quoted HMICFRS area "
            "for improvement.", formats=LO_FORMATS)
    d.h(1, "Joint Audit Committee – 17 June 2025")
    d.h(2, "HMICFRS inspection update")
    d.h(3, "1. Recommendations")
    d.p("1.1 That the Committee notes the contents of this report.")
    d.p("1.2 That the Committee notes the progress made against the areas for improvement.")
    d.h(3, "2. Summary")
    d.p("2.1 The PEEL report published in March 2025 contained 9 areas for improvement and no causes of concern. "
        "Since then, 4 areas for improvement have been closed.")
    d.p("2.2 The national thematic inspection of vetting made 43 recommendations, of which 12 were for chief constables.")
    d.h(3, "3. Area for improvement still open")
    a = "The force should improve how it supervises the investigation of domestic abuse crimes."
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    d.p("3.1 The force’s response: a new supervision checklist has been introduced. Supervisors should complete it "
        "within seven days of a crime being allocated.")
    d.p("3.2 The force must also make sure that the checklist is audited. It is recommended that the audit is "
        "reported to the Committee in December.")
    d.h(3, "4. Financial implications")
    d.p("4.1 There are no financial implications arising from this report.")
    return d


@document
def d38_minutes_text():
    d = Doc("d38_minutes_text", "Police and Crime Panel minutes (text)", 7,
            "Meeting minutes: 'RESOLVED: That the report be noted', counts, members' questions and the force's "
            "answers worded as recommendations, and no finding at all.")
    d.text = ("Police and Crime Panel\n"
              "Minutes of the meeting held on 9 July 2025\n"
              "Item 5: HMICFRS PEEL inspection\n"
              "The Chief Constable presented the report. HMICFRS had made 3 recommendations and 11 areas for "
              "improvement, and graded the force good in four areas.\n"
              "A member asked whether the force should have acted sooner on the cause of concern about call handling.\n"
              "The Chief Constable said that the force should be in a position to close all three recommendations "
              "by the end of the year.\n"
              "Recommendation: That the Panel notes the report and receives a further update in January.\n"
              "RESOLVED: That the report be noted.\n"
              "22 recommendations were made across the three inspections considered at the meeting.\n"
              "Item 6: Any other business\n"
              "None.\n")
    return d


@document
def d39_flat_causes():
    d = Doc("d39_flat_causes", "Revisit letter pasted as one paragraph", 3,
            "Flattened text: two causes announced in prose, each with its dated recommendations run on, then an "
            "area for improvement.")
    c1 = "The service doesn’t have enough trained fire safety inspectors."
    c2 = "The service isn’t making sure that risk information is available to crews at incidents."
    r1 = "By 31 May 2025, the service should recruit and train enough fire safety inspectors to deliver its audit programme."
    r2 = "By 31 May 2025, the service should update the risk information held on its fire engines."
    r3 = "By 31 May 2025, the service should make sure that crews can use the mobile data terminals."
    a = "The service should improve how it evaluates its prevention activity."
    d.text = ("Dear Chief Fire Officer, In our 2024 inspection we identified two causes of concern. The first cause "
              f"of concern was: {c1} We recommended: {r1} The second cause of concern was: {c2} We recommended: "
              f"{r2} {r3} We also identified an area for improvement: {a} We have now revisited the service and "
              "found that it has made good progress. Yours sincerely, HM Inspector of Fire and Rescue Services\n")
    g1 = d.f(COC, c1)
    d.f(REC, r1, due="By 31 May 2025", addressees=["the service"], parent=g1)
    g2 = d.f(COC, c2)
    d.f(REC, r2, due="By 31 May 2025", addressees=["the service"], parent=g2)
    d.f(REC, r3, due="By 31 May 2025", addressees=["the service"], parent=g2)
    d.f(AFI, a, addressees=["The service"])
    return d


@document
def d40_flat_committee_counts():
    d = Doc("d40_flat_committee_counts", "Board report flattened: counts, own recommendation, quoted findings", 3,
            "A board report pasted as one paragraph: numbered paragraphs, counts, its own recommendation, two "
            "quoted recommendations with their numbers, and the force's response.")
    r1 = "By 1 April 2026, forces should make sure that all officers have completed the new vetting training."
    r2 = "By 1 April 2026, forces should review the vetting status of every officer in a sensitive post."
    d.text = ("Strategic Policing Board 2 October 2025 1. Purpose 1.1 To update the Board on the HMICFRS vetting "
              "inspection. 2. Recommendation 2.1 That the Board notes the report. 3. Background 3.1 HMICFRS made "
              f"22 recommendations, 2 of which apply to this force. Recommendation 4 {r1} Recommendation 9 {r2} "
              "4. Force response 4.1 The force should complete the training by January. 4.2 A review of sensitive "
              "posts has started.\n")
    d.f(REC, r1, ref="4", due="By 1 April 2026", addressees=["forces"])
    d.f(REC, r2, ref="9", due="By 1 April 2026", addressees=["forces"])
    return d


@document
def d41_committee_asked_to_note():
    d = Doc("d41_committee_asked_to_note", "Police and Crime Commissioner's Accountability Board paper", 7,
            "A board paper whose own recommendations are worded 'Members are asked to …', 'It is recommended "
            "that the Board: • notes …', statuses of past recommendations, a journalist's paraphrase, and one "
            "quoted recommendation in quotation marks.", formats=LO_FORMATS)
    d.h(1, "Accountability Board – 21 May 2025")
    d.h(2, "Recommendations")
    d.p("Members are asked to note the findings of the HMICFRS inspection and the force’s response.")
    d.p("It is recommended that the Board:")
    d.ul(["notes the contents of this report;", "agrees to receive a further update in November."])
    d.h(2, "Progress on earlier recommendations")
    d.p("Recommendation 3 of the 2023 report has been closed. Recommendations 5 to 8 have been discharged.")
    d.p("Of the 16 areas for improvement, 10 are now complete and 6 remain open.")
    d.h(2, "The new report")
    d.p("The national press reported that forces should do much more to tackle shoplifting.")
    d.p("The report contains one recommendation for this force:")
    r = "By 31 January 2026, the force should make sure that every report of shop theft is assessed for a proportionate investigation."
    d.p("“" + r + "”")
    d.f(REC, r, due="By 31 January 2026", addressees=["the force"])
    d.h(2, "Response of the force")
    d.p("The force accepts the recommendation. A new assessment policy should be in place by December, and "
        "officers must record their decision on every report.")
    return d


@document
def d42_flat_quoted_response():
    d = Doc("d42_flat_quoted_response", "Briefing note flattened: quoted areas for improvement and the force's response", 3,
            "A briefing note pasted as one paragraph: the areas for improvement in quotation marks, narrative "
            "sentences with 'should', and a 'Force response:' passage worded as directives.")
    a1 = "The force should improve how it records the reasons for its use of force."
    a2 = "The force should make sure that its officers understand the new guidance on strip search."
    d.text = ("Briefing note for the Chief Officer Group Subject: HMICFRS report on the use of police powers The "
              "report was published on 4 March 2025 and graded the force as adequate. Two areas for improvement "
              f"were identified for the force: “{a1}” and “{a2}” The inspectors said they should not have had to "
              "ask for some of the data. Force response: The force should have a new recording form in place by "
              "June. Training must be delivered to all response officers. Decision required: none; for "
              "information only.\n")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d43_cause_about_prose():
    d = Doc("d43_cause_about_prose", "PEEL 2023–25: Harrowfield Police – summary", 6,
            "A summary: 'We have a cause of concern about …' introduces each cause; the cause's statement "
            "follows with its recommendations under 'To address this cause of concern, the force should:'; "
            "areas for improvement listed after.", formats=LO_FORMATS)
    d.h(1, "Harrowfield Police: summary of findings")
    d.p("We have a cause of concern about how the force investigates crime.")
    c1 = "Harrowfield Police isn’t making sure that investigations are effective and completed on time."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("To address this cause of concern, within six months the force should:", [
        "make sure that investigations are supervised at set points",
        "review its approach to allocating crimes to investigators",
    ], due="within six months", addressees=["the force"], parent=g1, family=6)
    d.p("We also have a cause of concern about how the force protects vulnerable people.")
    c2 = "The force doesn’t always identify vulnerable people when they first contact it."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("To address this cause of concern, within three months the force should:", [
        "make sure that call handlers use a structured assessment of vulnerability",
        "audit a sample of calls every month to check that vulnerability is identified",
    ], due="within three months", addressees=["the force"], parent=g2, family=6)
    d.h(2, "Areas for improvement")
    a = "The force should improve how it supports its officers’ wellbeing."
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    return d


# --- Round four: families 6, 7, 4, 5 and the LibreOffice PDF layout, in wording of their own ---


@document
def d44_cause_letter_wrote_to():
    d = Doc("d44_cause_letter_wrote_to", "Kestrel Fire and Rescue Service: revisit report", 6,
            "Causes announced in prose ('We wrote to the service … setting out the cause of concern and our "
            "recommendations, which were:'), each cause a paragraph, then a dated or named lead-in with items; "
            "narrative after the items.", formats=LO_FORMATS)
    d.h(1, "Kestrel Fire and Rescue Service: revisit of causes of concern")
    d.h(2, "Background")
    d.p("In our 2024 inspection we found a serious weakness in the way the service protects the public through "
        "its fire safety work. We wrote to the chief fire officer on 3 June 2024 setting out the cause of concern "
        "and our recommendations, which were:")
    c1 = "Kestrel Fire and Rescue Service hasn’t got an effective risk-based inspection programme for high-rise residential buildings."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("By 30 November 2024, the service should:", [
        "identify every high-rise residential building in its area and record the risk each presents",
        "make sure that each of these buildings is inspected by a competent inspector",
        "give crews the risk information they need when they attend an incident at one of them",
    ], due="By 30 November 2024", addressees=["the service"], parent=g1, family=6)
    d.p("Since then the service has recruited four fire safety inspectors and completed 60 per cent of its audits.")
    d.h(2, "A second area of concern")
    d.p("We also found an area of concern about the culture of the service. The cause of concern and the "
        "recommendations we made were as follows:")
    c2 = "The service doesn’t do enough to make sure that staff feel able to challenge inappropriate behaviour."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("Within three months, Kestrel Fire and Rescue Service should:", [
        "put in place a confidential way for staff to raise concerns",
        "make sure that senior managers act on the concerns raised and tell staff what they have done",
    ], due="Within three months", addressees=["Kestrel Fire and Rescue Service"], parent=g2, family=6)
    d.p("We will return to check the service’s progress against these recommendations in the spring.")
    return d


@document
def d45_cause_text_numbered():
    d = Doc("d45_cause_text_numbered", "Inspection letter as text: cause of concern with numbered recommendations", 6,
            "A plain-text letter: a cause announced in prose, its statement on a line of its own, 'By <date>, the "
            "force should:' and numbered items ('1.', '2.'), then an area for improvement with no parent.")
    c = "Carrick Police does not have enough capacity in its public protection teams to safeguard children at risk of exploitation."
    i1 = "review the demand on its child exploitation teams and make sure it has enough trained staff to meet it"
    i2 = "make sure that every child identified as at risk has a named lead officer"
    i3 = "introduce regular audits of the quality of its safeguarding plans."
    a = "The force should improve the way it records the ethnicity of the children it comes into contact with."
    d.text = ("HM Inspectorate of Constabulary and Fire & Rescue Services\n"
              "14 August 2025\n"
              "Dear Chief Constable\n"
              "Inspection of Carrick Police: cause of concern\n"
              "During our fieldwork in July we found that the force was not doing enough to protect children at risk "
              "of exploitation, and we told your deputy chief constable about this at the time. I am now writing to "
              "confirm the cause of concern we identified, and the recommendations we have made, which are set out "
              "below.\n"
              f"{c}\n"
              "By 28 February 2026, the force should:\n"
              f"1. {i1};\n"
              f"2. {i2}; and\n"
              f"3. {i3}\n"
              "In addition, we identified one area for improvement.\n"
              f"{a}\n"
              "I would be grateful for your response by 30 September 2025.\n"
              "Yours sincerely\n"
              "HM Inspector of Constabulary\n")
    g = d.f(COC, c)
    for item in (i1, i2, i3):
        d.f(REC, item, due="By 28 February 2026", addressees=["the force"], parent=g, family=6)
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def d46_cause_we_recommend_that_the_force():
    d = Doc("d46_cause_we_recommend_that_the_force", "Tarnside Constabulary: accelerated cause of concern", 6,
            "A cause announced in prose ('We therefore sent the force the following cause of concern:'), then "
            "'To address this cause of concern, we recommend that, by 31 March 2026, the constabulary:' with items "
            "worded in the third person.", formats=LO_FORMATS)
    d.h(1, "Accelerated cause of concern: Tarnside Constabulary")
    d.p("Our inspection found that victims of rape and serious sexual offences were waiting too long for their "
        "cases to be investigated. We therefore sent the constabulary the following cause of concern:")
    c = "Tarnside Constabulary isn’t investigating rape and serious sexual offences quickly and effectively."
    d.p(c)
    g = d.f(COC, c)
    d.lead("To address this cause of concern, we recommend that, by 31 March 2026, the constabulary:", [
        "allocates every rape investigation to a trained investigator within 48 hours",
        "reviews the caseloads of its specialist investigators every month",
        "makes sure that victims are updated at least every 28 days",
    ], due="by 31 March 2026", addressees=["the constabulary"], parent=g, family=6)
    d.h(2, "Other findings")
    d.p("The constabulary has a good understanding of the demand it faces.")
    return d


@document
def d47_panel_paper_counts_table():
    d = Doc("d47_panel_paper_counts_table", "Police, Fire and Crime Panel: HMICFRS inspection activity", 7,
            "A panel paper: 'RECOMMENDATION: That Members note the report.', a table of counts with a "
            "'Recommendations' column of numbers, count sentences, the force's update worded as directives, and "
            "one quoted area for improvement.", formats=LO_FORMATS)
    d.h(1, "Police, Fire and Crime Panel – 11 September 2025")
    d.h(2, "HMICFRS inspection activity")
    d.p("RECOMMENDATION: That Members note the report.")
    d.h(3, "Summary of inspection outcomes")
    d.table(["Inspection", "Recommendations", "Areas for improvement", "Open"],
            [["PEEL 2023–25", "2", "9", "5"], ["Vetting and misconduct", "43", "0", "12"],
             ["Activism and impartiality", "22", "0", "3"]])
    d.p("22 recommendations were made in the thematic report on activism and impartiality; 3 of them remain open.")
    d.p("Across all inspections, 67 recommendations and 9 areas for improvement have been made since 2023.")
    d.h(3, "New area for improvement")
    d.p("The PEEL revisit gave the force one new area for improvement:")
    a = "The force should improve how it analyses the use of stop and search to check that it is used fairly."
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    d.h(3, "Update from the force")
    d.p("The force should be in a position to report on this to the Panel in March. Its scrutiny board must approve "
        "the new analysis first. The force recommends that the Panel receives an annual report on stop and search.")
    return d


@document
def d48_scrutiny_report_text():
    d = Doc("d48_scrutiny_report_text", "Scrutiny report as text: recommendations, responses and updates", 7,
            "A text scrutiny report: its own numbered 'Recommendation 1 – That the committee …', counts, quoted "
            "recommendations with 'Force response:' and 'Update (June 2025):' paragraphs worded as directives.")
    r1 = "By 30 June 2025, all forces should make sure that officers who use a spit and bite guard record why they used it."
    r2 = "Chief constables should make sure that taser use is reviewed by a supervisor within seven days."
    d.text = ("Police Accountability and Scrutiny Committee\n"
              "Report of the Chief Executive\n"
              "Recommendation 1 – That the committee note the content of this report.\n"
              "Recommendation 2 – That the committee agree to receive a further update in six months.\n"
              "Background\n"
              "The HMICFRS thematic inspection of the use of force made 14 recommendations in total, of which 2 "
              "are for chief constables.\n"
              "The report's recommendations\n"
              f"{r1}\n"
              "Force response: Accepted. The force should complete this by the deadline. Officers must record the "
              "reason on the use of force form.\n"
              "Update (June 2025): The new form is live. Supervisors should check every form within a week.\n"
              f"{r2}\n"
              "Force response: Accepted in part. The force needs to recruit two more reviewers first.\n"
              "Update (June 2025): Reviewers are in post; 87 per cent of uses were reviewed in time.\n"
              "Financial implications\n"
              "None.\n")
    d.f(REC, r1, due="By 30 June 2025", addressees=["all forces"])
    d.f(REC, r2, addressees=["Chief constables"])
    return d


@document
def d49_needs_to_headings_web():
    d = Doc("d49_needs_to_headings_web", "PEEL 2023–25: Corvale Police – responding to the public", 4,
            "Web layout: each area for improvement a heading ('should', 'needs to', 'must'), then paragraphs of "
            "evidence that themselves contain 'should' and 'needs to'; an innovative practice heading after.",
            formats=LO_FORMATS)
    d.h(1, "PEEL 2023–25: Corvale Police")
    d.h(2, "Responding to the public")
    d.h(3, "Areas for improvement")
    a1 = "Corvale Police should answer non-emergency calls more quickly"
    a2 = "The force needs to make sure it gives callers accurate advice about preserving evidence"
    a3 = "The force must improve how it records the vulnerability of callers"
    d.h(4, a1)
    d.p("In the year ending March 2025, the average time to answer a 101 call was 14 minutes. One in five callers "
        "abandoned the call before it was answered.")
    d.p("The force told us that call handlers should be able to answer calls faster once a new system is installed.")
    d.f(AFI, a1, addressees=["Corvale Police"])
    d.h(4, a2)
    d.p("In 9 of the 40 calls we listened to, the caller was not told how to preserve evidence. The training team told "
        "us that every call handler needs to be retrained.")
    d.f(AFI, a2, addressees=["The force"])
    d.h(4, a3)
    d.p("Call handlers didn’t always record whether the caller was vulnerable. Supervisors should check this, but "
        "the audits we saw were not completed.")
    d.f(AFI, a3, addressees=["The force"])
    d.h(3, "Innovative practice")
    d.h(4, "The force uses text messages to update callers")
    d.p("Callers get a text message with a reference number and an expected time of attendance.")
    return d


@document
def d50_headings_text_export():
    d = Doc("d50_headings_text_export", "Fire inspection web page as text: findings as headings", 4,
            "Text copied from a web page: each area for improvement a line of its own (no full stop), then lines "
            "of explanation; 'needs to' and 'should'; the section's next heading ends the list.")
    a1 = "The service should make sure its prevention work is focused on the people most at risk"
    a2 = "The service needs to evaluate its safe and well visits to understand what works"
    a3 = "Whitcombe Fire and Rescue Service should improve the quality of its risk information"
    d.text = ("Whitcombe Fire and Rescue Service – effectiveness\n"
              "Preventing fires and other risks\n"
              "Areas for improvement\n"
              f"{a1}\n"
              "Only 40 per cent of the service’s home fire safety visits were to households it had identified as "
              "high risk. It should use the data it holds to target its visits.\n"
              f"{a2}\n"
              "The service has not evaluated its prevention work since 2021.\n"
              "Staff told us they would like to know whether their visits make a difference.\n"
              "Responding to fires and other emergencies\n"
              "Area for improvement\n"
              f"{a3}\n"
              "Of the 25 risk records we looked at, 11 were out of date.\n"
              "The service is good at responding to emergencies.\n")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.f(AFI, a3, addressees=["Whitcombe Fire and Rescue Service"])
    return d


@document
def d51_tracker_lopdf_long():
    d = Doc("d51_tracker_lopdf_long", "Recommendations tracker: Penmore Police", 5,
            "A tracker (No. / Recommendation / Force update / RAG) with long recommendations and updates of two "
            "sentences, refs like 'R3', running over a page; built by both PDF generators.", formats=LO_FORMATS)
    d.h(1, "Penmore Police – HMICFRS recommendations tracker (October 2025)")
    rows = []
    items = [
        ("R1", "By 31 December 2025, the force should make sure that all its frontline officers have been trained to "
               "recognise the signs of coercive and controlling behaviour.", "By 31 December 2025",
         "Training has been delivered to 1,240 officers. The remaining 160 are booked on courses in November.", "Amber"),
        ("R2", "The force should review how it allocates investigations of serious sexual offences so that each "
               "victim has a trained investigator from the start.", None,
         "A new allocation policy was approved in August. Compliance will be audited in January.", "Green"),
        ("R3", "The force should improve the way it manages the risk posed by registered sex offenders, including "
               "making sure that home visits take place at the frequency its policy requires.", None,
         "Visits overdue have fallen from 212 to 48. A further audit is planned.", "Amber"),
        ("R4", "Within six months, the force should introduce a way of monitoring how long detainees wait in custody "
               "before they are seen by a health care professional.", "Within six months",
         "A monitoring report is now produced every week. It is reviewed by the custody inspector.", "Green"),
        ("R5", "The force should make sure that information about missing children is shared with children’s social "
               "care within 24 hours of the child being found.", None,
         "The information-sharing agreement has been revised. Children’s services have signed it.", "Red"),
        ("R6", "The force should make sure that call handlers use the structured risk assessment on every call, and "
               "that supervisors check a sample of calls every week.", None,
         "Weekly dip sampling started in September. Results are reported to the control room manager.", "Amber"),
    ]
    for ref, text, due, update, rag in items:
        rows.append([ref, text, update, rag])
        g = d.f(REC, text, ref=ref, due=due, addressees=["the force" if text.startswith(("By", "Within")) else "The force"])
        d.update(g, update)
    d.table(["No.", "Recommendation", "Force update", "RAG"], rows)
    return d


@document
def d52_progress_chart_columns():
    d = Doc("d52_progress_chart_columns", "Progress chart: HMICFRS areas for improvement and recommendations", 5,
            "A chart with six columns: No. / Report / Recommendation / Lead / Force update / RAG; kinds named by "
            "the report column; updates of one sentence.", formats=LO_FORMATS)
    d.h(1, "Progress against HMICFRS findings – Q2 2025/26")
    rows = []
    items = [
        ("1", "PEEL 2023", "The force should improve how it records anti-social behaviour incidents.", "Supt Ellis",
         "A new closing code has been introduced for anti-social behaviour.", "Green"),
        ("2", "PEEL 2023", "The force should make sure its neighbourhood teams are not routinely taken away from their duties.",
         "Ch Supt Moore", "Abstraction rates are monitored at the daily management meeting.", "Amber"),
        ("3", "Custody 2024", "The force should make sure that detainees are offered a shower and a change of clothes.",
         "Ch Insp Patel", "Clothing stocks have been increased at all three suites.", "Green"),
    ]
    for ref, report, text, lead, update, rag in items:
        rows.append([ref, report, text, lead, update, rag])
        g = d.f(REC, text, ref=ref, addressees=["The force"])
        d.update(g, update)
    d.table(["No.", "Report", "Recommendation", "Lead", "Force update", "RAG"], rows)
    return d


@document
def d53_lopdf_report_pages():
    d = Doc("d53_lopdf_report_pages", "Inspection of Harwood Police’s response to domestic abuse", 1,
            "A long report built by LibreOffice and WeasyPrint: paragraphs of evidence, footnote calls, a lead-in "
            "whose items run over a page and areas for improvement in a list.", formats=LO_FORMATS)
    d.h(1, "An inspection of Harwood Police’s response to domestic abuse")
    for n in range(7):
        d.raw("<p>We reviewed 120 domestic abuse cases, interviewed officers, staff and partner agencies, and "
              f"observed briefings in each of the force’s three command areas.<sup>{n + 1}</sup> We also spoke to "
              "victims and to the independent domestic violence advisers who support them, and read the force’s "
              "own performance reports and audits of risk assessments.</p>")
    d.h(2, "Recommendations")
    items = [
        "make sure that a risk assessment is completed and reviewed by a supervisor for every domestic abuse incident",
        "improve the quality of the safety plans it agrees with high-risk victims, including the use of well-being checks",
        "make sure that officers consider an evidence-led prosecution when a victim doesn’t support a prosecution",
        "review its use of domestic violence protection notices and orders to make sure they are used whenever appropriate",
    ]
    d.lead("By 30 April 2026, Harwood Police should:", items, due="By 30 April 2026", addressees=["Harwood Police"])
    d.h(2, "Areas for improvement")
    a1 = "The force should make sure that non-fatal strangulation is recorded correctly on crime reports."
    a2 = "The force should improve how it monitors repeat victims of domestic abuse."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def d54_long_headings_pdf():
    d = Doc("d54_long_headings_pdf", "PEEL 2023–25: Oldbridge Police – protecting vulnerable people", 4,
            "Areas for improvement as long heading sentences that wrap over two lines in a PDF (one set as a bold "
            "paragraph), each followed by explanation with 'should' in it; a title long enough to wrap.",
            formats=LO_FORMATS)
    d.h(1, "PEEL 2023–25: an inspection of how well Oldbridge Police protects vulnerable people and supports victims")
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Areas for improvement")
    a1 = ("Oldbridge Police should make sure that officers who attend incidents involving vulnerable adults complete "
          "a referral to adult social care whenever one is needed")
    a2 = ("The force needs to improve the way it monitors the use of bail and released under investigation for "
          "suspects in domestic abuse cases")
    a3 = "The force should make sure that missing person reports are reviewed by a trained supervisor within an hour"
    d.h(4, a1)
    d.p("In 11 of the 30 cases we reviewed, no referral was made. Officers told us they weren’t sure when a referral "
        "should be made.")
    d.f(AFI, a1, addressees=["Oldbridge Police"])
    d.h(4, a2)
    d.p("The force couldn’t tell us how many suspects in domestic abuse cases were on bail. It should have this data, "
        "and its own policy says so.")
    d.p("Victims told us they often didn’t know whether the suspect had conditions.")
    d.f(AFI, a2, addressees=["The force"])
    d.raw(f"<p><strong>{a3}</strong></p>")
    d.p("Reviews took an average of three hours. The force’s policy says they must take place within one hour.")
    d.f(AFI, a3, addressees=["The force"])
    d.h(3, "Innovative practice")
    d.h(4, "The force has a dedicated team that reviews the cases of high-risk victims every day")
    d.p("The team meets each morning to review every case graded high risk the previous day.")
    return d


@document
def d55_committee_recommended_to():
    d = Doc("d55_committee_recommended_to", "Joint Independent Audit Committee: inspection activity report", 7,
            "A committee report whose own recommendations are worded 'The Committee is recommended to note …', "
            "'It is recommended that the Commissioner notes …', with counts ('The report contains 12 "
            "recommendations, 3 of which …'), a 'Management response:' and 'PCC comment:' worded as directives, "
            "'should be commended', and two real findings.", formats=LO_FORMATS)
    d.h(1, "Joint Independent Audit Committee – 26 November 2025")
    d.h(2, "HMICFRS inspection activity")
    d.h(3, "Recommendations")
    d.p("The Committee is recommended to note the inspection activity set out in this report.")
    d.p("It is recommended that the Commissioner notes the force’s progress against the recommendations.")
    d.h(3, "Inspections published this quarter")
    d.p("The report on the police response to violence against women and girls contains 12 recommendations, 3 of "
        "which are directed at chief constables. There were 7 areas for improvement in the force’s own PEEL report.")
    d.p("The inspectorate said that the force should be commended for its work with schools.")
    d.h(3, "Findings for the force")
    r = "By 31 May 2026, chief constables should make sure that their forces have a plan to tackle violence against women and girls in public spaces."
    a = "The force should improve how it uses ancillary orders to protect victims of domestic abuse."
    d.p("The national report makes this recommendation:")
    d.p(r)
    d.f(REC, r, due="By 31 May 2026", addressees=["chief constables"])
    d.p("Management response: Accepted. The force should have its plan approved by March, and each district must "
        "appoint a lead.")
    d.p("The PEEL report gave the force this area for improvement:")
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    d.p("PCC comment: The Commissioner welcomes the report. The force needs to show the Committee its progress in "
        "the spring.")
    d.h(3, "Risks")
    d.p("There are no new risks arising from this report.")
    return d


@document
def d56_minutes_resolved_text():
    d = Doc("d56_minutes_resolved_text", "Police and Crime Panel minutes with resolutions and actions (text)", 7,
            "Minutes as text: 'It was RESOLVED that …', 'The Panel noted that 14 recommendations had been made', "
            "the Chief Constable's words with 'must', 'ACTION:' lines, 'Members were recommended to note …'; no "
            "finding at all.")
    d.text = ("Marchfield Police and Crime Panel\n"
              "Minutes of the meeting held on 4 December 2025\n"
              "7. HMICFRS inspection of the force’s response to serious violence\n"
              "Members were recommended to note the report of the Chief Executive.\n"
              "The Panel noted that 14 recommendations had been made, and that the force had accepted all of them.\n"
              "The Chief Constable said that officers must be trained in the new approach by April, and that the "
              "force should see a fall in knife crime as a result.\n"
              "A member suggested that the force should publish its progress on its website.\n"
              "ACTION: The Chief Executive to circulate the force’s action plan to members.\n"
              "It was RESOLVED that the report be noted.\n"
              "8. Date of next meeting\n"
              "The next meeting will be held on 5 February 2026.\n")
    return d


@document
def d57_tracker_narrow_refs():
    d = Doc("d57_tracker_narrow_refs", "Areas for improvement tracker with long refs", 5,
            "A tracker whose ref column is narrow and its refs long ('AFI 10', 'AFI 11'), a status column with long "
            "words, and an update column wider than the recommendation.", formats=LO_FORMATS)
    d.h(1, "Tracker of HMICFRS areas for improvement – Fernhill Police")
    rows = []
    items = [
        ("AFI 10", "The force should improve its understanding of the demand on its neighbourhood teams.",
         "A demand study of neighbourhood teams was completed in September and its findings were presented to the "
         "chief officer group, which agreed to move six officers into the teams with the most demand.", "Completed"),
        ("AFI 11", "The force should make sure that it records equality data for people who are stopped and searched.",
         "The recording form now requires self-defined ethnicity before it can be submitted; compliance is 97 per "
         "cent and is reported to the scrutiny panel each quarter.", "Completed"),
        ("AFI 12", "The force should reduce the number of calls to its non-emergency number that are abandoned.",
         "Abandonment has fallen from 31 per cent to 18 per cent after the introduction of a call-back service, but "
         "remains above the target of 10 per cent.", "Ongoing"),
    ]
    for ref, text, update, status in items:
        rows.append([ref, text, update, status])
        g = d.f(AFI, text, ref=ref, addressees=["The force"])
        d.update(g, update)
    d.table(["AFI No.", "Area for improvement", "Progress to date", "Status"], rows)
    return d


@document
def d58_run_together_sections():
    d = Doc("d58_run_together_sections", "Web page text: section names, kind headings and bullets on one line", 2,
            "Stored web page text: each line a section name, a kind heading and its bullets run together ('▪' and "
            "'•'); a cause with its recommendation on one line; a singular 'Area for improvement •'.")
    c = "The force isn’t identifying repeat victims of anti-social behaviour."
    r1 = "Within three months, the force should make sure that call handlers check whether a caller has called before."
    a1 = "The force should improve how it uses problem-solving to reduce anti-social behaviour."
    a2 = "The force should make sure its community support officers have access to mobile devices."
    a3 = "The force should make sure it records hate crimes accurately."
    d.text = ("# source: https://example.invalid/peel-2025/lindholm/\n\n"
              "PEEL 2025: Lindholm Police\n"
              "Preventing crime and anti-social behaviour Cause of concern • " + c + " Recommendation • " + r1 + "\n"
              "Neighbourhood policing Areas for improvement ▪ " + a1 + " ▪ " + a2 + "\n"
              "Our judgment The force is adequate at preventing crime.\n"
              "Treatment of the public Area for improvement • " + a3 + "\n"
              "Good practice • The force runs a volunteer scheme for young people.\n")
    g = d.f(COC, c)
    d.f(REC, r1, due="Within three months", addressees=["the force"], parent=g)
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(AFI, a3, addressees=["The force"])
    return d


@document
def d59_run_together_paragraphs():
    d = Doc("d59_run_together_paragraphs", "Custody report: bullets printed inside one paragraph", 2,
            "Bullets run together inside one paragraph under a kind heading, in every format; a paragraph of "
            "narrative with a bullet character that is not a list of findings.")
    d.h(1, "Report on unannounced inspections of custody in Thornbury")
    d.h(2, "Areas for improvement")
    a1 = "The force should make sure that detainees’ property is recorded and stored securely."
    a2 = "The force should make sure that all cells are free of ligature points."
    a3 = "The force should offer detainees reading material and the chance to exercise."
    d.p(f"• {a1} • {a2} • {a3}")
    for a in (a1, a2, a3):
        d.f(AFI, a, addressees=["The force"])
    d.h(2, "About this inspection")
    d.p("We visited three suites • spoke to 24 detainees • and read 60 custody records.")
    return d


@document
def d60_flat_anaphora():
    d = Doc("d60_flat_anaphora", "Panel report flattened: findings announced by 'they are as follows:'", 3,
            "A panel report pasted as one paragraph: counts of findings in one sentence, then 'Two of these concern "
            "…, and they are as follows:' before the findings; 'The areas still open are:' before two more.")
    a1 = "The force should make sure that detainees are told how to make a complaint."
    a2 = "The force should reduce the time detainees wait to see a health care professional."
    a3 = "The force should improve how it records the use of force in custody."
    a4 = "The force should make sure that every detainee has a care plan."
    d.text = ("Police and Crime Panel 19 January 2026 Item 6 Custody inspection report Recommendation: That the "
              "Panel note the report. The inspectorate made 2 recommendations to the Home Office and identified 11 "
              "areas for improvement for the force. Two of these concern the rights of detainees, and they are as "
              f"follows: {a1} {a2} The force has closed seven of the others. The ones still open are: {a3} {a4} "
              "The Panel will receive a further report in June.\n")
    for a in (a1, a2, a3, a4):
        d.f(AFI, a, addressees=["The force"])
    return d


@document
def d61_flat_open_recommendations():
    d = Doc("d61_flat_open_recommendations", "Audit report flattened: open recommendations after a colon", 3,
            "An audit report pasted as one paragraph: the recommendations that remain open after 'Of the 6 "
            "recommendations made in 2024, these remain open:', dated and undated, then the force's comment.")
    r1 = "By 30 April 2026, the service should introduce a system to record the competence of its firefighters."
    r2 = "The service should make sure that its fire safety inspectors have the qualifications they need."
    d.text = ("Fire Authority Audit and Standards Committee 9 March 2026 Report of the Chief Fire Officer HMICFRS "
              "recommendations update 1. Purpose To update members on the recommendations made by HMICFRS. 2. "
              f"Position Of the 6 recommendations made in 2024, these remain open: {r1} {r2} The service expects "
              "to close both by the summer. Management comment: The service should have the new system in place "
              "in April.\n")
    d.f(REC, r1, due="By 30 April 2026", addressees=["the service"])
    d.f(REC, r2, addressees=["The service"])
    return d


@document
def d62_tracker_header_variants():
    d = Doc("d62_tracker_header_variants", "Recommendations tracker with other header words", 5,
            "A tracker whose header reads 'Rec no.' / 'Summary of recommendation' / 'Latest position' / 'BRAG' / "
            "'Target date', refs like '2.1', a dated recommendation and a date column.", formats=LO_FORMATS)
    d.h(1, "Tracker: HMICFRS recommendations – Sutherby Constabulary")
    rows = []
    items = [
        ("2.1", "By 31 March 2026, the constabulary should review how it manages its list of outstanding suspects.",
         "By 31 March 2026", "A review group has met twice; a new process is being tested.", "Amber", "31/03/2026"),
        ("2.2", "The constabulary should make sure it has enough detectives to investigate serious crime.", None,
         "Twelve trainee detectives started in January.", "Amber", "30/09/2026"),
        ("3.1", "The constabulary should make sure that all its officers have completed the mandatory training on vetting.",
         None, "Completion is now 99 per cent.", "Blue", "31/12/2025"),
    ]
    for ref, text, due, update, rag, date in items:
        rows.append([ref, text, update, rag, date])
        g = d.f(REC, text, ref=ref, due=due, addressees=["the constabulary" if due else "The constabulary"])
        d.update(g, update)
    d.table(["Rec no.", "Summary of recommendation", "Latest position", "BRAG", "Target date"], rows)
    return d


@document
def d63_cause_then_national_recommendations():
    d = Doc("d63_cause_then_national_recommendations", "Thematic inspection: a force's cause, then national recommendations", 6,
            "A cause of concern for one force with its lead-in recommendations, then a section of recommendations "
            "to chief constables and to the College of Policing, which are not the cause's children.",
            formats=LO_FORMATS)
    d.h(1, "An inspection of the police response to fraud in Elmstead")
    d.h(2, "Our findings about Elmstead Police")
    d.h(3, "Cause of concern")
    c = "Elmstead Police isn’t giving victims of fraud the support they need."
    d.p(c)
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.lead("Within six months, Elmstead Police should:", [
        "make sure that every victim of fraud is assessed for vulnerability",
        "refer vulnerable victims of fraud to its economic crime victim care unit",
    ], due="Within six months", addressees=["Elmstead Police"], parent=g, family=6)
    d.h(2, "Recommendations for chief constables")
    d.lead("By 30 June 2026, chief constables should:", [
        "make sure that their forces record fraud reports in line with the national standards",
        "publish the outcomes of fraud investigations each year",
    ], due="By 30 June 2026", addressees=["chief constables"], family=6)
    d.h(2, "Recommendation for the College of Policing")
    r = "By 31 December 2026, the College of Policing should publish guidance on investigating fraud against older people."
    d.p(r)
    d.f(REC, r, due="By 31 December 2026", addressees=["the College of Policing"])
    return d


@document
def d64_panel_asked_to():
    d = Doc("d64_panel_asked_to", "Police and Crime Panel: report of the Commissioner on inspection findings", 7,
            "A panel report: 'Recommendation – the Panel is asked to:' with lettered items, 'RECOMMENDED: That the "
            "report be noted.', 'The Commissioner is invited to comment …', 'Members are requested to scrutinise "
            "…', a past-tense paraphrase, and one real quoted area for improvement.", formats=LO_FORMATS)
    d.h(1, "Report of the Police and Crime Commissioner – 14 January 2026")
    d.p("Recommendation – the Panel is asked to:")
    d.raw("<ol type=\"a\"><li>note the findings of the inspection;</li><li>comment on the force’s plan to address "
          "them.</li></ol>")
    d.p("RECOMMENDED: That the report be noted.")
    d.p("The Commissioner is invited to comment on the force’s progress at the next meeting.")
    d.p("Members are requested to scrutinise the action plan at Appendix A.")
    d.h(2, "The inspection")
    d.p("In its report, HMICFRS recommended that the force improve its crime recording, and the force has since "
        "done so.")
    d.p("The inspection gave the force the following area for improvement:")
    a = "The force should make sure that it responds to reports of missing people within its target times."
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    d.h(2, "Implications")
    d.p("Legal: none. Equality: the force should consider the equality impact of its plan.")
    return d


@document
def d65_tracker_owner_long_updates():
    d = Doc("d65_tracker_owner_long_updates", "AFI tracker: owner column and long updates", 5,
            "A tracker: AFI ref / Area for improvement / Owner / Update / RAG, refs 'AFI 1'–'AFI 4', updates "
            "longer than the findings, an owner with a long job title.", formats=LO_FORMATS)
    d.h(1, "Areas for improvement: progress at December 2025")
    rows = []
    items = [
        ("AFI 1", "The force should improve how it records the outcomes of its investigations.",
         "Head of Crime Standards and Investigative Support",
         "Outcome recording has been audited twice this year. The second audit found 93 per cent of outcomes were "
         "recorded correctly, up from 81 per cent, and a further audit is planned for March.", "Green"),
        ("AFI 2", "The force should make sure that its officers understand the risks of child exploitation.",
         "Detective Superintendent, Public Protection",
         "Training was delivered to 900 officers between June and October. Briefings for the remaining officers "
         "will be given by their sergeants.", "Amber"),
        ("AFI 3", "The force should improve its use of ancillary orders.", "Head of Criminal Justice",
         "A guide has been published on the intranet.", "Amber"),
        ("AFI 4", "The force should make sure that it has enough trained staff in its digital forensics unit.",
         "Head of Forensic Services",
         "Three digital forensic examiners were recruited in the autumn, and two more are in training. Waiting times "
         "have fallen but remain above the target.", "Red"),
    ]
    for ref, text, owner, update, rag in items:
        rows.append([ref, text, owner, update, rag])
        g = d.f(AFI, text, ref=ref, addressees=["The force"])
        d.update(g, update)
    d.table(["AFI ref", "Area for improvement", "Owner", "Update", "RAG"], rows)
    return d


@document
def d66_tracker_cells_with_paragraphs():
    d = Doc("d66_tracker_cells_with_paragraphs", "Tracker whose cells hold paragraphs and lists", 5,
            "A tracker (No. / Recommendation / RAG / Force update): a recommendation of two sentences, update "
            "cells of two paragraphs or a bulleted list, the status column before the update.", formats=LO_FORMATS)
    d.h(1, "HMICFRS recommendations: position at 1 February 2026")
    r1 = ("The force should make sure that its control room staff identify vulnerable callers. It should also "
          "check that they record the reasons for their risk assessments.")
    r2 = "By 31 August 2026, the force should improve the supervision of officers on probation."
    r3 = "The force should make sure that it returns property to victims promptly."
    u1 = ["A vulnerability prompt was added to the call script in November.", "Dip sampling shows 88 per cent compliance."]
    u2 = ["Tutor constables have been appointed for every team", "A new probation review form is in use"]
    u3 = ["The property store has been reorganised and a weekly return list is produced."]
    d.raw("<table><tr><th><p>No.</p></th><th><p>Recommendation</p></th><th><p>RAG</p></th><th><p>Force update</p></th></tr>"
          f"<tr><td><p>1</p></td><td><p>{r1}</p></td><td><p>Amber</p></td><td><p>{u1[0]}</p><p>{u1[1]}</p></td></tr>"
          f"<tr><td><p>2</p></td><td><p>{r2}</p></td><td><p>Green</p></td><td><ul><li>{u2[0]}</li><li>{u2[1]}</li></ul></td></tr>"
          f"<tr><td><p>3</p></td><td><p>{r3}</p></td><td><p>Green</p></td><td><p>{u3[0]}</p></td></tr></table>")
    g1 = d.f(REC, r1, ref="1", addressees=["The force"])
    g2 = d.f(REC, r2, ref="2", due="By 31 August 2026", addressees=["the force"])
    g3 = d.f(REC, r3, ref="3", addressees=["The force"])
    d.update(g1, " ".join(u1))
    d.update(g2, " ".join(u2))
    d.update(g3, u3[0])
    return d


# Round five (branch extract5): four layouts the blind part test4 was short in, each in new wording and several
# variants, written and labelled before the reader first read them.


@document
def d67_panel_appendix_numbered():
    d = Doc("d67_panel_appendix_numbered", "Police and Crime Panel: HMICFRS report on neighbourhood policing", 7,
            "A panel paper whose summary paraphrases the report ('In brief, the report found that the force should "
            "… and should …'), the force's response worded with 'should'/'must', and the two areas for improvement "
            "quoted in full in a numbered 'Appendix A: Areas for improvement'.", formats=LO_FORMATS)
    d.h(1, "Police and Crime Panel – 22 January 2026")
    d.h(2, "HMICFRS inspection of neighbourhood policing in Fenmoor Police")
    d.p("Recommendation: that the Panel notes the report and the force’s response.")
    d.h(3, "Summary")
    d.p("HMICFRS published its report on 3 November 2025. It made no recommendations and identified two areas for "
        "improvement, which are set out in full in Appendix A.")
    d.p("In brief, the report found that the force should do more to involve communities in setting its "
        "neighbourhood priorities and should improve how it measures the effect of its problem-solving work.")
    d.h(3, "The force’s response")
    d.p("The force accepts both findings. Neighbourhood inspectors must now publish their priorities every quarter, "
        "and the force should have a new problem-solving database in place by the spring.")
    d.h(3, "Financial implications")
    d.p("None arising from this report.")
    d.h(2, "Appendix A: Areas for improvement")
    a1 = "The force should make sure that communities have a say in the priorities of their neighbourhood teams."
    a2 = ("The force should improve how it evaluates its problem-solving plans, so that it knows which of them reduce "
          "crime and anti-social behaviour.")
    d.p("1. " + a1)
    d.p("2. " + a2)
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.f(AFI, a2, ref="2", addressees=["The force"])
    return d


@document
def d68_board_annex_recommendations_text():
    d = Doc("d68_board_annex_recommendations_text", "Strategic policing board: custody inspection (text export)", 7,
            "A board paper as plain text: 'Put simply, the inspectors said the force should …' in its summary, a "
            "'Decision required' line, and the recommendations quoted in a numbered 'Annex B – recommendations in "
            "full'.")
    r1 = "By 31 May 2026, the force should make sure that every detainee is offered a risk review before release."
    r2 = "The force should improve the recording of use of force in its custody suites."
    r3 = "The force should make sure that detainees can see a health care professional within one hour of asking."
    d.text = (
        "Strategic Policing Board – 5 February 2026\n"
        "Item 6: Joint inspection of custody in Harlow Vale Police\n"
        "Decision required: the Board is asked to note the inspection and the action plan.\n"
        "1. Summary\n"
        "1.1 The joint inspection report was published on 12 December 2025. It made three recommendations to the "
        "force and identified several areas for improvement.\n"
        "1.2 Put simply, the inspectors said the force should review risk before release and should record its use of "
        "force more carefully.\n"
        "2. Progress\n"
        "2.1 The custody command has written an action plan. Custody sergeants must complete refresher training by "
        "April.\n"
        "Annex B – recommendations in full\n"
        f"1. {r1}\n"
        f"2. {r2}\n"
        f"3. {r3}\n"
    )
    d.f(REC, r1, ref="1", due="By 31 May 2026", addressees=["the force"])
    d.f(REC, r2, ref="2", addressees=["The force"])
    d.f(REC, r3, ref="3", addressees=["The force"])
    return d


@document
def d69_committee_appendix_list():
    d = Doc("d69_committee_appendix_list", "Audit and standards committee: HMICFRS PEEL findings", 7,
            "A committee report: 'Overall, the inspection concluded that the force should …' in its overview, the "
            "areas for improvement as an ordered list under 'Appendix 1 – full text of the areas for improvement', "
            "then 'Appendix 2: Glossary' whose entries say 'should'.", formats=LO_FORMATS)
    d.h(1, "Audit and Standards Committee – 30 March 2026")
    d.h(2, "PEEL 2025: findings for Ashcombe Constabulary")
    d.p("Members are asked to note this report.")
    d.h(3, "Overview")
    d.p("The inspectorate graded the constabulary good in four areas. Overall, the inspection concluded that the "
        "constabulary should answer non-emergency calls more quickly and should review the way it allocates crimes.")
    d.p("The full text of the three areas for improvement is given in Appendix 1.")
    d.h(2, "Appendix 1 – full text of the areas for improvement")
    a1 = "The constabulary should answer non-emergency calls within its published target time."
    a2 = "The constabulary should make sure that crimes are allocated to investigators with the right skills."
    a3 = "The constabulary should improve the way it shares information about vulnerable adults with its partners."
    d.raw(f"<ol><li>{a1}</li><li>{a2}</li><li>{a3}</li></ol>")
    d.f(AFI, a1, ref="1", addressees=["The constabulary"])
    d.f(AFI, a2, ref="2", addressees=["The constabulary"])
    d.f(AFI, a3, ref="3", addressees=["The constabulary"])
    d.h(2, "Appendix 2: Glossary")
    d.p("Non-emergency call: a call to 101 that should be answered within ten minutes.")
    return d


@document
def d70_appendix_numbered_paragraphs_text():
    d = Doc("d70_appendix_numbered_paragraphs_text", "Fire authority paper: inspection findings (text export)", 7,
            "A fire authority paper as text: a summary saying 'The inspectors concluded that the service should …', "
            "the service's comments, then 'APPENDIX A: AREAS FOR IMPROVEMENT' in capitals with numbered items, one "
            "wrapped over two lines.")
    a1 = "The service should make sure that it has a clear plan for how it will meet its future training needs."
    a2 = ("The service should make sure that all staff understand how to raise concerns, and that concerns are "
          "dealt with promptly.")
    d.text = (
        "Combined Fire Authority – 11 March 2026\n"
        "HMICFRS inspection of Westerby Fire and Rescue Service\n"
        "Purpose of report: to inform Members of the outcome of the inspection.\n"
        "Summary\n"
        "The inspectors concluded that the service should plan its training better and should listen to its staff.\n"
        "Service comments\n"
        "The service should complete its training plan by June. Managers must attend the new listening sessions.\n"
        "APPENDIX A: AREAS FOR IMPROVEMENT\n"
        f"1. {a1}\n"
        "2. The service should make sure that all staff understand how to raise concerns, and that\n"
        "concerns are dealt with promptly.\n"
    )
    d.f(AFI, a1, ref="1", addressees=["The service"])
    d.f(AFI, a2, ref="2", addressees=["The service"])
    return d


@document
def d71_action_plan_type_column():
    d = Doc("d71_action_plan_type_column", "Improvement plan: HMICFRS findings with a type column", 5,
            "A Word improvement plan of six columns (Ref / Type / HMICFRS finding / Lead / Latest position / BRAG): "
            "the Type column gives each finding's kind; leads whose names start with capitals ('Area commander').",
            formats=LO_FORMATS)
    d.h(1, "Northbridge Police – HMICFRS improvement plan (January 2026)")
    items = [
        ("1", "Area for improvement", AFI, "The force should make sure that its officers record the ethnicity of the "
         "people they stop and search.", "Area commander (North)", "Recording is now checked every week by "
         "supervisors.", "Green"),
        ("2", "Recommendation", REC, "By 30 June 2026, the force should make sure that all victims of domestic abuse "
         "receive a follow-up visit within seven days.", "Head of Public Protection", "Visits are made in 71 per cent "
         "of cases.", "Amber"),
        ("3", "Area for improvement", AFI, "The force should improve the quality of its investigation plans for "
         "serious acquisitive crime.", "Detective Chief Inspector, Crime", "A new template has been issued.",
         "Amber"),
        ("4", "Recommendation", REC, "The force should make sure that it understands the wellbeing needs of its "
         "call handlers.", "Area manager, Contact Centre", "A wellbeing survey closes in February.", "Red"),
    ]
    rows = []
    for ref, type_, kind, text, lead, update, rag in items:
        rows.append([ref, type_, text, lead, update, rag])
        due = "By 30 June 2026" if text.startswith("By") else None
        g = d.f(kind, text, ref=ref, due=due, addressees=["the force" if due else "The force"])
        d.update(g, update)
    d.table(["Ref", "Type", "HMICFRS finding", "Lead", "Latest position", "BRAG"], rows)
    return d


@document
def d72_plan_category_column():
    d = Doc("d72_plan_category_column", "Action plan: category column and short findings", 5,
            "A six-column action plan (No. / Category / Inspection finding / Owner / Progress / Status) with the kind "
            "in a Category column ('AFI', 'Recommendation', 'Cause of concern'), cells that wrap over several lines.",
            formats=LO_FORMATS)
    d.h(1, "Kestrel Fire and Rescue Service – action plan")
    items = [
        ("1", "Cause of concern", COC, "The service doesn’t do enough to make sure that its staff are safe when they "
         "attend high-rise incidents.", "Assistant Chief Fire Officer", "Training on high-rise procedures began in "
         "December.", "Amber"),
        ("2", "AFI", AFI, "The service should make sure that its fire protection team has enough qualified "
         "inspectors.", "Head of Protection", "Two inspectors qualified in November.", "Green"),
        ("3", "Recommendation", REC, "Within three months, the service should review its policy on the use of "
         "breathing apparatus at large fires.", "Station Manager, Operational Assurance", "The review is complete "
         "and the policy has been rewritten.", "Green"),
    ]
    rows = []
    for ref, type_, kind, text, lead, update, rag in items:
        rows.append([ref, type_, text, lead, update, rag])
        due = "Within three months" if text.startswith("Within") else None
        g = d.f(kind, text, ref=ref, due=due,
                addressees=[] if kind == COC else ["the service" if due else "The service"])
        d.update(g, update)
    d.table(["No.", "Category", "Inspection finding", "Owner", "Progress", "Status"], rows)
    return d


@document
def d73_plan_finding_type_column():
    d = Doc("d73_plan_finding_type_column", "Tracker: finding type after the finding", 5,
            "A tracker (Ref / Finding / Finding type / Responsible officer / Update / RAG): the type column after the "
            "finding, refs 'R1', 'A1'.", formats=LO_FORMATS)
    d.h(1, "HMICFRS findings tracker – Elmford Police")
    items = [
        ("R1", "Recommendation", REC, "The force should make sure that officers who investigate child sexual abuse "
         "have been trained to do so.", "Detective Superintendent Grey", "Forty officers trained; twelve to go.",
         "Amber"),
        ("A1", "Area for improvement", AFI, "The force should improve how quickly it answers calls to 101.",
         "Contact Management Lead", "Average wait is down to four minutes.", "Green"),
        ("A2", "Area for improvement", AFI, "The force should make sure that its supervisors review the risk "
         "assessments of missing people.", "Inspector Operational Support", "Audit planned for April.", "Red"),
    ]
    rows = []
    for ref, type_, kind, text, lead, update, rag in items:
        rows.append([ref, text, type_, lead, update, rag])
        g = d.f(kind, text, ref=ref, addressees=["The force"])
        d.update(g, update)
    d.table(["Ref", "Finding", "Finding type", "Responsible officer", "Update", "RAG"], rows)
    return d


@document
def d74_peel_grades_then_cause():
    d = Doc("d74_peel_grades_then_cause", "PEEL 2025: Oakridge Police (grades table, then a cause)", 8,
            "A generated PEEL page: a grades table of five rows, then straight away a 'Cause of concern' heading, the "
            "cause and a dated lead-in with three recommendations; built by LibreOffice too.", formats=LO_FORMATS)
    d.h(1, "PEEL 2025: Oakridge Police")
    d.table(["Area", "Grade"], [["Preventing crime", "Good"], ["Responding to the public", "Inadequate"],
                                ["Investigating crime", "Requires improvement"], ["Protecting vulnerable people",
                                                                                  "Adequate"],
                                ["Managing offenders", "Good"]])
    d.h(2, "Cause of concern")
    c = "Oakridge Police isn’t answering emergency and non-emergency calls quickly enough."
    d.p(c)
    g = d.f(COC, c)
    d.lead("Within three months, the force should:", [
        "make sure that it has enough call handlers on duty at times of peak demand",
        "make sure that callers who abandon a call are called back",
        "review how it triages calls that are waiting for an answer",
    ], due="Within three months", addressees=["the force"], parent=g)
    d.h(2, "Area for improvement")
    a = "The force should make sure that it records crimes accurately when they are reported."
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def d75_peel_grades_section_cause():
    d = Doc("d75_peel_grades_section_cause", "PEEL 2025: Silverdale Constabulary (grades, section, cause)", 8,
            "A PEEL page: a grades table (Question / Grade), then a section heading, then the cause of concern in "
            "bold-free body text and its recommendations 'Recommendation 1 …' as labelled paragraphs.",
            formats=LO_FORMATS)
    d.h(1, "PEEL 2025: Silverdale Constabulary")
    d.table(["Question", "Grade"], [["Treatment of the public", "Good"], ["Protecting vulnerable people",
                                                                           "Inadequate"],
                                    ["Leadership and force management", "Adequate"]])
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Cause of concern")
    c = "The constabulary doesn’t always identify and safeguard vulnerable people at the first contact."
    d.p(c)
    g = d.f(COC, c, theme="Protecting vulnerable people")
    r1 = "The constabulary should make sure that its call handlers identify vulnerability using a structured assessment."
    r2 = "The constabulary should make sure that safeguarding referrals are made within one working day."
    d.p("Recommendation 1: " + r1)
    d.p("Recommendation 2: " + r2)
    d.f(REC, r1, ref="1", addressees=["The constabulary"], parent=g, theme="Protecting vulnerable people")
    d.f(REC, r2, ref="2", addressees=["The constabulary"], parent=g, theme="Protecting vulnerable people")
    return d


@document
def d76_grades_three_columns_cause():
    d = Doc("d76_grades_three_columns_cause", "PEEL 2025: Thornbury Police (grades with last grade, then a cause)", 8,
            "A grades table with a third column ('Grade', 'Previous grade'), then the cause of concern printed as a "
            "paragraph under 'Causes of concern' and an HMICFRS-recommends lead-in with bullets.",
            formats=LO_FORMATS)
    d.h(1, "PEEL 2025: Thornbury Police")
    d.table(["Area", "Grade", "Previous grade"], [["Investigating crime", "Inadequate", "Adequate"],
                                                  ["Managing offenders", "Requires improvement", "Good"]])
    d.h(2, "Causes of concern")
    c = "Thornbury Police isn’t investigating crime effectively or giving victims the service they deserve."
    d.p(c)
    g = d.f(COC, c)
    d.lead("To address this cause of concern, we recommend that within six months the force should:", [
        "make sure that investigations are allocated to officers with the right skills",
        "make sure that supervisors review investigations at regular intervals",
    ], due="within six months", addressees=["the force"], parent=g)
    return d


@document
def d77_pdftotext_glued_footnote():
    d = Doc("d77_pdftotext_glued_footnote", "Text export (pdftotext) with a footnote digit glued to a word", 10,
            "A pdftotext export: a bulleted recommendation crosses a page break with a footnote call glued to a word "
            "('timeframe4'), the note printed above the page number; the next bullet on the following page.")
    r1 = ("The force should make sure that officers complete the domestic abuse risk assessment within the agreed "
          "timeframe and that a supervisor reviews each one before the end of the shift.")
    r2 = "The force should make sure that victims are told when a suspect is released on bail."
    filler = ("Inspectors examined 60 cases and spoke to officers, staff and partner agencies about\n"
              "how the force responds to domestic abuse.\n")
    pages = [
        "Domestic abuse inspection: Larkhill Police\n\n" + filler + "\n" + filler + "\n1\n",
        "Domestic abuse inspection: Larkhill Police\n\n" + filler + "\nRecommendations\n\n"
        "• The force should make sure that officers complete the domestic abuse risk\n"
        "assessment within the agreed timeframe4 and that a supervisor reviews each one\n\n"
        "4 College of Policing, Domestic abuse risk assessment guidance, 2022.\n\n2\n",
        "Domestic abuse inspection: Larkhill Police\n\nbefore the end of the shift.\n\n"
        f"• {r2}\n\n" + filler + "\n3\n",
        "Domestic abuse inspection: Larkhill Police\n\n" + filler + "\n4\n",
    ]
    d.text = "\f".join(pages)
    d.f(REC, r1, addressees=["The force"])
    d.f(REC, r2, addressees=["The force"])
    d.printed = {"F1": ["The force should make sure that officers complete the domestic abuse risk",
                        "assessment within the agreed timeframe", "and that a supervisor reviews each one",
                        "before the end of the shift."]}
    return d


@document
def d78_pdftotext_glued_after_punctuation():
    d = Doc("d78_pdftotext_glued_after_punctuation", "Text export: footnote calls after punctuation and in narrative", 10,
            "A pdftotext export of numbered areas for improvement: a footnote call glued after a comma ('guidance,12') "
            "in a finding that crosses the page, a second call in the narrative, two notes above the page number; "
            "words with digits of their own ('COVID-19', 'Schedule 7A', 'P1') keep them.")
    a1 = ("The force should make sure that officers follow the national guidance, and that they record the reasons "
          "for every strip search on the custody record.")
    a2 = "The force should review how it uses Schedule 7A powers at the port, including how it records P1 calls."
    a3 = "The force should make sure that it learns from the COVID-19 custody arrangements."
    narrative = ("We reviewed 120 custody records.11 Most detainees were treated well, and staff were\n"
                 "respectful and patient.\n")
    pages = [
        "Custody inspection report\n\n" + narrative + "\nAreas for improvement\n\n"
        "1. The force should make sure that officers follow the national guidance,12 and that\n"
        "they record the reasons for every strip search\n\n"
        "11 Records were chosen at random from the last six months.\n"
        "12 Authorised Professional Practice: Detention and custody.\n\n1\n",
        "Custody inspection report\n\non the custody record.\n\n"
        f"2. {a2}\n\n3. {a3}\n\n" + narrative + "\n2\n",
        "Custody inspection report\n\n" + narrative + "\n3\n",
    ]
    d.text = "\f".join(pages)
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.f(AFI, a2, ref="2", addressees=["The force"])
    d.f(AFI, a3, ref="3", addressees=["The force"])
    d.printed = {"F1": ["The force should make sure that officers follow the national guidance,", "and that",
                        "they record the reasons for every strip search", "on the custody record."]}
    return d


@document
def d79_pdftotext_glued_two_digits():
    d = Doc("d79_pdftotext_glued_two_digits", "Text export: two-digit footnote call before a full stop", 10,
            "A pdftotext export: a cause of concern and lettered recommendations, a two-digit footnote call glued to "
            "a word before its full stop ('partners23.'), the note at the foot of the page; a word ending in a digit "
            "with no note ('Operation Vault2') keeps it.")
    c = "The service isn’t doing enough to protect the public through its fire safety audits."
    # A lead-in's items are labelled as printed, one finding each (README): the item's own words.
    r1 = "make sure that its risk-based inspection programme covers the premises identified by its partners."
    r2 = "make sure that Operation Vault2 audits are completed on time."
    pages = [
        "Fire and rescue inspection 2026\n\nCause of concern\n\n" + c + "\n\n"
        "Recommendations\n\n"
        "By 30 September 2026, the service should:\n\n"
        "a) make sure that its risk-based inspection programme covers the premises\n"
        "identified by its partners23.\n\n"
        "23 Partners include the local authority and the ambulance service.\n\n1\n",
        "Fire and rescue inspection 2026\n\n"
        "b) make sure that Operation Vault2 audits are completed on time.\n\n"
        "The service has started to recruit more protection staff.\n\n2\n",
        "Fire and rescue inspection 2026\n\nThe service has a plan to improve its audits.\n\n3\n",
    ]
    d.text = "\f".join(pages)
    g = d.f(COC, c)
    d.f(REC, r1, due="By 30 September 2026", addressees=["the service"], parent=g)
    d.f(REC, r2, due="By 30 September 2026", addressees=["the service"], parent=g)
    d.printed = {"F2": ["make sure that its risk-based inspection programme covers the premises",
                        "identified by its partners"]}
    return d


@document
def d80_grades_then_cause_small_heading():
    d = Doc("d80_grades_then_cause_small_heading", "PEEL 2025: Hartfield Police (grades, then a body-size heading)", 8,
            "A grades table followed at once by a third-level 'Cause of concern' heading (body size, bold in Word and "
            "LibreOffice), the cause, and 'Recommendation 1:' / 'Recommendation 2:' paragraphs.", formats=LO_FORMATS)
    d.h(1, "PEEL 2025: Hartfield Police")
    d.table(["Area", "Grade"], [["Police powers and public treatment", "Good"],
                                ["Responding to the public", "Requires improvement"],
                                ["Managing offenders", "Inadequate"]])
    d.h(3, "Cause of concern")
    c = "Hartfield Police isn’t managing the risk posed by registered sex offenders well enough."
    d.p(c)
    g = d.f(COC, c)
    r1 = "Hartfield Police should make sure that risk assessments of sex offenders are completed on time."
    r2 = "Hartfield Police should make sure that it has enough trained offender managers."
    d.p("Recommendation 1: " + r1)
    d.p("Recommendation 2: " + r2)
    d.f(REC, r1, ref="1", addressees=["Hartfield Police"], parent=g)
    d.f(REC, r2, ref="2", addressees=["Hartfield Police"], parent=g)
    return d
