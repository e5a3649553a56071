"""The TEST4 part of the corpus: a fourth blind part (issue 11), written and labelled by a second engineer who has
not read the reader's code, and committed before the reader first read it. Never tuned on.

Fresh wording, forces and dates, across families 1–8 and 10 and every format the corpus builds (scanned PDFs,
family 9, are its PDFs rendered as pictures: `corpus --scan`).
"""

from .labels import AFI, COC, LANDSCAPE, LO_FORMATS, REC, Doc, collection

DOCS, document = collection()



@document
def w01_peel_cause_lead_ins():
    d = Doc("w01_peel_cause_lead_ins", "PEEL 2026–28: an inspection of Northwold Constabulary", 1,
            "A PEEL page: a cause, 'To address this cause of concern, we recommend that within three months "
            "Northwold Constabulary should:' with items; a second lead-in 'Within six months, the constabulary "
            "should:' under an area heading; areas for improvement as sentences.", formats=LO_FORMATS)
    d.h(1, "PEEL 2026–28: Northwold Constabulary")
    d.p("This report sets out our findings from the inspection of Northwold Constabulary in spring 2026.")
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Cause of concern")
    c = "Northwold Constabulary doesn’t respond well enough when children go missing from home or care."
    d.p(c)
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.lead("To address this cause of concern, we recommend that within three months Northwold Constabulary should:", [
        "make sure that every missing child is risk assessed by a supervisor within one hour of the report",
        "carry out a return home interview, or make sure that one is offered, for every child found",
        "share what it learns from those interviews with children’s social care",
    ], due="within three months", addressees=["Northwold Constabulary"], parent=g)
    d.h(2, "Managing offenders and suspects")
    d.p("The constabulary has too many outstanding suspects and its wanted persons list is not managed well.")
    d.h(3, "Recommendation")
    d.lead("Within six months, the constabulary should:", [
        "review every outstanding suspect and set a date by which each will be arrested or interviewed",
        "give its neighbourhood teams the information they need to find wanted people",
    ], due="Within six months", addressees=["the constabulary"])
    d.h(2, "Areas for improvement")
    a1 = "The constabulary should improve how quickly it answers non-emergency calls."
    a2 = "The constabulary needs to make sure that its use of force is scrutinised by members of the public."
    d.p(a1)
    d.p(a2)
    d.f(AFI, a1, addressees=["The constabulary"])
    d.f(AFI, a2, addressees=["The constabulary"])
    return d


@document
def w02_thematic_national():
    d = Doc("w02_thematic_national", "Thematic inspection: the police response to hate crime", 1,
            "A thematic report: 'HMICFRS recommends that:' with items naming their addressees, numbered "
            "recommendations each a lead-in ('By 31 January 2027, chief constables should:', 'Within 12 months, "
            "the College of Policing should:'), and references to earlier recommendations that are not findings.")
    d.h(1, "An inspection of how well the police respond to hate crime")
    d.h(2, "Summary")
    d.p("In our 2022 report we made 11 recommendations; only four have been fully implemented. We said then that "
        "forces should record the protected characteristic in every hate crime report, and many still do not.")
    d.h(2, "Our recommendations")
    d.h(3, "Recommendation 1")
    d.lead("By 31 January 2027, chief constables should:", [
        "make sure that every hate crime victim receives a needs assessment at the first contact",
        "publish the proportion of hate crimes that result in a charge",
        "appoint a chief officer lead for hate crime",
    ], due="By 31 January 2027", addressees=["chief constables"])
    d.h(3, "Recommendation 2")
    d.lead("Within 12 months, the College of Policing should:", [
        "revise its authorised professional practice on hate crime to reflect online offending",
        "develop training for call handlers on recognising hate crime",
    ], due="Within 12 months", addressees=["the College of Policing"])
    d.h(3, "Recommendation 3")
    d.p("HMICFRS recommends that:")
    d.ul(["the Home Office should collect data on the outcomes of online hate crime;",
          "the National Police Chiefs’ Council should agree a single definition of a repeat hate crime victim."])
    d.f(REC, "the Home Office should collect data on the outcomes of online hate crime",
        addressees=["the Home Office"])
    d.f(REC, "the National Police Chiefs’ Council should agree a single definition of a repeat hate crime victim.",
        addressees=["the National Police Chiefs’ Council"])
    d.p("We will ask forces for an update on these recommendations in 2027.")
    return d


