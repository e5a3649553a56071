"""The TEST3 part of the corpus: a third blind part (issue 11, round four), written and labelled, and committed,
before the reader first read it. Never tuned on: only its totals are looked at.

Written fresh, in wording of its own (not adapted from dev documents), across families 1–8 and 10 and every
format the corpus builds (scanned PDFs, family 9, are its PDFs rendered as pictures: `corpus --scan`).
"""

from .labels import AFI, COC, LO_FORMATS, REC, Doc, collection

DOCS, document = collection()



@document
def v01_peel_lead_ins():
    d = Doc("v01_peel_lead_ins", "PEEL 2025–27: an inspection of Ashbury Police", 1,
            "Lead-ins with items: a named force with a deadline, an inspectorate lead-in to chief constables, "
            "and a lead-in under a cause.", formats=LO_FORMATS)
    d.h(1, "PEEL 2025–27: Ashbury Police")
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Cause of concern")
    c = "Ashbury Police isn’t doing enough to protect victims of stalking and harassment."
    d.p(c)
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.lead("Within nine months, Ashbury Police should:", [
        "make sure that every report of stalking is recognised and recorded as stalking",
        "consider a stalking protection order in every case where the legal test is met",
        "give victims of stalking a single point of contact throughout the investigation",
    ], due="Within nine months", addressees=["Ashbury Police"], parent=g)
    d.h(2, "Recommendations to chief constables")
    d.p("These recommendations arise from the wider findings of this round of inspections.")
    d.lead("By 1 October 2026, chief constables should:", [
        "publish how long their forces take to answer 999 calls",
        "make sure that their control rooms have a plan to deal with sudden surges in demand",
    ], due="By 1 October 2026", addressees=["chief constables"])
    d.h(2, "Areas for improvement")
    a1 = "The force should improve how it shares information about vulnerable adults with partner agencies."
    a2 = "The force should make sure that it completes its checks on new recruits before they start work."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def v02_web_text_run_together():
    d = Doc("v02_web_text_run_together", "Fire and rescue inspection 2025: Brantwood (web text)", 2,
            "Text saved from a web page: the bullets of each list run together on one line.")
    a1 = "The service should make sure its safe and well visits reach the people most at risk from fire."
    a2 = "The service should evaluate its arson reduction work to find out what works."
    a3 = "The service should make sure all its staff understand how to make a safeguarding referral."
    r1 = "By 31 July 2026, the service should put in place a plan to reduce the backlog of fire safety audits."
    d.text = ("Brantwood Fire and Rescue Service – inspection 2025\n"
              "Understanding the risk of fire and other emergencies\n"
              "The service has a good understanding of risk in its area.\n"
              "Preventing fires and other risks Areas for improvement • " + a1 + " • " + a2 + " • " + a3 + "\n"
              "Protecting the public through fire regulation Recommendation • " + r1 + "\n"
              "Responding to fires and other emergencies\n"
              "The service responds well to emergencies and meets its own standards.\n")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.f(AFI, a3, addressees=["The service"])
    d.f(REC, r1, due="By 31 July 2026", addressees=["the service"])
    return d


@document
def v03_flattened_board_paper():
    d = Doc("v03_flattened_board_paper", "Strategic board paper pasted without line breaks", 3,
            "A board paper flattened into one paragraph: its own recommendation, counts, and the report's areas "
            "for improvement announced in running prose.")
    a1 = "The force should improve how it supervises the management of its wanted people."
    a2 = "The force should make sure its neighbourhood officers know the priorities of the communities they serve."
    a3 = "The force should review how it records and uses intelligence from the public."
    d.text = ("Ravensmoor Police and Crime Commissioner Strategic Board 12 February 2026 Agenda item 7 HMICFRS PEEL "
              "inspection report Recommendation: That the Board note the report and the force’s plan. Summary The "
              "inspectorate graded the force in nine areas and found it good in five. It made no causes of concern "
              "and 7 areas for improvement in total. Three of them concern neighbourhood policing and "
              f"intelligence, and they read: {a1} {a2} {a3} The Deputy Chief Constable leads the improvement "
              "plan and will report to the Board each quarter.\n")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(AFI, a3, addressees=["The force"])
    return d


