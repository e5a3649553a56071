"""The TEST6 part of the corpus: a sixth blind part (issue 11), written and labelled by an engineer who has not read
the reader's code, and committed before the reader first read it. Never tuned on.

Fresh wording, forces, services and dates (prefix ``z``), across families 1–8 and 10: lead-ins in new phrasings
("HMICFRS recommends that, within six months, …", "we recommend that by <date> the force should:", numbered and
lettered items, items ending ";" and "; and"), bullets run together in one paragraph, committee papers and trackers
flattened into one paragraph, heading sentences followed by their evidence, trackers of 3 to 6 columns with merged
cells and wrapped rows (progress updates labelled), causes of concern announced in prose with their
recommendations, negatives (a paper's own recommendation, counts, the force's responses, past recommendations
described as closed), generated PEEL cases and findings that cross a page break under running headers, footers,
page numbers and footnote digits.
"""

from .labels import AFI, ALL_FORMATS, COC, LANDSCAPE, LO_FORMATS, REC, Doc, cell, collection, esc, joiner

DOCS, document = collection()



def numbered(d, lead_in, items, *, kind=REC, due=None, addressees=(), parent=None, family=1, style="({n})"):
    """A lead-in, then its items as paragraphs "(1) …;", "(2) …; and", "(3) …."."""
    d.p(lead_in)
    ids = []
    for n, item in enumerate(items):
        d.p(f"{style.format(n=n + 1, a='abcdefgh'[n])} {item}{joiner(n, len(items))}")
        text = item + ("." if n == len(items) - 1 else "")
        ids.append(d.f(kind, text, due=due, addressees=addressees, parent=parent, family=family))
    return ids


def row(*cells):
    return "<tr>" + "".join(cells) + "</tr>"


def header(*names):
    return "<tr>" + "".join(f"<th><p>{esc(n)}</p></th>" for n in names) + "</tr>"


# ---------------------------------------------------------------- family 1: lead-ins


@document
def z01_peel_recommends_within_six_months():
    d = Doc("z01_peel_recommends_within_six_months", "PEEL 2027–29: Harrowfield Police", 1,
            "A PEEL page: 'HMICFRS recommends that, within six months, Harrowfield Police should:' with bulleted "
            "items ending ';' and '; and', an AFI lead-in after a purpose clause ('To improve its response to missing "
            "children, the force should:'), and a numbered lead-in 'By 28 February 2028, the force should:'.",
            formats=LO_FORMATS, organisation="Harrowfield Police")
    d.h(1, "PEEL 2027–29: an inspection of Harrowfield Police")
    d.p("We inspected Harrowfield Police in March and April 2027. This page sets out our findings on how the force "
        "responds to the public and protects vulnerable people.")
    d.h(2, "Responding to the public")
    d.p("Callers to the force’s non-emergency number waited an average of nine minutes in the quarter before our "
        "inspection, and one call in five was abandoned.")
    d.h(3, "Recommendation")
    d.lead("HMICFRS recommends that, within six months, Harrowfield Police should:", [
        "reduce the time callers to its non-emergency number wait before their call is answered",
        "make sure that call handlers use a structured risk assessment for every call about a vulnerable person",
        "check a sample of abandoned calls each week and call back anyone who may be at risk",
    ], due="within six months", addressees=["Harrowfield Police"])
    d.h(2, "Protecting vulnerable people")
    d.p("Children who go missing more than three times in a year are not routinely referred to the force’s "
        "exploitation team.")
    d.h(3, "Area for improvement")
    d.lead("To improve its response to missing children, the force should:", [
        "hold a return home interview with every child within 72 hours of their return",
        "share what it learns from those interviews with children’s social care",
    ], kind=AFI, addressees=["the force"])
    d.h(2, "Managing offenders")
    d.h(3, "Recommendation")
    d.p("By 28 February 2028, the force should:")
    d.raw("<ol><li>clear its backlog of overdue visits to registered sex offenders;</li>"
          "<li>make sure that each offender manager has a caseload within the national guidance; and</li>"
          "<li>record the rationale for every decision to reduce the level of risk an offender poses.</li></ol>")
    for text in ("clear its backlog of overdue visits to registered sex offenders",
                 "make sure that each offender manager has a caseload within the national guidance",
                 "record the rationale for every decision to reduce the level of risk an offender poses."):
        d.f(REC, text, due="By 28 February 2028", addressees=["the force"])
    d.p("We will review the force’s progress against these recommendations in 2028.")
    return d