@document
def w03_fire_cause_letter():
    d = Doc("w03_fire_cause_letter", "Kesterford Fire and Rescue Service: cause of concern letter", 6,
            "A letter to a chief fire officer: a cause announced in prose ('We wrote to you … to set out the "
            "cause of concern and our recommendations:'), 'By 30 November 2026, the service should:' items, a "
            "second cause 'We also identified a further cause of concern.' with sentence recommendations, and the "
            "service's response worded with 'should'.", formats=LO_FORMATS)
    d.h(1, "Kesterford Fire and Rescue Service: cause of concern")
    d.p("Dear Chief Fire Officer,")
    d.p("During our inspection of Kesterford Fire and Rescue Service in April 2026 we found serious weaknesses in "
        "the way the service protects the public through fire regulation. We wrote to you on 14 May 2026 to set "
        "out the cause of concern and our recommendations:")
    c1 = "The service isn’t auditing enough of the high-risk premises in its area, and its risk-based inspection programme is out of date."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("By 30 November 2026, the service should:", [
        "update its risk-based inspection programme so that it targets the premises at highest risk",
        "make sure it has enough qualified fire safety inspectors to carry out the programme",
        "monitor the programme each month and report progress to its fire authority",
    ], due="By 30 November 2026", addressees=["the service"], parent=g1, family=6)
    d.p("We also identified a further cause of concern.")
    c2 = "The service hasn’t done enough to make sure its on-call fire engines are available when they are needed."
    d.p(c2)
    g2 = d.f(COC, c2)
    r1 = "By 31 December 2026, the service should make sure that it understands why its on-call fire engines are unavailable."
    r2 = "By 31 December 2026, the service should put in place a plan to improve the availability of its on-call fire engines."
    d.p(r1)
    d.p(r2)
    d.f(REC, r1, due="By 31 December 2026", addressees=["the service"], parent=g2)
    d.f(REC, r2, due="By 31 December 2026", addressees=["the service"], parent=g2)
    d.p("In its reply of 2 June 2026, the service told us that its inspectors should be fully qualified by "
        "September and that the fire authority must approve a new programme in July.")
    d.p("We will revisit the service in early 2027 to assess its progress.")
    d.p("Yours sincerely,")
    d.p("HM Inspector of Fire and Rescue Services")
    return d


@document
def w04_bullets_on_one_line():
    d = Doc("w04_bullets_on_one_line", "Aldermoor Police: vetting and counter-corruption (web page)", 2,
            "A web page whose list was printed as one paragraph: the label and its bullets run together ('Areas "
            "for improvement • … • … • …'), one with 'needs to'; a recommendation run together after its label.",
            formats=LO_FORMATS)
    d.h(1, "Aldermoor Police: vetting and counter-corruption inspection 2026")
    d.p("We found that the force’s vetting unit has cleared its backlog, but its counter-corruption unit lacks capacity.")
    a1 = "The force should make sure that it reviews the vetting of officers who are the subject of repeated complaints."
    a2 = "The force should improve how it monitors the use of its IT systems."
    a3 = "The force needs to give its counter-corruption unit enough investigators to deal with its caseload."
    r1 = "By 31 March 2027, Aldermoor Police should make sure that all its staff have the right level of vetting for their roles."
    d.p(f"Areas for improvement • {a1} • {a2} • {a3}")
    d.p(f"Recommendation • {r1}")
    d.p("We will monitor the force’s progress through our usual contact with it.")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(AFI, a3, addressees=["The force"])
    d.f(REC, r1, due="By 31 March 2027", addressees=["Aldermoor Police"])
    return d


@document
def w05_flat_committee_paper():
    d = Doc("w05_flat_committee_paper", "Police, Fire and Crime Panel paper pasted with no line breaks", 3,
            "A panel paper copied into one paragraph: its own 'Recommendation: that the Panel notes …', counts, "
            "AFIs announced in running prose ('the text included a small number of broad Areas for Improvement "
            "(AFIs) …:'), then the Commissioner's comment worded with 'should'.")
    a1 = "The force should make sure that its officers give victims of domestic abuse the information they need about the support available to them."
    a2 = "The force should improve the way it manages registered sex offenders."
    a3 = "The force needs to make sure that it has enough trained detectives."
    d.text = ("Penhallow Police, Fire and Crime Panel 9 September 2026 Agenda item 6 Report of the Police, Fire and "
              "Crime Commissioner HMICFRS PEEL inspection 2026 Recommendation: that the Panel notes the report and "
              "the Commissioner’s response. 1. Introduction 1.1 HMICFRS published its PEEL report on Penhallow "
              "Police on 3 July 2026. It graded the force good in three areas, adequate in four and requires "
              "improvement in two. 1.2 Rather than listing many detailed recommendations, the text included a "
              "small number of broad 'Areas for Improvement' (AFIs), five in total, of which three relate to "
              f"public protection: {a1} {a2} {a3} 2. The Commissioner’s response 2.1 The Commissioner welcomes the "
              "report. In his view the force should build on its good work with partners, and it must keep the "
              "Panel informed of its progress. 3. Next steps 3.1 The Panel will receive an update in March 2027.\n")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(AFI, a3, addressees=["The force"])
    return d