@document
def v04_fire_headings_explanation():
    d = Doc("v04_fire_headings_explanation", "Fire inspection 2025: Holmfirth Valley FRS – people", 4,
            "The website layout: each area for improvement a heading sentence ('should', 'needs to'), then "
            "paragraphs of evidence; a heading for good practice after them.", formats=LO_FORMATS)
    d.h(1, "Holmfirth Valley Fire and Rescue Service: people")
    d.h(2, "Getting the right people with the right skills")
    d.h(3, "Areas for improvement")
    a1 = "The service should make sure it has a workforce plan that takes account of the skills it will need"
    a2 = "Holmfirth Valley Fire and Rescue Service needs to improve how it records the training of its on-call firefighters"
    d.h(4, a1)
    d.p("The service’s workforce plan was last updated in 2021. It does not say how the service will replace the "
        "38 firefighters who are due to retire in the next three years.")
    d.p("Managers told us they rely on overtime to keep fire engines available.")
    d.f(AFI, a1, addressees=["The service"])
    d.h(4, a2)
    d.p("We found gaps in the training records of 14 of the 30 on-call firefighters whose records we checked. "
        "Station managers said the system is hard to use.")
    d.f(AFI, a2, addressees=["Holmfirth Valley Fire and Rescue Service"])
    d.h(3, "Promising practice")
    d.h(4, "Apprentices are mentored by experienced firefighters")
    d.p("Every apprentice has a mentor for their first two years.")
    return d


@document
def v05_tracker_pdf_columns():
    d = Doc("v05_tracker_pdf_columns", "Eastfold Constabulary: HMICFRS action tracker", 5,
            "A tracker: Ref / HMICFRS recommendation / Progress update / Status, long recommendations that wrap, "
            "a dated one; in every format.", formats=LO_FORMATS)
    d.h(1, "HMICFRS action tracker – Eastfold Constabulary, January 2026")
    rows = []
    items = [
        ("1", "The constabulary should make sure that it records crimes reported by vulnerable victims at the first "
              "point of contact, and that its crime registrar audits a sample of these records every month.", None,
         "Monthly audits started in October; compliance was 94 per cent in December.", "Amber"),
        ("2", "By 30 June 2026, the constabulary should introduce a way to check that officers update victims in "
              "line with the Victims’ Code.", "By 30 June 2026",
         "A new reminder has been added to the crime recording system.", "Green"),
        ("3", "The constabulary should make sure that officers consider safeguarding needs when they deal with "
              "children who are arrested.", None,
         "Guidance issued to custody staff; training begins in March.", "Amber"),
        ("4", "The constabulary should reduce the time it takes to examine digital devices seized in investigations "
              "of child sexual abuse.", None,
         "Two further examiners have been recruited. The backlog has fallen from 310 devices to 190.", "Red"),
    ]
    for ref, text, due, update, status in items:
        rows.append([ref, text, update, status])
        g = d.f(REC, text, ref=ref, due=due, addressees=["the constabulary" if due else "The constabulary"])
        d.update(g, update)
    d.table(["Ref", "HMICFRS recommendation", "Progress update", "Status"], rows)
    return d


@document
def v06_afi_table_word():
    d = Doc("v06_afi_table_word", "Areas for improvement: progress report to the Audit Committee", 5,
            "A progress table of areas for improvement: No. / Area for improvement / Owner / Update / RAG, with a "
            "paragraph before and after it.")
    d.h(1, "Areas for improvement – progress report")
    d.p("This table shows the force’s progress against the areas for improvement from the 2024 inspection.")
    rows = []
    items = [
        ("AFI 1", "The force should improve the quality of its initial investigations into burglary.", "Det Supt Rowe",
         "A burglary investigation checklist has been introduced.", "Green"),
        ("AFI 2", "The force should make sure it understands why so many victims withdraw their support for an investigation.",
         "Supt Okafor", "A survey of victims who withdrew has been commissioned.", "Amber"),
        ("AFI 3", "The force should make sure its officers have the equipment they need to record evidence at domestic abuse incidents.",
         "Ch Insp Hale", "Body-worn video has been issued to all response officers.", "Green"),
    ]
    for ref, text, owner, update, rag in items:
        rows.append([ref, text, owner, update, rag])
        g = d.f(AFI, text, ref=ref, addressees=["The force"])
        d.update(g, update)
    d.table(["No.", "Area for improvement", "Owner", "Update", "RAG"], rows)
    d.p("The committee will receive the next report in July.")
    return d


@document
def v07_causes_sent_letter():
    d = Doc("v07_causes_sent_letter", "Letter: revisit of causes of concern at Moorcroft Fire and Rescue Service", 6,
            "A letter: an area of concern announced in prose ('We sent you the cause of concern and made "
            "recommendations as follows:'), the cause, 'By <date>, the service should:' items; then a second "
            "cause and its recommendations, and the revisit's conclusion.", formats=LO_FORMATS)
    d.h(1, "Moorcroft Fire and Rescue Service: revisit letter")
    d.p("Dear Chief Fire Officer,")
    d.p("In our inspection of the service in May 2025 we identified an area of concern about how the service "
        "protects people who live in high-rise buildings. We sent you the cause of concern and made "
        "recommendations as follows:")
    c1 = "The service doesn’t have an adequate understanding of the risks in the high-rise buildings in its area."
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("By 31 January 2026, the service should:", [
        "gather and record up-to-date risk information for every high-rise building in its area",
        "make sure that this information is available to crews on the way to an incident",
        "test its evacuation procedures for high-rise buildings with its control room staff",
    ], due="By 31 January 2026", addressees=["the service"], parent=g1, family=6)
    d.p("We also found that the service wasn’t doing enough to look after the wellbeing of its staff. We "
        "identified a second cause of concern.")
    c2 = "The service isn’t providing its staff with the wellbeing support they need after traumatic incidents."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("By 31 March 2026, the service should:", [
        "make sure that every member of staff who attends a traumatic incident is offered a debrief",
        "review the capacity of its occupational health team",
    ], due="By 31 March 2026", addressees=["the service"], parent=g2, family=6)
    d.p("We revisited the service in February 2026. It has made good progress and we have closed both causes of "
        "concern.")
    d.p("Yours sincerely,")
    return d