@document
def z02_thematic_lowercase_lead_ins():
    d = Doc("z02_thematic_lowercase_lead_ins", "Custody: an inspection of the use of strip search in police custody", 1,
            "A thematic report: a lead-in inside a sentence ('we recommend that by 30 June 2028 the force should:'), "
            "numbered paragraph items '(1) …;', 'HMICFRS recommends that:' items naming their own addressees, a "
            "count and a past recommendation quoted as such (negatives).", formats=LO_FORMATS)
    d.h(1, "Strip search in police custody: a joint thematic inspection")
    d.h(2, "Summary")
    d.p("This report makes six recommendations. In 2022 we recommended that forces should record the reason for "
        "every strip search; most forces have now done so.")
    d.h(2, "Findings in Tamworthy Constabulary")
    d.p("Tamworthy Constabulary strip searched a higher proportion of children than any other force we visited.")
    d.p("Because of this, we recommend that by 30 June 2028 the force should:")
    d.ul(["make sure that an inspector authorises every strip search of a child before it takes place;",
          "make sure that an appropriate adult is present during any strip search of a child; and",
          "publish the number of strip searches of children it carries out each quarter."])
    for text in ("make sure that an inspector authorises every strip search of a child before it takes place",
                 "make sure that an appropriate adult is present during any strip search of a child",
                 "publish the number of strip searches of children it carries out each quarter."):
        d.f(REC, text, due="by 30 June 2028", addressees=["the force"])
    d.h(2, "National recommendations")
    d.p("HMICFRS recommends that:")
    d.p("(1) Chief constables should make sure that custody records show who was present at each strip search;")
    d.p("(2) The National Police Chiefs’ Council should publish guidance on the removal of religious dress in custody; and")
    d.p("(3) The College of Policing should include strip search in its custody training by 31 December 2028.")
    d.f(REC, "Chief constables should make sure that custody records show who was present at each strip search",
        addressees=["Chief constables"])
    d.f(REC, "The National Police Chiefs’ Council should publish guidance on the removal of religious dress in custody",
        addressees=["The National Police Chiefs’ Council"])
    d.f(REC, "The College of Policing should include strip search in its custody training by 31 December 2028.",
        addressees=["The College of Policing"], due="by 31 December 2028")
    d.p("We will ask forces for their plans in response to these recommendations within three months.")
    return d


@document
def z03_fire_lettered_lead_in():
    d = Doc("z03_fire_lettered_lead_in", "Fire and rescue inspection 2027: Carrowmore Fire and Rescue Service", 1,
            "A fire page: 'By 31 January 2028, Carrowmore Fire and Rescue Service should:' with lettered paragraph items "
            "'(a) …', and an AFI lead-in 'The service needs to:' with bulleted items.", formats=LO_FORMATS,
            organisation="Carrowmore Fire and Rescue Service")
    d.h(1, "Carrowmore Fire and Rescue Service 2027")
    d.h(2, "Protecting the public through fire regulation")
    d.p("The service has a backlog of 410 high-risk premises that have not been audited within its target time.")
    d.h(3, "Recommendation")
    numbered(d, "By 31 January 2028, Carrowmore Fire and Rescue Service should:", [
        "audit every high-risk premises in its risk-based inspection programme",
        "make sure that its protection staff are qualified to the level their role requires",
    ], due="By 31 January 2028", addressees=["Carrowmore Fire and Rescue Service"], style="({a})")
    d.h(2, "Making the fire and rescue service affordable")
    d.h(3, "Areas for improvement")
    d.lead("The service needs to:", [
        "set out how it will use its reserves over the next four years",
        "collect reliable data on how its on-call firefighters spend their time",
    ], kind=AFI, addressees=["The service"])
    d.p("We will monitor the service’s progress through our usual engagement.")
    return d


# ---------------------------------------------------------------- family 2: bullets run together


@document
def z04_fire_bullets_one_paragraph():
    d = Doc("z04_fire_bullets_one_paragraph", "Fire and rescue inspection 2027: Lenholm Fire and Rescue Service", 2,
            "A fire web page copied as one paragraph per section: 'Areas for improvement • The service should … • The "
            "service should …', and 'Recommendations By 30 November 2027, the service should: • a; • b; and • c.' "
            "on one line.", formats=LO_FORMATS)
    d.h(1, "Lenholm Fire and Rescue Service: effectiveness")
    d.h(2, "Preventing fires and other risks")
    a1 = "The service should make sure that its home fire safety visits are targeted at the people most at risk."
    a2 = "The service should evaluate its prevention campaigns to understand which of them work."
    a3 = "The service should make sure that staff understand how to make a safeguarding referral."
    d.p(f"Areas for improvement • {a1} • {a2} • {a3}")
    for a in (a1, a2, a3):
        d.f(AFI, a, addressees=["The service"])
    d.h(2, "Responding to major incidents")
    items = ["test its business continuity plans for a loss of mobilising systems",
             "train its incident commanders in the joint emergency services principles",
             "take part in cross-border exercises with neighbouring services"]
    d.p("Recommendations By 30 November 2027, the service should: • " + items[0] + "; • " + items[1] + "; and • "
        + items[2] + ".")
    for n, text in enumerate(items):
        d.f(REC, text + ("." if n == 2 else ""), due="By 30 November 2027", addressees=["the service"])
    return d


