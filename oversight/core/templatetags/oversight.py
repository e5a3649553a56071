"""Small presentation helpers shared by templates: RAG and status tags, dates, querystrings."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

RAG_CLASSES = {"red": "govuk-tag--red", "amber": "govuk-tag--orange", "green": "govuk-tag--green"}
STATUS_CLASSES = {
    "draft": "govuk-tag--grey", "open": "govuk-tag--light-blue", "in_progress": "govuk-tag--blue",
    "awaiting_sign_off": "govuk-tag--purple", "submitted": "govuk-tag--turquoise", "closed": "govuk-tag--green",
    "superseded": "govuk-tag--grey", "not_applicable": "govuk-tag--grey",
}
GRADE_CLASSES = {
    "outstanding": "govuk-tag--green", "good": "govuk-tag--turquoise", "adequate": "govuk-tag--blue",
    "requires_improvement": "govuk-tag--orange", "inadequate": "govuk-tag--red", "ungraded": "govuk-tag--grey",
}


@register.simple_tag
def rag_tag(value, label=None):
    """A RAG rating as a coloured tag that also prints the word (colour is never the only signal)."""
    if not value:
        return mark_safe('<span class="govuk-hint govuk-!-margin-0">Not rated</span>')
    return format_html('<strong class="govuk-tag {}">{}</strong>', RAG_CLASSES.get(value, ""), label or value.title())


@register.simple_tag
def status_tag(value, label):
    return format_html('<strong class="govuk-tag {}">{}</strong>', STATUS_CLASSES.get(value, ""), label)


@register.simple_tag
def grade_tag(value, label):
    return format_html('<strong class="govuk-tag {}">{}</strong>', GRADE_CLASSES.get(value, ""), label)


@register.simple_tag(takes_context=True)
def with_query(context, **changes):
    """The current querystring with some parameters changed (for sort links and pagination)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query.pop(key, None)
        if value not in (None, ""):
            query[key] = value
    query.pop("page", None) if "page" not in changes else None
    return query.urlencode()
