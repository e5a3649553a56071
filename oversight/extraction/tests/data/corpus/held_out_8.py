"""The TEST8 part of the corpus: an eighth blind part (issue 11), written and labelled by a sixth engineer who has
not read the reader's code, and committed before the reader first read it. Never tuned on.

Fresh forces, services, topics and dates across families 1–8 and 10: lead-ins, run-together bullets, pasted
papers with no line breaks, website headings with explanations, tracker tables in several column orders with
progress updates, causes in prose with their recommendations, negatives (committee recommendations, counts,
responses, closed past recommendations), PEEL pages with grades tables, Welsh-English headings, "Action:"
and "Recommendation 4.2" numbering, joint inspections addressed to several agencies, and page breaks with
footnotes.
"""

from .labels import AFI, COC, LANDSCAPE, LO_FORMATS, REC, Doc, collection, joiner

DOCS, document = collection()


@document
def z01_lead_ins_three_phrasings():
    d = Doc("z01_lead_ins_three_phrasings", "An inspection of Harlowmere Police's custody services", 1,
            "Three lead-ins: a dated 'the force should:', 'HMICFRS recommends that:' with sentence items, and "
            "'Within six months, Harlowmere Police should:'.", formats=LO_FORMATS)
    d.h(1, "Custody services in Harlowmere Police")
    d.p("We visited all four custody suites between May and June 2026.")
    d.h(2, "Recommendations")
    d.lead("By 31 March 2027, the force should:", [
        "make sure that detainees with a learning disability are offered an appropriate adult without delay",
        "record the reason for every strip search and have an inspector review it",
    ], due="By 31 March 2027", addressees=["the force"])
    d.lead("Within six months, Harlowmere Police should:", [
        "repair the cell call bells at its Eastgate suite",
        "publish data on the use of force in custody",
        "give custody staff refresher training on the care of children held overnight",
    ], due="Within six months", addressees=["Harlowmere Police"])
    d.h(2, "Area for improvement")
    d.lead("To improve its healthcare provision, the force needs to:", [
        "agree a service level with its healthcare provider for the time taken to see a detainee",
    ], kind=AFI, addressees=["the force"])
    return d


@document
def z02_bullets_run_together_fire():
    d = Doc("z02_bullets_run_together_fire", "Tamsford Fire and Rescue Service: efficiency web page", 2,
            "Bullets run together on one line after 'Areas for improvement', and a dated lead-in with items run "
            "together.", formats=LO_FORMATS)
    d.h(1, "Tamsford Fire and Rescue Service: efficiency 2026")
    a1 = "The service should make sure its on-call availability data is accurate."
    a2 = "The service needs to make better use of its protection staff's time."
    d.p(f"Areas for improvement • {a1} • {a2}")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    items = ["set out how it will pay for replacing its ageing fleet", "report fleet availability to its fire authority"]
    d.p("Recommendation By 30 June 2027, the service should: • "
        + " • ".join(i + joiner(n, len(items)) for n, i in enumerate(items)))
    for n, i in enumerate(items):
        d.f(REC, i + ("." if n == len(items) - 1 else ""), due="By 30 June 2027", addressees=["the service"])
    return d


@document
def z03_flat_tracker_paste():
    d = Doc("z03_flat_tracker_paste", "Scrutiny panel tracker pasted as one paragraph", 3,
            "A PCC scrutiny panel's tracker copied as a single paragraph: a panel recommendation ('That Members "
            "note'), a count, then two HMICFRS recommendations announced in running prose and the force's update.")
    r1 = ("By 31 January 2027, Corrick Constabulary should make sure that it records the ethnicity of every person "
          "stopped and searched.")
    r2 = "Corrick Constabulary should publish the outcomes of its stop and search scrutiny panels."
    d.text = ("Police, Fire and Crime Panel 14 October 2026 Item 6 Recommendation: That Members note the progress "
              "made against the HMICFRS report on disproportionality. The report made 9 recommendations, of which 7 "
              f"are complete. The two that remain open are these: {r1} {r2} Force response: the force has bought "
              "new body-worn video licences and will report again in January.\n")
    d.f(REC, r1, due="By 31 January 2027", addressees=["Corrick Constabulary"])
    d.f(REC, r2, addressees=["Corrick Constabulary"])
    return d


