"""The TEST9 part of the corpus: a ninth blind part (issue 11), written and labelled by a seventh engineer who has
not read the reader's code, and committed before the reader first read it. Never tuned on.

Fresh forces (Hollinsford, Quarrington, Eastfold, Stannerby, Marlwick, Bradwell Vale, Northmoor, Glanfor),
fire and rescue services (Pellbury, Hensby, Ashwater, Corriebeck) and dates (2028–29) across families 1–8 and 10:
lead-ins worded "We recommend that, within 12 months, all forces should:" and "The chief constable should, by …:",
numbered items that are full sentences, bullets run together with "–", "●" and "1)", text pasted from PDFs with a
page header inside a finding, heading findings followed by "What we found" explanations, trackers with Owner /
Target date / BRAG / Actions columns, merged cells and a row continued on the next page, causes of concern
announced in prose (one after its cause sentence), accelerated-cause letters with several deadlines, committee
papers and PCC responses whose only findings are quoted, a PEEL page with a nine-question grades table, a joint
inspection whose agencies are listed as bullets, Welsh and English text side by side, a register listing pasted
with its status markup, and page breaks with running headers, footers and footnote calls.
"""

from .labels import AFI, COC, LANDSCAPE, LO_FORMATS, REC, Doc, cell, collection, esc, joiner

DOCS, document = collection()

# The page prints its own raised digit (<sup>); the PDF's footnote area keeps the note's text, not a second call.
ONE_CALL = "<style>::footnote-call { content: none }</style>"


def items_ul(items):
    """A bulleted list with the joiners printed ("; and" before the last, "." at the end)."""
    return "<ul>" + "".join(f"<li>{esc(i + joiner(n, len(items)))}</li>" for n, i in enumerate(items)) + "</ul>"


def last_stop(items):
    """The texts of a lead-in's items as labelled: joiners dropped, the last item's full stop kept."""
    return [i + ("." if n == len(items) - 1 else "") for n, i in enumerate(items)]


@document
def y01_thematic_all_forces_twelve_months():
    d = Doc("y01_thematic_all_forces_twelve_months",
            "Digital evidence from victims: an inspection of how the police handle victims' mobile phones", 1,
            "National thematic. 'We recommend that, within 12 months, all forces should:' over bullets; a lead-in "
            "whose deadline follows the two addressees ('the College of Policing and the National Police Chiefs’ "
            "Council should, by 31 March 2029:'); a Home Office recommendation as a sentence with its deadline at "
            "the end. Negatives: the count ('This report makes six recommendations'), the 2025 recommendation "
            "mentioned as progress, and what victims said the police should do.",
            formats=LO_FORMATS, published_on="2028-06-14")
    d.h(1, "Digital evidence from victims: an inspection of how the police handle victims’ mobile phones")
    d.h(2, "Summary")
    d.p("Victims of crime increasingly hold evidence on their phones. We found that too many victims are left "
        "without their phone for months, and that few are told why it is needed or when they will get it back.")
    d.p("Victims told us that the police should explain what will be looked at and should return phones more "
        "quickly. One said she had been without her phone for eleven months.")
    d.p("In 2025 we recommended that forces should stop taking whole downloads of victims’ phones where a targeted "
        "extraction would do. Some forces have made progress against that recommendation, but most have not.")
    d.p("This report makes six recommendations.")
    d.h(2, "Recommendations")
    d.h(3, "Recommendations for forces")
    d.p("We recommend that, within 12 months, all forces should:")
    items = [
        "make sure that a victim is told, in writing, why their device is needed and what material will be examined",
        "set and monitor a target time for returning a victim’s device",
        "offer every victim whose device is kept for more than 28 days a replacement device or another way to stay "
        "in contact",
    ]
    d.raw(items_ul(items))
    for t in last_stop(items):
        d.f(REC, t, due="within 12 months", addressees=["all forces"])
    d.h(3, "Recommendations for national bodies")
    d.p("We recommend that the College of Policing and the National Police Chiefs’ Council should, by 31 March 2029:")
    items2 = [
        "publish guidance on proportionate examination of victims’ devices",
        "agree a national standard for recording the consent a victim gives to the examination of their device",
    ]
    d.raw(items_ul(items2))
    for t in last_stop(items2):
        d.f(REC, t, due="by 31 March 2029",
            addressees=["the College of Policing", "the National Police Chiefs’ Council"])
    r6 = ("The Home Office should fund the national roll-out of self-service kiosks for targeted extraction by the end "
          "of the 2029/30 financial year.")
    d.p(r6)
    d.f(REC, r6, due="by the end of the 2029/30 financial year", addressees=["The Home Office"])
    d.h(2, "About this inspection")
    d.p("We inspected six forces between October 2027 and February 2028 and reviewed 240 case files.")
    return d


@document
def y02_chief_constable_numbered_sentences():
    d = Doc("y02_chief_constable_numbered_sentences",
            "An inspection of Quarrington Police’s response to missing children", 1,
            "'The chief constable should, by 31 October 2028, make sure that:' over numbered items that are full "
            "sentences, each with its own full stop and no joiners (each item's text keeps its full stop); then an "
            "area for improvement lead-in 'The force should improve how it:' over bullets. The numbers are refs.",
            formats=LO_FORMATS, organisation="Quarrington Police", published_on="2028-03-09")
    d.h(1, "Quarrington Police: the police response to missing children")
    d.p("In the twelve months to September 2027, Quarrington Police recorded 3,412 missing episodes involving "
        "children. Almost half involved children living in residential care.")
    d.p("We found committed staff in the force’s missing persons unit, but a lack of supervision in the first hours "
        "of a report meant that the risk to some children was underestimated.")
    d.h(2, "Recommendation")
    d.p("The chief constable should, by 31 October 2028, make sure that:")
    items = [
        "Every report of a missing child is reviewed by an inspector within two hours of being received.",
        "The risk assessment for a missing child is reviewed each time new information is received.",
        "A return home interview is offered to every child and the information gained is shared with the "
        "local authority.",
    ]
    d.raw("<ol>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ol>")
    for n, t in enumerate(items, 1):
        d.f(REC, t, ref=str(n), due="by 31 October 2028", addressees=["The chief constable"])
    d.h(2, "Areas for improvement")
    d.p("The force should improve how it:")
    afis = ["identifies children who go missing repeatedly from the same address",
            "records the outcome of strategy meetings about missing children"]
    d.raw(items_ul(afis))
    for t in last_stop(afis):
        d.f(AFI, t, addressees=["The force"])
    return d


