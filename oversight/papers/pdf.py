"""Render a paper's content to PDF with WeasyPrint, from the same HTML the preview page shows."""

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
