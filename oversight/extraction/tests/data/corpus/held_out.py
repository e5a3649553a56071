"""The TEST part of the corpus: labelled before the parser was run on it, and never tuned on.

Run: .venv/bin/python -m oversight.extraction.tests.data.corpus.build
"""

from .labels import AFI, COC, REC, Doc, collection

DOCS, document = collection()



@document
def t01_fire_lead_ins():
    d = Doc("t01_fire_lead_ins", "Cause of concern revisit: Eastvale Fire and Rescue Service", 1,
            "Fire report: a cause of concern, 'By 31 August 2021, the service should:' with items, then "
            "'To address this cause of concern, we recommend that:' with items; AFIs as a list.")
    d.h(1, "Eastvale Fire and Rescue Service: effectiveness, efficiency and people 2021/22")
    d.p("Published: 14 January 2022")
    d.h(2, "Cause of concern")
    c = "Eastvale Fire and Rescue Service doesn’t have an effective system for making sure its firefighters have the right skills and are competent to do their jobs."
    d.p(c)
    g = d.f(COC, c)
    d.h(3, "Recommendations")
    d.lead("By 31 August 2021, the service should:", [
        "make sure all staff who need it have completed a recognised incident command qualification",
        "introduce a system to record and monitor the competence of each firefighter in every core skill",
        "review its training plan so that risk-critical training is prioritised",
    ], due="By 31 August 2021", addressees=["the service"], parent=g)
    d.h(2, "Cause of concern")
    c2 = "The service hasn’t done enough to make sure its prevention activity is focused on the people most at risk from fire."
    d.p(c2)
    g2 = d.f(COC, c2)
    d.lead("To address this cause of concern, we recommend that:", [
        "the service puts in place a clear definition of vulnerability and uses it to target its home fire safety checks",
        "the service evaluates its prevention work so that it understands what works",
    ], parent=g2, addressees=[])
    # The items name their subject: set addressees now that the text is labelled.
    d.findings[-2]["addressees"] = ["the service"]
    d.findings[-1]["addressees"] = ["the service"]
    d.h(2, "Areas for improvement")
    a1 = "The service should make sure it has an effective system to share risk information with partner agencies."
    a2 = "The service should assure itself that its fire engines are available when it needs them."
    d.ul([a1, a2])
    d.f(AFI, a1, addressees=["The service"])
    d.f(AFI, a2, addressees=["The service"])
    d.h(2, "Our judgments")
    d.p("We have identified two causes of concern and made five recommendations. The service should be pleased with its response to the pandemic.")
    return d


@document
def t02_run_together():
    d = Doc("t02_run_together", "PEEL 2018/19 Southmoor Police efficiency", 2,
            "Web page copy: bullets run together on one line after a heading, in a single paragraph.", formats=("txt", "html"))
    d.h(1, "PEEL: Police efficiency 2018/19 – Southmoor Police")
    d.p("How well does the force plan for the future?")
    d.h(2, "Areas for improvement")
    a1 = "The force should develop a better understanding of the demand it does not yet see, including hidden harm."
    a2 = "The force should improve its workforce plan so that it sets out the skills it will need in future."
    a3 = "The force should make sure that its savings plans are realistic and based on evidence."
    d.p(f"• {a1} • {a2} • {a3}")
    for a in (a1, a2, a3):
        d.f(AFI, a, addressees=["The force"])
    d.h(2, "Summary")
    d.p("Southmoor Police is good at planning for the future. It should continue to work with partners.")
    d.h(2, "Recommendations")
    r1 = "The force should, within six months, publish a plan that shows how it will reduce the backlog of digital devices awaiting examination."
    r2 = "The force should review its use of overtime so that it understands the cost and benefit of overtime in each department."
    d.p(f"• {r1} • {r2}")
    d.f(REC, r1, addressees=["The force"], due="within six months")
    d.f(REC, r2, addressees=["The force"])
    return d


