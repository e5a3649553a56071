"""The TEST2 part of the corpus: written and labelled after the dev round of the issue 11 follow-up, committed
before the parser was run on it, scored once, and never tuned on.

Layouts of the families the first test part showed weak (3 no line breaks, 4 heading then explanation,
5 tables, 6 and parents, 10 page breaks), in my own wording with HMICFRS phrasing; formats include PDFs from
WeasyPrint and from LibreOffice (a Word document converted, "lopdf") and Word from python-docx.
"""

from .labels import AFI, COC, LANDSCAPE, REC, Doc, collection

DOCS, document = collection()



@document
def u01_flat_panel_paper():
    d = Doc("u01_flat_panel_paper", "Police and Crime Panel: PEEL report, pasted as one paragraph", 3,
            "A panel paper whose line breaks were lost: its own recommendation, counts, the AFIs announced in "
            "running prose, then the force's comments.")
    a1 = "The constabulary should improve how it records and reviews the outcomes of its stop and search encounters."
    a2 = "The constabulary should make sure that its call handlers identify repeat victims at the first point of contact."
    a3 = "The constabulary needs to reduce the number of investigations that are closed without a suspect being identified."
    d.text = ("Police and Crime Panel Thursday 6 February 2025 Item 7 Report of the Office of the Police and Crime "
              "Commissioner HMICFRS PEEL inspection of Fenwick Constabulary Recommendation: That the Panel notes the "
              "contents of this report. 1. Background HMICFRS published its PEEL report on the constabulary on 12 "
              "November 2024. Across all forces inspected this year, HMICFRS made 9 national recommendations. The report "
              "graded the constabulary as good in two areas and adequate in five. It set out three areas for improvement "
              f"for the constabulary: {a1} {a2} {a3} 2. The constabulary's response The Chief Constable has accepted the "
              "findings and an improvement plan is in place. Progress will be reported to the Panel in the summer.\n")
    d.f(AFI, a1, addressees=["The constabulary"])
    d.f(AFI, a2, addressees=["The constabulary"])
    d.f(AFI, a3, addressees=["The constabulary"])
    return d


@document
def u02_flat_afi_tracker():
    d = Doc("u02_flat_afi_tracker", "Joint Audit Committee: AFI tracker, flattened", 3,
            "An AFI tracker exported as one run of text: refs, areas for improvement, updates and statuses.")
    a1 = "The force should make sure that it completes a risk assessment for every missing person report."
    a2 = "Within 12 months, the force should improve the supervision of its digital forensics backlog."
    a3 = "The force should review how it shares intelligence about county lines with neighbouring forces."
    d.text = ("Joint Audit Committee 18 March 2025 Appendix B Tracker of HMICFRS areas for improvement No. Area for "
              f"improvement Progress update Status 1 {a1} Risk assessments are now mandatory in the missing persons "
              f"system and compliance is audited monthly. Complete 2 {a2} Two additional examiners started in January; "
              f"the backlog has fallen by a third. In progress 3 {a3} A regional protocol has been drafted. In progress "
              "Members are asked to note the progress set out above.\n")
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.f(AFI, a2, ref="2", due="Within 12 months", addressees=["the force"])
    d.f(AFI, a3, ref="3", addressees=["The force"])
    return d


@document
def u03_fire_headings():
    d = Doc("u03_fire_headings", "Fire and rescue inspection 2023–25: Rivermouth FRS – protection", 4,
            "Fire service web page: each area for improvement a heading sentence, then evidence, one piece of which "
            "quotes a standard with 'should'; a promising practice heading after them.")
    d.h(1, "Rivermouth Fire and Rescue Service: protecting the public through fire regulation")
    d.p("Rivermouth Fire and Rescue Service requires improvement at protecting the public through fire regulation.")
    d.h(2, "Areas for improvement")
    a1 = "The service should make sure that its risk-based inspection programme targets the highest-risk premises"
    a2 = "The service needs to make sure that it has enough qualified protection staff to meet its own targets"
    a3 = "The service should evaluate its work with local businesses so that it knows what difference it makes"
    d.h(3, a1)
    d.p("The programme was last revised in 2019. It does not use the national risk data that the service now has.")
    d.p("The fire standards say that services should review their programmes every year.")
    d.h(3, a2)
    d.p("Eleven of the service’s 20 protection posts were vacant or filled by staff who were still in training.")
    d.h(3, a3)
    d.p("The service runs seminars for landlords but does not ask them what they changed as a result.")
    for a in (a1, a2, a3):
        d.f(AFI, a, addressees=["The service"])
    d.h(2, "Promising practice")
    d.h(3, "The service shares its inspection data with the local housing team")
    d.p("This helps both organisations to target the same high-risk buildings.")
    return d


