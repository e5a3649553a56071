"""What each register row prints, worked out once in Python (issue 17).

The row loop was most of the register's time: per row some forty template lookups through
finding → report chains, three `date` and three `truncatewords` filters and a `{% url %}`. Here
each row gets one `cells` object of ready strings; the template prints them and keeps the markup.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from oversight.accounts.templatetags.people import name_of

from .models import ACTIVE_STATUSES

# "j M Y" in English, as the `date` filter prints it for en-GB, without its format machinery.
MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day):
    return f"{day.day} {MONTHS[day.month]} {day.year}" if day else ""


@dataclass(frozen=True)
class Cells:
    url: str
    label: str  # "Recommendation 3"
    excerpt: str
    select_label: str  # what the bulk checkbox says to a screen reader
    reference: str
    report_title: str
    report_date: str
    owner: str
    portfolio: str
    business_area: str
    updated: str
    due: str
    overdue: bool


def prepare(responses):
    """Give each response of a page its `cells`; returns the responses."""
    today = timezone.localdate()
    detail = reverse("responses:detail", args=[0])
    base, tail = detail[: detail.rindex("0")], detail[detail.rindex("0") + 1:]  # one reverse a page, not a row
    for r in responses:
        finding, report = r.finding, r.finding.report
        label = finding.label
        ref = f" · {finding.ref}" if finding.ref else ""
        year = report.published_on.year if report.published_on else ""
        r.cells = Cells(
            url=f"{base}{r.pk}{tail}",
            label=label,
            excerpt=Truncator(finding.text).words(22),
            select_label=f"Select {label}, {Truncator(report.title).words(6)}",
            reference=f"{Truncator(report.get_kind_display()).chars(18)} {year}{ref}",
            report_title=Truncator(report.title).words(10),
            report_date=short_date(report.published_on),
            owner=name_of(r.owner) if r.owner_id else "Not assigned",
            portfolio=str(r.portfolio) if r.portfolio_id else "",
            business_area=str(r.business_area) if r.business_area_id else "",
            updated=short_date(getattr(r, "last_update_on", None)) or "Never",
            due=short_date(r.due_on) or "None set",
            overdue=bool(r.due_on and r.status in ACTIVE_STATUSES and r.due_on < today),  # Response.is_overdue
        )
    return responses