@document
def t03_flat_tracker():
    d = Doc("t03_flat_tracker", "Audit and scrutiny committee: HMICFRS tracker", 3,
            "A committee paper flattened into one paragraph: findings announced in running prose.")
    a1 = "The force should improve the quality of its crime data so that it can better understand demand."
    a2 = "The force should make sure that officers record the ethnicity of every person they stop and search."
    r1 = "By 30 June 2023, the force should make sure that its custody staff have had training in the use of force."
    d.text = (
        "Joint Audit and Scrutiny Committee 12 March 2024 Agenda item 7 HMICFRS inspection activity update "
        "Purpose of the report This report updates members on the force's progress against HMICFRS findings. "
        "Recommendation: That Members note the report and the progress made. "
        "Background The 2023 PEEL inspection report was published in September 2023. The text included a small "
        "number of broad 'Areas for Improvement' (AFIs) which the force has been asked to address: "
        f"{a1} {a2} "
        "The custody inspection made 14 recommendations in total, of which one is for the force alone: "
        f"{r1} "
        "Progress The force has appointed a lead for each area and progress is reviewed monthly by the deputy chief constable. "
        "Financial implications There are no financial implications arising from this report.\n"
    )
    d.f(AFI, a1, addressees=["The force"])
    d.f(AFI, a2, addressees=["The force"])
    d.f(REC, r1, addressees=["the force"], due="By 30 June 2023")
    return d


@document
def t04_heading_explanation():
    d = Doc("t04_heading_explanation", "PEEL 2021/22: Cleveland Police", 4,
            "HMICFRS website layout: each area for improvement is a heading sentence followed by paragraphs of evidence.")
    d.h(1, "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: Cleveland Police")
    d.h(2, "Responding to the public")
    d.p("Requires improvement")
    d.h(3, "Areas for improvement")
    a1 = "Cleveland Police should improve the way it flags vulnerable people on its incident logs"
    d.h(4, a1)
    d.p("We found that call handlers didn’t always record whether a caller was vulnerable. In 31 of the 120 incidents we reviewed, a vulnerable caller wasn’t flagged. The force should be aware that this means officers may attend without knowing the risk.")
    d.p("Supervisors told us that they don’t have time to check incident logs.")
    a2 = "Cleveland Police needs to attend calls for service within its published attendance times"
    d.h(4, a2)
    d.p("The force sets a target of attending priority incidents within one hour. It met this target in only 62 percent of cases. Victims should not have to wait this long.")
    a3 = "The force should make sure it gives appropriate crime prevention advice to callers"
    d.h(4, a3)
    d.p("Call handlers gave crime prevention advice in about half of the calls we listened to.")
    d.f(AFI, a1, addressees=["Cleveland Police"])
    d.f(AFI, a2, addressees=["Cleveland Police"])
    d.f(AFI, a3, addressees=["The force"])
    d.h(3, "Innovative practice")
    d.h(4, "Cleveland Police uses a text message service to update victims")
    d.p("Victims receive a text message when an officer is on the way.")
    return d


@document
def t05_progress_chart():
    d = Doc("t05_progress_chart", "HMICFRS recommendations progress chart – Westshire Police", 5,
            "A progress chart table: No. / Recommendation / Force update / RAG. The recommendation column holds the "
            "findings; the update column is the force's progress update.")
    d.h(1, "HMICFRS recommendations: progress chart")
    d.p("Report to the Police and Crime Panel, 3 February 2025")
    r1 = "By 31 March 2024, Westshire Police should make sure that all officers who investigate rape have completed specialist training."
    r2 = "Westshire Police should introduce a process so that supervisors review every case where a victim withdraws support."
    r3 = "By 30 September 2024, the force should improve the quality of its investigation plans for serious sexual offences."
    u1 = "Training completed by 87% of officers; remaining officers booked on the April course."
    u2 = "Supervisor review process introduced in January and audited monthly."
    u3 = "A new investigation plan template is in use; quality assurance is under way."
    d.table(["No.", "Recommendation", "Force update", "RAG"], [
        ["1", r1, u1, "Amber"], ["2", r2, u2, "Green"], ["3", r3, u3, "Amber"],
    ])
    g1 = d.f(REC, r1, ref="1", due="By 31 March 2024", addressees=["Westshire Police"])
    g2 = d.f(REC, r2, ref="2", addressees=["Westshire Police"])
    g3 = d.f(REC, r3, ref="3", due="By 30 September 2024", addressees=["the force"])
    d.update(g1, u1)
    d.update(g2, u2)
    d.update(g3, u3)
    d.p("The panel is asked to note the progress made.")
    return d