@document
def z05_police_bullets_after_heading():
    d = Doc("z05_police_bullets_after_heading", "PEEL 2027–29: Ostley Police – investigating crime", 2,
            "A police page where the AFI bullets run together after 'Areas for improvement' and a single area for "
            "improvement and a cause of concern's recommendation are both printed after a bullet on one line.",
            formats=ALL_FORMATS)
    d.h(1, "Ostley Police: investigating crime")
    d.p("The force is inadequate at investigating crime.")
    a1 = "The force should improve the quality of its investigation plans."
    a2 = "The force needs to make sure that victims are updated in line with the Victims’ Code."
    d.p(f"Areas for improvement • {a1} • {a2}")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    a3 = "The force should make sure that digital evidence is examined without undue delay."
    d.p(f"Area for improvement • {a3}")
    d.f(AFI, a3, addressees=["The force"])
    d.p("Digital devices waited an average of seven months to be examined.")
    return d


# ---------------------------------------------------------------- family 3: no line breaks


@document
def z06_flattened_panel_paper():
    d = Doc("z06_flattened_panel_paper", "Brackmoor Police and Crime Panel: HMICFRS inspection of victim care", 3,
            "A panel paper flattened into one paragraph: the paper's own recommendation, counts, findings announced in "
            "running prose ('The inspection set out the following areas for improvement: The force should …'), a "
            "recommendation with its deadline, and the force's response (negatives).")
    a1 = "The force should make sure that victims are offered a needs assessment at their first contact."
    a2 = "The force should improve how it records the reasons why victims withdraw their support for a prosecution."
    r1 = ("By 31 August 2027, the force should make sure that every victim of a serious sexual offence is referred "
          "to an independent sexual violence adviser.")
    d.text = (
        "Brackmoor Police and Crime Panel 9 March 2027 Agenda item 6 HMICFRS inspection of victim care in Brackmoor "
        "Police Report of the Police and Crime Commissioner Recommendation That the Panel notes the findings of the "
        "inspection and the force’s response. 1. Purpose 1.1 This report informs the Panel of the findings of "
        "HMICFRS’s inspection of how Brackmoor Police supports victims, published on 12 January 2027. 2. Background "
        "2.1 The inspection made one recommendation and identified two areas for improvement. 2.2 The inspection set "
        f"out the following areas for improvement: {a1} {a2} 2.3 The recommendation was: {r1} 3. The force’s "
        "response 3.1 The force accepts the findings. It considers that it should be able to offer every victim a "
        "needs assessment by the summer, and a new referral process must be in place before the end of June. 4. "
        "Financial implications 4.1 There are none. Contact officer: Head of Policy, Office of the Police and Crime "
        "Commissioner\n")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(REC, r1, due="By 31 August 2027", addressees=["the force"])
    return d


@document
def z07_flattened_tracker():
    d = Doc("z07_flattened_tracker", "Westermoor Police: HMICFRS recommendations tracker, quarter 3", 3,
            "A four-column tracker (Ref / Recommendation / Force update / RAG) copied from a PDF into one paragraph; "
            "updates labelled.")
    r1 = "The force should review its use of out-of-court disposals for domestic abuse offences."
    u1 = "A review was completed in October and its findings went to the Chief Officer Group."
    r2 = ("Within three months, the force should make sure that all frontline officers have been trained to use "
          "body-worn video at domestic abuse incidents.")
    u2 = "Training is 84 per cent complete and the remaining officers are booked on courses."
    r3 = "The force should improve the supervision of its missing person investigations."
    u3 = "A new supervision template is being tested in the north district."
    d.text = (
        "Westermoor Police HMICFRS recommendations tracker Quarter 3 2026/27 Ref Recommendation Force update RAG "
        f"WP-01 {r1} {u1} Green WP-02 {r2} {u2} Amber WP-03 {r3} {u3} Amber Key: Green – complete; Amber – in "
        "progress; Red – not started\n")
    g = d.f(REC, r1, ref="WP-01", addressees=["The force"])
    d.update(g, u1)
    g = d.f(REC, r2, ref="WP-02", due="Within three months", addressees=["the force"])
    d.update(g, u2)
    g = d.f(REC, r3, ref="WP-03", addressees=["The force"])
    d.update(g, u3)
    return d


# ---------------------------------------------------------------- family 4: heading then explanation


