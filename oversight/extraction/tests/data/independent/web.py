"""Write the web-page texts of the independent set: pages as the public samples store them.

Each page is stored like shared/samples/reports/sample_NN.txt: "# source: URL", a blank line, then the page's
text as a browser copies it (navigation and all), sometimes cut off after about 2,000 characters. The
findings are labelled by hand below each page, following shared/samples/reports/README.md.

Run: .venv/bin/python oversight/extraction/tests/data/independent/web.py
"""

import json
from pathlib import Path

HERE = Path(__file__).parent
AFI, REC, COC = "area_for_improvement", "recommendation", "cause_of_concern"
PAGES = []


def norm(text):
    return " ".join(text.split())


def page(name, url, text, findings, notes, published_on=None, running_lines=()):
    """findings: (kind, text, ref, due, due_on, parent index or None, addressees).

    running_lines: page headers and footers printed inside a finding, which its text leaves out.
    """
    body = f"# source: {url}\n\n{text.strip(chr(10))}\n"
    flat = norm(body)
    for line in running_lines:
        flat = flat.replace(" " + line + " ", " ")
    gold = []
    for number, (kind, finding, ref, due, due_on, parent, addressees) in enumerate(findings, start=1):
        finding = norm(finding)
        assert finding in flat, (name, finding[:60])
        gold.append({
            "id": f"F{number}", "type": kind, "ref": ref, "text": finding, "addressees": addressees, "due": due,
            "due_on": due_on, "parent_id": f"F{parent}" if parent else None,
        })
    PAGES.append((name, body, {"notes": notes, "published_on": published_on, "findings": gold}))


page("web_register_evidence", "https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme=evidence", """
Skip to main content
HMICFRS
Recommendations
Theme: evidence
Showing 1 to 4 of 212 results

Crime data integrity inspection 2014 – Exampleshire Constabulary (1622)

Within three months, the constabulary should take steps to ensure that all reports of crime received from partner agencies are recorded. By March 2015, it should audit the results.

[on]18th November 2014 [status]awaiting-review[/status][/on][on]18th November 2014 [comment] New recommendation [/comment][/on][on]12th July 2016 [status]complete[/status][/on]

PEEL: Police effectiveness 2016 – Exampleshire Police (5970)

Causes of concern

Exampleshire Police’s approach to investigating crime is a cause of concern to HMIC.

Recommendations

• Within three months, the force should ensure that all crimes are allocated promptly to appropriately trained staff.
• Within three months, the force should ensure that investigations are supervised effectively.

[on]2nd March 2017 [status]awaiting-review[/status][/on]
[on]9th January 2018 [comment] The force should provide further evidence of supervision before this can be closed. [/comment][/on]

Rape monitoring group: digests and data 2015 (2190)

The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete.

PEEL 2021/22 – Exampleshire Police (9034)

Area for improvement

The force should ensure that it records and retains evidence from body-worn video in all domestic abuse cases, so that evidence-led prosecutions can be considered.

[on]4th March 2022 [status]awaiting-review[/status][/on]
""", [
    (REC, "Within three months, the constabulary should take steps to ensure that all reports of crime received from partner agencies are recorded. By March 2015, it should audit the results.", None, "Within three months", None, None, ["the constabulary"]),
    (COC, "Exampleshire Police’s approach to investigating crime is a cause of concern to HMIC.", None, None, None, None, []),
    (REC, "Within three months, the force should ensure that all crimes are allocated promptly to appropriately trained staff.", None, "Within three months", None, 2, ["the force"]),
    (REC, "Within three months, the force should ensure that investigations are supervised effectively.", None, "Within three months", None, 2, ["the force"]),
    (AFI, "The force should ensure that it records and retains evidence from body-worn video in all domestic abuse cases, so that evidence-led prosecutions can be considered.", None, None, None, None, ["The force"]),
], "Register theme page with four entries: a two-sentence recommendation with two deadlines, a cause of concern "
   "with bulleted recommendations, an entry with no text (only the review notice), an area for improvement; status "
   "and comment history (with 'should') are not findings.")