@document
def u04_peel_cause_headings():
    d = Doc("u04_peel_cause_headings", "PEEL 2023–25: Greyford Police – protecting vulnerable people", 4,
            "PEEL web page: a cause of concern as a statement with its explanation and dated recommendations, then "
            "areas for improvement as heading sentences with explanation.")
    d.h(1, "Protecting vulnerable people")
    d.h(2, "Cause of concern")
    c = "Greyford Police isn’t effectively identifying and safeguarding children at risk of exploitation."
    d.p(c)
    g = d.f(COC, c, family=6)
    d.p("We found that the force did not routinely share information about exploited children with its partners. "
        "In 12 of the 25 cases we reviewed, there was no strategy discussion.")
    d.h(3, "Recommendations")
    d.lead("Within six months, Greyford Police should:", [
        "make sure that a strategy discussion is held whenever a child is at risk of exploitation",
        "make sure that its officers are trained to recognise the signs of child criminal exploitation",
    ], due="Within six months", addressees=["Greyford Police"], parent=g)
    d.h(2, "Areas for improvement")
    a1 = "The force should improve how it manages registered sex offenders who are assessed as very high risk"
    a2 = "Greyford Police needs to make sure that officers complete a risk assessment at every domestic abuse incident"
    d.h(3, a1)
    d.p("Some offender managers were responsible for more than 80 offenders. Home visits were often overdue.")
    d.h(3, a2)
    d.p("Officers told us that the assessment form took too long to complete on their mobile devices.")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["Greyford Police"])
    return d


@document
def u05_tracker_with_owner():
    d = Doc("u05_tracker_with_owner", "Strategic Board: HMICFRS recommendations update", 5,
            "A tracker with Rec No. / HMICFRS Recommendation / Owner / Update / RAG; one recommendation is two "
            "sentences; the update column as progress updates.", formats=("txt", "html", "docx", "pdf", "lopdf"))
    d.raw(LANDSCAPE)
    d.h(1, "HMICFRS recommendations update – Strategic Board")
    d.p("The table below sets out progress against the recommendations of the inspection of the police response "
        "to violence against women and girls.")
    r1 = ("By 31 March 2025, the force should make sure that its officers understand the range of orders available "
          "to protect victims. It should monitor how often each order is used.")
    r2 = "The force should improve the quality of the initial investigation of rape offences."
    r3 = "By 30 September 2025, the force should establish a process to hear the views of victims about the service they received."
    u1 = "Training on protective orders was delivered to all response officers; usage is now reported monthly."
    u2 = "A specialist investigation team has been created and started work in November."
    u3 = "A victim feedback survey has been designed with the commissioner's office."
    d.table(["Rec No.", "HMICFRS Recommendation", "Owner", "Update", "RAG"], [
        ["1", r1, "D/Supt Public Protection", u1, "Green"],
        ["2", r2, "D/Supt Crime", u2, "Amber"],
        ["3", r3, "Head of Victim Services", u3, "Amber"],
    ])
    g1 = d.f(REC, r1, ref="1", due="By 31 March 2025", addressees=["the force"])
    g2 = d.f(REC, r2, ref="2", addressees=["The force"])
    g3 = d.f(REC, r3, ref="3", due="By 30 September 2025", addressees=["the force"])
    for g, u in ((g1, u1), (g2, u2), (g3, u3)):
        d.update(g, u)
    return d


