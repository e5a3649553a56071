"""Who is told what, when the register changes (issue 10).

Hooked to the records every path writes (pages, the API, imports, bulk work): a Transition row is
written only by responses.workflow.transition, and django-auditlog writes a LogEntry for each
change of a response's owner, with the person who made it.
"""

from auditlog.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver

from oversight.accounts.models import Membership, Role
from oversight.responses.models import Action, Response, Transition

from .models import Notification
from .services import notify


def _title(response):
    finding = response.finding
    return f"{finding.report.title}, {finding.label}"


def _liaison(response):
    return [m.user for m in Membership.objects.filter(organisation_id=response.organisation_id,
                                                      role=Role.LIAISON_OFFICER).select_related("user")]


def _leads(response):
    if not response.portfolio_id:
        return []
    return [m.user for m in Membership.objects.filter(organisation_id=response.organisation_id,
                                                      role=Role.PORTFOLIO_LEAD,
                                                      portfolios=response.portfolio_id).select_related("user")]


@receiver(post_save, sender=Transition, dispatch_uid="notify_on_transition")
def transition_recorded(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    t = instance
    response = Response.objects.select_related("finding__report", "owner").get(pk=t.response_id)
    url = response.get_absolute_url()
    title = _title(response)
    reason = (t.payload or {}).get("reason") or (t.payload or {}).get("feedback") or ""
    if t.action == "request_sign_off":
        notify(_leads(response) or _liaison(response), kind=Notification.Kind.SIGN_OFF_REQUESTED,
               message=f"Sign-off requested: {title}", url=url, by=t.by)
    elif t.action == "decline_sign_off":
        notify([response.owner], kind=Notification.Kind.SENT_BACK,
               message=f"Sent back for more work: {title}. Reason: {reason}", url=url, by=t.by)
    elif t.action == "submit":
        notify([response.owner, *_liaison(response)], kind=Notification.Kind.SUBMITTED,
               message=f"Signed off and submitted to HMICFRS: {title}", url=url, by=t.by)
    elif t.action in ("accept", "not_accept"):
        verdict = "accepted closure" if t.action == "accept" else f"did not accept closure ({reason})"
        notify([response.owner, *_leads(response)], kind=Notification.Kind.DECIDED,
               message=f"HMICFRS {verdict}: {title}", url=url, by=t.by)


@receiver(post_save, sender=LogEntry, dispatch_uid="notify_on_assignment")
def change_logged(sender, instance, created, raw=False, **kwargs):
    """A response (or an action of its plan) given a new owner: tell that person."""
    if not created or raw:
        return
    entry = instance
    changes = entry.changes_dict or {}
    owner_change = changes.get("owner")
    if not isinstance(owner_change, (list, tuple)) or len(owner_change) < 2 or owner_change[1] in (None, "None", ""):
        return
    model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
    if model not in (Response, Action):
        return
    # auditlog writes an update's entry before the row is saved, so the new owner comes from the entry.
    owner = get_user_model().objects.filter(pk=str(owner_change[1])).first() if str(owner_change[1]).isdigit() else None
    if owner is None:
        return
    if model is Response and entry.action == LogEntry.Action.UPDATE:  # a register import is not an assignment
        response = Response.objects.select_related("finding__report").get(pk=entry.object_pk)
        notify([owner], kind=Notification.Kind.ASSIGNED, message=f"Assigned to you: {_title(response)}",
               url=response.get_absolute_url(), by=entry.actor)
    elif model is Action:
        action = Action.objects.select_related("response__finding__report").get(pk=entry.object_pk)
        if owner.pk != action.response.owner_id:
            notify([owner], kind=Notification.Kind.ACTION_ASSIGNED,
                   message=f"Action assigned to you on {_title(action.response)}: {action.description[:120]}",
                   url=f"{action.response.get_absolute_url()}#action-plan", by=entry.actor)