page("web_peel_2017_effectiveness", "https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2017/exampleshire/effectiveness/", """
Skip to content
Exampleshire PEEL 2017
Effectiveness
How effective is the force at keeping people safe and reducing crime?
Last updated 22/03/2018
Requires improvement
Exampleshire Police requires improvement in the effectiveness with which it keeps people safe and reduces crime. Our overall judgment this year is the same as last year. The force should be commended for its work with partners.
Questions for Effectiveness
1
How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?
Good
Areas for improvement
  • The force should evaluate and share effective practice routinely, both internally and with partner organisations, to improve its approach to the prevention of crime and anti-social behaviour.
Summary
Exampleshire Police is good at preventing crime. Last year we said the force should improve its use of problem-solving; it has done so.
2
How effective is the force at investigating crime and reducing re-offending?
Requires improvement
Cause of concern
Exampleshire Police’s approach to investigating crime is a cause of concern. Too many investigations are of a poor standard and not supervised.
Recommendations
To address this cause of concern, we recommend that the force should immediately:
  • ensure that all investigations are allocated to officers with the appropriate skills and accreditation;
  • ensure that investigations are supervised effectively; and
  • ensure that it has enough trained investigators.
Areas for improvement
  • The force should improve its management of outstanding suspects, so that they are located and arrested promptly.
  • The force should ensure that it uses all the powers available to it to manage the risk posed by dangerous offenders.
3
How effective is the force at protecting those who are vulnerable from harm, and supporting victims?
Requires improvement
Area for improvement
  • The force should ensure that it consistently assesses the risks to vulnerable people who report incidents to its control room.
""", [
    (AFI, "The force should evaluate and share effective practice routinely, both internally and with partner organisations, to improve its approach to the prevention of crime and anti-social behaviour.", None, None, None, None, ["The force"]),
    (COC, "Exampleshire Police’s approach to investigating crime is a cause of concern. Too many investigations are of a poor standard and not supervised.", None, None, None, None, []),
    (REC, "To address this cause of concern, we recommend that the force should immediately: • ensure that all investigations are allocated to officers with the appropriate skills and accreditation; • ensure that investigations are supervised effectively; and • ensure that it has enough trained investigators.", None, "immediately", None, 2, ["the force"]),
    (AFI, "The force should improve its management of outstanding suspects, so that they are located and arrested promptly.", None, None, None, None, ["The force"]),
    (AFI, "The force should ensure that it uses all the powers available to it to manage the risk posed by dangerous offenders.", None, None, None, None, ["The force"]),
    (AFI, "The force should ensure that it consistently assesses the risks to vulnerable people who report incidents to its control room.", None, None, None, None, ["The force"]),
], "PEEL 2017 web page: numbered questions printed as a number on its own line, indented bullets, a cause of concern "
   "with 'we recommend that the force should immediately:' and bullets (one recommendation). 'Last year we said the "
   "force should…' is not labelled.")

page("web_frs_2019", "https://www.justiceinspectorates.gov.uk/hmicfrs/frs-assessment/frs-2018/exampleshire/efficiency/", """
Exampleshire 2018/19
Efficiency
How efficient is the service at keeping people safe and secure?
Requires improvement
Making best use of resources
Requires improvement
Areas for improvement
The service should ensure it has robust and effective plans to make sure that it has enough operational staff available to meet its foreseeable risk.
The service should ensure that its collaboration activity is aligned to its integrated risk management plan, and that it evaluates the benefits.
Fire and rescue services should manage their budgets and spend money properly and appropriately. They should allocate enough resources to meet foreseeable risk.
Making the fire and rescue service affordable now and in the future
Inadequate
Cause of concern
Exampleshire Fire and Rescue Service doesn’t have a sustainable financial plan. Its reserves will be used up by 2021.
Recommendations
By 30 September 2019, the service should:
• develop a medium-term financial plan that is based on realistic assumptions; and
• make sure its plan shows how it will balance its budget without relying on reserves.
We will monitor the service’s progress. The service should send us an action plan.
Area for improvement
The service should make sure it uses technology effectively to improve efficiency.
""", [
    (AFI, "The service should ensure it has robust and effective plans to make sure that it has enough operational staff available to meet its foreseeable risk.", None, None, None, None, ["The service"]),
    (AFI, "The service should ensure that its collaboration activity is aligned to its integrated risk management plan, and that it evaluates the benefits.", None, None, None, None, ["The service"]),
    (COC, "Exampleshire Fire and Rescue Service doesn’t have a sustainable financial plan. Its reserves will be used up by 2021.", None, None, None, None, []),
    (REC, "By 30 September 2019, the service should: • develop a medium-term financial plan that is based on realistic assumptions; and • make sure its plan shows how it will balance its budget without relying on reserves.", None, "By 30 September 2019", "2019-09-30", 3, ["the service"]),
    (AFI, "The service should make sure it uses technology effectively to improve efficiency.", None, None, None, None, ["The service"]),
], "Fire 2018/19 web page: areas for improvement as plain lines under the heading followed by the expectation "
   "('Fire and rescue services should…', not labelled), a cause of concern with a dated lead-in and bullets, then "
   "'We will monitor… The service should send us an action plan' (not labelled).")