@document
def y03_fire_afis_dashes_one_line():
    d = Doc("y03_fire_afis_dashes_one_line", "Pellbury Fire and Rescue Service: effectiveness 2028", 2,
            "Fire web page copied with its list flattened: 'Areas for improvement – … – … – …' on one line, the "
            "third needing 'needs to'. The expectation sentence ('Every fire and rescue service should …') and the "
            "cause for concern summary are not findings.", formats=LO_FORMATS,
            organisation="Pellbury Fire and Rescue Service", published_on="2028-09-21")
    d.h(1, "Pellbury Fire and Rescue Service")
    d.h(2, "Preventing fires and other risks")
    d.p("Requires improvement")
    d.p("Every fire and rescue service should promote fire safety, including giving fire safety advice to the "
        "people most at risk.")
    a = ["The service should make sure that its safe and well visits are targeted at the people most at risk of "
         "fire.",
         "The service should evaluate its prevention campaigns so that it knows which ones work.",
         "The service needs to share information about vulnerable people with its partners more quickly."]
    d.p("Areas for improvement – " + " – ".join(a))
    for t in a:
        d.f(AFI, t, addressees=["The service"])
    d.p("The service has reduced the number of its prevention staff by a third since 2024. Staff told us that they "
        "should be given more time to complete visits.")
    return d


@document
def y04_police_numbered_and_dots_run_together():
    d = Doc("y04_police_numbered_and_dots_run_together", "PEEL 2028: Eastfold Police – investigating crime", 2,
            "Police web page flattened: 'Recommendations 1) By 31 January 2029, Eastfold Police should … 2) Eastfold "
            "Police should …' in one paragraph (refs 1, 2), and 'Areas for improvement ● … ● …' in one paragraph.",
            formats=LO_FORMATS, organisation="Eastfold Police", published_on="2028-07-05")
    d.h(1, "Eastfold Police: investigating crime")
    d.p("Inadequate")
    d.p("The force is inadequate at investigating crime. Too many investigations are allocated to officers without "
        "the skills or time to complete them.")
    r1 = ("By 31 January 2029, Eastfold Police should make sure that every investigation has an investigation plan "
          "that is reviewed by a supervisor.")
    r2 = "Eastfold Police should reduce the number of investigations each of its detectives carries."
    d.p(f"Recommendations 1) {r1} 2) {r2}")
    d.f(REC, r1, ref="1", due="By 31 January 2029", addressees=["Eastfold Police"])
    d.f(REC, r2, ref="2", addressees=["Eastfold Police"])
    a1 = "The force should make sure that victims are updated in line with the victims’ code."
    a2 = "The force should improve how it uses bail and released under investigation."
    d.p(f"Areas for improvement ● {a1} ● {a2}")
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def y05_pdf_paste_header_inside_finding():
    d = Doc("y05_pdf_paste_header_inside_finding", "Stannerby Constabulary PEEL report (text pasted from the PDF)", 3,
            "Text copied out of a PDF with its line breaks lost: the running header 'Stannerby Constabulary – PEEL "
            "2028–29 Page 14 of 38' is pasted into the middle of the first area for improvement (labelled whole, "
            "printed in two pieces); a cause of concern and its dated recommendation follow; 'officers told us the "
            "force should …' is evidence.")
    a1a = "The constabulary should make sure that its neighbourhood officers are not routinely taken away from"
    a1b = "their neighbourhood duties to cover response shifts."
    a2 = "The constabulary should improve how it records the ethnicity of people it stops and searches."
    c = "Stannerby Constabulary does not answer emergency calls quickly enough."
    r = ("By 30 April 2029, the constabulary should make sure that it has enough call handlers on each shift to "
         "answer 90 percent of emergency calls within ten seconds.")
    d.text = (
        "Preventing crime Adequate Areas for improvement " + a1a
        + " Stannerby Constabulary – PEEL 2028–29 Page 14 of 38 " + a1b + " " + a2
        + " Officers told us the force should put more officers back into neighbourhood teams. Responding to the "
        "public Inadequate Cause of concern " + c + " In the year to March 2028, only 71 percent of 999 calls were "
        "answered within ten seconds. Recommendation " + r + " Stannerby Constabulary – PEEL 2028–29 Page 15 of 38 "
        "Investigating crime Adequate The constabulary is adequate at investigating crime.\n")
    g = d.f(AFI, f"{a1a} {a1b}", addressees=["The constabulary"])
    d.printed[g] = [a1a, a1b]
    d.f(AFI, a2, addressees=["The constabulary"])
    cid = d.f(COC, c)
    d.f(REC, r, due="By 30 April 2029", addressees=["the constabulary"], parent=cid)
    return d


