"""The unread count in the header, for signed-in people only (kept between requests: unread.py)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    cached = getattr(request, "_oversight_unread", None)
    if cached is None:
        from oversight.notifications.services import unread_count

        cached = request._oversight_unread = unread_count(user)
    return cached
