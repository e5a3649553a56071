"""The TEST5 part of the corpus: a fifth blind part (issue 11), written and labelled by a third engineer who has not
read the reader's code, and committed before the reader first read it. Never tuned on.

Fresh wording, forces, services and dates, across families 1–8 and 10 and every format the corpus builds: new
lead-in phrasings ("must", "needs to", "ought to"; named chief constables, all forces, PCCs, fire services),
numbered and lettered items, multi-level causes, appendix lists, tables of 3 to 7 columns with merged cells and
wrapped rows, running headers, footers and footnotes over page breaks, and negatives ("That the Board notes …",
counts, the force's own responses, quoted past recommendations marked as such).
"""

from .labels import AFI, COC, LANDSCAPE, LO_FORMATS, REC, Doc, cell, collection, esc, joiner

LETTERS = "abcdefgh"

DOCS, document = collection()



def lettered(d, lead_in, items, *, ref, kind=REC, due=None, addressees=(), parent=None, family=1):
    """A lead-in, then its items as paragraphs "(a) …;", "(b) …; and", "(c) …." (as Word papers print them)."""
    d.p(lead_in)
    ids = []
    for n, item in enumerate(items):
        d.p(f"({LETTERS[n]}) {item}{joiner(n, len(items))}")
        text = item + ("." if n == len(items) - 1 else "")
        ids.append(d.f(kind, text, ref=f"{ref}{LETTERS[n]}", due=due, addressees=addressees, parent=parent,
                       family=family))
    return ids


@document
def y01_peel_must_needs_to_ought_to():
    d = Doc("y01_peel_must_needs_to_ought_to", "PEEL 2026–28: an inspection of Kingsbridge Constabulary", 1,
            "A PEEL page whose lead-ins use 'must' ('We recommend that, within nine months, Kingsbridge "
            "Constabulary must:'), an area-for-improvement lead-in with 'needs to' after a purpose clause, and a "
            "dated lead-in addressed to the named chief constable with 'ought to'.", formats=LO_FORMATS)
    d.h(1, "PEEL 2026–28: an inspection of Kingsbridge Constabulary")
    d.p("This report sets out what we found when we inspected Kingsbridge Constabulary in the autumn of 2026.")
    d.h(2, "Investigating crime")
    d.p("Too many of the constabulary’s investigations are poorly supervised, and victims are not always kept "
        "informed of their progress.")
    d.h(3, "Recommendation")
    d.lead("We recommend that, within nine months, Kingsbridge Constabulary must:", [
        "make sure that every investigation has a documented plan that a supervisor reviews at least every 28 days",
        "reduce the number of investigations allocated to officers who are not trained to carry them out",
    ], due="within nine months", addressees=["Kingsbridge Constabulary"])
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Areas for improvement")
    d.lead("To improve how it protects children at risk of exploitation, the constabulary needs to:", [
        "make sure that officers complete a child exploitation screening tool whenever a child is reported missing",
        "share intelligence about exploitation with its partners quickly",
        "train its neighbourhood officers to recognise the signs of county lines activity",
    ], kind=AFI, addressees=["the constabulary"])
    d.h(2, "Leadership and force management")
    d.p("The constabulary has 64 detective vacancies and no funded plan to fill them.")
    d.h(3, "Recommendation")
    d.lead("By 30 September 2027, the Chief Constable of Kingsbridge Constabulary ought to:", [
        "publish a workforce plan that shows how the constabulary will fill its detective vacancies",
        "make sure that the plan is funded in the constabulary’s medium-term financial strategy",
    ], due="By 30 September 2027", addressees=["the Chief Constable of Kingsbridge Constabulary"])
    d.p("We will monitor the constabulary’s progress against these recommendations through our routine contact "
        "with it.")
    return d


@document
def y02_thematic_lettered_national():
    d = Doc("y02_thematic_lettered_national", "An inspection of how forces manage the risk from stalking", 1,
            "A thematic report: a past recommendation quoted in the summary as such (not a finding), a count, then "
            "numbered recommendations whose lead-ins are followed by lettered items printed as paragraphs "
            "('(a) …;'), addressed to all forces and to two named chief constables, and sentence recommendations to "
            "police and crime commissioners and to fire and rescue services ('ought to').", formats=LO_FORMATS)
    d.h(1, "An inspection of how well forces manage the risk from stalking")
    d.h(2, "Summary")
    d.p("In 2024 we recommended that chief constables should make sure that every stalking victim receives a risk "
        "assessment. Fewer than half of forces have done so, and we return to the subject below.")
    d.p("This report makes four recommendations.")
    d.h(2, "Our recommendations")
    d.h(3, "Recommendation 1")
    lettered(d, "By 31 October 2027, all forces should:", [
        "make sure that every report of stalking is risk assessed using the nationally approved tool",
        "record a decision on applying for a stalking protection order in every case where the criteria are met",
        "give each stalking victim a single point of contact for the duration of the investigation",
    ], ref="1", due="By 31 October 2027", addressees=["all forces"])
    d.h(3, "Recommendation 2")
    lettered(d, "Within six months, the chief constables of Northwold Constabulary and Sutherby Police should:", [
        "review every stalking investigation that has been open for more than 90 days",
        "report the results of that review to their police and crime commissioners",
    ], ref="2", due="Within six months",
        addressees=["the chief constables of Northwold Constabulary and Sutherby Police"])
    d.h(3, "Recommendation 3")
    r3 = ("By 31 March 2028, police and crime commissioners should commission specialist stalking advocacy services "
          "for victims in their areas.")
    d.p(r3)
    d.f(REC, r3, ref="3", due="By 31 March 2028", addressees=["police and crime commissioners"])
    d.h(3, "Recommendation 4")
    r4 = ("Fire and rescue services ought to make sure that staff carrying out home fire safety visits know how to "
          "refer a person they believe is being stalked.")
    d.p(r4)
    d.f(REC, r4, ref="4", addressees=["Fire and rescue services"])
    d.p("We will follow up these recommendations in our next inspection of the police response to violence "
        "against women and girls.")
    return d