@document
def z04_website_heading_explanation():
    d = Doc("z04_website_heading_explanation", "Brannock Police: PEEL 2026 website findings", 4,
            "HMICFRS website style: each finding is a heading sentence, followed by explanatory paragraphs that "
            "use 'should' and 'needs to' but are not findings.", formats=LO_FORMATS)
    d.h(1, "Brannock Police: PEEL 2026")
    h1 = "The force needs to improve how quickly it answers non-emergency calls"
    d.h(3, h1)
    d.f(AFI, h1, addressees=["The force"])
    d.p("In the year to March 2026, one in three 101 calls was abandoned. Callers should not have to wait more than "
        "ten minutes; the force needs to understand why they do.")
    h2 = "The force should make sure it identifies repeat victims of antisocial behaviour"
    d.h(3, h2)
    d.f(AFI, h2, addressees=["The force"])
    d.p("Call handlers do not always check whether a caller has reported before. Supervisors should check this.")
    return d


@document
def z05_tracker_table_update_first():
    d = Doc("z05_tracker_table_update_first", "Ellerby Police HMICFRS recommendations tracker", 5,
            "A tracker table whose columns are RAG, Force update, Recommendation, No.; recommendations wrap over "
            "two rows; updates labelled.", formats=LO_FORMATS)
    d.raw(LANDSCAPE)
    d.h(1, "HMICFRS recommendations tracker – December 2026")
    r1 = "Ellerby Police should train all public contact staff in the use of the THRIVE assessment."
    r2 = "By 28 February 2027, Ellerby Police should audit its missing persons risk assessments."
    u1 = "88% of staff trained; remainder booked for January."
    u2 = "Audit of 200 cases started in November."
    d.table(["RAG", "Force update", "Recommendation", "No."], [["Amber", u1, r1, "1"], ["Green", u2, r2, "2"]])
    g1 = d.f(REC, r1, ref="1", addressees=["Ellerby Police"])
    g2 = d.f(REC, r2, ref="2", due="By 28 February 2027", addressees=["Ellerby Police"])
    d.update(g1, u1)
    d.update(g2, u2)
    return d


@document
def z06_causes_in_prose():
    d = Doc("z06_causes_in_prose", "Inspection of Marrowby Constabulary's response to rape", 6,
            "A cause of concern announced in running prose, then its recommendations as a lead-in (children with a "
            "parent).", formats=LO_FORMATS)
    d.h(1, "Marrowby Constabulary: response to rape")
    c = ("We have a cause of concern: Marrowby Constabulary is not giving victims of rape a consistent standard of "
         "investigation.")
    d.p(c)
    cid = d.f(COC, "Marrowby Constabulary is not giving victims of rape a consistent standard of investigation.",
              addressees=["Marrowby Constabulary"])
    d.lead("To address this cause of concern, within three months the force should:", [
        "assign every rape investigation to a trained detective",
        "make sure early evidence such as phone data is secured within 24 hours",
    ], due="within three months", addressees=["the force"], parent=cid, family=6)
    return d


@document
def z07_negatives_committee_paper():
    d = Doc("z07_negatives_committee_paper", "Audit committee paper on HMICFRS findings", 7,
            "Nothing on this page is a finding: the committee's own recommendation, counts, the force's responses "
            "and past recommendations reported on.", formats=LO_FORMATS)
    d.h(1, "Joint Audit Committee – HMICFRS update")
    d.p("Recommendation: That Members note the contents of this report.")
    d.p("The 2025 inspection made 22 recommendations and identified 14 areas for improvement.")
    d.p("In 2023 HMICFRS recommended that the force should improve its vetting; this was closed in March 2026.")
    d.p("Force response: we will make sure every officer is re-vetted by 2028.")
    return d


@document
def z08_peel_grades_and_run_on_recs():
    d = Doc("z08_peel_grades_and_run_on_recs", "PEEL 2026: Pennard Police", 8,
            "A generated PEEL page: grades table, 'Recommendation 2 …; and Recommendation 3: …' on one line, an "
            "all-capitals THRIVE starting a line, and findings addressed to the force by name.",
            formats=LO_FORMATS)
    d.h(1, "PEEL 2026: Pennard Police")
    d.table(["Question", "Grade"], [["Responding to the public", "Requires improvement"],
                                    ["Investigating crime", "Adequate"]])
    r2 = "Pennard Police should answer 999 calls within ten seconds"
    r3 = "Pennard Police should review its crime allocation policy."
    d.p(f"Recommendation 2 {r2}; and Recommendation 3: {r3}")
    d.f(REC, r2, ref="2", addressees=["Pennard Police"])
    d.f(REC, r3, ref="3", addressees=["Pennard Police"])
    d.p("THRIVE assessments were completed in most calls we reviewed.")
    a = "Pennard Police should make sure call handlers record a THRIVE assessment for every call."
    d.h(3, "Area for improvement")
    d.p(a)
    d.f(AFI, a, addressees=["Pennard Police"])
    return d