@document
def y06_panel_paper_pasted_recommendation_dashes():
    d = Doc("y06_panel_paper_pasted_recommendation_dashes",
            "Hollinsford Police and Crime Panel paper pasted with no line breaks", 3,
            "A panel paper as one paragraph: 'RECOMMENDATION 1. The Panel is recommended to note …' (the panel's "
            "own), a count ('made 14 recommendations, 6 of which apply'), then two HMICFRS recommendations quoted as "
            "'Recommendation 3 – …' and 'Recommendation 7 – …', and the force's response (with 'should') as a "
            "negative. Recommendation 1 of the paper is not an HMICFRS finding.")
    r3 = ("By 30 June 2029, chief constables should make sure that all officers who deal with domestic abuse have "
          "completed the College of Policing’s Domestic Abuse Matters training.")
    r7 = "Chief constables should make sure that domestic abuse protection orders are monitored for breaches."
    d.text = (
        "HOLLINSFORD POLICE AND CRIME PANEL 12 September 2028 Report of the Police and Crime Commissioner HMICFRS "
        "inspection of the police response to domestic abuse RECOMMENDATION 1. The Panel is recommended to note "
        "the report and the Commissioner’s response to it. 2. PURPOSE The purpose of this report is to update the "
        "Panel on the national inspection published in June 2028. HMICFRS made 14 recommendations, 6 of which apply "
        "to chief constables. The recommendations that apply to Hollinsford Police include the following. "
        f"Recommendation 3 – {r3} Recommendation 7 – {r7} Force response: the force should complete the training of "
        "its remaining officers by March 2029 and a new breach monitoring process went live in August. 3. "
        "FINANCIAL IMPLICATIONS None.\n")
    d.f(REC, r3, ref="3", due="By 30 June 2029", addressees=["chief constables"])
    d.f(REC, r7, ref="7", addressees=["Chief constables"])
    return d


@document
def y07_fire_heading_findings_explanations():
    d = Doc("y07_fire_heading_findings_explanations", "Hensby Fire and Rescue Service: people 2028", 4,
            "Fire web page: each area for improvement is a heading sentence (h4, no full stop; 'must', 'should "
            "make sure', 'needs to') followed by explanation paragraphs that use 'should'; a 'Notable practice' "
            "heading sentence is not a finding.", formats=LO_FORMATS,
            organisation="Hensby Fire and Rescue Service", published_on="2028-11-02")
    d.h(1, "Hensby Fire and Rescue Service: how well it looks after its people")
    d.h(2, "Promoting the right values and culture")
    d.h(3, "Areas for improvement")
    h1 = "Hensby Fire and Rescue Service must improve how it deals with bullying and harassment complaints"
    d.h(4, h1)
    d.f(AFI, h1, addressees=["Hensby Fire and Rescue Service"])
    d.p("Staff told us that complaints take too long to resolve. Some said they should be told how their complaint "
        "is progressing, and managers agreed that the process should be quicker.")
    h2 = "The service should make sure that staff on all its stations can use its confidential reporting line"
    d.h(4, h2)
    d.f(AFI, h2, addressees=["The service"])
    d.p("The reporting line is open only during office hours, so on-call staff should use email, which is not "
        "anonymous.")
    d.h(2, "Getting the right people with the right skills")
    d.h(3, "Area for improvement")
    h3 = "The service needs to make sure that its workforce plan covers the retirement of its senior officers"
    d.h(4, h3)
    d.f(AFI, h3, addressees=["The service"])
    d.p("Five of the service’s seven area managers can retire within three years. The plan should show how the "
        "service will replace them.")
    d.h(3, "Notable practice")
    d.h(4, "The service works with a local university to train its fire safety inspectors")
    d.p("Inspectors achieve a recognised qualification within two years.")
    return d


@document
def y08_police_finding_headings_what_we_found():
    d = Doc("y08_police_finding_headings_what_we_found", "PEEL 2028–29: Marlwick Constabulary – protecting "
            "vulnerable people", 4,
            "Each area for improvement is a heading sentence with a full stop, followed by 'What we found' and 'Why "
            "it matters' subheadings whose paragraphs use 'should' and 'needs to' (explanation, not findings).",
            formats=LO_FORMATS, organisation="Marlwick Constabulary", published_on="2029-01-18")
    d.h(1, "Marlwick Constabulary: protecting vulnerable people")
    d.p("Requires improvement")
    d.h(2, "Areas for improvement")
    h1 = "The constabulary should make sure it uses Clare’s Law disclosures in a timely way."
    d.h(3, h1)
    d.f(AFI, h1, addressees=["The constabulary"])
    d.h(4, "What we found")
    d.p("Applications under the domestic violence disclosure scheme took an average of 62 days to complete, well "
        "over the 35 days the guidance says they should take.")
    d.h(4, "Why it matters")
    d.p("A person at risk needs to know quickly about a partner’s history so that they can make decisions about "
        "their safety.")
    h2 = "The constabulary should improve the quality of its referrals to children’s social care."
    d.h(3, h2)
    d.f(AFI, h2, addressees=["The constabulary"])
    d.h(4, "What we found")
    d.p("Social workers told us that referrals often lack the detail they need. Officers should include the voice "
        "of the child.")
    d.h(4, "Why it matters")
    d.p("Poor referrals delay decisions about children’s safety.")
    return d


