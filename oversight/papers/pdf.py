"""Render a paper's content to PDF with WeasyPrint, from the same HTML the preview page shows."""

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
# Word file made from an organisation's own template into the PDF, so the template governs both formats.
SOFFICE = os.environ.get("OVERSIGHT_SOFFICE", "soffice")
CONVERT_SECONDS = 90
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
_one_at_a_time = threading.Lock()  # one LibreOffice profile per process, used by one conversion at a time


class ConversionProblem(Exception):
    """The Word file could not be converted to PDF."""


def can_convert_word():
    return shutil.which(SOFFICE) is not None


def from_word(docx_bytes):
    """The PDF of a Word file, page for page as LibreOffice lays it out: A4 from the template, tagged,
    with the title and language the Word file carries."""
    if not can_convert_word():
        raise ConversionProblem("LibreOffice is not installed (run `make system-deps`).")
    profile = Path(tempfile.gettempdir()) / f"oversight-libreoffice-{os.getpid()}"
    with _one_at_a_time, tempfile.TemporaryDirectory(prefix="oversight-paper-") as work:
        source = Path(work) / "paper.docx"
        source.write_bytes(docx_bytes)
        try:
            subprocess.run(
                [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                 "--convert-to", TAGGED_PDF, "--outdir", work, str(source)],
                check=True, capture_output=True, timeout=CONVERT_SECONDS, env={**os.environ, "HOME": work},
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as problem:
            raise ConversionProblem(f"LibreOffice could not convert the Word file: {problem}") from problem
        out = Path(work) / "paper.pdf"
        if not out.exists():
            raise ConversionProblem("LibreOffice produced no PDF.")
        return out.read_bytes()