page("web_accelerated_publication", "https://hmicfrs.justiceinspectorates.gov.uk/publications/exampleshire-police-causes-of-concern/", """
Exampleshire Police: causes of concern
Published on: 7 February 2024
During our PEEL 2023–25 inspection of Exampleshire Police, we found significant failings in how the force responds to the public. We have written to the chief constable to tell him about two causes of concern.
We identified the following causes of concern:
- The force doesn’t answer emergency calls quickly enough, and it doesn’t identify vulnerable callers effectively.
- The force doesn’t attend incidents within the timescales it has set, and it doesn’t tell callers when attendance will be delayed.
We made the following recommendations:
- Within three months, the force should make sure that it has enough call handlers to answer calls promptly.
- Within three months, the force should make sure that it attends incidents in line with its own attendance times.
We will revisit the force to assess its progress.
Get the letter
Read the letter online
Exampleshire Police: causes of concern (HTML)
""", [
    (COC, "The force doesn’t answer emergency calls quickly enough, and it doesn’t identify vulnerable callers effectively.", None, None, None, None, []),
    (COC, "The force doesn’t attend incidents within the timescales it has set, and it doesn’t tell callers when attendance will be delayed.", None, None, None, None, []),
    (REC, "Within three months, the force should make sure that it has enough call handlers to answer calls promptly.", None, "Within three months", "2024-05-07", 2, ["the force"]),
    (REC, "Within three months, the force should make sure that it attends incidents in line with its own attendance times.", None, "Within three months", "2024-05-07", 2, ["the force"]),
], "Publication page quoting two causes of concern and the recommendations as dash lists after 'we identified the "
   "following causes of concern:' and 'We made the following recommendations:'. The page does not say which cause each "
   "recommendation belongs to; labelled with the last cause printed, as the samples' reading order gives.",
   published_on="2024-02-07")

page("web_vetting_summary", "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/effectiveness-of-vetting-and-counter-corruption-arrangements-in-exampleshire-police/", """
Effectiveness of vetting and counter-corruption arrangements in Exampleshire Police
Contents
Print this document
Introduction
Summary
Cause of concern
Areas for improvement
Vetting
Published on: 14 June 2023
Introduction
This report sets out our findings on the effectiveness of vetting and counter-corruption arrangements in Exampleshire Police. It includes a cause of concern, recommendations and three areas for improvement.
Summary
We have graded the force as requires improvement.
Cause of concern
The force isn’t doing enough to identify and mitigate the risks posed by officers and staff who abuse their position for a sexual purpose.
Recommendations
By 31 December 2023, the force should:
make sure that its counter-corruption unit has enough resources to proactively identify those who abuse their position for a sexual purpose; and
make sure that it monitors all its IT systems.
Areas for improvement
Area for improvement 1
The force should make sure that it records the rationale for vetting decisions when there is adverse information.
Area for improvement 2
The force should make sure that its vetting unit has enough resources to manage its workload.
Area for improvement 3
The force should improve how it communicates lessons learned from misconduct cases to its workforce.
Vetting
The force should be commended for clearing its vetting backlog. In 2019 we said that the force should
""", [
    (COC, "The force isn’t doing enough to identify and mitigate the risks posed by officers and staff who abuse their position for a sexual purpose.", None, None, None, None, []),
    (REC, "By 31 December 2023, the force should: make sure that its counter-corruption unit has enough resources to proactively identify those who abuse their position for a sexual purpose; and make sure that it monitors all its IT systems.", None, "By 31 December 2023", "2023-12-31", 1, ["the force"]),
    (AFI, "The force should make sure that it records the rationale for vetting decisions when there is adverse information.", "1", None, None, None, ["The force"]),
    (AFI, "The force should make sure that its vetting unit has enough resources to manage its workload.", "2", None, None, None, ["The force"]),
    (AFI, "The force should improve how it communicates lessons learned from misconduct cases to its workforce.", "3", None, None, None, ["The force"]),
], "Vetting and counter-corruption web report: a contents list naming the kinds (not findings), a cause of concern whose "
   "lead-in's sub-points lost their bullets in the copy (one recommendation), numbered areas for improvement; the page "
   "is cut off mid-sentence in narrative ('In 2019 we said that the force should').", published_on="2023-06-14")

page("web_glossary", "https://hmicfrs.justiceinspectorates.gov.uk/glossary/cause-of-concern/", """
Glossary
Cause of concern
A cause of concern is a serious, critical or systemic shortcoming in a force or service’s practice, policy or performance. It will always be accompanied by one or more recommendations.
Recommendations
A recommendation sets out what a force or service should do to address a cause of concern.
Area for improvement
An area for improvement is a shortcoming that isn’t serious enough to be a cause of concern, but which the force or service should address.
Related terms
Accelerated cause of concern
""", [], "Glossary page: definitions of the finding kinds under headings named after them. Nothing to label.")