@document
def z09_page_break_footnotes():
    d = Doc("z09_page_break_footnotes", "Inspection of Wrexley Police's digital forensics", 10,
            "A recommendation crossing a page break, with a footnote digit in the text.", formats=LO_FORMATS)
    d.h(1, "Digital forensics in Wrexley Police")
    for _n in range(6):
        d.p("The backlog of devices awaiting examination has grown every quarter since 2024, and investigators "
            "told us they wait months for results that affect charging decisions.")
    r = ("By 31 December 2027, Wrexley Police should make sure that it has enough accredited examiners to meet "
         "demand, and that it prioritises devices by risk to victims.")
    d.raw("<p>By 31 December 2027, Wrexley Police should make sure that it has enough accredited examiners"
          "<sup>3</sup> to meet demand, and that it prioritises devices by risk to victims.</p>")
    d.f(REC, r, due="By 31 December 2027", addressees=["Wrexley Police"])
    return d


@document
def z10_welsh_bilingual():
    d = Doc("z10_welsh_bilingual", "Dyfnant Fire and Rescue Service / Gwasanaeth Tân ac Achub Dyfnant", 4,
            "Welsh-English bilingual headings ('Argymhelliad / Recommendation'); only the English text labelled.",
            formats=LO_FORMATS)
    d.h(1, "Gwasanaeth Tân ac Achub Dyfnant / Dyfnant Fire and Rescue Service")
    d.h(2, "Argymhelliad / Recommendation")
    r = "By 31 October 2027, the service should publish a plan to reduce accidental dwelling fires."
    d.p(r)
    d.f(REC, r, due="By 31 October 2027", addressees=["the service"])
    d.h(2, "Maes i'w wella / Area for improvement")
    a = "The service should make sure that its staff are trained in safeguarding."
    d.p(a)
    d.f(AFI, a, addressees=["The service"])
    return d


@document
def z11_action_numbering():
    d = Doc("z11_action_numbering", "Inspection of Fenwold Constabulary's vetting", 1,
            "'Recommendation 4.2' and 'Action:' numbering schemes.", formats=LO_FORMATS)
    d.h(1, "Vetting in Fenwold Constabulary")
    r1 = "Fenwold Constabulary should clear its backlog of vetting renewals by 30 September 2027."
    r2 = "Fenwold Constabulary should record vetting decisions on a single system."
    d.p(f"Recommendation 4.1 {r1}")
    d.p(f"Recommendation 4.2 {r2}")
    d.f(REC, r1, ref="4.1", due="30 September 2027", addressees=["Fenwold Constabulary"])
    d.f(REC, r2, ref="4.2", addressees=["Fenwold Constabulary"])
    a = "The force should check that staff declare changes in their circumstances."
    d.p(f"Action: {a}")
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def z12_joint_inspection_agencies():
    d = Doc("z12_joint_inspection_agencies", "Joint targeted area inspection of Sellbridge", 1,
            "A joint inspection addressed to several agencies: the chief constable, the local authority and the NHS "
            "integrated care board.", formats=LO_FORMATS)
    d.h(1, "Joint targeted area inspection: Sellbridge")
    d.lead("The Chief Constable of Sellbridge Police, Sellbridge Council and the NHS integrated care board should:", [
        "agree a shared definition of neglect",
        "make sure that strategy meetings include health professionals",
    ], addressees=["The Chief Constable of Sellbridge Police", "Sellbridge Council", "the NHS integrated care board"])
    return d