@document
def w06_flat_tracker():
    d = Doc("w06_flat_tracker", "Recommendations tracker exported as one line of text", 3,
            "A tracker whose table was exported with no line breaks: 'No. Recommendation Update RAG' then each "
            "row's number, recommendation, update and status in one run; a count after it.")
    r1 = "The force should make sure that its control room staff identify vulnerability in every call they grade."
    r2 = "By 30 June 2027, the force should reduce the number of 999 calls that are abandoned."
    r3 = "The force should review how it allocates crimes to its investigation hubs."
    d.text = ("Sutherby Police Joint Audit and Standards Committee 22 October 2026 Appendix 2 HMICFRS recommendations "
              f"tracker No. Recommendation Update RAG 1 {r1} A new vulnerability prompt was added to the call "
              f"handling system in August. Green 2 {r2} Recruitment of 20 call handlers is under way; the abandoned "
              f"call rate was 6 per cent in September. Amber 3 {r3} The review has not yet started. Red Of the 3 "
              "recommendations, one is on track and two are behind schedule.\n")
    d.f(REC, r1, ref="1", addressees=["The force"])
    d.f(REC, r2, ref="2", due="By 30 June 2027", addressees=["the force"])
    d.f(REC, r3, ref="3", addressees=["The force"])
    return d


@document
def w07_web_headings_needs_to_must():
    d = Doc("w07_web_headings_needs_to_must", "PEEL 2026–28: Castlebrook Police – preventing crime", 4,
            "The website layout: each finding a heading sentence ('should', 'needs to', 'must'), then paragraphs "
            "of evidence, one of which itself says 'should'; an 'innovative practice' heading after them.",
            formats=LO_FORMATS)
    d.h(1, "Castlebrook Police: preventing crime and antisocial behaviour")
    d.h(2, "Areas for improvement")
    a1 = "Castlebrook Police should improve the way it identifies repeat victims of antisocial behaviour"
    a2 = "The force needs to make sure that its neighbourhood officers are not routinely taken away to cover response shifts"
    a3 = "The force must evaluate its crime prevention work so that it knows what works"
    d.h(3, a1)
    d.p("The force’s systems do not link reports of antisocial behaviour made to the council with those made to the "
        "police. In 9 of the 25 cases we reviewed, the victim had called more than three times before anyone "
        "recognised them as a repeat victim.")
    d.p("Staff told us that a victim who calls repeatedly should be flagged, but there is no process to make sure "
        "this happens.")
    d.f(AFI, a1, addressees=["Castlebrook Police"])
    d.h(3, a2)
    d.p("In the three months before our inspection, neighbourhood officers spent 38 per cent of their time on "
        "response duties.")
    d.f(AFI, a2, addressees=["The force"])
    d.h(3, a3)
    d.p("The force runs many prevention schemes, but it has evaluated only two of them.")
    d.f(AFI, a3, addressees=["The force"])
    d.h(2, "Innovative practice")
    d.h(3, "Youth workers in custody suites divert children away from crime")
    d.p("The force funds youth workers who meet every child brought into custody.")
    return d