page("web_news_release", "https://hmicfrs.justiceinspectorates.gov.uk/news/news-feed/exampleshire-police-must-improve-response/", """
News
Exampleshire Police must improve how it responds to the public, says inspectorate
Published on: 12 March 2024
Exampleshire Police must improve how it responds to the public, His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has said.
The inspectorate identified two causes of concern and made four recommendations. It also found eight areas for improvement.
His Majesty’s Inspector of Constabulary Michelle Skeer said:
“I am concerned that the force isn’t answering calls quickly enough. The force should make sure that it has enough call handlers, and that it identifies vulnerable callers.
“The force should also improve how it investigates crime. I will be monitoring its progress closely.”
Notes to editors
1. Read the full report.
2. PEEL assessments are graded on a five-tier scale.
""", [], "News release: counts of findings and an inspector's quoted remarks with 'should'; the findings' texts are not "
   "given. Nothing to label.", published_on="2024-03-12")

page("web_custody_summary", "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/inspection-of-custody-suites-in-exampleshire/", """
Report on an unannounced inspection visit to police custody suites in Exampleshire
Published on: 5 September 2023
Contents
Print this document
Summary
S1 We inspected the police custody suites in Exampleshire. This was a joint inspection with HM Inspectorate of Prisons.
S2 We identified two causes of concern and made two recommendations. We also identified 12 areas for improvement.
Causes of concern and recommendations
Cause of concern
There were weaknesses in the force’s management of risk. Detainees were not always observed as required, and some were released without an adequate pre-release risk assessment.
Recommendation
The force should make sure that detainees are monitored at the level their risk requires, and that pre-release risk assessments address all identified risks.
Cause of concern
Governance of health care was weak. Medicines management was poor and there was no effective oversight of clinical practice.
Recommendation
The force and the health care provider should make sure that there is effective clinical governance, including of medicines management.
Areas for improvement
Leadership, accountability and partnerships
The force should make sure that custody staff have enough time for training.
The force should improve how it collects and uses data to monitor the use of force in custody.
Pre-custody: first point of contact
Officers should make sure that they consider alternatives to custody for children.
In custody: booking in, individual needs and legal rights
Custody staff should make sure that detainees’ privacy is protected at the booking-in desks.
The force should make sure that detainees are given
""", [
    (COC, "There were weaknesses in the force’s management of risk. Detainees were not always observed as required, and some were released without an adequate pre-release risk assessment.", None, None, None, None, []),
    (REC, "The force should make sure that detainees are monitored at the level their risk requires, and that pre-release risk assessments address all identified risks.", None, None, None, 1, ["The force"]),
    (COC, "Governance of health care was weak. Medicines management was poor and there was no effective oversight of clinical practice.", None, None, None, None, []),
    (REC, "The force and the health care provider should make sure that there is effective clinical governance, including of medicines management.", None, None, None, 3, ["The force and the health care provider"]),
    (AFI, "The force should make sure that custody staff have enough time for training.", None, None, None, None, ["The force"]),
    (AFI, "The force should improve how it collects and uses data to monitor the use of force in custody.", None, None, None, None, ["The force"]),
    (AFI, "Officers should make sure that they consider alternatives to custody for children.", None, None, None, None, ["Officers"]),
    (AFI, "Custody staff should make sure that detainees’ privacy is protected at the booking-in desks.", None, None, None, None, ["Custody staff"]),
    (AFI, "The force should make sure that detainees are given", None, None, None, None, ["The force"]),
], "Custody web report: summary paragraphs numbered S1, S2 (counts, not findings), causes of concern each with one "
   "'Recommendation', areas for improvement grouped under section sub-headings; the page is cut off in the last area "
   "for improvement (labelled as stored, truncated).", published_on="2023-09-05")

page("web_hmic_2015_efficiency", "https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2015/exampleshire/efficiency/", """
Exampleshire PEEL 2015
Efficiency
How efficient is the force at keeping people safe and reducing crime?
Last updated 20/10/2015
Good
HMIC found that Exampleshire Police is well prepared to face its future financial challenges. In last year’s value for money inspection, the force was judged to be good.
Questions for Efficiency
1
How well does the force use its resources to meet its demand?
Good
Areas for improvement
The force should develop its understanding of current and likely future demand, so that it can plan its workforce accordingly.
The force should ensure that it has a clear plan for the development of the skills of its workforce.
2
How sustainable and affordable is the workforce model?
Good
HMIC did not identify any areas for improvement for this question.
3
How sustainable is the force’s financial position for the short and long term?
Outstanding
Area for improvement
The force should ensure that its savings plans for 2017/18 onwards are supported by detailed and costed proposals.
""", [
    (AFI, "The force should develop its understanding of current and likely future demand, so that it can plan its workforce accordingly.", None, None, None, None, ["The force"]),
    (AFI, "The force should ensure that it has a clear plan for the development of the skills of its workforce.", None, None, None, None, ["The force"]),
    (AFI, "The force should ensure that its savings plans for 2017/18 onwards are supported by detailed and costed proposals.", None, None, None, None, ["The force"]),
], "PEEL 2015 web page: areas for improvement as plain lines under headings, 'HMIC did not identify any areas for "
   "improvement for this question' (nothing), question numbers on their own lines.")

