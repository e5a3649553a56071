"""Rebuild default.docx, the clean Word template Oversight ships: `python -m oversight.papers.templates_docx.build_default`.

The template is generated rather than hand-edited so that every placeholder in it is visible
in code review and matches docs/templates.md. Organisations copy it to make their own.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("default.docx")


def build(path=OUT):
    doc = Document()
    core = doc.core_properties
    core.author = "Oversight"
    core.title = "HMICFRS update"
    # A fixed date keeps the file identical on every rebuild.
    core.created = core.modified = datetime(2024, 1, 1)
    core.last_modified_by = "Oversight"
    core.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    def para(text, style=None, bold=False, align=None):
        p = doc.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold
        if align:
            p.alignment = align
        return p

    def tag(text):  # a paragraph that holds only a docxtpl {%p %} tag and disappears on render
        doc.add_paragraph(text)

    def heading(text, level=1):
        doc.add_heading(text, level=level)

    def table(headers, cells, loop, total=None):
        t = doc.add_table(rows=3 + (1 if total else 0), cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            cell = t.rows[0].cells[i]
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
        t.rows[1].cells[0].text = "{%tr for row in " + loop + " %}"
        for i, c in enumerate(cells):
            t.rows[2].cells[i].text = c
        if total:
            for i, c in enumerate(total):
                t.rows[3].cells[i].text = ""
                t.rows[3].cells[i].paragraphs[0].add_run(c).bold = True
        end_row = t.add_row()
        end_row.cells[0].text = "{%tr endfor %}"
        # Move the endfor row straight after the looped row.
        tbl = t._tbl
        tbl.remove(end_row._tr)
        t.rows[2]._tr.addnext(end_row._tr)
        return t

    tag("{%p if agenda_item %}")
    para("Agenda Item {{ agenda_item }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    tag("{%p endif %}")
    para("{{ committee|upper }}", bold=True)
    para("{{ meeting_date }}", bold=True)
    doc.add_heading("{{ title }}", level=0)
    para("Period covered: {{ period_start }} to {{ period_end }}")

    heading("{{ numbers.purpose }}. PURPOSE OF REPORT")
    para("{{ numbers.purpose }}.1 {{ purpose }}")

    heading("{{ numbers.monitoring }}. BACKGROUND: HMICFRS MONITORING")
    tag("{%p if background %}")
    para("{{ background }}")
    tag("{%p endif %}")
    tag("{%p if monitoring.current %}")
    para("{{ numbers.monitoring }}.1 The force has been in {{ monitoring.current }} since {{ monitoring.current_since }}.")
    tag("{%p else %}")
    para("{{ numbers.monitoring }}.1 The register holds no HMICFRS monitoring phase for this period.")
    tag("{%p endif %}")
    tag("{%p for e in monitoring.events %}")
    para("{{ e.date }}: {{ e.text }}.", style="List Bullet")
    tag("{%p endfor %}")
    tag("{%p for c in monitoring.causes_of_concern %}")
    para(
        "Cause of concern – {{ c.name }}: {% if c.closed %}closed{% if c.closed_on %} on {{ c.closed_on }}{% endif %}"
        "{% else %}open{% endif %}{% if c.recommendations_closed or c.recommendations_open %}; "
        "{{ c.recommendations_closed }} of its recommendations closed and {{ c.recommendations_open }} open"
        "{% endif %}.",
        style="List Bullet",
    )
    tag("{%p endfor %}")

    heading("{{ numbers.reports }}. RECOMMENDATIONS, CAUSES OF CONCERN AND AREAS FOR IMPROVEMENT")
    para("{{ numbers.reports }}.1 {{ reports_sentence }}")
    tag("{%p for r in reports %}")
    heading("{{ r.number }} {{ r.title }} (Published {{ r.published_short }})", level=2)
    para("{{ r.kind }}{% if r.involvement %}. Force involvement: {{ r.involvement }}{% endif %}.")
    tag("{%p if r.involvement_notes %}")
    para("{{ r.involvement_notes }}")
    tag("{%p endif %}")
    tag("{%p if r.url %}")
    para("Read the report: {{ r.url }}")
    tag("{%p endif %}")
    tag("{%p if r.summary %}")
    para("{{ r.summary }}")
    tag("{%p endif %}")
    tag("{%p if r.commentary %}")
    para("{{ r.commentary }}")
    tag("{%p endif %}")
    para("{{ r.counts_sentence }}")
    tag("{%p if r.owners_sentence %}")
    para("{{ r.owners_sentence }}")
    tag("{%p endif %}")
    tag("{%p for f in r.findings %}")
    para("{{ f.label }}: {{ f.text }}", bold=True)
    para(
        "Owner: {{ f.portfolio or 'no portfolio' }}{% if f.business_area %}, {{ f.business_area }}{% endif %}"
        "{% if f.board %}; overseen by {{ f.board }}{% endif %}. Status: {{ f.status }}"
        "{% if f.rag %} ({{ f.rag }}){% endif %}."
    )
    tag("{%p if f.response %}")
    para("Force response: {{ f.response }}")
    tag("{%p endif %}")
    tag("{%p if f.latest_update %}")
    para("Latest update ({{ f.latest_update_on }}): {{ f.latest_update }}")
    tag("{%p endif %}")
    tag("{%p endfor %}")
    tag("{%p endfor %}")

    heading("{{ numbers.progress }}. PROGRESS ON EARLIER REPORTS")
    tag("{%p for r in progress %}")
    heading("{{ r.number }} {{ r.title }}{% if r.published_on %} (published {{ r.published_on }}){% endif %}", level=2)
    tag("{%p for f in r.findings %}")
    para("{{ f.label }}: {{ f.text }}", bold=True)
    para(
        "Owner: {{ f.portfolio or 'no portfolio' }}{% if f.business_area %}, {{ f.business_area }}{% endif %}"
        "{% if f.board %}; overseen by {{ f.board }}{% endif %}. Status: {{ f.status }}"
        "{% if f.rag %} ({{ f.rag }}){% endif %}."
    )
    para("Progress ({{ f.progress_on }}): {{ f.progress }}")
    tag("{%p endfor %}")
    tag("{%p endfor %}")
    tag("{%p if not progress %}")
    para("{{ numbers.progress }}.1 No progress on earlier reports was recorded in this period.")
    tag("{%p endif %}")

    heading("{{ numbers.gradings }}. GRADINGS")
    tag("{%p if gradings.rows %}")
    para("{{ numbers.gradings }}.1 {{ gradings.framework }}{% if gradings.published_on %}, published "
         "{{ gradings.published_on }}{% endif %}.")
    table(
        ["Area", "Grade", "Last inspected", "Progress"],
        ["{{ row.area }}", "{{ row.grade }}", "{{ row.last_inspected }}", "{{ row.trend }}"],
        "gradings.rows",
    )
    tag("{%p else %}")
    para("{{ numbers.gradings }}.1 The register holds no gradings for the force.")
    tag("{%p endif %}")

    heading("{{ numbers.red_overdue }}. FINDINGS RATED RED AND OVERDUE FINDINGS")
    tag("{%p if red %}")
    para("{{ numbers.red_overdue }}.1 Findings currently rated red:")
    table(
        ["Report", "Findings", "Held by", "Earliest due"],
        ["{{ row.report }}", "{{ row.findings_text }}", "{{ row.owner }}", "{{ row.due_on }}"],
        "red",
    )
    tag("{%p else %}")
    para("{{ numbers.red_overdue }}.1 There are no findings currently rated red.")
    tag("{%p endif %}")
    tag("{%p if overdue %}")
    para("{{ numbers.red_overdue }}.2 Findings past their due date:")
    table(
        ["Report", "Findings", "Held by", "Earliest due"],
        ["{{ row.report }}", "{{ row.findings_text }}", "{{ row.owner }}", "{{ row.due_on }}"],
        "overdue",
    )
    tag("{%p else %}")
    para("{{ numbers.red_overdue }}.2 There are no overdue findings.")
    tag("{%p endif %}")

    heading("{{ numbers.closures }}. SUBMISSIONS FOR CLOSURE")
    para("{{ numbers.closures }}.1 Submissions for closure closed by HMICFRS {{ closures.since_label }}, by kind and "
         "level{% if closures.awaiting %}; the figure in brackets is the number awaiting HMICFRS's decision{% endif %}:")
    table(
        ["Closed {{ closures.since_label }}", "Total number submitted", "Closed in this period", "Awaiting decision"],
        ["{{ row.label }}", "{{ row.closed }}", "{{ row.closed_in_period }}", "{{ row.awaiting }}"],
        "closures.rows",
        total=["Total", "{{ closures.total_text }}", "{{ closures.closed_in_period }}", "{{ closures.awaiting }}"],
    )

    heading("{{ numbers.activities }}. INSPECTION ACTIVITY")
    tag("{%p if activities.recent %}")
    para("{{ numbers.activities }}.1 Since the last meeting:")
    tag("{%p for a in activities.recent %}")
    para("{{ a.dates }} – {{ a.inspection }}: {{ a.kind }}{% if a.place %}, {{ a.place }}{% endif %}.{% if a.notes %} {{ a.notes }}.{% endif %}",
         style="List Bullet")
    tag("{%p endfor %}")
    tag("{%p else %}")
    para("{{ numbers.activities }}.1 Since the last meeting there have not been any inspections in force.")
    tag("{%p endif %}")
    para("{{ numbers.activities }}.2 Forthcoming inspection activity:")
    tag("{%p for a in activities.forthcoming %}")
    para("{{ a.dates }} – {{ a.inspection }}{% if a.place %}, {{ a.place }}{% endif %}.{% if a.notes %} {{ a.notes }}.{% endif %}", style="List Bullet")
    tag("{%p endfor %}")
    tag("{%p if not activities.forthcoming %}")
    para("None notified.")
    tag("{%p endif %}")

    heading("{{ numbers.open_findings }}. OPEN FINDINGS BY PORTFOLIO AND STATUS")
    para("{{ numbers.open_findings }}.1 Open findings as at {{ open_findings.as_at }}: {{ open_findings.total }}.")
    para("{{ chart }}")
    table(
        ["Portfolio", "{{ open_findings.statuses[0] }}", "{{ open_findings.statuses[1] }}",
         "{{ open_findings.statuses[2] }}", "{{ open_findings.statuses[3] }}", "Total"],
        ["{{ row.portfolio }}", "{{ row.counts[0] }}", "{{ row.counts[1] }}", "{{ row.counts[2] }}",
         "{{ row.counts[3] }}", "{{ row.total }}"],
        "open_findings.rows",
        total=["Total", "{{ open_findings.totals[0] }}", "{{ open_findings.totals[1] }}",
               "{{ open_findings.totals[2] }}", "{{ open_findings.totals[3] }}", "{{ open_findings.total }}"],
    )

    heading("{{ numbers.recommendation }}. RECOMMENDATION")
    para("{{ numbers.recommendation }}.1 {{ recommendation }}")

    heading("CONTACT OFFICER")
    para("Name: {{ contact.name }}")
    para("Title: {{ contact.title }}")
    tag("{%p if contact.email %}")
    para("Email: {{ contact.email }}")
    tag("{%p endif %}")
    tag("{%p if contact.phone %}")
    para("Telephone: {{ contact.phone }}")
    tag("{%p endif %}")
    buffer = io.BytesIO()
    doc.save(buffer)
    Path(path).write_bytes(fixed_zip_dates(buffer.getvalue()))
    return path


def fixed_zip_dates(data):
    """The same package with every entry dated 1 January 1980, so a rebuild changes nothing in git."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0)), source.read(item.filename),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


if __name__ == "__main__":
    print(build())