@document
def t06_cause_prose():
    d = Doc("t06_cause_prose", "Letter: cause of concern, Northfield Fire and Rescue Service", 6,
            "A letter announcing a cause of concern in prose, then its recommendations as children.")
    d.h(1, "Northfield Fire and Rescue Service: cause of concern")
    d.p("Dear Chief Fire Officer,")
    d.p("During our inspection of the service in May 2023, we identified an area of concern. We sent you the cause of concern and made recommendations as follows:")
    c = "The service hasn’t made enough progress in making sure its protection activity is targeted at the premises that present the highest risk."
    d.p(c)
    g = d.f(COC, c)
    d.lead("By 30 November 2023, the service should:", [
        "make sure its risk-based inspection programme prioritises the highest-risk buildings",
        "make sure it has enough competent protection staff to carry out the programme",
        "evaluate its protection activity to understand whether it reduces risk",
    ], due="By 30 November 2023", addressees=["the service"], parent=g)
    d.p("We will revisit the service to assess its progress. The service should tell us if it needs any support.")
    d.p("Yours sincerely,")
    return d


@document
def t07_committee_negatives():
    d = Doc("t07_committee_negatives", "Police and Crime Panel: HMICFRS report on vetting", 7,
            "A committee paper: its own recommendation that Members note, counts, the force's responses; one quoted "
            "recommendation is a finding.")
    d.h(1, "Police and Crime Panel – 21 November 2024")
    d.h(2, "HMICFRS inspection of vetting, misconduct and misogyny")
    d.p("Recommendation: That Members note the report and the force's response.")
    d.h(2, "1. Summary")
    d.p("The inspection made 43 recommendations for forces and the College of Policing. 22 recommendations were made to chief constables.")
    d.p("The force should be proud of the progress it has made.")
    d.h(2, "2. Recommendation for chief constables")
    r = "By 31 October 2023, chief constables should make sure that their force’s vetting unit has enough resources to meet demand."
    d.p(r)
    d.f(REC, r, due="By 31 October 2023", addressees=["chief constables"])
    d.h(3, "Force response")
    d.p("The force has recruited four additional vetting officers. The force should complete its review by the end of the year.")
    d.h(2, "3. Recommendations")
    d.p("Members are recommended to note the contents of this report.")
    return d


@document
def t08_peel_pdf():
    d = Doc("t08_peel_pdf", "PEEL 2023–25: West Midlands Police", 8,
            "Generated PEEL report: grade table, 'Recommendation 2 …; and Recommendation 3: …' on one line, a finding "
            "whose next line starts with THRIVE, findings addressed to the force by name.",
            organisation={"name": "West Midlands Police", "short_name": "WMP", "aliases": ["West Midlands"]})
    d.h(1, "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: West Midlands Police")
    d.h(2, "Our judgments")
    d.table(["Area", "Grade"], [["Responding to the public", "Requires improvement"], ["Investigating crime", "Adequate"],
                                ["Protecting vulnerable people", "Adequate"]])
    d.h(2, "Responding to the public")
    d.h(3, "Cause of concern")
    c = "West Midlands Police isn’t assessing risk consistently when it receives calls from the public."
    d.p(c)
    g = d.f(COC, c, theme="Responding to the public")
    d.h(3, "Recommendations")
    r1 = "Within three months, West Midlands Police should make sure that its call handlers assess the risk of every call using the THRIVE model."
    d.p("Recommendation 1: " + r1)
    r2 = "West Midlands Police should make sure that supervisors review the grading of calls"
    r3 = "West Midlands Police should make sure that repeat callers are identified at first contact."
    d.p("Recommendation 2: " + r2 + "; and Recommendation 3: " + r3)
    d.f(REC, r1, ref="1", due="Within three months", addressees=["West Midlands Police"], parent=g, theme="Responding to the public")
    d.f(REC, r2, ref="2", addressees=["West Midlands Police"], parent=g, theme="Responding to the public")
    d.f(REC, r3, ref="3", addressees=["West Midlands Police"], parent=g, theme="Responding to the public")
    d.h(2, "Investigating crime")
    d.h(3, "Area for improvement")
    a = ("The force should make sure that investigators use the risk assessment tools available to them, such as "
         "THRIVE, when they first review a crime report, so that vulnerable victims are identified.")
    d.raw("<p>The force should make sure that investigators use the risk assessment tools available to them, such as<br>"
          "THRIVE, when they first review a crime report, so that vulnerable victims are identified.</p>")
    d.f(AFI, a, addressees=["The force"], theme="Investigating crime")
    return d


