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
    ("Lists", "organisations:index"),
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
        matches = request.path == url if url == "/" else request.path.startswith(url)
        items.append({"label": label, "url": url, "current": matches})
    # One section is current: the one whose address matches longest (/gradings/monitoring/ is Monitoring).
    longest = max((len(i["url"]) for i in items if i["current"]), default=0)
    for item in items:
        item["current"] = item["current"] and len(item["url"]) == longest
    from oversight.accounts import access

    if access.can(request.user, "view_audit"):  # issue 3: the audit trail, for those who may read it
        url = reverse("audit:log")
        items.append({"label": "Audit", "url": url, "current": request.path.startswith(url)})
    return {"nav_items": items}