page("web_thematic_recommendations", "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/an-inspection-of-the-police-response-to-fraud/", """
An inspection of the police response to fraud
Published on: 25 August 2021
Contents
Print this document
Recommendations
Recommendation 1
By 31 October 2021, the Home Office, the National Police Chiefs’ Council and the Association of Police and Crime Commissioners should work together to agree a national approach to fraud.
Recommendation 2
By 30 April 2022, chief constables should make sure that their forces:
a. adopt the national standards for fraud investigation;
b. have enough trained staff to investigate fraud; and
c. refer victims to support services.
Recommendation 3
By 31 March 2022, the City of London Police, as the national lead force for fraud, should publish a plan setting out how it will improve the service that Action Fraud gives to victims.
Recommendation 4
The College of Policing should, by 31 January 2022, develop training for fraud investigators.
Summary
Fraud is the most commonly experienced crime in England and Wales. In our 2019 report, we made 16 recommendations; few have been implemented. We found that forces should do more to protect victims.
""", [
    (REC, "By 31 October 2021, the Home Office, the National Police Chiefs’ Council and the Association of Police and Crime Commissioners should work together to agree a national approach to fraud.", "1", "By 31 October 2021", "2021-10-31", None, ["the Home Office, the National Police Chiefs’ Council and the Association of Police and Crime Commissioners"]),
    (REC, "By 30 April 2022, chief constables should make sure that their forces: a. adopt the national standards for fraud investigation; b. have enough trained staff to investigate fraud; and c. refer victims to support services.", "2", "By 30 April 2022", "2022-04-30", None, ["chief constables"]),
    (REC, "By 31 March 2022, the City of London Police, as the national lead force for fraud, should publish a plan setting out how it will improve the service that Action Fraud gives to victims.", "3", "By 31 March 2022", "2022-03-31", None, ["the City of London Police, as the national lead force for fraud"]),
    (REC, "The College of Policing should, by 31 January 2022, develop training for fraud investigators.", "4", "by 31 January 2022", "2022-01-31", None, ["The College of Policing"]),
], "Thematic web report: 'Recommendation N' headings, a lead-in with 'a.'/'b.'/'c.' sub-points (one recommendation), "
   "a deadline set off by commas mid-sentence; the summary's counts and narrative 'should' are not labelled.",
   published_on="2021-08-25")


page("web_register_inline_history", "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendations/", """
Effectiveness of vetting and counter-corruption arrangements in Exampleshire Police (9401)

Cause for concern The force hasn’t done enough to make sure that its vetting decisions are sound.

Recommendation •
By 31 March 2024, the force should review all vetting decisions made since January 2022 where adverse information was present.[on]23rd June 2023 [status]awaiting-review[/status][/on]

PEEL 2018/19 – Exampleshire Police (8123)

AFI 1 – The force should improve how it supervises investigations.
[on]2nd May 2019 [status]awaiting-review[/status][/on]
""", [
    (COC, "The force hasn’t done enough to make sure that its vetting decisions are sound.", None, None, None, None, []),
    (REC, "By 31 March 2024, the force should review all vetting decisions made since January 2022 where adverse information was present.", None, "By 31 March 2024", "2024-03-31", 1, ["the force"]),
    (AFI, "The force should improve how it supervises investigations.", "1", None, None, None, ["The force"]),
], "Register entries: 'Cause for concern' inline, 'Recommendation •' on its own line, the status history printed "
   "straight after the text with no space or line break (not part of the finding), an 'AFI 1 –' label.")