@document
def z08_fire_headings_then_evidence():
    d = Doc("z08_fire_headings_then_evidence", "Ashcombe Fire and Rescue Service 2027: people", 4,
            "The HMICFRS website layout for a fire service: each finding is a heading sentence ('Ashcombe Fire and "
            "Rescue Service should improve …', '… needs to …', 'The service must …') followed by paragraphs of "
            "evidence, some of which report what staff said the service should do.", formats=LO_FORMATS)
    d.h(1, "Ashcombe Fire and Rescue Service: people")
    d.p("The service requires improvement at promoting the right values and culture.")
    d.h(2, "Areas for improvement")
    h1 = "Ashcombe Fire and Rescue Service should improve how it monitors the working hours of its on-call staff"
    d.h(3, h1)
    d.f(AFI, h1, addressees=["Ashcombe Fire and Rescue Service"])
    d.p("Some on-call firefighters also work full time for the service, and the service doesn’t know how many hours "
        "they work in total.")
    d.p("Several staff told us the service should set a limit on combined hours. We found no record of rest periods "
        "being checked.")
    h2 = "The service needs to make sure that all staff complete equality and diversity training"
    d.h(3, h2)
    d.f(AFI, h2, addressees=["The service"])
    d.p("Only 61 per cent of staff had completed the training at the time of our inspection.")
    h3 = "The service must improve how it handles grievances"
    d.h(3, h3)
    d.f(AFI, h3, addressees=["The service"])
    d.p("Grievances took an average of 14 weeks to resolve. Staff said managers should be trained to deal with "
        "complaints informally before they escalate.")
    d.h(2, "Innovative practice")
    d.p("The service has introduced a reverse mentoring scheme for its senior leaders.")
    return d


@document
def z09_police_headings_then_evidence():
    d = Doc("z09_police_headings_then_evidence", "PEEL 2027–29: Kelvedon Constabulary – preventing crime", 4,
            "Heading sentences naming the force ('Kelvedon Constabulary should improve …', 'The constabulary needs to "
            "…') with a full stop, followed by evidence including an evidence list with 'should'.",
            formats=ALL_FORMATS)
    d.h(1, "Kelvedon Constabulary: preventing crime and antisocial behaviour")
    d.p("The constabulary is adequate at preventing crime and antisocial behaviour.")
    d.h(2, "Areas for improvement")
    h1 = "Kelvedon Constabulary should improve how it evaluates its problem-solving work."
    d.h(3, h1)
    d.f(AFI, h1, addressees=["Kelvedon Constabulary"])
    d.p("Neighbourhood teams use a problem-solving model, but the constabulary rarely checks whether the work has "
        "reduced demand.")
    d.ul(["officers said evaluation should be simpler;", "supervisors said they had no time to review plans."])
    h2 = "The constabulary needs to give its neighbourhood officers more time for neighbourhood work."
    d.h(3, h2)
    d.f(AFI, h2, addressees=["The constabulary"])
    d.p("Neighbourhood officers spent 40 per cent of their time covering response shifts.")
    return d


# ---------------------------------------------------------------- family 5: tracker tables


@document
def z10_tracker_wrapped_row():
    d = Doc("z10_tracker_wrapped_row", "Ostley Police: HMICFRS recommendations progress report", 5,
            "A four-column tracker (No. / Recommendation / Force update / RAG), landscape, with a recommendation "
            "wrapped onto a second row with no number; updates labelled.", formats=LO_FORMATS)
    d.raw(LANDSCAPE)
    d.h(1, "Ostley Police – progress against HMICFRS recommendations")
    d.p("Report to the Joint Audit Committee, 22 April 2027.")
    rows = [
        ("1", "The force should make sure that it records the ethnicity of every person it stops and searches.",
         "Recording has risen to 97 per cent. Monthly checks continue.", "Green"),
        ("2", "By 30 June 2027, the force should reduce the number of outstanding suspects on its wanted persons list.",
         "The list has fallen from 1,240 to 880 names.", "Amber"),
        ("3", "The force should make sure that officers are trained to recognise coercive control.",
         "A course has been commissioned from the College of Policing.", "Amber"),
        ("4", "The force should improve how it supervises the use of police bail.",
         "Bail reviews are now part of the sergeants’ daily briefing.", "Green"),
    ]
    r5a = "The force should make sure that it has enough trained family liaison officers"
    r5b = "to support every bereaved family after a road death."
    u5 = "Twelve more officers will be trained by September."
    body = "".join(row(cell(n), cell(r), cell(u), cell(s)) for n, r, u, s in rows)
    body += row(cell("5"), cell(r5a), cell(u5), cell("Red")) + row(cell(""), cell(r5b), cell(""), cell(""))
    d.raw("<table>" + header("No.", "Recommendation", "Force update", "RAG") + body + "</table>")
    for n, r, u, _ in rows:
        g = d.f(REC, r, ref=n, due="By 30 June 2027" if n == "2" else None,
                addressees=["the force" if n == "2" else "The force"])
        d.update(g, u)
    g = d.f(REC, r5a + " " + r5b, ref="5", addressees=["The force"])
    d.printed[g] = [r5a, r5b]
    d.update(g, u5)
    return d