@document
def y09_tracker_brag_owner_target_date():
    d = Doc("y09_tracker_brag_owner_target_date", "Northmoor Police: HMICFRS recommendations tracker, Q3 2028–29", 5,
            "Landscape tracker Ref / Source report / Recommendation / Owner / Target date / BRAG / Update; the "
            "source report cell merged over two rows (rowspan); 'Blue' is complete. Target dates are the force's "
            "own, not HMICFRS deadlines (due only where the recommendation prints one). Updates labelled. The "
            "paper's own recommendation ('That the Committee notes…') is not a finding.",
            formats=LO_FORMATS, organisation="Northmoor Police")
    d.raw(LANDSCAPE)
    d.h(1, "Joint Audit Committee – 4 February 2029")
    d.h(2, "HMICFRS recommendations tracker")
    d.p("Recommendation: That the Committee notes the progress made against open HMICFRS recommendations.")
    rows = [
        ("NP-21", "Custody inspection 2027", "By 31 December 2028, the force should make sure that every detainee "
         "is offered a risk assessment review at each change of shift.", "Ch Supt Custody", "31/12/2028", "Blue",
         "Complete. Shift handover template amended; audit in January showed 97% compliance.", "By 31 December 2028"),
        ("NP-22", None, "The force should record the reasons for the use of handcuffs in custody.", "Ch Supt Custody",
         "31/03/2029", "Amber", "New field added to custody record; training for sergeants under way.", None),
        ("NP-30", "Activism and impartiality 2028", "Chief constables should make sure that their social media "
         "policies are consistent with the Code of Ethics.", "Head of Professional Standards", "30/06/2029", "Green",
         "Policy redrafted and out to consultation with staff associations.", None),
        ("NP-34", "Vetting 2028", "Northmoor Police should reduce its backlog of vetting renewals to fewer than 100 "
         "cases.", "Head of Vetting", "31/01/2029", "Red",
         "Backlog now 412; two additional vetting officers recruited, start in March.", None),
    ]
    head = "".join(f"<th><p>{h}</p></th>" for h in
                   ("Ref", "Source report", "Recommendation", "Owner", "Target date", "BRAG", "Update"))
    body = ""
    for n, (ref, report, rec, owner, target, brag, upd, _due) in enumerate(rows):
        source = "" if report is None else cell(report, rowspan=2) if n == 0 else cell(report)
        body += ("<tr>" + cell(ref) + source + cell(rec) + cell(owner) + cell(target) + cell(brag) + cell(upd)
                 + "</tr>")
    d.raw(f"<table><tr>{head}</tr>{body}</table>")
    addressee = {"NP-21": "the force", "NP-22": "The force", "NP-30": "Chief constables", "NP-34": "Northmoor Police"}
    for ref, _report, rec, _o, _t, _b, upd, due in rows:
        g = d.f(REC, rec, ref=ref, due=due, addressees=[addressee[ref]])
        d.update(g, upd)
    d.p("BRAG: Blue – complete; Red – off track; Amber – at risk; Green – on track.")
    return d


@document
def y10_action_plan_continued_next_page():
    d = Doc("y10_action_plan_continued_next_page", "Ashwater Fire and Rescue Service: HMICFRS action plan", 5,
            "Landscape action plan No. / Type / Finding / Lead / Status / Progress over two pages: the table stops "
            "at a page break and carries on under 'Action plan (continued)' with its header printed again; the "
            "finding of row 3 is split, its first part in the last row of page 1, the rest in a row with no number "
            "at the top of page 2 (labelled whole, printed in two pieces; the update is in the first row). Type "
            "gives the kind (AFI / Cause of concern / Recommendation); the recommendation under the cause is its "
            "child.", formats=LO_FORMATS, organisation="Ashwater Fire and Rescue Service")
    d.raw(LANDSCAPE)
    d.h(1, "Ashwater Fire and Rescue Service – HMICFRS inspection 2028: action plan")
    header = ["No.", "Type", "Finding", "Lead", "Status", "Progress"]
    a1 = "The service should make sure that its fire engines are available in line with its own standards."
    u1 = "Availability at 84% against a standard of 90%; on-call recruitment campaign launched in October."
    a2 = "The service should improve how it monitors the wellbeing of staff after traumatic incidents."
    u2 = "Trauma risk management (TRiM) practitioners trained at every station."
    c3a = "The service does not have an effective programme of risk-based inspections of high-risk"
    c3b = "premises, and its inspection targets are not met."
    u3 = "New risk-based inspection programme approved by the fire authority in September."
    r4 = ("By 31 May 2029, the service should make sure that it has enough competent fire safety inspectors to "
          "complete its risk-based inspection programme.")
    u4 = "Four trainee inspectors appointed; they will be qualified by April 2029."
    a5 = "The service should make sure that all staff complete equality and diversity training."
    u5 = "Completion rate 78%; reminders issued through station managers."
    d.table(header, [["1", "AFI", a1, "AM Response", "In progress", u1],
                     ["2", "AFI", a2, "Head of HR", "Complete", u2],
                     ["3", "Cause of concern", c3a, "AM Protection", "In progress", u3]])
    d.pagebreak()
    d.p("Action plan (continued)")
    d.table(header, [["", "", c3b, "", "", ""],
                     ["3.1", "Recommendation", r4, "AM Protection", "In progress", u4],
                     ["4", "AFI", a5, "Head of HR", "Overdue", u5]])
    g1 = d.f(AFI, a1, ref="1", addressees=["The service"])
    g2 = d.f(AFI, a2, ref="2", addressees=["The service"])
    g3 = d.f(COC, f"{c3a} {c3b}", ref="3")
    d.printed[g3] = [c3a, c3b]
    g4 = d.f(REC, r4, ref="3.1", due="By 31 May 2029", addressees=["the service"], parent=g3)
    g5 = d.f(AFI, a5, ref="4", addressees=["The service"])
    for g, u in ((g1, u1), (g2, u2), (g3, u3), (g4, u4), (g5, u5)):
        d.update(g, u)
    return d


