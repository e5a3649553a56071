"""Linking findings: the one writer of reports.FindingLink."""

from django.db import IntegrityError, transaction

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.reports.models import Finding, FindingLink


@transaction.atomic
def link_findings(source, target, relation, *, by):
    """Record that `source` is related to, supersedes or duplicates `target` (liaison officers only).

    Refuses, changing nothing, when the user may not manage the register, the target is the same
    finding or one they cannot see, the relation is unknown, or the link already exists.
    """
    decision = access.can(by, "manage_register")
    if not decision:
        raise NotAllowed(decision.reason)
    if relation not in FindingLink.Relation.values:
        raise InvalidInput("Choose how the findings are related.")
    if target is None or not access.visible(Finding.objects.all(), by).filter(pk=target.pk).exists():
        raise InvalidInput("Choose a finding you can see to link to.")
    if source.pk == target.pk:
        raise InvalidInput("A finding cannot be linked to itself.")
    if FindingLink.objects.filter(source=source, target=target, relation=relation).exists():
        raise InvalidInput("These findings are already linked that way.")
    try:
        with transaction.atomic():
            return FindingLink.objects.create(source=source, target=target, relation=relation, created_by=by)
    except IntegrityError as clash:  # a concurrent identical link
        raise InvalidInput("These findings are already linked that way.") from clash


def links_of(finding, user):
    """Every link to or from `finding` that `user` may see (both ends visible), with both findings and
    their reports loaded: another organisation's report is never named here."""
    links = access.visible(FindingLink.objects.all(), user)
    return list(links.filter(source=finding).select_related("target__report", "created_by")), list(
        links.filter(target=finding).select_related("source__report", "created_by"))