@document
def z13_revisit_letter_closed():
    d = Doc("z13_revisit_letter_closed", "Revisit letter to the Chief Constable of Oakhurst Police", 7,
            "A revisit letter saying which earlier recommendations are closed (not findings) and one new "
            "recommendation.", formats=LO_FORMATS)
    d.h(1, "Revisit: Oakhurst Police crime data integrity")
    d.p("Dear Chief Constable, we have reviewed progress against the four recommendations of our 2024 report.")
    d.p("Recommendations 1, 2 and 4 are now closed. Recommendation 3, that the force should audit its crime "
        "recording, remains open.")
    r = "Oakhurst Police should record crimes reported by professional third parties within 24 hours."
    d.p(f"We make one new recommendation. {r}")
    d.f(REC, r, addressees=["Oakhurst Police"], family=7)
    return d


@document
def z14_super_complaint_response():
    d = Doc("z14_super_complaint_response", "Super-complaint response: police use of protective orders", 1,
            "A super-complaint response with recommendations to chief constables and the College of Policing.",
            formats=LO_FORMATS)
    d.h(1, "Super-complaint: police use of protective orders")
    r1 = "Within 12 months, chief constables should make sure that breaches of protective orders are investigated."
    r2 = "The College of Policing should update its guidance on non-molestation orders."
    d.p(f"Recommendation 1 {r1}")
    d.p(f"Recommendation 2 {r2}")
    d.f(REC, r1, ref="1", due="Within 12 months", addressees=["chief constables"])
    d.f(REC, r2, ref="2", addressees=["The College of Policing"])
    return d


@document
def z15_appendix_afis_by_question():
    d = Doc("z15_appendix_afis_by_question", "Appendix: areas for improvement by PEEL question", 5,
            "An appendix table of areas for improvement by PEEL question.", formats=LO_FORMATS)
    d.h(1, "Appendix B: Areas for improvement")
    a1 = "The force should improve how it records victims' needs."
    a2 = "The force should reduce the number of suspects released under investigation."
    d.table(["PEEL question", "Area for improvement"], [["Treatment of the public", a1], ["Investigating crime", a2]])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def z16_flat_committee_findings_prose():
    d = Doc("z16_flat_committee_findings_prose", "Fire authority paper pasted with no line breaks", 3,
            "A fire authority paper as one paragraph: findings announced in running prose, between a committee "
            "recommendation and the service's response.")
    a1 = "The service should make sure that it tests its business continuity plans."
    a2 = "The service needs to improve how it collects equality data about its staff."
    d.text = ("Ravensholt Fire Authority 3 November 2026 Recommendation: That the Authority notes the inspection "
              "outcome. Inspectors graded the service good in four areas and identified 2 areas for improvement, "
              f"which were as follows. {a1} {a2} Service response: a testing schedule is being drafted.\n")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    return d


@document
def z17_tracker_wrapped_rows():
    d = Doc("z17_tracker_wrapped_rows", "Thornbury Police action plan for HMICFRS recommendations", 5,
            "A tracker with No., Recommendation, Owner, Update, Status; a recommendation wraps over two rows (its "
            "number only in the first).", formats=LO_FORMATS)
    d.h(1, "HMICFRS action plan – Thornbury Police")
    p1 = "Thornbury Police should make sure that officers explain to victims why they are not"
    p2 = "pursuing a suspect, and record that explanation."
    u = "New closure letter introduced in October; compliance 71%."
    d.table(["No.", "Recommendation", "Owner", "Update", "Status"],
            [["R1", p1, "ACC Crime", u, "Open"], ["", p2, "", "", ""]])
    g = d.f(REC, p1 + " " + p2, ref="R1", addressees=["Thornbury Police"])
    d.printed[g] = [p1, p2]
    d.update(g, u)
    return d


@document
def z18_cause_two_recs_national():
    d = Doc("z18_cause_two_recs_national", "Thematic: police handling of hate crime", 6,
            "A cause of concern in a paragraph ('Our cause of concern is that …') with two numbered "
            "recommendations to chief constables.", formats=LO_FORMATS)
    d.h(1, "Hate crime: a thematic inspection")
    c = "forces do not consistently identify and support repeat victims of hate crime."
    d.p(f"Our cause of concern is that {c}")
    cid = d.f(COC, c)
    r1 = "By 31 May 2027, chief constables should make sure that repeat victims are flagged on force systems."
    r2 = "Chief constables should review how they refer victims to support services."
    d.p(f"Recommendation 1: {r1}")
    d.p(f"Recommendation 2: {r2}")
    d.f(REC, r1, ref="1", due="By 31 May 2027", addressees=["chief constables"], parent=cid)
    d.f(REC, r2, ref="2", addressees=["Chief constables"], parent=cid)
    return d
