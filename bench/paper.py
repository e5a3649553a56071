"""Time a committee paper for a quarter with 200 findings, in Word and PDF (target: under 3 s for content,
Word and the WeasyPrint PDF; the PDF from the Word file by LibreOffice, the path papers take, is timed beside
it, and so is everything an issue makes: Word, PDF and HTML for the paper and its public version).

Run: .venv/bin/python bench/paper.py   (uses a throwaway SQLite database; prints seconds)
"""

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "localhost")
workdir = tempfile.mkdtemp(prefix="oversight-bench-paper-")
os.environ.pop("DATABASE_URL", None)
os.environ["OVERSIGHT_VAR_DIR"] = workdir
os.environ["MEDIA_ROOT"] = str(Path(workdir) / "media")

import django  # noqa: E402

django.setup()

import pypdfium2  # noqa: E402
from django.core.management import call_command  # noqa: E402

from oversight.organisations.models import BusinessArea, ClosureLevel, Organisation, Portfolio  # noqa: E402
from oversight.papers import content as paper_content  # noqa: E402
from oversight.papers import docx as word  # noqa: E402
from oversight.papers import pdf  # noqa: E402
from oversight.papers.models import Committee, Meeting  # noqa: E402
from oversight.reports.models import Finding, Report, ReportInvolvement  # noqa: E402
from oversight.responses.models import ClosureSubmission, Response, Update  # noqa: E402

FINDINGS = 200
# Papers count each response as it stood at the period's end, so the scene's statuses are dated in it.
CHANGED = datetime(2024, 10, 15, 12, tzinfo=UTC)


def scene():
    force = Organisation.objects.create(kind="police_force", name="Bench Police", short_name="BP")
    portfolios = [Portfolio.objects.create(organisation=force, name=n) for n in ["Crime", "Security", "Local policing",
                                                                                  "Corporate services"]]
    areas = [BusinessArea.objects.create(organisation=force, name=f"Area {i}", portfolio=portfolios[i % 4])
             for i in range(8)]
    level = ClosureLevel.objects.create(organisation=force, code="Lv3")
    committee = Committee.objects.create(organisation=force, name="Joint Audit Committee")
    Meeting.objects.create(committee=committee, held_on=date(2024, 9, 5))
    meeting = Meeting.objects.create(committee=committee, held_on=date(2024, 12, 5))
    kinds = ["recommendation", "recommendation", "area_for_improvement"]
    statuses = ["open", "in_progress", "awaiting_sign_off", "submitted"]
    for r in range(10):  # ten reports in the quarter, twenty findings each
        report = Report.objects.create(title=f"Inspection report {r}", kind="national_thematic",
                                       published_on=date(2024, 9, 10) + timedelta(days=7 * r),
                                       summary="What the inspectorate found, in a paragraph of summary. " * 4)
        ReportInvolvement.objects.create(report=report, organisation=force, involvement="inspected")
        for i in range(FINDINGS // 10):
            f = Finding.objects.create(report=report, kind=kinds[i % 3], ref=str(i + 1), position=i,
                                       text="Chief constables should improve something specific and measurable. " * 3,
                                       addressees=["chief constables"])
            resp = Response.objects.create(finding=f, organisation=force, status=statuses[i % 4],
                                           rag=["red", "amber", "green"][i % 3], portfolio=portfolios[i % 4],
                                           business_area=areas[i % 8], narrative="The force has a plan. " * 5,
                                           target_on=date(2024, 11, 1), status_changed_at=CHANGED)
            Update.objects.create(response=resp, text="Progress made this month. " * 4, written_on=date(2024, 11, 1))
            if i % 4 == 3:
                ClosureSubmission.objects.create(response=resp, level=level, submitted_on=date(2024, 11, 2))
    return meeting


def measure(meeting):
    """Seconds (wall, cpu) for content, Word and PDF, and the files."""
    clocks = (time.perf_counter, time.process_time)  # wall clock, and CPU time (the machine is shared)

    def now():
        return [clock() for clock in clocks]

    def since(t):
        return [b - a for a, b in zip(t, now(), strict=True)]

    timings = {}
    start = t = now()
    content = paper_content.build_content(meeting, date(2024, 9, 5), date(2024, 12, 5), {})
    timings["content"], t = since(t), now()
    docx_bytes = word.render(content)
    timings["word"], t = since(t), now()
    pdf_bytes = pdf.render(content)
    timings["pdf"] = since(t)  # WeasyPrint: the fallback without LibreOffice
    timings["total"] = since(start)
    assert content["open_findings"]["total"] == FINDINGS, content["open_findings"]["total"]
    return content, timings, docx_bytes, pdf_bytes


def main():
    call_command("migrate", verbosity=0)
    meeting = scene()
    # The first paper pays for loading fonts and templates once; a running server has done that.
    cold = measure(meeting)[1]
    content, warm, docx_bytes, pdf_bytes = measure(meeting)
    pages = len(pypdfium2.PdfDocument(pdf_bytes))
    print(f"paper for a quarter with {FINDINGS} findings ({len(content['reports'])} reports, {pages} PDF pages, "
          f"{len(docx_bytes):,} bytes Word, {len(pdf_bytes):,} bytes PDF)")
    print(f"  {'':8} {'cold wall':>10} {'cold cpu':>9} {'warm wall':>10} {'warm cpu':>9}")
    for name in warm:
        print(f"  {name:8} {cold[name][0]:9.2f}s {cold[name][1]:8.2f}s {warm[name][0]:9.2f}s {warm[name][1]:8.2f}s")
    if pdf.can_convert_word():  # every paper's PDF: its Word file converted by LibreOffice
        import resource

        def child_cpu():
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime

        for label in ("cold", "warm"):
            t0, c0 = time.perf_counter(), child_cpu()
            converted = pdf.from_word(docx_bytes)
            print(f"  PDF from Word via LibreOffice ({label}): {time.perf_counter() - t0:.2f}s wall, "
                  f"{child_cpu() - c0:.2f}s cpu in LibreOffice; {len(pypdfium2.PdfDocument(converted))} pages")
        from oversight.papers import services

        t0 = time.perf_counter()
        files = services.render_files({**content, "draft": False}, meeting.committee.organisation)
        print(f"  everything an issue makes (services.render_files: Word, PDF, HTML, and the public three): "
              f"{time.perf_counter() - t0:.2f}s wall{'; ' + files.problem if files.problem else ''}")
    wall = warm["total"][0]
    print(f"  target < 3 s (warm wall clock): {'OK' if wall < 3 else 'TOO SLOW'}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0 if wall < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
