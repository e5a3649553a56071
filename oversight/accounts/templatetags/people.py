"""A person as everyone reads them: full name (and role where known), never a username or an id."""

from django import template

register = template.Library()


def name_of(user):
    if user is None:
        return ""
    return user.get_full_name() or user.email or "Unnamed person"


@register.filter
def person(user, empty="Not assigned"):
    """`{{ response.owner|person }}` → "Jane Smith"; nobody → the given text."""
    return name_of(user) if user is not None else empty