page("web_revisit_quoted", "https://hmicfrs.justiceinspectorates.gov.uk/publications/exampleshire-revisit-letter/", """
Exampleshire Police: Cause of concern revisit letter
Published on: 3 April 2023
In our 2022 PEEL inspection, we identified the following cause of concern:
“The force isn’t effectively managing the risk posed by registered sex offenders.”
We made the following recommendation:
“Within six months, the force should make sure that it has enough staff to manage registered sex offenders.”
We revisited the force in February 2023. We found that the force has made good progress, and we have closed the cause of concern.
""", [
    (COC, "The force isn’t effectively managing the risk posed by registered sex offenders.", None, None, None, None, []),
    (REC, "Within six months, the force should make sure that it has enough staff to manage registered sex offenders.", None, "Within six months", "2023-10-03", 1, ["the force"]),
], "Revisit letter page quoting the cause of concern and its recommendation in quotation marks (labelled without the "
   "quotation marks, as list markers are left out). The deadline counts from this page's date, the only one printed.",
   published_on="2023-04-03")

page("web_inline_lead_in", "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2021-22/exampleshire/", """
Causes of concern
We have identified a cause of concern: the force isn’t recording crime accurately.
Recommendations
We recommend that, within three months, the force should:
– make sure that crimes are recorded within 24 hours; and
– make sure that its crime registrar has enough staff.
Recommendation 3 (previously recommendation 5)
Chief constables must ensure that all officers complete stalking training by 31 March 2024.
""", [
    (COC, "the force isn’t recording crime accurately.", None, None, None, None, []),
    (REC, "We recommend that, within three months, the force should: – make sure that crimes are recorded within 24 hours; and – make sure that its crime registrar has enough staff.", None, "within three months", None, 1, ["the force"]),
    (REC, "Chief constables must ensure that all officers complete stalking training by 31 March 2024.", "3", "by 31 March 2024", "2024-03-31", 1, ["Chief constables"]),
], "A cause of concern printed after 'We have identified a cause of concern:' on the same line; en-dash sub-points; a "
   "'Recommendation 3 (previously recommendation 5)' label on its own line.")


page("web_register_two_inline", "https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme=investigation", """
PEEL 2016 – Exampleshire Police (6001)
Recommendations • The force should review its missing persons policy. • The force should train all call handlers in THRIVE.
[on]2nd March 2017 [status]awaiting-review[/status][/on]
""", [
    (REC, "The force should review its missing persons policy.", None, None, None, None, ["The force"]),
    (REC, "The force should train all call handlers in THRIVE.", None, None, None, None, ["The force"]),
], "Register entry with two whole recommendations as inline bullets after a plural label (two findings, not one).")

page("web_lettered_refs", "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/stalking-super-complaint/", """
Summary of recommendations
Recommendation 1a
By 31 March 2024, chief constables should make sure that stalking is recorded correctly.
Recommendation 1b
By 31 March 2024, chief constables should make sure that stalking protection orders are used.
Recommendation 2
By 30 June 2024, chief constables should:
• appoint a stalking lead; and
• publish a local action plan.
This will mean that victims get a consistent service across the country, which they told us they do not get now.
Recommendation 3
The Home Office should amend the Counting Rules.
""", [
    (REC, "By 31 March 2024, chief constables should make sure that stalking is recorded correctly.", "1a", "By 31 March 2024", "2024-03-31", None, ["chief constables"]),
    (REC, "By 31 March 2024, chief constables should make sure that stalking protection orders are used.", "1b", "By 31 March 2024", "2024-03-31", None, ["chief constables"]),
    (REC, "By 30 June 2024, chief constables should: • appoint a stalking lead; and • publish a local action plan.", "2", "By 30 June 2024", "2024-06-30", None, ["chief constables"]),
    (REC, "The Home Office should amend the Counting Rules.", "3", None, None, None, ["The Home Office"]),
], "Refs with a letter ('Recommendation 1a'), a lead-in with bullets followed by an explanatory paragraph that is not "
   "part of the finding.")

page("web_text_export_pages", "https://www.example.gov.uk/papers/peel-report-text-export.txt", """
Areas for improvement
AFI 1 The force should make sure that its supervisors review every domestic abuse
\fExampleshire Police – PEEL 2023–25
Page 14 of 40

investigation within seven days.
AFI 2 The force should improve its use of body-worn video.
\fExampleshire Police – PEEL 2023–25
Page 15 of 40
The force has a clear plan.
\fExampleshire Police – PEEL 2023–25
Page 16 of 40
Its leaders are visible.
""", [
    (AFI, "The force should make sure that its supervisors review every domestic abuse investigation within seven days.", "1", None, None, None, ["The force"]),
    (AFI, "The force should improve its use of body-worn video.", "2", None, None, None, ["The force"]),
], "A PDF's text export: form feeds between pages, a running header and 'Page N of M' printed inside a finding "
   "(left out of its text).", running_lines=("Exampleshire Police – PEEL 2023–25 Page 14 of 40",))