@document
def v08_cause_text_summary():
    d = Doc("v08_cause_text_summary", "PEEL summary as text: a cause of concern and its recommendations", 6,
            "A text export: a cause announced in a paragraph, its statement, 'To address this cause of concern, "
            "we recommend that within six months the force should:' with hyphen items, then areas for "
            "improvement under a heading.")
    c = "Wexley Police isn’t supervising its investigations well enough."
    i1 = "make sure that supervisors review every investigation at the points its policy sets"
    i2 = "make sure that investigation plans are recorded and followed"
    a1 = "The force should improve how it manages the risk posed by people released on bail."
    a2 = "The force should make sure that it uses out-of-court resolutions in line with national guidance."
    d.text = ("PEEL 2025–27: Wexley Police – summary\n"
              "We are concerned about the way the force investigates crime. Too many investigations are poorly "
              "supervised and victims are not kept informed. As a result we have identified a cause of concern.\n"
              f"{c}\n"
              "To address this cause of concern, we recommend that within six months the force should:\n"
              f"- {i1}; and\n"
              f"- {i2}.\n"
              "Areas for improvement\n"
              f"{a1}\n"
              f"{a2}\n"
              "We will monitor the force’s progress through our regular meetings with it.\n")
    g = d.f(COC, c)
    d.f(REC, i1, due="within six months", addressees=["the force"], parent=g, family=6)
    d.f(REC, i2 + ".", due="within six months", addressees=["the force"], parent=g, family=6)
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def v09_panel_paper_negatives():
    d = Doc("v09_panel_paper_negatives", "Police and Crime Panel: update on HMICFRS inspections", 7,
            "A panel paper: its own 'Recommendation: That Members note the report', counts ('16 recommendations "
            "were made'), the force's responses and updates worded as directives, and two quoted findings.",
            formats=LO_FORMATS)
    d.h(1, "Police and Crime Panel – 3 March 2026")
    d.h(2, "Update on HMICFRS inspections")
    d.p("Recommendation: That Members note the report.")
    d.h(3, "1. Background")
    d.p("1.1 Two reports about the force were published in the last quarter. The thematic report on police "
        "custody made 16 recommendations, of which 4 were for chief constables.")
    d.p("1.2 The force has now closed 11 of the 13 areas for improvement from its last PEEL inspection.")
    d.h(3, "2. Findings for the force")
    r = "By 30 September 2026, chief constables should make sure that every detainee is offered a free phone call to a family member."
    d.p("2.1 The custody report includes this recommendation for chief constables:")
    d.p("“" + r + "”")
    d.f(REC, r, due="By 30 September 2026", addressees=["chief constables"])
    d.p("2.2 The force’s response: the force accepts the recommendation. Custody sergeants should offer the call at "
        "booking in, and the force must audit this every quarter.")
    a = "The force should make sure that its vetting decisions are recorded with their reasons."
    d.p("2.3 The vetting inspection gave the force one area for improvement:")
    d.p(a)
    d.f(AFI, a, addressees=["The force"])
    d.p("2.4 Update from the force: a new recording template is in use. Vetting officers need to complete it for "
        "every decision.")
    d.h(3, "3. Financial implications")
    d.p("3.1 None.")
    return d


