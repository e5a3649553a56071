"""The register's filter controls in one Python call each (issue 17): a template include and a loop
per option were a large share of the page. The markup is that of GOV.UK's select and checkboxes."""

from django import template
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

SELECTED = mark_safe(" selected")
REPORT_HINT = "Reports with open responses, newest first"


@register.simple_tag
def select_options(choices):
    return format_html_join(
        "\n", '<option value="{}"{}>{}</option>',
        ((value, SELECTED if selected else "", label) for value, label, selected in choices),
    )


def _errors(field, error_id=""):
    id_attr = f' id="{escape(error_id)}"' if error_id else ""
    return "".join(f'<p class="govuk-error-message"{id_attr}><span class="govuk-visually-hidden">Error:</span> '
                   f"{escape(e)}</p>" for e in field.errors)


@register.simple_tag
def filter_select(field, choices):
    """A GOV.UK select from ready (value, label, selected) choices: the register's filters and bulk panel."""
    auto_id, errors = escape(field.auto_id), field.errors
    hint = described = ""
    if field.name == "report":
        hint = f'<div class="govuk-hint" id="id_report-hint">{REPORT_HINT}</div>'
        described = ' aria-describedby="id_report-hint"'
    return mark_safe(  # noqa: S308 - every value is escaped above or by select_options
        f'<div class="govuk-form-group{" govuk-form-group--error" if errors else ""}">'
        f'<label class="govuk-label govuk-label--s" for="{auto_id}">{escape(field.label)}</label>'
        f'{_errors(field, f"{field.auto_id}-error")}{hint}'
        f'<select class="govuk-select{" govuk-select--error" if errors else ""}" name="{escape(field.html_name)}" '
        f'id="{auto_id}"{described}>\n{select_options(choices)}\n</select></div>')


@register.simple_tag
def filter_checkboxes(field):
    """A GOV.UK checkboxes fieldset for one of the register's multiple-choice filters."""
    chosen = {str(v) for v in (field.value() or [])}
    name = escape(field.name)
    items = "".join(
        f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" type="checkbox" name="{name}" '
        f'id="id_{name}_{n}" value="{escape(value)}"{" checked" if str(value) in chosen else ""}>'
        f'<label class="govuk-label govuk-checkboxes__label" for="id_{name}_{n}">{escape(label)}</label></div>'
        for n, (value, label) in enumerate(field.field.choices, start=1))
    return mark_safe(  # noqa: S308 - every value is escaped above
        f'<div class="govuk-form-group{" govuk-form-group--error" if field.errors else ""}"><fieldset class="govuk-fieldset">'
        f'<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{escape(field.label)}</legend>{_errors(field)}'
        f'<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">{items}</div></fieldset></div>')