@document
def z11_plan_merged_cells():
    d = Doc("z11_plan_merged_cells", "Lenholm Fire and Rescue Service: HMICFRS improvement plan", 5,
            "A five-column plan (Ref / Area for improvement / Progress update / RAG / Lead) with report headings "
            "merged across the row (colspan) and a Lead cell merged over two rows (rowspan, last column); updates "
            "labelled.", formats=LO_FORMATS)
    d.raw(LANDSCAPE)
    d.h(1, "Lenholm Fire and Rescue Service improvement plan")
    d.p("Position at 31 March 2027.")
    a = [
        ("E1", "The service should make sure that its risk information is up to date and available to crews.",
         "Site-specific risk information has been reviewed for 310 of 420 premises.", "Amber"),
        ("E2", "The service should review how it allocates resources to prevention work.",
         "A new targeting model was approved in February.", "Green"),
        ("P1", "The service should make sure that its values are understood by all staff.",
         "Values workshops are under way at every station.", "Amber"),
        ("P2", "The service should improve how it manages staff absence.",
         "An absence policy has been drafted and is out for consultation.", "Red"),
    ]
    body = row(f'<td colspan="5"><p>{esc("Effectiveness")}</p></td>')
    body += row(cell(a[0][0]), cell(a[0][1]), cell(a[0][2]), cell(a[0][3]), cell("Head of Response", rowspan=2))
    body += row(cell(a[1][0]), cell(a[1][1]), cell(a[1][2]), cell(a[1][3]))
    body += row(f'<td colspan="5"><p>{esc("People")}</p></td>')
    body += row(cell(a[2][0]), cell(a[2][1]), cell(a[2][2]), cell(a[2][3]), cell("Director of People"))
    body += row(cell(a[3][0]), cell(a[3][1]), cell(a[3][2]), cell(a[3][3]), cell("Director of People"))
    d.raw("<table>" + header("Ref", "Area for improvement", "Progress update", "RAG", "Lead") + body + "</table>")
    for ref, text, update, _ in a:
        g = d.f(AFI, text, ref=ref, addressees=["The service"])
        d.update(g, update)
    return d


@document
def z12_three_column_response():
    d = Doc("z12_three_column_response", "Commissioner’s response to HMICFRS: Kelvedon Constabulary custody", 5,
            "A PCC's response table in three columns (Recommendation / Response / Status), response cells using "
            "'should' and 'must'; a count in the introduction (negative).", formats=ALL_FORMATS)
    d.h(1, "Response of the Police and Crime Commissioner for Kelvedon")
    d.p("The inspection made three recommendations to the Chief Constable. My response to each is set out below.")
    recs = [
        ("The Chief Constable should make sure that detainees are offered a shower and a change of clothes.",
         "I agree. The Chief Constable should have this in place by the summer, and I must see evidence of it.",
         "In progress"),
        ("The Chief Constable should improve the recording of the use of force in custody.",
         "Use of force forms are now checked by an inspector every shift.", "Complete"),
        ("By 31 December 2027, the Chief Constable should replace the cell call system at Kelvedon Central custody suite.",
         "Funding has been agreed in the capital programme.", "In progress"),
    ]
    d.table(["Recommendation", "Response", "Status"], recs)
    for n, (text, update, _) in enumerate(recs):
        g = d.f(REC, text, due="By 31 December 2027" if n == 2 else None,
                addressees=["the Chief Constable" if n == 2 else "The Chief Constable"])
        d.update(g, update)
    return d


# ---------------------------------------------------------------- family 6: causes of concern in prose


@document
def z13_fire_cause_letter():
    d = Doc("z13_fire_cause_letter", "Letter to the Chief Fire Officer of Ravensholt Fire and Rescue Service", 6,
            "A cause-of-concern letter: 'we identified two causes of concern. We set these out below with our "
            "recommendations:' each cause in prose followed by a dated lead-in with items, then the service's reply "
            "(negative).", formats=LO_FORMATS)
    d.h(1, "Ravensholt Fire and Rescue Service: causes of concern")
    d.p("Dear Chief Fire Officer,")
    d.p("During our inspection of Ravensholt Fire and Rescue Service in May 2027 we identified two causes of concern. "
        "We set these out below with our recommendations.")
    c1 = ("The service hasn’t done enough to make sure that its fire control room can handle calls when it is "
          "short of staff.")
    d.p(c1)
    g1 = d.f(COC, c1)
    d.lead("By 31 October 2027, the service should:", [
        "set a minimum number of staff for its fire control room on every shift",
        "put in place a tested arrangement with another control room to take its calls when needed",
    ], due="By 31 October 2027", addressees=["the service"], parent=g1, family=6)
    c2 = "The service doesn’t have an effective system to make sure that operational staff are competent."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("Within three months, the service should:", [
        "record the competence of every operational member of staff in one system",
        "make sure that staff whose competence has lapsed are not deployed in that role",
        "report to its fire authority each quarter on the competence of its workforce",
    ], due="Within three months", addressees=["the service"], parent=g2, family=6)
    d.p("The service has told us that it must and will address these concerns, and that its plan should be ready by "
        "September. We will revisit the service to assess its progress.")
    d.p("Yours sincerely, HM Inspector of Fire and Rescue Services")
    return d