page("web_colon_headings", "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/example-colon-headings/", """
Recommendations
To chief constables:
Chief constables should make sure that officers record stalking as a crime.
Chief constables should appoint a stalking lead by 31 March 2025.
To the College of Policing:
The College of Policing should update its guidance.
Areas for improvement:
The force should improve how it records outcomes.
Cause of concern:
The force isn’t investigating crime well enough.
Recommendation:
Within three months, the force should review its investigation standards.
""", [
    (REC, "Chief constables should make sure that officers record stalking as a crime.", None, None, None, None, ["chief constables"]),
    (REC, "Chief constables should appoint a stalking lead by 31 March 2025.", None, "by 31 March 2025", "2025-03-31", None, ["chief constables"]),
    (REC, "The College of Policing should update its guidance.", None, None, None, None, ["the College of Policing"]),
    (AFI, "The force should improve how it records outcomes.", None, None, None, None, ["The force"]),
    (COC, "The force isn’t investigating crime well enough.", None, None, None, None, []),
    (REC, "Within three months, the force should review its investigation standards.", None, "Within three months", None, 5, ["the force"]),
], "Headings printed with a colon: 'To chief constables:' addressee groups, 'Areas for improvement:', 'Cause of concern:', "
   "'Recommendation:'.")

page("web_frs_2023_truncated", "https://hmicfrs.justiceinspectorates.gov.uk/frs-assessment/frs-2023-25/exampleshire/responding/", """
Exampleshire 2023/25
How good is the service at responding to fires and other emergencies?
Requires improvement
Cause of concern
The service isn’t doing enough to make sure its fire engines are available.
Recommendations
By 31 March 2025, the service should make sure its on-call fire engines are available when they are needed.
By 31 March 2025, the service should review its crewing model.
Area for improvement
The service should make sure it has an effective system for learning from operational incidents.
Innovative practice
The service has worked with partners to develop a new app. The service should share this with other services.
Areas for improvement
The service should
""", [
    (COC, "The service isn’t doing enough to make sure its fire engines are available.", None, None, None, None, []),
    (REC, "By 31 March 2025, the service should make sure its on-call fire engines are available when they are needed.", None, "By 31 March 2025", "2025-03-31", 1, ["the service"]),
    (REC, "By 31 March 2025, the service should review its crewing model.", None, "By 31 March 2025", "2025-03-31", 1, ["the service"]),
    (AFI, "The service should make sure it has an effective system for learning from operational incidents.", None, None, None, None, ["The service"]),
    (AFI, "The service should", None, None, None, None, ["The service"]),
], "Fire 2023–25 web page: a cause of concern with two unbulleted recommendations, innovative practice with a narrative "
   "'should' (not labelled), and the stored text cut off in the first words of an area for improvement (labelled as "
   "stored, like sample_03).")

page("web_register_single", "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/devon-and-cornwall/6989/", """
Recommendation
Devon and Cornwall Police
PEEL: Police effectiveness 2016 (6989)
Within three months, the force should:
• review its approach to the management of registered sex offenders; and
• ensure that visits are carried out on time.
Status: complete
Theme: harm
[on]2nd March 2017 [status]awaiting-review[/status][/on]
[on]2nd March 2017 [comment] New recommendation [/comment][/on]
""", [
    (REC, "Within three months, the force should: • review its approach to the management of registered sex offenders; and • ensure that visits are carried out on time.", None, "Within three months", None, None, ["the force"]),
], "Single register entry page: a lead-in with bullets (one recommendation), then 'Status:' and 'Theme:' fields and history.")

page("web_peel_hub_counts", "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2023-25/exampleshire/", """
Exampleshire PEEL 2023–25
Report published: 20 June 2024
Causes of concern
2
Areas for improvement
14
Innovative practice
1
Our judgments
Responding to the public: Inadequate
Read the full report
Previous inspections
PEEL 2021/22: 2 causes of concern, 11 areas for improvement
""", [], "Force hub page: the kinds as headings over counts ('Causes of concern' / '2'). Nothing to label.",
   published_on="2024-06-20")

page("web_peel_2023_intro", "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2023-25-exampleshire/", """
PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Exampleshire Police
Contents
Print this document
Overall summary
Causes of concern
Areas for improvement
Recommendations
Responding to the public
Investigating crime
About the data
Overall summary
Our judgments
Our inspection assessed how good Exampleshire Police is in nine areas of policing. We make graded judgments in eight of these nine as follows:
Outstanding: No areas
Good: Police powers and public treatment
Adequate: Preventing crime; Protecting vulnerable people
Requires improvement: Investigating crime
Inadequate: Responding to the public
We also inspected how effective a service the force gives to victims of crime. We don’t make a graded judgment in this area.
We set out our detailed findings about things the force is doing well and where the force should improve in the rest of this report.
Important changes to PEEL
In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections, which assess the performance of all 43 police forces in England and Wales. Since then, we have been continuously adapting our approach. This year, we have made some significant changes.
HM Inspector’s observations
I have concerns about the performance of Exampleshire Police in keeping people safe and reducing crime. In particular, I have serious concerns about how the force responds to the public. The force should make sure it answers calls promptly.
Recommendations and causes of concern are set out below. The force must
""", [], "The first 2,000 characters of a PEEL 2023–25 report: contents list naming the kinds, judgments, observations "
   "with 'should' and 'must', cut off mid-sentence. Nothing to label (as sample_04).")