@document
def y11_fire_afi_plan_actions_column():
    d = Doc("y11_fire_afi_plan_actions_column", "Corriebeck Fire and Rescue Service: improvement plan", 5,
            "Seven-column landscape plan AFI No. / Area for improvement / Actions / Owner / Target date / Progress "
            "update / RAG: the Actions column is the service's own plan ('The service should …' worded actions are "
            "not findings); the progress update is labelled.", formats=LO_FORMATS,
            organisation="Corriebeck Fire and Rescue Service")
    d.raw(LANDSCAPE)
    d.h(1, "Corriebeck Fire and Rescue Service: HMICFRS improvement plan – update for the Fire Authority")
    rows = [
        ("AFI 1", "The service should make sure that it gives enough priority to its protection work, including "
         "enforcement.", "Recruit two additional enforcement officers; the service should also review its "
         "enforcement policy.", "Head of Protection", "March 2029",
         "Both officers in post; enforcement policy review complete.", "Green"),
        ("AFI 2", "The service should make sure that its mobilising system is resilient.",
         "Test the fallback arrangements with the neighbouring control room every quarter.", "Head of Control",
         "June 2029", "First test in November identified two faults, now fixed.", "Amber"),
        ("AFI 3", "The service should assure itself that its operational staff are trained to the required "
         "standard in breathing apparatus.", "Introduce a competence dashboard for station managers.",
         "Head of Training", "December 2028", "Dashboard delayed by IT supplier; new date February 2029.", "Red"),
    ]
    d.table(["AFI No.", "Area for improvement", "Actions", "Owner", "Target date", "Progress update", "RAG"],
            [list(r) for r in rows])
    for ref, afi, _a, _o, _t, upd, _r in rows:
        g = d.f(AFI, afi, ref=ref, addressees=["The service"])
        d.update(g, upd)
    return d


@document
def y12_causes_in_prose_one_after_its_cause():
    d = Doc("y12_causes_in_prose_one_after_its_cause",
            "An inspection of how Marlwick Constabulary manages registered sex offenders", 6,
            "Two causes of concern in prose. The first is announced before it ('We have concluded that the "
            "following is a cause of concern.') and its recommendations are a lead-in with 'immediately' ('we "
            "recommend that Marlwick Constabulary should immediately:'). The second is stated first and announced "
            "after ('This is our second cause of concern.'), with one sentence recommendation after 'Our "
            "recommendation to address it is as follows.'. An area for improvement follows with no parent.",
            formats=LO_FORMATS, organisation="Marlwick Constabulary", published_on="2028-10-11")
    d.h(1, "Managing registered sex offenders in Marlwick Constabulary")
    d.h(2, "Our findings")
    d.p("Marlwick Constabulary manages 1,140 registered sex offenders. We found that its management of them has "
        "deteriorated since our last inspection, and that officers carry caseloads well above the national "
        "guidance.")
    d.p("We have concluded that the following is a cause of concern.")
    c1 = ("The constabulary is not assessing the risk posed by registered sex offenders in time, and more than 300 "
          "risk assessments are overdue.")
    d.p(c1)
    g1 = d.f(COC, c1)
    d.p("To address this cause of concern, we recommend that Marlwick Constabulary should immediately:")
    items = ["complete every overdue risk assessment, starting with offenders assessed as very high risk",
             "make sure that each offender manager has a caseload within national guidance",
             "give supervisors a daily report of overdue assessments"]
    d.raw(items_ul(items))
    for t in last_stop(items):
        d.f(REC, t, due="immediately", addressees=["Marlwick Constabulary"], parent=g1, family=6)
    d.p("We reviewed 60 cases in which offenders had access to the internet.")
    c2 = ("The constabulary does not monitor the devices of the registered sex offenders who pose the highest risk "
          "online.")
    d.p(c2 + " This is our second cause of concern.")
    g2 = d.f(COC, c2)
    r = ("By 31 December 2028, the constabulary should make sure that it has enough trained staff to examine the "
         "devices of high-risk offenders.")
    d.p("Our recommendation to address it is as follows.")
    d.p(r)
    d.f(REC, r, due="By 31 December 2028", addressees=["the constabulary"], parent=g2)
    d.h(2, "Area for improvement")
    a = "The constabulary should improve how it shares information about offenders with the probation service."
    d.p(a)
    d.f(AFI, a, addressees=["The constabulary"])
    return d


@document
def y13_fire_accelerated_cause_letter():
    d = Doc("y13_fire_accelerated_cause_letter",
            "Letter to the Chief Fire Officer of Hensby Fire and Rescue Service: accelerated cause of concern", 6,
            "An accelerated cause of concern letter: the cause quoted under 'Cause of concern', three "
            "'Recommendation N –' sentences as its children with different deadlines ('Within 28 days of receiving "
            "this letter', 'By 31 March 2029', 'Immediately'); the chief fire officer's reported plans ('should') "
            "and the revisit are negatives.", formats=LO_FORMATS, organisation="Hensby Fire and Rescue Service",
            published_on="2028-12-04")
    d.p("Chief Fire Officer, Hensby Fire and Rescue Service")
    d.p("4 December 2028")
    d.p("Dear Chief Fire Officer,")
    d.h(1, "Accelerated cause of concern: Hensby Fire and Rescue Service")
    d.p("During our inspection of your service in November 2028 we found a serious risk to public safety. We "
        "believe it needs immediate action, so we are writing to you before we publish our full report.")
    d.h(2, "Cause of concern")
    c = ("The service does not have enough competent incident commanders to make sure that it can command "
         "incidents safely, particularly at night and at weekends.")
    d.p(c)
    g = d.f(COC, c)
    d.h(2, "Recommendations")
    r1 = ("Within 28 days of receiving this letter, the service should give us an action plan setting out how it "
          "will make sure it has enough competent incident commanders.")
    r2 = ("By 31 March 2029, the service should make sure that every incident commander has completed their "
          "assessment and revalidation.")
    r3 = "Immediately, the service should make sure that a competent incident commander is available at all times."
    for n, (r, due) in enumerate(((r1, "Within 28 days of receiving this letter"), (r2, "By 31 March 2029"),
                                  (r3, "Immediately")), 1):
        d.p(f"Recommendation {n} – {r}")
        d.f(REC, r, ref=str(n), due=due, addressees=["the service"], parent=g)
    d.p("At our debrief you told us that the service should have an interim rota in place by January. We will "
        "revisit the service in spring 2029 to check its progress.")
    d.p("Yours sincerely,")
    d.p("HM Inspector of Fire and Rescue Services")
    return d