@document
def z14_police_cause_in_prose():
    d = Doc("z14_police_cause_in_prose", "PEEL 2027–29: Tamworthy Constabulary – protecting vulnerable people", 6,
            "A PEEL page: a cause announced at the end of a paragraph ('This is a cause of concern.'), 'To address "
            "this cause of concern, we recommend that within six months Tamworthy Constabulary should:' with items, "
            "then an area for improvement with no parent.", formats=LO_FORMATS, organisation="Tamworthy Constabulary")
    d.h(1, "Tamworthy Constabulary: protecting vulnerable people")
    d.p("The constabulary is inadequate at protecting vulnerable people.")
    d.h(2, "Cause of concern")
    c = "Tamworthy Constabulary doesn’t always respond quickly enough to reports of domestic abuse."
    d.p(c + " Some victims waited more than 48 hours for an officer to attend.")
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.lead("To address this cause of concern, we recommend that within six months Tamworthy Constabulary should:", [
        "make sure that it attends reports of domestic abuse within the times set in its own policy",
        "make sure that supervisors review every domestic abuse incident that is waiting for attendance",
        "improve how it tells victims when officers will attend",
    ], due="within six months", addressees=["Tamworthy Constabulary"], parent=g, family=6)
    d.h(2, "Area for improvement")
    a = "The constabulary should make better use of Clare’s Law disclosures."
    d.p(a)
    d.f(AFI, a, addressees=["The constabulary"])
    return d


# ---------------------------------------------------------------- family 7: not findings


@document
def z15_committee_paper_negatives():
    d = Doc("z15_committee_paper_negatives", "Carrowmore Fire Authority: HMICFRS inspection report", 7,
            "A fire authority paper: 'Recommendation: That Members note the report', counts, a past recommendation "
            "described as closed, the service's responses with 'should'/'must', and the two areas for improvement "
            "quoted in full in an appendix (the only findings).", formats=LO_FORMATS)
    d.h(1, "Carrowmore Fire Authority – 14 October 2027")
    d.h(2, "HMICFRS inspection report 2027")
    d.p("Recommendation: That Members note the report.")
    d.h(3, "1. Summary")
    d.p("1.1 HMICFRS published its report on the service on 2 September 2027. It identified 22 areas for "
        "improvement across the three pillars, compared with 17 in 2025.")
    d.p("1.2 In 2025 HMICFRS recommended that the service should improve its audit of high-rise buildings. This "
        "recommendation was closed in June 2027 as achieved.")
    d.h(3, "2. The service’s response")
    d.p("2.1 The Chief Fire Officer considers that the service should complete its action plan by March 2028, and "
        "the plan must be agreed by the Authority in December.")
    d.h(3, "Appendix A – areas for improvement quoted in full")
    d.raw("<ol><li>The service should make sure that it has enough qualified fire investigators.</li>"
          "<li>The service should improve how it engages with its seldom-heard communities.</li></ol>")
    d.f(AFI, "The service should make sure that it has enough qualified fire investigators.",
        addressees=["The service"])
    d.f(AFI, "The service should improve how it engages with its seldom-heard communities.",
        addressees=["The service"])
    return d


@document
def z16_force_response_document():
    d = Doc("z16_force_response_document", "Westermoor Police response to the HMICFRS vetting inspection", 7,
            "The force's own response: a count, a past AFI described as achieved, each area for improvement under "
            "its own heading followed by 'Our response' paragraphs with 'should' and 'must' (not findings).",
            formats=LO_FORMATS)
    d.h(1, "Westermoor Police: our response to the HMICFRS vetting inspection")
    d.p("The inspection identified two areas for improvement. The area for improvement from the 2024 inspection, on "
        "vetting renewals, has been achieved.")
    d.h(2, "Area for improvement 1")
    a1 = "The force should make sure that it carries out vetting aftercare when an officer’s circumstances change."
    d.p(a1)
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.h(3, "Our response")
    d.p("We accept this. Every officer should tell us of a change of circumstances, and from April the vetting unit "
        "must review each notification within 28 days.")
    d.h(2, "Area for improvement 2")
    a2 = "The force should improve how it records the rationale for granting vetting clearance with adverse information."
    d.p(a2)
    d.f(AFI, a2, ref="2", addressees=["The force"])
    d.h(3, "Our response")
    d.p("A new decision template is in use. Decision makers must record their reasons, and the Professional "
        "Standards Department should audit a sample each month.")
    return d