page("web_thematic_publication", "https://hmicfrs.justiceinspectorates.gov.uk/publications/an-inspection-of-the-police-response-to-stalking/", """
An inspection of how well the police respond to stalking
Published on: 14 March 2024
This inspection looked at how well the police respond to stalking. We made five recommendations and one area for improvement.
Recommendations
Our recommendations are aimed at chief constables, the College of Policing and the Home Office.
Areas for improvement
We found that forces should do more to gather the views of victims.
Get the report
An inspection of how well the police respond to stalking (HTML)
Get the press release
Read the press release
""", [], "Publication page: counts, 'Our recommendations are aimed at …' and 'We found that forces should …' under "
   "kind headings. Nothing to label.", published_on="2024-03-14")

page("web_unpunctuated_statements", "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2023-25/exampleshire/responding/", """
Responding to the public
Inadequate
Cause of concern
The force isn’t answering calls quickly enough
Recommendations
Within three months, the force should make sure that it answers 999 calls within ten seconds
Area for improvement
The force should improve its use of body-worn video
Main findings
The force answers too few calls on time.
""", [
    (COC, "The force isn’t answering calls quickly enough", None, None, None, None, []),
    (REC, "Within three months, the force should make sure that it answers 999 calls within ten seconds", None, "Within three months", None, 1, ["the force"]),
    (AFI, "The force should improve its use of body-worn video", None, None, None, None, ["The force"]),
], "Findings printed as bold statements without a full stop, so they look like headings.")

page("web_custody_2016_summary", "https://www.justiceinspectorates.gov.uk/hmiprisons/inspections/exampleshire-police-custody-2016/", """
Section 7. Summary of recommendations and housekeeping points
Main recommendations
7.1 The force should ensure that all custody staff are trained in the safe handling of detainees at risk of self-harm. (2.12)
7.2 The force and its health partners should ensure that detainees receive prompt mental health assessments. (5.14)
Recommendations
Strategy
7.3 The force should develop a custody strategy with clear performance measures. (3.5)
Treatment and conditions
7.4 Cells should be free of ligature points. (4.9)
Housekeeping points
7.5 Cell call bells should be answered promptly. (4.10)
7.6 Showers should be cleaned regularly. (4.11)
Good practice
7.7 The use of a mental health triage car was good practice. (5.20)
""", [
    (REC, "The force should ensure that all custody staff are trained in the safe handling of detainees at risk of self-harm. (2.12)", "7.1", None, None, None, ["The force"]),
    (REC, "The force and its health partners should ensure that detainees receive prompt mental health assessments. (5.14)", "7.2", None, None, None, ["The force and its health partners"]),
    (REC, "The force should develop a custody strategy with clear performance measures. (3.5)", "7.3", None, None, None, ["The force"]),
    (REC, "Cells should be free of ligature points. (4.9)", "7.4", None, None, None, []),
], "Older joint custody report (HMIP/HMIC 2014–2017): 'Main recommendations' and 'Recommendations' grouped under "
   "section names, each ending with the paragraph it comes from; 'Housekeeping points' and 'Good practice' are not "
   "findings.")

page("web_hard_wrapped", "https://www.example.gov.uk/papers/peel-afis-plain-text.txt", """
Areas for improvement
The force should make sure that victims are updated in line with the
Victims’ Code, and that it records when it has done so.
The force should improve how it works with the Crown Prosecution
Service to build cases.
The force should review its use of out-of-court disposals.
""", [
    (AFI, "The force should make sure that victims are updated in line with the Victims’ Code, and that it records when it has done so.", None, None, None, None, ["The force"]),
    (AFI, "The force should improve how it works with the Crown Prosecution Service to build cases.", None, None, None, None, ["The force"]),
    (AFI, "The force should review its use of out-of-court disposals.", None, None, None, None, ["The force"]),
], "Plain text wrapped by hand, where the carried-over line starts with a capital ('Victims’ Code', 'Service').")

if __name__ == "__main__":
    for name, body, gold in PAGES:
        (HERE / f"{name}.txt").write_text(body)
        (HERE / f"{name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name, len(gold["findings"]))
