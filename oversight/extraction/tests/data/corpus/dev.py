"""The DEV part of the corpus: the layouts of issue 11, written to tune the reader on."""

from .labels import AFI, COC, REC, Doc

DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


@document
def d01_lead_ins():
    d = Doc("d01_lead_ins", "PEEL 2023–25: Northshire Police", 1,
            "Lead-ins with items: 'Within six months, Northshire Police should:' and 'HMIC recommends that:'.")
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
    d = Doc("d05_tracker", "HMICFRS tracker – Northshire Police", 5, "Tracker table: No. / Recommendation / Force update / RAG.")
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
    d = Doc("d06_cause_prose", "Letter: cause of concern, Westmoor FRS", 6, "A cause announced in prose, then its recommendations.")
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
    d = Doc("d09_page_break", "Custody inspection: Southmoor", 10, "A finding crossing a page break; running header and page number.")
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
            "A tracker table long enough to run over a page break in the PDF; the header is not repeated.")
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