@document
def y14_audit_committee_negatives_one_quoted():
    d = Doc("y14_audit_committee_negatives_one_quoted", "Bradwell Vale PCC and Chief Constable Joint Audit "
            "Committee: HMICFRS update", 7,
            "Committee paper: the committee's own 'RECOMMENDATION: That the Committee notes …', counts ('14 "
            "recommendations, of which 5 were applicable'), recommendations mentioned but not quoted and closed "
            "('was closed by HMICFRS'), a status table of closed recommendations by number only, and the force's "
            "response worded with 'should' are not findings. The one area for improvement quoted is labelled.",
            formats=LO_FORMATS, organisation="Bradwell Vale Police")
    d.h(1, "Joint Audit Committee – 27 November 2028")
    d.h(2, "Agenda item 7: HMICFRS update")
    d.p("RECOMMENDATION: That the Committee notes the HMICFRS update and the closure of 11 recommendations since "
        "the last meeting.")
    d.h(2, "1. Reports published since the last meeting")
    d.p("1.1 The national inspection of the police response to stalking was published on 3 October 2028. HMICFRS "
        "made 14 recommendations, of which 5 were applicable to chief constables. These have been added to the "
        "recommendations register and allocated to the ACC Crime portfolio.")
    d.p("1.2 The inspection of Bradwell Vale Police’s custody arrangements identified one new area for "
        "improvement:")
    a = "The force should make sure that detainees are told how to make a complaint about their treatment."
    d.p(a)
    d.f(AFI, a, addressees=["The force"], family=7)
    d.p("Force response: the custody leaflet has been updated. The force should be able to submit this for closure "
        "in the new year.")
    d.h(2, "2. Closures")
    d.p("2.1 Recommendation 4 of the 2026 report on out of court resolutions, about the use of conditional "
        "cautions, was closed by HMICFRS in May 2028.")
    d.table(["Report", "Recommendation", "HMICFRS status", "Date"],
            [["Vetting 2026", "Recommendation 2", "Closed", "12 September 2028"],
             ["Vetting 2026", "Recommendation 5", "Closed", "12 September 2028"],
             ["PEEL 2025", "AFI 6", "Pending sign-off", "—"]])
    d.p("2.2 There are now 23 open recommendations and 17 open areas for improvement.")
    return d


@document
def y15_pcc_response_what_hmicfrs_said():
    d = Doc("y15_pcc_response_what_hmicfrs_said", "Glanfor Police and Crime Commissioner: response to HMICFRS "
            "report on police cells and mental health", 7,
            "PCC web page in a question style: 'What HMICFRS said' quotes each recommendation after 'Recommendation "
            "N:'; 'What we are doing' is the response, worded with 'should' and 'must' (not findings). Counts and "
            "the statutory 56-day sentence are negatives.", formats=LO_FORMATS,
            organisation="Glanfor Police and Crime Commissioner", published_on="2028-08-30")
    d.h(1, "Response to the HMICFRS report on people in mental health crisis held in police cells")
    d.p("Under section 55 of the Police Act 1996, I must publish my comments on this report within 56 days. The "
        "report contains two recommendations for chief constables and four for the Department of Health and "
        "Social Care.")
    d.h(2, "What HMICFRS said")
    r1 = ("Recommendation 1: By 31 January 2029, chief constables should make sure that no person detained under "
          "section 136 of the Mental Health Act 1983 is taken to a police station as a place of safety.")
    d.p(r1)
    d.f(REC, r1[len("Recommendation 1: "):], ref="1", due="By 31 January 2029", addressees=["chief constables"])
    d.h(2, "What we are doing")
    d.p("Glanfor Police has not used a police cell as a place of safety since 2026. The force should continue to "
        "report any such use to me every month.")
    d.h(2, "What HMICFRS said")
    r2 = ("Recommendation 2: Chief constables should make sure that their officers have 24-hour access to mental "
          "health professionals for advice.")
    d.p(r2)
    d.f(REC, r2[len("Recommendation 2: "):], ref="2", addressees=["Chief constables"])
    d.h(2, "What we are doing")
    d.p("The health board must fund the street triage service beyond March 2029, and I have written to it to ask "
        "that it does.")
    return d


PEEL_GRADES = [
    ("Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Managing offenders", "Good"),
    ("Disrupting serious organised crime", "Adequate"),
    ("Building, supporting and protecting the workforce", "Outstanding"),
    ("Leadership and force management", "Requires improvement"),
]


@document
def y16_peel_grades_sections():
    d = Doc("y16_peel_grades_sections", "PEEL 2028–29: an inspection of Bradwell Vale Police", 8,
            "Generated PEEL report: a nine-question grades table with the previous grade, then sections under the "
            "question headings with the grade; a cause of concern and its lead-in ('Within six months, Bradwell "
            "Vale Police should:') under Protecting vulnerable people; areas for improvement under their sections, "
            "one addressed by the short name 'BVP'. The 2026 area for improvement mentioned as met is a negative.",
            formats=LO_FORMATS, organisation="Bradwell Vale Police", published_on="2029-02-22")
    d.h(1, "PEEL 2028–29: Police effectiveness, efficiency and legitimacy – Bradwell Vale Police (BVP)")
    d.h(2, "Overall summary")
    d.table(["Question", "2028–29 grade", "2026 grade"],
            [[q, g, p] for (q, g), p in zip(PEEL_GRADES, ["Good", "Good", "Adequate", "Adequate", "Requires "
                                                         "improvement", "Good", "Good", "Good", "Adequate"], strict=True)])
    d.h(2, "Responding to the public")
    d.p("Requires improvement")
    a1 = "Bradwell Vale Police should make sure that it answers non-emergency calls promptly."
    d.h(3, "Area for improvement")
    d.p(a1)
    d.f(AFI, a1, addressees=["Bradwell Vale Police"])
    d.p("In 2026 we identified an area for improvement about call handlers’ use of THRIVE. The force has met it.")
    d.h(2, "Protecting vulnerable people")
    d.p("Inadequate")
    d.h(3, "Cause of concern")
    c = "Bradwell Vale Police does not always protect children at risk of exploitation."
    d.p(c)
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.p("Within six months, Bradwell Vale Police should:")
    items = ["make sure that officers recognise the signs of child criminal exploitation",
             "refer every child at risk of exploitation to its multi-agency child exploitation panel"]
    d.raw(items_ul(items))
    for t in last_stop(items):
        d.f(REC, t, due="Within six months", addressees=["Bradwell Vale Police"], parent=g, family=8)
    d.h(2, "Leadership and force management")
    d.p("Requires improvement")
    d.h(3, "Area for improvement")
    a2 = "BVP should improve how it understands the demand on its investigation teams."
    d.p(a2)
    d.f(AFI, a2, addressees=["BVP"])
    return d