@document
def y03_fire_bullets_run_together():
    d = Doc("y03_fire_bullets_run_together", "Ashcombe Fire and Rescue Service: effectiveness 2026 (web page)", 2,
            "A fire service web page whose lists were printed as one paragraph each: 'Areas for improvement • … • …' "
            "('should', 'needs to'), 'Area for improvement • …' ('must'), and a recommendation label, a dated "
            "lead-in and its three items all run together on one line.", formats=LO_FORMATS)
    d.h(1, "Ashcombe Fire and Rescue Service: effectiveness 2026")
    d.h(2, "Preventing fires and other risks")
    d.p("The service has improved how it targets its prevention work since our last inspection, but we found the "
        "following.")
    a1 = ("The service should make sure that it quality assures the home fire safety visits carried out by its "
          "operational crews.")
    a2 = ("The service needs to evaluate its prevention activity so that it knows which of its campaigns reduce "
          "risk.")
    d.p(f"Areas for improvement • {a1} • {a2}")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.h(2, "Responding to fires and other emergencies")
    a3 = ("The service must make sure that its fire control staff can give survival guidance to callers trapped in "
          "a burning building.")
    d.p(f"Area for improvement • {a3}")
    d.f(AFI, a3, addressees=["The service"])
    items = [
        "review its response standards so that they reflect the risks in its community risk management plan",
        "publish its performance against those standards each quarter",
        "explain to the public how it will improve its attendance times in rural areas",
    ]
    d.p("Recommendation By 31 May 2027, the service should: • "
        + " • ".join(i + joiner(n, len(items)) for n, i in enumerate(items)))
    for n, i in enumerate(items):
        d.f(REC, i + ("." if n == len(items) - 1 else ""), due="By 31 May 2027", addressees=["the service"])
    d.p("We will review the service’s progress at our next inspection.")
    return d


@document
def y04_flat_pcc_board_paper():
    d = Doc("y04_flat_pcc_board_paper", "PCC accountability board paper pasted with no line breaks", 3,
            "A PCC's board paper copied into one paragraph: 'Recommendation That the Board notes … That the Board "
            "agrees …', counts, a past recommendation quoted as such, the recommendations announced 'were these:' "
            "and the areas for improvement 'HMICFRS also set out two areas for improvement:', then the force's "
            "response worded with 'must' and 'should'.")
    r1 = "By 30 April 2027, Dunmore Police should make sure that every domestic abuse arrest decision is reviewed by a supervisor."
    r2 = "By 30 April 2027, Dunmore Police should reduce the time it takes to complete domestic abuse risk assessments."
    r3 = ("Within 12 months, Dunmore Police should make sure that it uses domestic violence protection orders whenever "
          "the criteria are met.")
    a1 = "The force should improve how it records the views of children present at domestic abuse incidents."
    a2 = ("The force needs to make sure that victims who withdraw support for a prosecution are offered specialist "
          "support.")
    d.text = ("Police and Crime Commissioner for Dunmore Accountability and Performance Board 14 January 2027 Agenda "
              "item 5 HMICFRS inspection of Dunmore Police’s response to domestic abuse Recommendation That the Board "
              "notes the findings of the report and the force’s progress. That the Board agrees to receive a further "
              "update in July 2027. 1 Background 1.1 HMICFRS published its report on 20 October 2026. It made 3 "
              "recommendations and identified 2 areas for improvement. 1.2 In its 2023 report HMICFRS recommended "
              "that the force should introduce a domestic abuse risk review panel; that recommendation was closed "
              f"in 2025. 2 The findings 2.1 The recommendations made to the force were these: {r1} {r2} {r3} 2.2 "
              f"HMICFRS also set out two areas for improvement: {a1} {a2} 3 The force’s response 3.1 The force "
              "accepts every recommendation. The Chief Constable says the force must recruit 12 more domestic abuse "
              "officers and should finish its training programme by June. 4 Financial implications 4.1 None beyond "
              "existing budgets.\n")
    d.f(REC, r1, due="By 30 April 2027", addressees=["Dunmore Police"])
    d.f(REC, r2, due="By 30 April 2027", addressees=["Dunmore Police"])
    d.f(REC, r3, due="Within 12 months", addressees=["Dunmore Police"])
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    return d