@document
def w08_long_tracker_wrapped_row():
    d = Doc("w08_long_tracker_wrapped_row", "HMICFRS action tracker – Marlow Vale Police, November 2026", 5,
            "A long landscape tracker: No. / Recommendation / Force update / RAG over pages, dated and undated "
            "recommendations, one continued on a second row with no number; a count paragraph after it.",
            formats=LO_FORMATS)
    d.raw(LANDSCAPE)
    d.h(1, "HMICFRS action tracker – Marlow Vale Police, November 2026")
    d.p("The tracker below lists every open recommendation from HMICFRS inspections of the force.")
    items = [
        ("1", "The force should make sure that officers record the voice of the child at every domestic abuse incident they attend.",
         None, "Body-worn video prompts introduced; audit in October found 81 per cent compliance.", "Amber"),
        ("2", "By 31 January 2027, the force should make sure that all custody sergeants are trained in the use of the new risk assessment.",
         "By 31 January 2027", "142 of 160 sergeants trained.", "Green"),
        ("3", "The force should improve the quality of the information it gives the Crown Prosecution Service in its case files.",
         None, "A file quality team was set up in June; the rejection rate has fallen to 12 per cent.", "Green"),
        ("4", "The force should make sure that it understands the demand on its public protection unit and has enough staff to meet it.",
         None, "A demand review will report in December.", "Amber"),
        ("6", "Within three months, the force should make sure that every outstanding rape investigation has an up-to-date investigation plan.",
         "Within three months", "All plans reviewed; a monthly check is now in place.", "Complete"),
        ("7", "The force should reduce the time victims wait for an officer to attend non-emergency incidents.",
         None, "Attendance times are reviewed at the daily management meeting.", "Red"),
        ("8", "The force should make sure that its professional standards department has the capacity to investigate complaints in a timely way.",
         None, "Two investigators have been recruited and the oldest cases have been closed.", "Amber"),
    ]
    r5a = "The force should make sure that its officers and staff understand how to recognise"
    r5b = "modern slavery and human trafficking, and record it correctly as a crime."
    u5 = "E-learning launched in September; 64 per cent have completed it."
    rows = []
    gold = []
    for ref, text, due, update, rag in items:
        if ref == "6":
            rows.append(["5", r5a, u5, "Amber"])
            rows.append(["", r5b, "", ""])
            g5 = d.f(REC, r5a + " " + r5b, ref="5", addressees=["The force"])
            d.printed[g5] = [r5a, r5b]
            gold.append((g5, u5))
        rows.append([ref, text, update, rag])
        g = d.f(REC, text, ref=ref, due=due, addressees=["the force" if due else "The force"])
        gold.append((g, update))
    d.table(["No.", "Recommendation", "Force update", "RAG"], rows)
    for g, u in gold:
        d.update(g, u)
    d.p("Of the 8 recommendations, one is complete, five are in progress and one is behind schedule.")
    return d


@document
def w09_word_table_kind_column():
    d = Doc("w09_word_table_kind_column", "Fire and rescue service improvement plan (Word table)", 5,
            "A Word improvement plan whose table names each finding's kind: Ref / Type / HMICFRS finding / Lead / "
            "Latest position / BRAG; a paragraph after it.")
    d.h(1, "Redcliffe Fire and Rescue Service – HMICFRS improvement plan")
    d.p("The plan lists the findings of the 2025 inspection and the service’s progress against them.")
    items = [
        ("R1", REC, "Recommendation", "By 31 May 2027, the service should make sure that its prevention staff are trained to recognise and refer safeguarding concerns.",
         "By 31 May 2027", "Area Manager Prevention", "Training booked for all prevention staff in February.", "Amber"),
        ("AFI1", AFI, "Area for improvement", "The service should make sure that its emergency response plans for the port are tested with its partners.",
         None, "Area Manager Response", "A joint exercise with the port authority took place in October.", "Blue"),
        ("AFI2", AFI, "Area for improvement", "The service should improve the way it collects equality data about its workforce.",
         None, "Head of HR", "A new HR system goes live in April.", "Amber"),
        ("AFI3", AFI, "Area for improvement", "The service should make sure that senior leaders are visible to staff at every station.",
         None, "Chief Fire Officer", "A programme of station visits began in September.", "Green"),
    ]
    rows = []
    for ref, kind, label, text, due, lead, update, brag in items:
        rows.append([ref, label, text, lead, update, brag])
        g = d.f(kind, text, ref=ref, due=due, addressees=["the service" if due else "The service"])
        d.update(g, update)
    d.table(["Ref", "Type", "HMICFRS finding", "Lead", "Latest position", "BRAG"], rows)
    d.p("The service will report its progress to the fire authority’s scrutiny committee in June.")
    return d