@document
def u06_afi_table_over_pages():
    d = Doc("u06_afi_table_over_pages", "Improvement plan: areas for improvement (landscape table)", 5,
            "A long landscape table of areas for improvement with its header repeated on each page; refs 'AFI 1' …",
            formats=("html", "docx", "pdf", "lopdf"))
    d.raw(LANDSCAPE)
    d.h(1, "Improvement plan – HMICFRS areas for improvement")
    rows = []
    topics = [("answers 101 calls", "Call-back service introduced; abandonment rate down to 9%."),
              ("completes DASH risk assessments", "Supervisors now check every high-risk assessment."),
              ("records anti-social behaviour incidents", "New incident categories went live in May."),
              ("uses its neighbourhood teams to solve local problems", "Problem-solving plans are reviewed monthly."),
              ("reviews the welfare of officers in specialist roles", "Annual psychological screening has started."),
              ("manages property and exhibits", "A full audit of the property store has been completed."),
              ("responds to reports of hate crime", "Hate crime advisers are now on every shift."),
              ("tells victims when suspects are released on bail", "Automatic text updates to victims began in June."),
              ("manages the demand on its public protection unit", "Demand modelling has been commissioned."),
              ("uses data to understand disproportionality", "A quarterly report goes to the ethics committee.")]
    for n, (topic, update) in enumerate(topics, start=1):
        text = (f"The force should improve the way it {topic}, and make sure that its leaders understand how well "
                f"this is done in each part of the force area and act where the standard is not met.")
        rows.append([f"AFI {n}", text, update, "Amber" if n % 3 else "Green"])
        g = d.f(AFI, text, ref=f"AFI {n}", addressees=["The force"])
        d.update(g, update)
    d.raw("<table><thead><tr><th><p>Ref</p></th><th><p>Area for improvement (AFI)</p></th><th><p>Progress update</p>"
          "</th><th><p>RAG status</p></th></tr></thead><tbody>"
          + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    return d


@document
def u07_numbered_over_page():
    d = Doc("u07_numbered_over_page", "Inspection of digital forensics: Hollowdale Police", 10,
            "Numbered recommendations after long narrative, the second crossing a page break with a footnote digit "
            "inside it, the running header and page number between its halves.",
            formats=("pdf", "lopdf", "docx", "html"))
    d.h(1, "An inspection of how well Hollowdale Police manages digital forensic examinations")
    for _ in range(7):
        d.p("Digital devices now feature in most investigations. We looked at how the force decides which devices to "
            "examine, how long examinations take, and how it keeps victims informed while their phones are held.")
    d.h(2, "Recommendations")
    r1 = "By 31 December 2025, the force should reduce the number of devices waiting more than three months for examination."
    r2 = ("By 31 December 2025, the force should make sure that every request for a digital examination is reviewed "
          "by a trained triage officer, who records why the examination is necessary and proportionate, and that "
          "victims are told how long their device is likely to be kept.")
    r3 = "Within six months, the force should accredit its digital forensic laboratory to the required international standard."
    d.raw("<ol><li>" + r1 + "</li><li>By 31 December 2025, the force should make sure that every request for a digital "
          "examination is reviewed by a trained triage officer, who records why the examination is necessary and "
          "proportionate,<sup>7</sup> and that victims are told how long their device is likely to be kept.</li><li>"
          + r3 + "</li></ol>")
    d.f(REC, r1, ref="1", due="By 31 December 2025", addressees=["the force"])
    d.f(REC, r2, ref="2", due="By 31 December 2025", addressees=["the force"])
    d.f(REC, r3, ref="3", due="Within six months", addressees=["the force"])
    return d


@document
def u08_text_export_pages():
    d = Doc("u08_text_export_pages", "Text export of a PDF report with form feeds", 10,
            "pdftotext-style export: a running header and footer on every page, page numbers, a bulleted area for "
            "improvement broken across two pages.")
    filler = "\n".join([
        "The inspection examined how well the service prevents fires and other risks.",
        "We interviewed staff at every level and reviewed the service's prevention records.",
        "We also spoke to partner organisations about how they work with the service.",
    ])
    a1 = "The service should make sure that it prioritises its prevention work for the people most at risk of fire."
    a2 = ("The service should evaluate its safe and well visits so that it can show they reduce the risk of fire in "
          "the homes it visits.")
    pages = [
        "Westholme FRS inspection report\n" + filler + "\nOFFICIAL\n1",
        "Westholme FRS inspection report\nAreas for improvement\n• " + a1 + "\n• The service should evaluate its safe "
        "and well visits so that it can show\nOFFICIAL\n2",
        "Westholme FRS inspection report\nthey reduce the risk of fire in the homes it visits.\n" + filler + "\nOFFICIAL\n3",
        "Westholme FRS inspection report\n" + filler + "\nOFFICIAL\n4",
    ]
    d.text = "\f".join(pages) + "\n"
    d.f(AFI, a1, addressees=["The service"])
    g2 = d.f(AFI, a2, addressees=["The service"])
    d.printed[g2] = ["The service should evaluate its safe and well visits so that it can show",
                     "they reduce the risk of fire in the homes it visits."]
    return d


@document
def u09_letter_causes_prose():
    d = Doc("u09_letter_causes_prose", "Revisit letter: causes of concern, Thornbury Police", 6,
            "A letter announcing two causes of concern in prose, each followed by its own dated lead-in and items.")
    d.h(1, "Thornbury Police: revisit to assess progress against causes of concern")
    d.p("Dear Chief Constable,")
    d.p("In our PEEL inspection of Thornbury Police we identified two causes of concern. We set these out below, "
        "with the recommendations we made:")
    c1 = "The force isn’t answering emergency and non-emergency calls quickly enough."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("By 31 May 2024, the force should:", [
        "make sure that it has enough trained call handlers at times of high demand",
        "monitor the time it takes to answer calls and act when it falls below the national standard",
    ], due="By 31 May 2024", addressees=["the force"], parent=g1)
    c2 = "The force doesn’t have effective arrangements to manage the risk posed by registered sex offenders."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("By 31 August 2024, the force should:", [
        "reduce the number of overdue risk assessments",
        "make sure that offender managers have manageable workloads",
    ], due="By 31 August 2024", addressees=["the force"], parent=g2)
    d.p("We revisited the force in October 2024. This letter sets out what we found.")
    d.p("Yours sincerely,")
    return d


@document
def u10_numbered_causes():
    d = Doc("u10_numbered_causes", "PEEL 2023–25: Ashcombe Police – causes of concern", 6,
            "Two causes of concern, each under its own heading with its recommendations; then areas for "
            "improvement that belong to no cause.")
    d.h(1, "PEEL 2023–25: Ashcombe Police")
    d.h(2, "Cause of concern 1")
    c1 = "Ashcombe Police doesn’t always record crimes that are reported to it."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.p("We estimate that the force fails to record about 1 in 10 crimes reported to it.")
    d.h(3, "Recommendations")
    d.lead("To address this cause of concern, we recommend that within three months the force should:", [
        "make sure that all crimes are recorded within 24 hours of being reported",
        "carry out regular audits of its crime recording",
    ], due="within three months", addressees=["the force"], parent=g1)
    d.h(2, "Cause of concern 2")
    c2 = "The force isn’t supervising its investigations well enough."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.h(3, "Recommendation")
    r = "Within six months, the force should make sure that supervisors review every investigation within seven days."
    d.p(r)
    d.f(REC, r, due="Within six months", addressees=["the force"], parent=g2)
    d.h(2, "Areas for improvement")
    a1 = "The force should improve how it uses its crime data to understand demand."
    a2 = "The force should make sure that its officers have the equipment they need to gather digital evidence."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def u11_committee_with_response_table():
    d = Doc("u11_committee_with_response_table", "Audit and Standards Committee: HMICFRS vetting report", 7,
            "A committee paper: its own recommendation, counts, one HMICFRS recommendation quoted in full, and "
            "the force's responses, which are not findings.")
    d.h(1, "Audit and Standards Committee – 20 January 2025")
    d.h(2, "Recommendation")
    d.p("That the Committee notes the force’s position against the HMICFRS report on vetting and misconduct.")
    d.h(2, "Summary")
    d.p("HMICFRS made 43 recommendations in its report, of which 27 were for chief constables.")
    d.p("The recommendation most relevant to this committee is:")
    r = ("By 30 April 2025, chief constables should make sure that their professional standards departments have "
         "enough trained staff to deal with complaints and misconduct cases promptly.")
    d.p("“" + r + "”")
    d.f(REC, r, due="By 30 April 2025", addressees=["chief constables"], family=7)
    d.h(2, "Force response")
    d.p("The force should meet this recommendation by the deadline: four investigators have been recruited.")
    d.p("The force must also continue to invest in its counter-corruption unit.")
    return d


@document
def u12_tracker_lopdf_wrapped():
    d = Doc("u12_tracker_lopdf_wrapped", "HMICFRS tracker: fire protection (Word, and PDF from LibreOffice)", 5,
            "A tracker made in Word and exported to PDF by LibreOffice: No. / Recommendation / Service update / "
            "RAG, one recommendation continued on a second row with an empty number.",
            formats=("html", "docx", "lopdf", "txt"))
    d.h(1, "HMICFRS recommendations tracker – protection")
    r1 = "By 31 July 2025, the service should make sure that its fire safety audits are quality assured."
    r2a = "The service should make sure that it responds to building consultations on time"
    r2b = "and that it records the reasons when it cannot."
    r3 = "The service should review how it enforces fire safety law in high-rise residential buildings."
    u1 = "A quality assurance framework was approved in April."
    u2 = "Performance is now 94% against the statutory timescales."
    u3 = "The enforcement policy has been revised and is out for consultation."
    d.table(["No.", "Recommendation", "Service update", "RAG"], [
        ["1", r1, u1, "Green"], ["2", r2a, u2, "Green"], ["", r2b, "", ""], ["3", r3, u3, "Amber"],
    ])
    g1 = d.f(REC, r1, ref="1", due="By 31 July 2025", addressees=["the service"])
    g2 = d.f(REC, r2a + " " + r2b, ref="2", addressees=["The service"])
    d.printed[g2] = [r2a, r2b]
    g3 = d.f(REC, r3, ref="3", addressees=["The service"])
    for g, u in ((g1, u1), (g2, u2), (g3, u3)):
        d.update(g, u)
    return d