@document
def t09_page_break():
    d = Doc("t09_page_break", "Inspection of custody: Riverside Police", 10,
            "A finding crossing a page break with a running header, page number and footnote digit.", formats=("pdf", "docx", "html", "txt"))
    d.h(1, "Report on an unannounced inspection visit to police custody suites in Riverside")
    d.p("Published: 2 May 2023")
    d.h(2, "Introduction")
    for _ in range(7):
        d.p("Inspectors visited the custody suites over two weeks, spoke to detainees and staff, and reviewed records of "
            "detention. We looked at the treatment of detainees and the conditions in which they were held, and at "
            "how the force made sure that detainees were kept safe.")
    d.h(2, "Causes of concern and recommendations")
    c = ("The force could not show that the use of force in custody was always justified, proportionate and necessary, "
         "because its records of force used on detainees were incomplete and were not reviewed by supervisors.")
    d.raw("<p>" + c.replace("incomplete", "incomplete<sup>3</sup>") + "</p>")
    g = d.f(COC, c)
    r = ("The force should make sure that every use of force in custody is recorded accurately and is reviewed by a "
         "supervisor, and that the governance of the use of force is effective.")
    d.p("Recommendation")
    d.p(r)
    d.f(REC, r, addressees=["The force"], parent=g)
    d.h(2, "Areas for improvement")
    a = "The force should make sure that detainees are told how to make a complaint about their care."
    d.ul([a])
    d.f(AFI, a, addressees=["The force"])
    return d


@document
def t10_named_force_lead_in():
    d = Doc("t10_named_force_lead_in", "Accelerated cause of concern: Eastshire Constabulary", 1,
            "Letter: a cause of concern, then 'Within six months, Eastshire Constabulary should:' with items; "
            "the force is named by its short name elsewhere.",
            organisation={"name": "Eastshire Constabulary", "short_name": "Eastshire", "aliases": []})
    d.h(1, "Eastshire Constabulary: accelerated cause of concern")
    d.p("HMICFRS has identified a cause of concern about how Eastshire Constabulary protects children.")
    d.h(2, "Cause of concern")
    c = "Eastshire Constabulary doesn’t always identify and respond to risks to children who go missing from home."
    d.p(c)
    g = d.f(COC, c)
    d.h(2, "Recommendations")
    d.lead("Within six months, Eastshire Constabulary should:", [
        "make sure that every report of a missing child is risk assessed by a trained supervisor",
        "make sure that return home interviews are carried out and their findings shared with partners",
    ], due="Within six months", addressees=["Eastshire Constabulary"], parent=g)
    d.p("Eastshire has told us that it accepts the recommendations.")
    return d


@document
def t11_flat_register():
    d = Doc("t11_flat_register", "Register export – flattened", 3,
            "Register entries exported as one line: labels and findings by sentence.")
    r1 = "The force should review how it records crimes reported by third parties, so that they are recorded within 24 hours."
    c1 = "Harbourside Police does not have enough detectives to investigate serious crime."
    r2 = "The force should, within six months, put in place a plan to recruit and train enough detectives."
    d.text = (
        "Recommendations register Harbourside Police (5120) Recommendation " + r1 + " [on]3rd March 2022 "
        "[status]in-progress[/status][/on] Crime data integrity (5121) Cause of concern " + c1 +
        " Recommendation " + r2 + " [on]1st April 2022 [status]awaiting-review[/status][/on]\n"
    )
    d.f(REC, r1, addressees=["The force"])
    g = d.f(COC, c1)
    d.f(REC, r2, addressees=["The force"], due="within six months", parent=g)
    return d


@document
def t12_tracker_responses():
    d = Doc("t12_tracker_responses", "Force Executive Board: HMICFRS tracker", 5,
            "A tracker table whose update column holds the force's own responses (which say 'should'); a committee "
            "recommendation to note.")
    d.h(1, "Force Executive Board – HMICFRS tracker")
    d.p("Recommendation: That the Board note the progress set out below.")
    a1 = "The force should improve how it supervises investigations of domestic abuse."
    a2 = "The force should make sure it understands the well-being needs of its workforce."
    u1 = "A supervision standard has been published. Supervisors should review every case within 72 hours."
    u2 = "A well-being survey has been completed; the results should be reported to the board in June."
    d.table(["Ref", "Area for improvement", "Update", "Status"], [["AFI 1", a1, u1, "Open"], ["AFI 2", a2, u2, "Closed"]])
    g1 = d.f(AFI, a1, ref="AFI 1", addressees=["The force"])
    g2 = d.f(AFI, a2, ref="AFI 2", addressees=["The force"])
    d.update(g1, u1)
    d.update(g2, u2)
    return d