@document
def y17_joint_inspection_agencies_listed():
    d = Doc("y17_joint_inspection_agencies_listed", "Joint inspection of the multi-agency response to child "
            "exploitation in Northmoor", 1,
            "Joint inspection (HMICFRS, Ofsted, CQC, HMI Probation): the lead-in names its three addressees as a "
            "bulleted list ('We recommend that: • Northmoor Police • … should, within six months, work together "
            "to:') before the items; each item carries the three addressees and 'within six months'. The list of "
            "agencies is not a finding. A sentence recommendation with its deadline at the end follows.",
            formats=LO_FORMATS, published_on="2028-05-17")
    d.h(1, "Joint targeted area inspection: the multi-agency response to child exploitation in Northmoor")
    d.p("This inspection was carried out jointly by Ofsted, the Care Quality Commission, HMICFRS and HM "
        "Inspectorate of Probation.")
    d.h(2, "What needs to improve")
    d.p("We recommend that:")
    agencies = ["Northmoor Police", "Northmoor County Council", "the Northmoor and Fenby Integrated Care Board"]
    d.ul(agencies)
    d.p("should, within six months, work together to:")
    items = ["agree a single way of assessing the risk of exploitation to a child",
             "make sure that information about children missing from home is shared the same day"]
    d.raw(items_ul(items))
    for t in last_stop(items):
        d.f(REC, t, due="within six months", addressees=agencies)
    r = ("The Chief Constable of Northmoor Police should make sure that children found in drug supply are treated "
         "as possible victims of exploitation by 31 January 2029.")
    d.p(r)
    d.f(REC, r, due="by 31 January 2029", addressees=["The Chief Constable of Northmoor Police"])
    return d


@document
def y18_welsh_english_side_by_side():
    d = Doc("y18_welsh_english_side_by_side", "Heddlu Glanfor / Glanfor Police: PEEL 2028–29", 1,
            "Welsh and English text side by side: each heading and each finding printed first in Welsh, then in "
            "English. Only the English texts are labelled (the Welsh paragraph is the same finding in the other "
            "language, not a second finding). A dated lead-in in both languages; two areas for improvement.",
            formats=LO_FORMATS, organisation="Glanfor Police", published_on="2029-03-07")
    d.h(1, "Heddlu Glanfor: PEEL 2028–29 / Glanfor Police: PEEL 2028–29")
    d.h(2, "Argymhellion / Recommendations")
    d.p("Erbyn 31 Mawrth 2029, dylai’r heddlu:")
    d.ul(["sicrhau bod pob dioddefwr yn cael ei asesu am anghenion ychwanegol;",
          "cofnodi pob trosedd casineb yn gywir."])
    d.p("By 31 March 2029, the force should:")
    items = ["make sure that every victim is assessed for additional needs",
             "record every hate crime accurately"]
    d.raw(items_ul(items))
    for t in last_stop(items):
        d.f(REC, t, due="By 31 March 2029", addressees=["the force"])
    d.h(2, "Meysydd i’w gwella / Areas for improvement")
    d.p("Dylai’r heddlu wella sut mae’n goruchwylio ymchwiliadau.")
    a1 = "The force should improve how it supervises investigations."
    d.p(a1)
    d.f(AFI, a1, addressees=["The force"])
    d.p("Dylai’r heddlu sicrhau bod swyddogion yn cael hyfforddiant ar stopio a chwilio.")
    a2 = "The force should make sure that officers are trained in stop and search."
    d.p(a2)
    d.f(AFI, a2, addressees=["The force"])
    return d


FILLER = [
    "Hollinsford Police receives about 2,300 reports of stalking a year. Most victims are women, and in almost half "
    "of the cases the suspect is a former partner.",
    "We reviewed 90 stalking investigations. In 41 of them the offence was first recorded as harassment, which "
    "meant that the victim did not get the specialist support that a stalking victim should receive.",
    "Officers we spoke to were committed and many had good knowledge of the law. But few had been trained since "
    "the Stalking Protection Act 2019 came into force, and several did not know how to apply for an order.",
    "The force has a stalking advocate funded by the Police and Crime Commissioner. Victims who had contact with "
    "the advocate spoke highly of the support they received.",
    "Supervisors review most investigations within a week of the report, but the reviews rarely record what "
    "should happen next or when the victim will next be contacted.",
    "The force’s performance meetings look at the number of stalking reports, but not at the outcomes for victims "
    "or at how long investigations take.",
]