@document
def w10_panel_paper_negatives():
    d = Doc("w10_panel_paper_negatives", "Police and Crime Panel: HMICFRS inspection activity", 7,
            "A panel paper: 'Recommendation: that the Panel notes …', counts ('14 recommendations were made'), a "
            "summary that says what the force should do, the force's responses with 'should'/'must', and an "
            "appendix quoting two areas for improvement in full.", formats=LO_FORMATS)
    d.h(1, "Wexcombe Police and Crime Panel – 12 November 2026")
    d.h(2, "HMICFRS inspection activity: report of the Police and Crime Commissioner")
    d.p("Recommendation: that the Panel notes the inspection activity and the Commissioner’s scrutiny of the force’s response.")
    d.h(3, "1. Summary")
    d.p("1.1 In the last six months HMICFRS published three reports that concern Wexcombe Police. Across them, "
        "14 recommendations were made, 3 of them for the force, and 6 areas for improvement were identified.")
    d.p("1.2 In short, the reports found that the force should do more to support victims through the court "
        "process and should improve its handling of complaints.")
    d.h(3, "2. The force’s response")
    d.p("2.1 The Chief Constable has told the Commissioner that the force should complete its victim care review "
        "by February, and that every complaint must now be acknowledged within two working days.")
    d.p("2.2 The force has closed 4 of the 6 areas for improvement.")
    d.h(3, "Appendix A – the areas for improvement in full")
    a1 = "The force should make sure that victims are kept informed of the progress of their case."
    a2 = "The force should improve the timeliness of its complaint investigations."
    d.raw(f"<ol><li>{a1}</li><li>{a2}</li></ol>")
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.f(AFI, a2, ref="2", addressees=["The force"])
    d.p("Contact officer: Head of Policy, Office of the Police and Crime Commissioner.")
    return d


@document
def w11_generated_peel_named():
    d = Doc("w11_generated_peel_named", "PEEL 2026–28: Thornmere Police (generated PDF)", 8,
            "A generated PEEL page: a grades table, a cause then 'Recommendation 2 …; and Recommendation 3: …' "
            "merged in one paragraph, a line starting with capitals (THRIVE), findings addressed to the force by "
            "name and short name.", formats=LO_FORMATS,
            organisation={"name": "Thornmere Police", "short_name": "TMP", "aliases": ["Thornmere"]})
    d.h(1, "PEEL 2026–28: Thornmere Police")
    d.table(["Question", "Grade"], [["Responding to the public", "Inadequate"], ["Protecting vulnerable people", "Adequate"]])
    theme = "Responding to the public"
    d.h(2, theme)
    d.h(3, "Cause of concern")
    c = "Thornmere Police doesn’t assess the risk to callers well enough when they first contact the force."
    d.p(c)
    g = d.f(COC, c, theme=theme)
    r1 = "Within six months, Thornmere Police should make sure that call handlers use a structured risk assessment for every call."
    r2 = "Thornmere Police should make sure that supervisors in the control room review the grading of calls"
    r3 = "Thornmere Police should make sure that it calls back every caller whose attendance is delayed."
    d.p("Recommendation 1: " + r1)
    d.p("Recommendation 2: " + r2 + "; and Recommendation 3: " + r3)
    d.f(REC, r1, ref="1", due="Within six months", addressees=["Thornmere Police"], parent=g, theme=theme)
    d.f(REC, r2, ref="2", addressees=["Thornmere Police"], parent=g, theme=theme)
    d.f(REC, r3, ref="3", addressees=["Thornmere Police"], parent=g, theme=theme)
    theme2 = "Protecting vulnerable people"
    d.h(2, theme2)
    d.h(3, "Area for improvement")
    a = ("TMP should make sure that its officers assess the risk to vulnerable people using the national model, "
         "THRIVE, and record the result.")
    d.raw("<p>TMP should make sure that its officers assess the risk to vulnerable people using the national model,<br>"
          "THRIVE, and record the result.</p>")
    d.f(AFI, a, addressees=["TMP"], theme=theme2)
    return d


@document
def w12_footnote_over_page():
    d = Doc("w12_footnote_over_page", "Inspection of the police use of stop and search: Brackley Police", 10,
            "Areas for improvement after pages of narrative; one crosses a page break with a footnote call and its "
            "note printed at the foot of the page, another with a raised footnote digit.",
            formats=("pdf",))
    d.raw("<style>::footnote-call { vertical-align: super; font-size: 6pt } .fn { font-size: 7pt }</style>")
    d.h(1, "An inspection of the use of stop and search by Brackley Police")
    for _ in range(8):
        d.p("We reviewed 300 stop and search records, watched body-worn video footage of 60 encounters, and spoke "
            "to officers, supervisors and members of the community scrutiny panel about how the powers are used.")
    d.h(2, "Areas for improvement")
    a1 = ("The force should make sure that supervisors review the body-worn video footage of a sample of stop and "
          "search encounters every month, and that the reasonable grounds recorded by officers are assessed against "
          "the code of practice and fed back to the officer concerned.")
    a2 = "The force should improve the quality of the data it publishes about the ethnicity of the people it searches."
    d.raw("<ul><li>The force should make sure that supervisors review the body-worn video footage of a sample of stop "
          "and search encounters every month, and that the reasonable grounds recorded by officers are assessed "
          "against the code of practice<span style=\"float: footnote\" class=\"fn\">Police and Criminal Evidence Act "
          "1984, Code A.</span> and fed back to the officer concerned.</li>"
          "<li>The force should improve the quality of the data it publishes about the ethnicity of the people it "
          "searches.<sup>4</sup></li></ul>")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    for _ in range(2):
        d.p("The force accepted our findings and has told us that its scrutiny panel should see the results of its "
            "supervisory reviews.")
    return d


