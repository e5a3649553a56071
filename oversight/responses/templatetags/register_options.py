"""`{% select_options choices %}`: a select's <option>s from ready (value, label, selected) triples in
one Python call; a template loop per option was a large share of a national register (issue 17)."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

SELECTED = mark_safe(" selected")


@register.simple_tag
def select_options(choices):
    return format_html_join(
        "\n", '<option value="{}"{}>{}</option>',
        ((value, SELECTED if selected else "", label) for value, label, selected in choices),
    )