@document
def y05_flat_fire_action_plan():
    d = Doc("y05_flat_fire_action_plan", "Fire authority action plan (five columns) exported as one line", 3,
            "A fire authority's action plan whose table (Ref / Area for improvement / Owner / Progress / Status) was "
            "exported with no line breaks; refs 'AFI 1'; owners and statuses between rows; 'Members are asked to "
            "note' and a count after it.")
    a1 = "The service should make sure that it works with partners to identify the people at greatest risk from fire."
    a2 = ("The service should make sure that it has enough qualified protection staff to carry out its risk-based "
          "inspection programme.")
    a3 = "The service should assure itself that its staff feel able to challenge inappropriate behaviour."
    d.text = ("Fenbrook Fire and Rescue Authority Audit and Governance Committee 3 February 2027 Item 8 HMICFRS action "
              f"plan: progress report Ref Area for improvement Owner Progress Status AFI 1 {a1} Head of Prevention A "
              f"new referral pathway with the county council went live in November. On track AFI 2 {a2} Head of "
              f"Protection Two of the four vacant inspector posts have been filled. Behind AFI 3 {a3} Director of "
              "People The staff survey was completed in December and its results will be reported in March. Complete "
              "Members are asked to note that 2 of the 3 areas for improvement are on track or complete.\n")
    d.f(AFI, a1, ref="AFI 1", addressees=["The service"])
    d.f(AFI, a2, ref="AFI 2", addressees=["The service"])
    d.f(AFI, a3, ref="AFI 3", addressees=["The service"])
    return d


@document
def y06_fire_web_headings_ought_to():
    d = Doc("y06_fire_web_headings_ought_to", "Hartmoor Fire and Rescue Service: people (web page)", 4,
            "The website layout for a fire service: each area for improvement a heading sentence ('needs to', "
            "'should' with a full stop, 'ought to'), then evidence paragraphs, one a bulleted evidence list and "
            "one reported speech with 'should'; a 'Promising practice' heading after them.", formats=LO_FORMATS)
    d.h(1, "Hartmoor Fire and Rescue Service: how well it looks after its people")
    d.h(2, "Areas for improvement")
    a1 = "The service needs to make sure that all staff understand how to raise concerns about bullying and harassment"
    d.h(3, a1)
    d.f(AFI, a1, addressees=["The service"])
    d.p("Our staff survey found that 31 per cent of respondents did not know how to report bullying. Some managers "
        "told us that staff should speak to their line manager first, even when the line manager is the person they "
        "want to complain about.")
    d.p("The service has a policy on bullying and harassment, but:")
    d.ul(["it was last reviewed in 2021;", "it does not give a confidential way to report concerns."])
    a2 = "Hartmoor Fire and Rescue Service should improve the way it records and monitors the training of its on-call firefighters."
    d.h(3, a2)
    d.f(AFI, a2, addressees=["Hartmoor Fire and Rescue Service"])
    d.p("Training records are held on three different systems, and station managers could not tell us which of their "
        "on-call firefighters were out of date with their training.")
    a3 = "The service ought to make sure that its promotion processes are fair and open to all staff"
    d.h(3, a3)
    d.f(AFI, a3, addressees=["The service"])
    d.p("Staff told us that the process for temporary promotion is not transparent. In their view the service should "
        "advertise every temporary post.")
    d.h(2, "Promising practice")
    d.h(3, "A mentoring scheme helps staff from under-represented groups to progress")
    d.p("The service has paired 40 members of staff with mentors from other fire and rescue services.")
    return d