@document
def w13_text_export_footnote():
    d = Doc("w13_text_export_footnote", "Protection inspection exported as text over pages", 10,
            "A pdftotext export: a running header and footer on every page, page numbers, a recommendation broken "
            "across the page break with a footnote digit printed inline, its note at the foot of the page.")
    filler = "\n".join([
        "We looked at how the service audits premises and enforces the Fire Safety Order.",
        "We spoke to fire safety inspectors, business owners and the local authority's building control team.",
    ])
    r1 = ("By 31 October 2027, the service should make sure that it responds to every building regulation "
          "consultation within the statutory timescale and that it records the reasons when it cannot.")
    r2 = "The service should review how it uses its enforcement powers against the owners of high-rise buildings."
    pages = [
        "Ellerby Fire and Rescue Service – protection inspection\n" + filler + "\n" + filler + "\nOFFICIAL\n7",
        "Ellerby Fire and Rescue Service – protection inspection\nRecommendations\n"
        "• By 31 October 2027, the service should make sure that it responds to every building regulation\n"
        "consultation within the statutory timescale3\n3 The Building Safety Act 2022 sets these timescales.\nOFFICIAL\n8",
        "Ellerby Fire and Rescue Service – protection inspection\nand that it records the reasons when it cannot.\n• " + r2
        + "\n" + filler + "\nOFFICIAL\n9",
    ]
    d.text = "\f".join(pages) + "\n"
    g = d.f(REC, r1, due="By 31 October 2027", addressees=["the service"])
    d.printed[g] = ["By 31 October 2027, the service should make sure that it responds to every building regulation "
                    "consultation within the statutory timescale",
                    "and that it records the reasons when it cannot."]
    d.f(REC, r2, addressees=["The service"])
    return d


@document
def w14_numbered_over_page_sup():
    d = Doc("w14_numbered_over_page_sup", "Inspection of police custody: Harwick Police", 10,
            "Numbered recommendations after long narrative; the first crosses the page break of the LibreOffice "
            "PDF with a raised footnote digit inside it, the second ends with one.",
            formats=("lopdf", "docx", "html", "pdf"))
    d.h(1, "Report on an unannounced inspection of police custody in Harwick")
    for _ in range(FILLER_W14):
        d.p("Inspectors visited the custody suites by day and by night, observed detainees being booked in and "
            "released, read the custody records of a sample of detainees, and spoke to detainees, custody "
            "sergeants, detention officers and the health care staff who work in the suites.")
    d.p(EXTRA_W14)
    d.h(2, "Recommendations")
    r1 = ("Within six months, Harwick Police should make sure that every detainee who is released from custody "
          "after being assessed as vulnerable has a release plan that is discussed with them, and that the plan "
          "records who will support them when they leave and how they will get home safely.")
    r2 = "Within six months, Harwick Police should make sure that detainees can shower and have fresh clothes."
    d.raw("<ol><li>Within six months, Harwick Police should make sure that every detainee who is released from "
          "custody after being assessed as vulnerable has a release plan that is discussed with them,<sup>12</sup> "
          "and that the plan records who will support them when they leave and how they will get home safely.</li>"
          "<li>Within six months, Harwick Police should make sure that detainees can shower and have fresh "
          "clothes.<sup>13</sup></li></ol>")
    d.f(REC, r1, ref="1", due="Within six months", addressees=["Harwick Police"])
    d.f(REC, r2, ref="2", due="Within six months", addressees=["Harwick Police"])
    d.p("We will ask the force for an action plan within six weeks of this report's publication.")
    return d


# Sized so that recommendation 1 crosses the page break of the LibreOffice PDF (A4).
FILLER_W14 = 7
EXTRA_W14 = "We also met the independent custody visitors, who told us that detainees are treated with respect."
