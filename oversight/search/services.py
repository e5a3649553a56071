"""Links between findings as a person may see them; reports.services writes them."""


from oversight.accounts import access
from oversight.reports.models import FindingLink


def links_of(finding, user):
    """Every link to or from `finding` that `user` may see (both ends visible), with both findings and
    their reports loaded: another organisation's report is never named here."""
    links = access.visible(FindingLink.objects.all(), user)
    return list(links.filter(source=finding).select_related("target__report", "created_by")), list(
        links.filter(target=finding).select_related("source__report", "created_by"))