@document
def y07_text_headings_police():
    d = Doc("y07_text_headings_police", "Greystone Police: responding to the public (text copy of a web page)", 4,
            "The heading-then-explanation layout stored as plain text, one block a line: heading sentences without "
            "full stops ('needs to', 'should'), each followed by evidence lines, one of them reported speech with "
            "'should'; other headings and narrative after them.")
    a1 = "Greystone Police needs to answer emergency calls more quickly"
    a2 = "The force should make sure that it gives callers an estimated time of arrival when attendance is delayed"
    a3 = "The force needs to make sure that repeat callers are identified when they contact the control room"
    d.text = "\n".join([
        "Greystone Police: PEEL 2026–28",
        "Responding to the public",
        "Areas for improvement",
        a1,
        "In the 12 months to March 2026, the force answered 81 per cent of 999 calls within 10 seconds. The national "
        "standard is 90 per cent.",
        "The force has recruited 30 new call handlers, but half of them are still in training.",
        a2,
        "Call handlers did not give an estimated time of arrival in 14 of the 40 calls we listened to. They told us "
        "that they should be given better information about where the nearest patrol is.",
        a3,
        "The force’s systems do not flag a caller who has called before about the same problem.",
        "Main findings",
        "The force has a good understanding of the demand it faces and plans its shifts around it.",
    ]) + "\n"
    d.f(AFI, a1, addressees=["Greystone Police"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(AFI, a3, addressees=["The force"])
    return d


@document
def y08_tracker_merged_cells():
    d = Doc("y08_tracker_merged_cells", "Rowan Vale Police: HMICFRS recommendations tracker, January 2027", 5,
            "A five-column landscape tracker (Ref / Recommendation / Progress update / RAG / Lead) whose rows are "
            "grouped under report headings merged across the whole row; one Lead cell merged over two rows; one "
            "recommendation wrapped onto a second row with no ref; recommendations to the force, to chief "
            "constables and to all forces; a count after it.", formats=LO_FORMATS)
    d.raw(LANDSCAPE)
    d.h(1, "Rowan Vale Police: HMICFRS recommendations tracker, January 2027")
    d.p("The tracker shows every open recommendation that applies to the force, grouped by the report that made it.")
    r1 = ("By 31 March 2027, the force should make sure that it completes investigations of crimes against vulnerable "
          "victims without unnecessary delay.")
    u1 = "Investigation standards were relaunched in September; the median time to charge has fallen from 94 to 71 days."
    r2 = "The force should make sure that officers seize and review digital evidence in every case where it is relevant."
    u2 = "A digital media investigator triage desk opened in October."
    v1a = "By 30 June 2027, chief constables should make sure that vetting decisions are recorded with their rationale, so"
    v1b = "that a decision to grant vetting despite adverse information can be understood and challenged."
    uv1 = "A decision template has been in use since August; 40 files have been audited."
    v2 = ("Chief constables should make sure that their counter-corruption units have the capacity to assess all "
          "intelligence within seven days.")
    uv2 = "Two analysts have been appointed; 92 per cent of intelligence was assessed in time in December."
    x1 = "By 1 May 2027, all forces should review their policies on officers’ membership of external groups."
    ux1 = "The policy was reviewed and published to staff in January."
    head = "".join(f"<th><p>{h}</p></th>" for h in ("Ref", "Recommendation", "Progress update", "RAG", "Lead"))
    rows = [
        cell("PEEL 2025 – Investigating crime", colspan=5),
        cell("IC1") + cell(r1) + cell(u1) + cell("Amber") + cell("Detective Chief Superintendent, Crime", rowspan=2),
        cell("IC2") + cell(r2) + cell(u2) + cell("Green"),
        cell("Vetting, misconduct and misogyny (2025)", colspan=5),
        cell("VM4") + cell(v1a) + cell(uv1) + cell("Green") + cell("Head of Professional Standards"),
        cell("") + cell(v1b) + cell("") + cell("") + cell(""),
        cell("VM7") + cell(v2) + cell(uv2) + cell("Green") + cell("Head of Professional Standards"),
        cell("Activism and impartiality in policing (2026)", colspan=5),
        cell("AI2") + cell(x1) + cell(ux1) + cell("Complete") + cell("Chief of Staff"),
    ]
    d.raw("<table><tr>" + head + "</tr>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>")
    g = d.f(REC, r1, ref="IC1", due="By 31 March 2027", addressees=["the force"])
    d.update(g, u1)
    g = d.f(REC, r2, ref="IC2", addressees=["The force"])
    d.update(g, u2)
    g = d.f(REC, v1a + " " + v1b, ref="VM4", due="By 30 June 2027", addressees=["chief constables"])
    d.printed[g] = [v1a, v1b]
    d.update(g, uv1)
    g = d.f(REC, v2, ref="VM7", addressees=["Chief constables"])
    d.update(g, uv2)
    g = d.f(REC, x1, ref="AI2", due="By 1 May 2027", addressees=["all forces"])
    d.update(g, ux1)
    d.p("Five recommendations are shown; one is complete and four are in progress.")
    return d


@document
def y09_seven_column_plan():
    d = Doc("y09_seven_column_plan", "Wyreham Fire and Rescue Service: improvement plan (seven columns)", 5,
            "A long seven-column landscape plan (No. / Inspection / Type / Finding / Lead officer / Progress to date / "
            "Status) over pages: the Type column gives each finding's kind, one finding wrapped onto a second row "
            "with an empty number, long progress cells; a closing paragraph with a count.", formats=LO_FORMATS)
    d.raw(LANDSCAPE)
    d.h(1, "Wyreham Fire and Rescue Service: HMICFRS improvement plan")
    d.p("This plan brings together the findings of the service’s 2025 inspection and the 2026 thematic inspection of "
        "values and culture, with the progress made against each.")
    items = [
        ("1", "2025 inspection", REC, "Recommendation",
         "By 31 March 2027, the service should make sure that its risk-based inspection programme targets the premises "
         "at highest risk.", "By 31 March 2027", "Area Manager, Protection",
         "The programme was rewritten in July using national risk data; 212 of the 260 highest-risk premises have been "
         "audited.", "On track"),
        ("2", "2025 inspection", AFI, "AFI",
         "The service should make sure that its mobilising system records the skills of on-call crews accurately.",
         None, "Head of Control",
         "A fix from the supplier is due in March; in the meantime crews update their skills by phone.", "Behind"),
        ("3", "2025 inspection", AFI, "AFI",
         "The service should improve the availability of its on-call fire engines.", None, "Area Manager, Response",
         "Availability rose from 71 to 78 per cent after the new contracts were offered in September.", "On track"),
        ("5", "2026 values and culture", REC, "Recommendation",
         "By 1 June 2027, chief fire officers should make sure that their services have a confidential way for staff "
         "to raise concerns.", "By 1 June 2027", "Director of People",
         "An independent reporting line went live in November and has received 9 reports.", "Complete"),
        ("6", "2026 values and culture", REC, "Recommendation",
         "Chief fire officers should make sure that background checks are carried out on all staff.", None,
         "Director of People", "Checks on 1,050 of 1,200 staff are complete.", "On track"),
        ("7", "2026 values and culture", AFI, "AFI",
         "The service should make sure that all managers are trained to deal with grievances.", None,
         "Head of HR", "Training for 85 managers is booked for the spring.", "On track"),
    ]
    a4a = "The service should make sure that its fire safety audits are carried out by staff who hold the"
    a4b = "competence level that the national framework requires."
    u4 = "Eleven of the fourteen auditors hold the level 4 diploma; three are working towards it."
    rows, labels = [], []
    for no, source, kind, label, text, due, lead, progress, status in items:
        if no == "5":
            rows.append(["4", "2025 inspection", "AFI", a4a, "Head of Protection", u4, "On track"])
            rows.append(["", "", "", a4b, "", "", ""])
            g4 = d.f(AFI, a4a + " " + a4b, ref="4", addressees=["The service"])
            d.printed[g4] = [a4a, a4b]
            labels.append((g4, u4))
        rows.append([no, source, label, text, lead, progress, status])
        addressee = text.split(" should")[0].split(", ", 1)[-1]
        g = d.f(kind, text, ref=no, due=due, addressees=[addressee])
        labels.append((g, progress))
    d.table(["No.", "Inspection", "Type", "Finding", "Lead officer", "Progress to date", "Status"], rows)
    for g, u in labels:
        d.update(g, u)
    d.p("Of the 7 findings in this plan, one is complete, five are on track and one is behind.")
    return d


@document
def y10_pcc_response_three_columns():
    d = Doc("y10_pcc_response_three_columns", "Police and Crime Commissioner for Harrowfield: response to HMICFRS", 5,
            "A PCC's 56-day response to a national report: a count, then a three-column table (Recommendation / "
            "Commissioner’s response / Status) of recommendations to chief constables and to police and crime "
            "commissioners, whose response cells say 'must' and 'should'.")
    d.h(1, "Response of the Police and Crime Commissioner for Harrowfield to the HMICFRS report on the police "
           "response to vulnerable adults")
    d.p("Section 55 of the Police Act 1996 requires me to publish a response to this report within 56 days. The "
        "report made 6 recommendations, 3 of which apply to Harrowfield Police or to me. My response to each is set "
        "out below.")
    items = [
        ("By 31 July 2027, chief constables should make sure that their forces record the outcome of every referral "
         "they make to adult social care.", "By 31 July 2027", "chief constables",
         "The Chief Constable has told me that the force must record outcomes from April; I will monitor this at my "
         "performance board.", "Accepted"),
        ("Police and crime commissioners should make sure that the services they commission for victims of domestic "
         "abuse are available in every part of their force area.", None, "Police and crime commissioners",
         "I have reviewed the services I commission; the gap in the north of the county should be closed when the new "
         "contract starts in May.", "In progress"),
        ("By 31 December 2027, police and crime commissioners should publish how they hold their chief constables to "
         "account for the force’s response to vulnerable adults.", "By 31 December 2027",
         "police and crime commissioners", "This will be published on my website in the autumn.", "Accepted"),
    ]
    rows = []
    for text, due, who, response, status in items:
        rows.append([text, response, status])
        g = d.f(REC, text, due=due, addressees=[who])
        d.update(g, response)
    d.table(["Recommendation", "Commissioner’s response", "Status"], rows)
    d.p("I will publish a further update when the force’s action plan has been agreed.")
    return d


@document
def y11_fire_causes_multilevel():
    d = Doc("y11_fire_causes_multilevel", "Marshfield Fire and Rescue Service: causes of concern", 6,
            "Two causes announced in prose ('We set them out below, each followed by …'), each under a 'Cause of "
            "concern N' heading: the first with numbered recommendations 1.1 (a lead-in with lettered items) and 1.2 "
            "(a sentence), the second with 'we recommend that, by <date>, the service:' and third-person items; the "
            "service's own plan with 'should'; then an area for improvement under its own heading (no parent).",
            formats=LO_FORMATS)
    d.h(1, "Marshfield Fire and Rescue Service: causes of concern")
    d.p("During our inspection we identified two causes of concern. We set them out below, each followed by the "
        "recommendations we made to the service.")
    d.h(2, "Cause of concern 1")
    c1 = ("The service hasn’t made sure that its operational staff have the risk-critical skills they need to respond "
          "safely to incidents.")
    d.p(c1)
    g1 = d.f(COC, c1)
    lettered(d, "Recommendation 1.1: Within three months, the service should:", [
        "identify every firefighter whose breathing apparatus qualification has lapsed",
        "make sure that those firefighters do not ride fire engines until they are requalified",
    ], ref="1.1", due="Within three months", addressees=["the service"], parent=g1, family=6)
    r12 = ("By 30 June 2027, the service should put in place a system that records and monitors each firefighter’s "
           "competence in every risk-critical skill.")
    d.p("Recommendation 1.2: " + r12)
    d.f(REC, r12, ref="1.2", due="By 30 June 2027", addressees=["the service"], parent=g1)
    d.h(2, "Cause of concern 2")
    c2 = "The service’s arrangements for safeguarding vulnerable people are not good enough."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("To address this cause of concern, we recommend that, by 31 March 2027, the service:", [
        "appoints a safeguarding lead with the authority and capacity to carry out the role",
        "trains every member of staff to recognise and refer a safeguarding concern",
        "audits a sample of its safeguarding referrals each quarter",
    ], due="by 31 March 2027", addressees=["the service"], parent=g2, family=6)
    d.p("The service has sent us its action plan, which it says should be complete by the end of 2027.")
    d.h(2, "Area for improvement")
    a = "The service should improve how it engages with its local communities to build its understanding of risk."
    d.p(a)
    d.f(AFI, a, addressees=["The service"])
    return d


@document
def y12_police_cause_revisit_letter():
    d = Doc("y12_police_cause_revisit_letter", "Rowmarsh Police: cause of concern revisit letter", 6,
            "A revisit letter quoting the cause and its recommendations ('we identified an area of concern. We sent "
            "you the cause of concern and made recommendations as follows:'), a lead-in addressed to the named chief "
            "constable, then the revisit's figures and the force's own commitments with 'must'/'should'.")
    d.h(1, "Rowmarsh Police: cause of concern revisit")
    d.p("Dear Chief Constable,")
    d.p("In our PEEL 2025 inspection of Rowmarsh Police we identified an area of concern. We sent you the cause of "
        "concern and made recommendations as follows:")
    c = "Rowmarsh Police doesn’t make sure that the risks posed by registered sex offenders are managed effectively."
    d.p(c)
    g = d.f(COC, c)
    d.lead("Within six months, the Chief Constable of Rowmarsh Police should:", [
        "make sure that every registered sex offender has an up-to-date risk management plan",
        "reduce the number of overdue visits to registered sex offenders",
        "make sure that officers who manage offenders have manageable workloads",
    ], due="Within six months", addressees=["the Chief Constable of Rowmarsh Police"], parent=g, family=6)
    d.p("We revisited the force in September 2026. At our revisit, 14 of 312 risk management plans were overdue, "
        "compared with 96 in 2025.")
    d.p("The force told us that it must still recruit two more offender managers and that it should complete its "
        "training programme by December.")
    d.p("We have decided to close the cause of concern. We will continue to monitor the force’s progress through our "
        "routine contact with it.")
    d.p("Yours sincerely,")
    d.p("HM Inspector of Constabulary")
    return d


@document
def y13_panel_paper_appendix():
    d = Doc("y13_panel_paper_appendix", "Cleydon Police and Crime Panel: custody inspection report", 7,
            "A panel paper whose own 'Recommendations' heading lists 'That the Panel notes …' items; counts; a past "
            "recommendation quoted as such; the Commissioner's and the force's responses with 'should'/'must'; and "
            "an appendix listing the two recommendations for the force in full (the only findings).",
            formats=LO_FORMATS)
    d.h(1, "Cleydon Police and Crime Panel – 27 January 2027")
    d.h(2, "Report of the Police and Crime Commissioner: joint inspection of police custody in Cleydon")
    d.h(3, "Recommendations")
    d.p("1. That the Panel notes the findings of the joint inspection of police custody.")
    d.p("2. That the Panel notes the Commissioner’s response at paragraph 4.")
    d.h(3, "3. Background")
    d.p("3.1 The joint inspection by HMICFRS and HM Inspectorate of Prisons made 4 recommendations and identified "
        "11 areas for improvement. Two of the recommendations are for the Chief Constable.")
    d.p("3.2 When custody in Cleydon was last inspected, in 2022, the inspectorates recommended that the force should "
        "improve the privacy of its booking-in desks. That recommendation has been achieved.")
    d.h(3, "4. The Commissioner’s response")
    d.p("4.1 I welcome the report. The force should now build on the progress it has made, and it must make sure that "
        "the new custody suite opens on time.")
    d.p("4.2 The Chief Constable accepts both recommendations. He has said that every custody sergeant should receive "
        "refresher training by March.")
    d.h(3, "Appendix 1: the recommendations for the Chief Constable")
    r1 = "Cleydon Police should make sure that every use of force in custody is recorded and reviewed by a supervisor."
    r2 = ("Within six months, Cleydon Police should make sure that detainees with a mental health need are seen by a "
          "mental health practitioner while they are in custody.")
    d.raw(f"<ol><li>{esc(r1)}</li><li>{esc(r2)}</li></ol>")
    d.f(REC, r1, ref="1", addressees=["Cleydon Police"])
    d.f(REC, r2, ref="2", due="Within six months", addressees=["Cleydon Police"])
    d.p("Background papers: none.")
    return d


@document
def y14_generated_peel_aliases():
    d = Doc("y14_generated_peel_aliases", "PEEL 2026–28: Greater Fenmouth Police (generated PDF)", 8,
            "A generated PEEL page: a three-column grades table, a cause then 'Recommendation 1: …; Recommendation "
            "2: …; and Recommendation 3: …' in one paragraph, findings addressed by full name, short name and alias, "
            "and areas for improvement whose second lines start with capitals (DASH, MARAC).", formats=LO_FORMATS,
            organisation={"name": "Greater Fenmouth Police", "short_name": "GFP", "aliases": ["Fenmouth Police"]})
    d.h(1, "PEEL 2026–28: Greater Fenmouth Police")
    d.table(["Area", "2023–25 grade", "2026–28 grade"], [
        ["Preventing crime", "Good", "Adequate"],
        ["Investigating crime", "Requires improvement", "Inadequate"],
        ["Protecting vulnerable people", "Adequate", "Adequate"],
    ])
    theme = "Investigating crime"
    d.h(2, theme)
    d.h(3, "Cause of concern")
    c = ("Greater Fenmouth Police doesn’t investigate crime well enough, and too many victims do not get the outcome "
         "they deserve.")
    d.p(c)
    g = d.f(COC, c, theme=theme)
    d.h(3, "Recommendations")
    r1 = ("Within three months, Greater Fenmouth Police should make sure that every investigation is allocated to an "
          "officer with the right skills")
    r2 = "GFP should make sure that supervisors review investigations at the intervals set out in its policy"
    r3 = "Fenmouth Police should make sure that victims are told when their case is closed and why."
    d.p(f"Recommendation 1: {r1}; Recommendation 2: {r2}; and Recommendation 3: {r3}")
    d.f(REC, r1, ref="1", due="Within three months", addressees=["Greater Fenmouth Police"], parent=g, theme=theme)
    d.f(REC, r2, ref="2", addressees=["GFP"], parent=g, theme=theme)
    d.f(REC, r3, ref="3", addressees=["Fenmouth Police"], parent=g, theme=theme)
    theme2 = "Protecting vulnerable people"
    d.h(2, theme2)
    d.h(3, "Areas for improvement")
    a1 = ("Greater Fenmouth Police should make sure that its risk assessments of domestic abuse victims use the DASH "
          "questions in full and are reviewed by a specialist.")
    a2 = "GFP needs to improve how it shares information with partners through the MARAC, so that high-risk victims get the support they need."
    d.raw("<p>Greater Fenmouth Police should make sure that its risk assessments of domestic abuse victims use the<br>"
          "DASH questions in full and are reviewed by a specialist.</p>")
    d.raw("<p>GFP needs to improve how it shares information with partners through the<br>"
          "MARAC, so that high-risk victims get the support they need.</p>")
    d.f(AFI, a1, addressees=["Greater Fenmouth Police"], theme=theme2)
    d.f(AFI, a2, addressees=["GFP"], theme=theme2)
    d.h(2, "Preventing crime")
    d.p("The force works well with its partners to prevent crime, although its neighbourhood teams are often taken "
        "away to cover other duties.")
    return d


@document
def y15_numbered_over_pages_sup():
    d = Doc("y15_numbered_over_pages_sup", "Oakhurst Constabulary: the police response to missing people", 10,
            "Numbered recommendations after long narrative, printed with the running header and page numbers of the "
            "PDF: the first crosses a page break with a raised footnote digit inside it, the second ends with one, "
            "the third is long (the LibreOffice PDF prints all three on one page).",
            formats=("pdf", "lopdf", "docx", "html"))
    d.h(1, "An inspection of the police response to missing people in Oakhurst")
    for _ in range(FILLER_Y15):
        d.p("We reviewed 120 missing person investigations, interviewed officers, staff and supervisors in the "
            "control room and in neighbourhood teams, and met the local authority’s children’s services and the "
            "charities that support the families of missing people.")
    d.p(EXTRA_Y15)
    d.h(2, "Recommendations")
    r1 = ("By 31 August 2027, Oakhurst Constabulary should make sure that every report of a missing person is risk "
          "assessed by a supervisor within one hour, and that the assessment is reviewed by an inspector whenever the "
          "person has not been found within 24 hours.")
    r2 = "By 31 August 2027, Oakhurst Constabulary should make sure that prevention interviews are offered to every child found."
    r3 = ("Within 12 months, Oakhurst Constabulary should agree with the local authority how information from return "
          "home interviews will be shared with the officers who investigate later episodes, so that patterns of "
          "exploitation are recognised, recorded and acted on.")
    d.raw("<ol><li>By 31 August 2027, Oakhurst Constabulary should make sure that every report of a missing person is "
          "risk assessed by a supervisor within one hour,<sup>7</sup> and that the assessment is reviewed by an "
          "inspector whenever the person has not been found within 24 hours.</li>"
          "<li>By 31 August 2027, Oakhurst Constabulary should make sure that prevention interviews are offered to "
          "every child found.<sup>8</sup></li>"
          f"<li>{esc(r3)}</li></ol>")
    d.f(REC, r1, ref="1", due="By 31 August 2027", addressees=["Oakhurst Constabulary"])
    d.f(REC, r2, ref="2", due="By 31 August 2027", addressees=["Oakhurst Constabulary"])
    d.f(REC, r3, ref="3", due="Within 12 months", addressees=["Oakhurst Constabulary"])
    for _ in range(FILLER_Y15_AFTER):
        d.p("We will ask the constabulary for its action plan within six weeks of this report’s publication, and we "
            "will review its progress at our next inspection.")
    return d


# Sized (after building) so that recommendation 1 crosses a page of the WeasyPrint PDF (A5), with a hyphen there.
FILLER_Y15 = 4
FILLER_Y15_AFTER = 1
EXTRA_Y15 = ("Families told us that officers were kind, but that they were not always told what was being done, who was "
             "leading the search, or when they would next hear from the police. Several said that they had to ring the "
             "control room themselves to find out what was happening.")


@document
def y16_text_export_running_heads():
    d = Doc("y16_text_export_running_heads", "Child protection inspection exported as text over pages", 10,
            "A pdftotext export: a running header with the page number on top, a footer on every page, numbered "
            "areas for improvement, the first crossing the page break with a footnote digit glued to a word and "
            "its note above the footer, the second starting on the next page.")
    filler = "\n".join([
        "We examined 60 cases in which children had been referred to the police by partner agencies.",
        "We spoke to officers, social workers, health staff and teachers about how they work together.",
    ])
    head = "Southmere Police – joint inspection of child protection"
    a1 = ("The force should make sure that officers record the child’s views and behaviour at every incident where "
          "a child is present, and that this information is shared with its safeguarding partners.")
    a1a = ("The force should make sure that officers record the child’s views and behaviour at every incident where "
           "a child is present,")
    a1b = "and that this information is shared with its safeguarding partners."
    a2 = "The force needs to reduce the time it takes to hold strategy discussions for children at risk of significant harm."
    pages = [
        f"11 {head}\n" + filler + "\n" + filler + "\nOFFICIAL – published March 2027",
        f"12 {head}\nAreas for improvement\n"
        "1. The force should make sure that officers record the child’s views and behaviour at every incident\n"
        "where a child is present,4\n"
        "4 Working Together to Safeguard Children 2023, chapter 2.\nOFFICIAL – published March 2027",
        f"13 {head}\nand that this information is shared with its safeguarding partners.\n2. " + a2 + "\n"
        + filler + "\nOFFICIAL – published March 2027",
    ]
    d.text = "\f".join(pages) + "\n"
    g = d.f(AFI, a1, ref="1", addressees=["The force"])
    d.printed[g] = [a1a, a1b]
    d.f(AFI, a2, ref="2", addressees=["The force"])
    return d


@document
def y17_force_response_quoted_afis():
    d = Doc("y17_force_response_quoted_afis", "Elmbridge Police: our response to the HMICFRS PEEL report", 7,
            "A force's own response document: a count, a past area for improvement quoted as such ('In its 2023 "
            "report HMICFRS said that the force should …'), each area for improvement as HMICFRS wrote it under "
            "'Area for improvement N', then 'Our response' paragraphs worded with 'must' and 'should'.",
            formats=LO_FORMATS)
    d.h(1, "Elmbridge Police: our response to the HMICFRS PEEL report 2026")
    d.p("HMICFRS published its PEEL report on Elmbridge Police on 4 November 2026. It identified 5 areas for "
        "improvement and no causes of concern. This document sets out two of them as HMICFRS wrote them, each "
        "followed by what we are doing about it.")
    d.p("In its 2023 report HMICFRS said that the force should improve how it supervises its investigations. That "
        "area for improvement has now been closed.")
    d.h(2, "Investigating crime")
    d.h(3, "Area for improvement 1")
    a1 = "The force should make sure that it carries out thorough initial investigations, so that evidence is not lost."
    d.p(a1)
    d.f(AFI, a1, ref="1", addressees=["The force"])
    d.h(3, "Our response")
    d.p("We accept this finding. Every response officer must complete the new initial investigation course by June, "
        "and supervisors should check the quality of every initial investigation during their shift.")
    d.h(2, "Protecting vulnerable people")
    d.h(3, "Area for improvement 2")
    a2 = "The force needs to make sure that officers use body-worn video at every domestic abuse incident."
    d.p(a2)
    d.f(AFI, a2, ref="2", addressees=["The force"])
    d.h(3, "Our response")
    d.p("We accept this finding. The force must make body-worn video mandatory at these incidents, and it should "
        "publish its compliance figures each quarter. Compliance was 78 per cent in December.")
    d.h(2, "Next steps")
    d.p("The Police and Crime Commissioner will scrutinise our progress at her quarterly accountability meetings. We "
        "will report on all 5 areas for improvement in our next annual report.")
    return d


@document
def y18_lopdf_area_over_page():
    d = Doc("y18_lopdf_area_over_page", "Brackenhurst Fire and Rescue Service: protection inspection", 10,
            "Areas for improvement after pages of narrative, sized so that the first crosses the page break of the "
            "LibreOffice PDF with a raised footnote digit inside it; the second ends with one.",
            formats=("lopdf", "docx", "html", "pdf"))
    d.h(1, "Brackenhurst Fire and Rescue Service: how well it protects the public through fire regulation")
    for _ in range(FILLER_Y18):
        d.p("We looked at how the service identifies the buildings that present the greatest risk, how it audits "
            "them, how it works with building control and housing teams in the district councils, and how it uses "
            "its enforcement powers when the owners of buildings do not comply with the law.")
    d.p(EXTRA_Y18)
    d.h(2, "Areas for improvement")
    a1 = ("The service should make sure that the information its crews collect about high-rise residential buildings "
          "is shared with its fire control room and kept up to date, so that crews attending a fire in one of those "
          "buildings have accurate information about its layout, its fire safety systems and the residents who would "
          "need help to leave.")
    a2 = "The service should evaluate its protection activity so that it understands how effective it is."
    d.raw("<ul><li>The service should make sure that the information its crews collect about high-rise residential "
          "buildings is shared with its fire control room and kept up to date,<sup>3</sup> so that crews attending a "
          "fire in one of those buildings have accurate information about its layout, its fire safety systems and "
          "the residents who would need help to leave.</li>"
          "<li>The service should evaluate its protection activity so that it understands how effective it "
          "is.<sup>4</sup></li></ul>")
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.p("We will review the service’s progress against these areas for improvement at our next inspection.")
    return d


# Sized (after building) so that area for improvement 1 crosses the page break of the LibreOffice PDF (A4).
FILLER_Y18 = 7
EXTRA_Y18 = "The service has 41 high-rise residential buildings in its area."