@document
def v10_generated_peel_pdf():
    d = Doc("v10_generated_peel_pdf", "PEEL 2025–27: Greater Dunmarsh Police (generated)", 8,
            "A generated PEEL: a grades table, 'Recommendation 1: …; and Recommendation 2: …' in one paragraph, "
            "a line starting with capitals (NICHE), findings addressed to the force by name.",
            organisation={"name": "Greater Dunmarsh Police", "short_name": "GDP", "aliases": ["Dunmarsh"]})
    d.h(1, "PEEL 2025–27: Greater Dunmarsh Police")
    d.table(["Area", "Grade"], [["Investigating crime", "Requires improvement"], ["Responding to the public", "Good"]])
    d.h(2, "Investigating crime")
    d.h(3, "Cause of concern")
    c = "Greater Dunmarsh Police doesn’t allocate investigations to staff with the right skills and experience."
    d.p(c)
    g = d.f(COC, c, theme="Investigating crime")
    r1 = "Greater Dunmarsh Police should make sure that complex investigations are allocated to accredited detectives"
    r2 = "Greater Dunmarsh Police should reduce the number of investigations each detective holds."
    d.p("Recommendation 1: " + r1 + "; and Recommendation 2: " + r2)
    d.f(REC, r1, ref="1", addressees=["Greater Dunmarsh Police"], parent=g, theme="Investigating crime")
    d.f(REC, r2, ref="2", addressees=["Greater Dunmarsh Police"], parent=g, theme="Investigating crime")
    d.h(3, "Area for improvement")
    a = "The force should make sure that officers record investigation plans on its crime system, known as NICHE, in every case."
    d.raw("<p>The force should make sure that officers record investigation plans on its crime system, known as<br>"
          "NICHE, in every case.</p>")
    d.f(AFI, a, addressees=["The force"], theme="Investigating crime")
    return d


@document
def v11_recommendations_over_page():
    d = Doc("v11_recommendations_over_page", "Joint inspection of youth diversion: Lowmere", 10,
            "A long report: numbered recommendations after pages of narrative, one running over the page break "
            "with a footnote call inside it.", formats=("pdf", "html", "docx", "lopdf"))
    d.h(1, "A joint inspection of youth diversion in Lowmere")
    for _ in range(9):
        d.p("We spoke to children and their families, to youth justice workers and to police officers, and we read "
            "the records of the diversion decisions made for children in the area over the last twelve months.")
    d.h(2, "Recommendations")
    r1 = ("Within six months, Lowmere Police should make sure that every child who is eligible for an out-of-court "
          "disposal is considered for diversion by the joint decision-making panel, and that the reasons for the "
          "panel’s decision are recorded and shared with the child and their family.")
    r2 = "Within six months, Lowmere Police should review how it monitors the outcomes of diversion."
    d.raw("<ol><li>Within six months, Lowmere Police should make sure that every child who is eligible for an "
          "out-of-court disposal is considered for diversion by the joint decision-making panel,<sup>7</sup> and "
          "that the reasons for the panel’s decision are recorded and shared with the child and their family.</li>"
          f"<li>{r2}</li></ol>")
    d.f(REC, r1, due="Within six months", addressees=["Lowmere Police"])
    d.f(REC, r2, due="Within six months", addressees=["Lowmere Police"])
    return d


@document
def v12_text_export_pages():
    d = Doc("v12_text_export_pages", "Custody report exported as text with page breaks", 10,
            "A text export: form feeds, a running header and footer with page numbers; an area for improvement "
            "broken across the page break.")
    para = "Inspectors observed the booking-in of detainees and reviewed a sample of custody records at each suite."
    a1 = ("The force should make sure that detainees who are at risk of self-harm are checked and roused at the "
          "intervals their care plans require.")
    a2 = "The force should make sure that interpreters are used whenever a detainee needs one."
    pages = [
        "Custody inspection – Hartcliffe Police\n" + "\n".join([para] * 3) + "\nPage 1 of 3",
        "Custody inspection – Hartcliffe Police\nAreas for improvement\n• The force should make sure that detainees who are at risk of\nPage 2 of 3",
        "Custody inspection – Hartcliffe Police\nself-harm are checked and roused at the intervals their care plans require.\n• " + a2
        + "\n" + para + "\nPage 3 of 3",
    ]
    d.text = "\f".join(pages) + "\n"
    g = d.f(AFI, a1, addressees=["The force"])
    d.printed[g] = ["The force should make sure that detainees who are at risk of",
                    "self-harm are checked and roused at the intervals their care plans require."]
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def v13_minutes_and_response_text():
    d = Doc("v13_minutes_and_response_text", "Audit committee minutes and an action log (text)", 7,
            "Minutes: counts, the committee's resolution, the force's answers worded with 'should', and an action "
            "log; one recommendation from the report quoted with its number.")
    r = "The force should make sure that its contracts for custody health care include performance measures."
    d.text = ("Joint Audit Committee – minutes of 20 January 2026\n"
              "Present: the chair, three independent members, the chief finance officer.\n"
              "Item 4: HMICFRS custody inspection\n"
              "The report made 22 recommendations and identified 9 areas for improvement.\n"
              "Members asked whether the force should have acted sooner on the findings about health care.\n"
              "The Superintendent replied that the force should be able to complete its plan by the summer.\n"
              "The committee was told that the report’s Recommendation 5 reads:\n"
              f"{r}\n"
              "RESOLVED: That the report be noted and a further update be received in July.\n"
              "Action: The head of custody to circulate the improvement plan to members.\n")
    d.f(REC, r, ref="5", addressees=["The force"])
    return d
