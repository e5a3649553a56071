"""The register's table rows, written once in Python (issue 17).

The row loop was most of the register's time: per row some forty template lookups through
finding → report chains, `{% if %}` for each column, filters and tags. Here each page's rows are
one string built from plain values (every value escaped), with the same GOV.UK markup the
template had; the template prints it. `narrow` reads only the columns the rows print.
"""

import functools
from html import escape

from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from oversight.accounts.templatetags.people import name_of
from oversight.core.templatetags.oversight import RAG_CLASSES, STATUS_CLASSES
from oversight.reports.models import Finding, Report

from .models import ACTIVE_STATUSES, Response

# "j M Y" in English, as the `date` filter prints it for en-GB, without its format machinery.
MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STATUS_LABELS = dict(Response.Status.choices)
RAG_LABELS = dict(Response.Rag.choices)
FINDING_KINDS = dict(Finding.Kind.choices)
NOT_RATED = '<span class="govuk-hint govuk-!-margin-0">Not rated</span>'  # as core's rag_tag prints it

# What the rows print, and nothing else: the finding's 3 KB text is read, the response's narrative is not.
FIELDS = (
    "id", "status", "rag", "target_on", "organisation_id", "owner_id", "portfolio_id", "business_area_id",
    "finding__kind", "finding__ref", "finding__text", "finding__due_on", "finding__report__title",
    "finding__report__kind", "finding__report__published_on", "organisation__short_name",
    "owner__first_name", "owner__last_name", "owner__email", "portfolio__name", "business_area__name",
)
RELATED = ("finding__report", "organisation", "owner", "portfolio", "business_area")


def words(text, count):
    """Truncator(text).words(count) without its translation look-up per call (two a row)."""
    found = text.split()
    if len(found) <= count:
        return " ".join(found)
    kept = " ".join(found[:count])
    return kept if kept.endswith("…") else f"{kept}…"


@functools.cache
def kind_label(kind):
    """A report kind as the reference column prints it: at most 18 characters."""
    return Truncator(Report.Kind(kind).label if kind in Report.Kind.values else kind).chars(18)


def short_date(day):
    return f"{day.day} {MONTHS[day.month]} {day.year}" if day else ""


def narrow(queryset):
    """The register's rows with only the columns the table prints (the ids and count are read apart)."""
    return queryset.select_related(None).select_related(*RELATED).only(*FIELDS)


def render(responses, cols, *, bulk, multi_org):
    """The <tr>s of one page, in the template's column order: reference, finding, report, status, RAG,
    owner, portfolio, last update, due."""
    today = timezone.localdate()
    detail = reverse("responses:detail", args=[0])
    base, tail = detail[: detail.rindex("0")], detail[detail.rindex("0") + 1:]  # one reverse a page, not a row
    show = {name: name in cols for name in ("reference", "report", "status", "rag", "owner", "portfolio", "updated", "due")}
    out = []
    for r in responses:
        finding = r.finding
        report = finding.report
        plain_label = f"{FINDING_KINDS.get(finding.kind, finding.kind)} {finding.ref}".strip()  # Finding.label
        label = escape(plain_label)
        pk = r.pk
        cells = ['<tr class="govuk-table__row">']
        if bulk:
            select = escape(f"Select {plain_label}, {words(report.title, 6)}")
            cells.append(
                '<td class="govuk-table__cell"><div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item">'
                f'<input class="govuk-checkboxes__input" type="checkbox" name="ids" value="{pk}" id="select-{pk}" form="bulk-form">'
                f'<label class="govuk-label govuk-checkboxes__label" for="select-{pk}"><span class="govuk-visually-hidden">{select}</span></label>'
                '</div></div></td>')
        if show["reference"]:
            year = report.published_on.year if report.published_on else ""
            ref = f" · {finding.ref}" if finding.ref else ""
            reference = escape(f"{kind_label(report.kind)} {year}{ref}")
            cells.append(f'<td class="govuk-table__cell govuk-body-s">{reference}</td>')
        org = f'<span class="govuk-caption-s">{escape(r.organisation.short_name)}</span>' if multi_org else ""
        cells.append(
            f'<td class="govuk-table__cell app-col-finding"><a class="govuk-link" href="{base}{pk}{tail}">{label}</a>'
            f'<span class="govuk-body-s govuk-!-display-block">{escape(words(finding.text, 22))}</span>{org}</td>')
        if show["report"]:
            cells.append(f'<td class="govuk-table__cell govuk-body-s app-col-report">{escape(words(report.title, 10))}'
                         f'<br>{short_date(report.published_on)}</td>')
        if show["status"]:
            cells.append(f'<td class="govuk-table__cell"><strong class="govuk-tag {STATUS_CLASSES.get(r.status, "")}">'
                         f'{escape(STATUS_LABELS.get(r.status, r.status))}</strong></td>')
        if show["rag"]:
            rag = (f'<strong class="govuk-tag {RAG_CLASSES.get(r.rag, "")}">{escape(RAG_LABELS.get(r.rag, r.rag))}</strong>'
                   if r.rag else NOT_RATED)
            cells.append(f'<td class="govuk-table__cell">{rag}</td>')
        if show["owner"]:
            cells.append(f'<td class="govuk-table__cell govuk-body-s">{escape(name_of(r.owner)) if r.owner_id else "Not assigned"}</td>')
        if show["portfolio"]:
            portfolio = escape(r.portfolio.name) if r.portfolio_id else ""
            area = f"<br>{escape(r.business_area.name)}" if r.business_area_id else ""
            cells.append(f'<td class="govuk-table__cell govuk-body-s">{portfolio}{area}</td>')
        if show["updated"]:
            cells.append(f'<td class="govuk-table__cell govuk-body-s">{short_date(getattr(r, "last_update_on", None)) or "Never"}</td>')
        if show["due"]:
            due = r.target_on or finding.due_on  # Response.due_on, without a second look-up per row
            overdue = ' <strong class="govuk-tag govuk-tag--red">Overdue</strong>' if (
                due and r.status in ACTIVE_STATUSES and due < today) else ""  # Response.is_overdue
            action = ' <strong class="govuk-tag govuk-tag--orange">Action overdue</strong>' if getattr(
                r, "has_overdue_action", False) else ""
            cells.append(f'<td class="govuk-table__cell govuk-body-s">{short_date(due) or "None set"}{overdue}{action}</td>')
        cells.append("</tr>")
        out.append("".join(cells))
    return mark_safe("\n".join(out))  # noqa: S308 - every value above went through escape()
