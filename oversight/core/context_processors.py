"""Navigation for the header, marking the current section."""

from django.urls import reverse

SECTIONS = [
    ("Dashboard", "dashboard:home"),
    ("Register", "responses:register"),
    ("Reports", "reports:list"),
    ("Gradings", "gradings:list"),
    ("Monitoring", "gradings:monitoring"),
    ("Calendar", "activities:calendar"),
    ("Papers", "papers:list"),
    ("Search", "search:search"),
]


def navigation(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {"nav_items": []}
    items = []
    for label, name in SECTIONS:
        try:
            url = reverse(name)
        except Exception:  # an app whose pages are not built yet
            continue
        current = request.path == url if url == "/" else request.path.startswith(url)
        items.append({"label": label, "url": url, "current": current})
    return {"nav_items": items}