# ---------------------------------------------------------------- family 8: generated PEEL PDF cases


@document
def z17_generated_peel():
    d = Doc("z17_generated_peel", "PEEL 2027–29: an inspection of Greyhaven Police", 8,
            "A generated PEEL: a grades table (Area / Grade), 'Recommendation 1 …; and Recommendation 2: …' merged in "
            "one paragraph, a finding whose second line starts 'THRIVE,' and one whose line starts 'MASH', findings "
            "addressed to the force by name, short name ('GHP') and alias ('Greyhaven Constabulary').",
            formats=LO_FORMATS, organisation="Greyhaven Police")
    d.h(1, "PEEL 2027–29: an inspection of Greyhaven Police")
    d.p("Greyhaven Police (GHP) was inspected in June 2027.")
    d.table(["Area", "Grade"], [["Responding to the public", "Requires improvement"],
                                ["Protecting vulnerable people", "Adequate"],
                                ["Investigating crime", "Good"]])
    t1 = "Responding to the public"
    d.h(2, t1)
    r1 = "Greyhaven Police should reduce the time it takes to answer 999 calls"
    r2 = "Greyhaven Police should make sure that its control room staff are trained in vulnerability"
    d.p(f"Recommendation 1: {r1}; and Recommendation 2: {r2}.")
    d.f(REC, r1, ref="1", addressees=["Greyhaven Police"], theme=t1)
    d.f(REC, r2 + ".", ref="2", addressees=["Greyhaven Police"], theme=t1)
    a1a = "GHP should make sure that call handlers assess risk using the structured model known as"
    a1b = "THRIVE, and record the outcome on every incident log."
    d.h(3, "Area for improvement")
    d.raw(f"<p>{esc(a1a)}<br>{esc(a1b)}</p>")
    d.f(AFI, a1a + " " + a1b, addressees=["GHP"], theme=t1)
    t2 = "Protecting vulnerable people"
    d.h(2, t2)
    d.p("The force is adequate at protecting vulnerable people.")
    a2a = "Greyhaven Constabulary should make sure that referrals to its"
    a2b = "MASH are reviewed by a supervisor within 24 hours."
    d.h(3, "Area for improvement")
    d.raw(f"<p>{esc(a2a)}<br>{esc(a2b)}</p>")
    d.f(AFI, a2a + " " + a2b, addressees=["Greyhaven Constabulary"], theme=t2)
    t3 = "Investigating crime"
    d.h(2, t3)
    d.p("The force is good at investigating crime.")
    a3 = "The force should make sure that it keeps victims informed when a suspect is released on bail."
    d.h(3, "Area for improvement")
    d.p(a3)
    d.f(AFI, a3, addressees=["The force"], theme=t3)
    return d


# ---------------------------------------------------------------- family 10: page breaks


NARRATIVE = [
    "The force has made progress since our last inspection. It has invested in its public protection unit and "
    "recruited 24 more investigators, although many of them are still in training and carry smaller caseloads.",
    "We reviewed 80 case files. In 58 of them the investigation was effective and the victim was kept informed. In "
    "the remaining 22, the investigation was not well supervised or the victim was not contacted for long periods.",
    "Officers told us that they valued the new training on trauma-informed practice, but several said they had not "
    "been given time away from their duties to complete it, and that they had completed it at home.",
    "The force’s performance framework includes measures of victim satisfaction, but these are not broken down by "
    "crime type, so leaders cannot see where satisfaction is lowest and target their efforts there.",
    "The force works well with its partners through its community safety partnerships. Information is shared "
    "quickly, and joint problem-solving plans are in place for the areas of highest demand.",
]


def page_break_report(name, force, paragraphs, formats, generator):
    d = Doc(name, f"{force}: an inspection of the investigation of rape", 10,
            f"Narrative, then numbered recommendations: the first crosses the page break of the {generator} PDF "
            "under a running header with the page number (and the generator's footer), with a raised footnote digit inside it (before the "
            "break in the WeasyPrint PDF, after it in the LibreOffice PDF); the note is printed after the list.",
            formats=formats)
    d.raw(f"<style>@page {{ @top-center {{ content: '{force} – rape investigation – page ' counter(page) }} }}</style>")
    d.h(1, f"{force}: an inspection of the investigation of rape")
    for para in (NARRATIVE * 2)[:paragraphs]:
        d.p(para)
    d.p("The force has also begun to use its new case management system for all rape investigations.")
    d.h(2, "Recommendations")
    r1a = ("1. By 31 March 2028, the force should make sure that every rape investigation is reviewed by a detective "
           "inspector within seven days of the report, that the review records the lines of enquiry to be followed, "
           "the support offered to the victim and the timescale for a charging decision")
    r1b = (" and that the review is repeated every 28 days until the investigation is finalised in line with the "
           "national operating model for rape and serious sexual offences, so that no investigation drifts "
           "without the oversight of a senior detective and every victim is told what is happening at each stage.")
    d.raw(f"<p>{esc(r1a)}<sup>7</sup>{esc(r1b)}</p>")
    d.f(REC, (r1a + r1b)[3:], ref="1", due="By 31 March 2028", addressees=["the force"])
    r2 = "2. The force should make sure that victims are referred to an independent sexual violence adviser."
    d.p(r2)
    d.f(REC, r2[3:], ref="2", addressees=["The force"])
    r3 = "3. The force should publish its rape investigation performance data each quarter."
    d.p(r3)
    d.f(REC, r3[3:], ref="3", addressees=["The force"])
    d.p("7 The national operating model was published by the National Police Chiefs’ Council in 2023.")
    return d


