"""Turn the database's marked-up snippets into safe HTML with <mark> around the matched words.

The databases mark matches with control characters rather than tags, so the text can be
escaped first and only our own <mark> elements reach the page.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

START, STOP = "\x02", "\x03"


def marked(text):
    """Escape `text` and turn START…STOP spans into <mark>…</mark>."""
    if not text:
        return ""
    html = escape(text).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(html)  # noqa: S308  everything else was escaped above
