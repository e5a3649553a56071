"""Render a paper's content to PDF with WeasyPrint, from the same HTML the preview page shows."""

import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from django.template.loader import render_to_string
from weasyprint import HTML

from . import chart


def body_context(content):
    """What papers/_paper_body.html needs beside the content: the chart geometry and the red/overdue lists."""
    return {
        "paper": content,
        "chart": chart.geometry(content["open_findings"]),
        "red_overdue_lists": [
            (content["red"], "Findings currently rated red:", "There are no findings currently rated red."),
            (content["overdue"], "Findings past their due date:", "There are no overdue findings."),
        ],
    }


def html(content):
    return render_to_string("papers/paper_pdf.html", body_context(content))


def render(content, **options):
    """The paper as PDF bytes. No base URL: the document loads nothing from outside itself.

    Tagged (headings, tables and reading order for screen readers), as public-sector documents must be
    accessible; tagging costs about a quarter more time. Whole fonts are embedded: subsetting them took
    a sixth of the time for a few hundred KB saved.
    """
    return HTML(string=html(content)).write_pdf(**{"pdf_tags": True, "full_fonts": True, **options})


# LibreOffice (Debian's libreoffice-writer-nogui, installed by `make system-deps` and .ci/run) turns the
# paper's Word file into its PDF, so one template, the default or an organisation's own, governs both.
SOFFICE = os.environ.get("OVERSIGHT_SOFFICE", "soffice")
CONVERT_SECONDS = 120
# writer_pdf_Export's options: a tagged PDF (headings, lists, tables with their header cells, figures with
# their alt text, reading order) whose viewer shows the document's title rather than its file name.
EXPORT_OPTIONS = {
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
    "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
    "ExportNotes": {"type": "boolean", "value": "false"},
}
TAGGED_PDF = "pdf:writer_pdf_Export:" + json.dumps(EXPORT_OPTIONS, separators=(",", ":"))
_one_at_a_time = threading.Lock()  # one LibreOffice profile per process, used by one conversion at a time
NO_LIBREOFFICE = ("LibreOffice is not installed on this server (run `make system-deps`), so the PDF was made from "
                  "the web page by WeasyPrint: the same sections and figures, A4 and tagged, but not the Word "
                  "template's own layout.")


class ConversionProblem(Exception):
    """The Word file could not be converted to PDF."""


def can_convert_word():
    return shutil.which(SOFFICE) is not None


def from_word(docx_bytes):
    """The PDF of a Word file, page for page as LibreOffice lays it out."""
    return from_word_many([docx_bytes])[0]


def from_word_many(files):
    """The PDFs of several Word files from one LibreOffice start (a paper and its public version): A4, page
    numbers, repeating header rows and unsplit rows as the Word file sets them, tagged, with the title and
    language the Word file carries."""
    if not can_convert_word():
        raise ConversionProblem("LibreOffice is not installed (run `make system-deps`).")
    profile = Path(tempfile.gettempdir()) / f"oversight-libreoffice-{os.getpid()}"
    with _one_at_a_time, tempfile.TemporaryDirectory(prefix="oversight-paper-") as work:
        sources = []
        for n, data in enumerate(files):
            source = Path(work) / f"paper-{n}.docx"
            source.write_bytes(data)
            sources.append(source)
        try:
            subprocess.run(
                [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                 "--convert-to", TAGGED_PDF, "--outdir", work, *map(str, sources)],
                check=True, capture_output=True, timeout=CONVERT_SECONDS, env={**os.environ, "HOME": work},
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as problem:
            raise ConversionProblem(f"LibreOffice could not convert the Word file: {problem}") from problem
        out = []
        for source in sources:
            made = source.with_suffix(".pdf")
            if not made.exists():
                raise ConversionProblem("LibreOffice produced no PDF.")
            out.append(made.read_bytes())
        return out