@document
def z18_weasy_page_break_footnote():
    return page_break_report("z18_weasy_page_break_footnote", "Ravensholt Police", 5, ("pdf", "docx", "html"),
                             "WeasyPrint")


@document
def z20_lopdf_page_break_footnote():
    return page_break_report("z20_lopdf_page_break_footnote", "Lenholm Police", 9, ("lopdf", "docx", "html"),
                             "LibreOffice")


@document
def z19_pdftotext_export():
    d = Doc("z19_pdftotext_export", "Kelvedon Constabulary: an inspection of neighbourhood policing (text export)", 10,
            "A pdftotext export: running header with the page number, a footer, an area for improvement crossing the "
            "page with a footnote digit glued to a word and its note above the footer, then a second AFI on the "
            "next page.")
    a1 = ("The constabulary should make sure that its neighbourhood officers spend most of their time on "
          "neighbourhood duties and that abstractions to response duties are recorded and reviewed by the "
          "neighbourhood inspector each month.")
    a2 = "The constabulary should improve how it consults communities about their policing priorities."
    pages = [
        "Kelvedon Constabulary – neighbourhood policing 3\n\n"
        "Neighbourhood teams are well known in their communities and are\n"
        "trusted by local councillors.\n\n"
        "Areas for improvement\n\n"
        "The constabulary should make sure that its neighbourhood officers spend\n"
        "most of their time on neighbourhood duties and that abstractions4 to\n"
        "response\n\n"
        "4 Abstraction means taking an officer away from their usual duties.\n\n"
        "OFFICIAL – Sensitive\n",
        "Kelvedon Constabulary – neighbourhood policing 4\n\n"
        "duties are recorded and reviewed by the neighbourhood inspector each\n"
        "month.\n\n"
        "The constabulary should improve how it consults communities about their\n"
        "policing priorities.\n\n"
        "Most neighbourhood meetings are attended by fewer than ten people.\n\n"
        "OFFICIAL – Sensitive\n",
    ]
    d.text = "\f".join(pages) + "\n"
    g = d.f(AFI, a1, addressees=["The constabulary"])
    d.printed[g] = ["The constabulary should make sure that its neighbourhood officers spend most of their time on "
                    "neighbourhood duties and that abstractions", "to response",
                    "duties are recorded and reviewed by the neighbourhood inspector each month."]
    d.f(AFI, a2, addressees=["The constabulary"])
    return d


@document
def z21_flattened_peel_page():
    d = Doc("z21_flattened_peel_page", "PEEL 2027–29: Lenholm Police – investigating crime (copied text)", 3,
            "A PEEL web page copied into one paragraph: a cause of concern and its dated lead-in with items run "
            "together ('By 31 May 2028, the force should: a; b; and c.'), areas for improvement after their heading "
            "in running text, evidence with 'should' reported from officers, and a closing sentence (negatives).")
    c = "Lenholm Police isn’t investigating burglary and robbery effectively."
    items = ["make sure that every burglary and robbery is allocated to an investigator with the right skills",
             "make sure that supervisors review these investigations at least every 14 days",
             "improve how it gathers forensic evidence at the scene"]
    a1 = "The force should make sure that victims are told when their investigation is closed."
    a2 = "The force should reduce the time it takes to get charging advice from the Crown Prosecution Service."
    d.text = (
        "Lenholm Police Investigating crime Inadequate The force is inadequate at investigating crime. Cause of "
        f"concern {c} Too many investigations are closed without a suspect being identified, and officers told us "
        "that they should be given more time for enquiries. Recommendations By 31 May 2028, the force should: "
        f"{items[0]}; {items[1]}; and {items[2]}. Areas for improvement {a1} {a2} We found that the force had "
        "improved its use of bail since our last inspection. We will check the force’s progress in our next "
        "inspection.\n")
    g = d.f(COC, c)
    for n, text in enumerate(items):
        d.f(REC, text + ("." if n == 2 else ""), due="By 31 May 2028", addressees=["the force"], parent=g)
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d