@document
def y19_page_break_running_header():
    d = Doc("y19_page_break_running_header", "Hollinsford Police: an inspection of the response to stalking", 10,
            "An A5 report with a running header (force, report name and 'OFFICIAL') and a 'Page n' footer printed "
            "by CSS: narrative pushes the findings down so that the first recommendation (a long numbered one, "
            "with a raised footnote digit after 'order') runs over a page; a second recommendation and an area "
            "for improvement follow, the AFI with a footnote digit at its end.",
            formats=LO_FORMATS, organisation="Hollinsford Police", published_on="2028-04-26")
    d.raw(ONE_CALL)
    d.raw("<style>@page { size: A5; @top-center { content: 'Hollinsford Police – response to stalking – OFFICIAL' }"
          " @bottom-right { content: 'Page ' counter(page) } }</style>")
    d.h(1, "Hollinsford Police: an inspection of the response to stalking")
    d.h(2, "Background")
    for para in FILLER[1:3] + FILLER[4:5]:  # sized so that recommendation 1 crosses the WeasyPrint A5 page
        d.p(para)
    d.h(2, "Recommendations")
    r1a = ("1. By 30 September 2028, Hollinsford Police should make sure that every report of stalking is "
           "recorded as stalking from the start, that the victim is referred to the stalking advocate within 48 "
           "hours, and that the investigating officer considers applying for a stalking protection order")
    r1b = (" in every case where the suspect’s behaviour is fixated, obsessive, unwanted and repeated, recording the "
           "reasons if an order is not sought.")
    d.raw(f"<p>{esc(r1a)}<sup>4</sup>"
          '<span style="float: footnote">Stalking Protection Act 2019, section 1.</span>'
          f"{esc(r1b)}</p>")
    d.f(REC, (r1a + r1b)[3:], ref="1", due="By 30 September 2028", addressees=["Hollinsford Police"])
    r2 = "2. Hollinsford Police should train all its investigators in the use of stalking protection orders."
    d.p(r2)
    d.f(REC, r2[3:], ref="2", addressees=["Hollinsford Police"])
    d.h(2, "Area for improvement")
    a = "The force should include outcomes for victims of stalking in its performance framework."
    d.raw(f"<p>{esc(a)}<sup>5</sup>"
          '<span style="float: footnote">See the force’s performance framework 2027–28.</span></p>')
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def y20_pdftotext_fire_lead_in_over_page():
    d = Doc("y20_pdftotext_fire_lead_in_over_page",
            "Pellbury Fire and Rescue Service: cause of concern revisit (text export)", 10,
            "A pdftotext export with form feeds: the page header ('Pellbury FRS – revisit letter' and the page "
            "number) and footer ('OFFICIAL') fall between the items of a lead-in ('Within three months, the service "
            "should:' over '•' items, the cause its parent); a footnote digit is glued to a word inside item 2 "
            "('staff3'), labelled without it, and the note is printed above the footer.")
    c = ("Pellbury Fire and Rescue Service has not done enough to make sure that its on-call fire engines are "
         "available when they are needed.")
    i1 = "review the contracts of its on-call firefighters so that more are available during the day"
    i2a, i2b = "tell its fire authority each month how many of its fire engines were unavailable and why, with", \
        "the numbers of on-call staff it has recruited and lost"
    i3 = "set a target for on-call availability that it can meet."
    pages = [
        "Pellbury FRS – revisit letter                                            2\n\n"
        "In our 2027 inspection we identified the following cause of concern:\n\n"
        "Pellbury Fire and Rescue Service has not done enough to make sure that its\n"
        "on-call fire engines are available when they are needed.\n\n"
        "We made the following recommendations:\n\n"
        "Within three months, the service should:\n\n"
        "• review the contracts of its on-call firefighters so that more are available\n"
        "  during the day;\n\n"
        "• tell its fire authority each month how many of its fire engines were\n"
        "  unavailable and why, with\n\n"
        "3 On-call staff are firefighters who respond from home or work when paged.\n\n"
        "OFFICIAL\n",
        "Pellbury FRS – revisit letter                                            3\n\n"
        "  the numbers of on-call staff3 it has recruited and lost; and\n\n"
        "• set a target for on-call availability that it can meet.\n\n"
        "On our revisit we found that the service has made good progress. It should now\n"
        "publish its availability figures.\n\n"
        "OFFICIAL\n",
    ]
    d.text = "\f".join(pages) + "\n"
    g = d.f(COC, c)
    d.f(REC, i1, due="Within three months", addressees=["the service"], parent=g)
    g2 = d.f(REC, f"{i2a} {i2b}", due="Within three months", addressees=["the service"], parent=g)
    d.printed[g2] = [i2a, "the numbers of on-call staff3 it has recruited and lost"]
    d.f(REC, i3, due="Within three months", addressees=["the service"], parent=g)
    return d


@document
def y21_register_listing_pasted():
    d = Doc("y21_register_listing_pasted", "HMICFRS recommendations register: theme 'custody' (pasted)", 3,
            "An HMICFRS register listing pasted as text with its status markup: two entries, one a cause of "
            "concern with its bulleted recommendation (child), one a plain recommendation with a deadline; the "
            "dated status and comment events are not findings.")
    c = "Eastfold Police does not have effective oversight of the use of force in custody."
    r1 = ("The force should make sure that every use of force in custody is recorded and reviewed by an "
          "inspector.")
    r2 = ("Within six months, Quarrington Police should make sure that detained children are moved to local "
          "authority accommodation after charge.")
    d.text = (
        "Recommendations\n\n"
        "Filter by theme: custody\n\n"
        "An inspection of police custody in Eastfold (9214)\n\n"
        f"Cause of concern {c}\n\n"
        f"Recommendation • {r1}\n\n"
        "[on]14th March 2028 [status]awaiting-review[/status][/on]\n"
        "[on]14th March 2028 [comment] New recommendation [/comment][/on]\n"
        "[on]2nd October 2028 [status]being-progressed[/status][/on]\n\n"
        "An inspection of police custody in Quarrington (9307)\n\n"
        f"{r2}\n\n"
        "[on]20th June 2028 [status]awaiting-review[/status][/on]\n")
    g = d.f(COC, c)
    d.f(REC, r1, addressees=["The force"], parent=g)
    d.f(REC, r2, due="Within six months", addressees=["Quarrington Police"])
    return d
