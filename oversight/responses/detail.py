"""What a response page shows: the finding, its work, its history and the moves open to the person.
The page, its forms' error pages and the transition POST all render it."""

from oversight.accounts import access

from . import services, timeline
from .forms import ActionForm, EvidenceForm, UpdateForm
from .panel import panel


def detail_context(response, user, **extra):
    finding = response.finding
    updates = list(response.updates.select_related("by"))
    evidence = list(response.evidence.select_related("added_by", "archived_by"))
    # Read once for the list, the timeline and the panel's guards (issue 17: it was read four times).
    closures = list(response.closure_submissions.select_related("level", "by"))
    can_edit = access.can(user, "edit_response", response)
    context = {
        "response": response,
        "finding": finding,
        "children": list(finding.children.all()),
        "updates": updates,
        "actions": list(response.actions.select_related("owner").filter(archived_at__isnull=True)
                        .order_by("position", "due_on", "id")),
        "evidence": [e for e in evidence if not e.archived_at],
        "archived_evidence": [e for e in evidence if e.archived_at],
        "closures": closures,
        "timeline": timeline.for_response(response, updates=updates, closures=closures),
        "can_edit": can_edit,
        "update_form": extra.pop("update_form", None) or UpdateForm(),
        "evidence_form": extra.pop("evidence_form", None) or (EvidenceForm() if can_edit else None),
        "action_form": extra.pop("action_form", None) or (ActionForm(response=response) if can_edit else None),
        "max_evidence_size": services._megabytes(services.evidence_max_bytes()),
        "transitions": extra.pop("transitions", None) or panel(response, user, closures=closures, updates=updates,
                                                                     evidence=evidence),
    }
    context.update(extra)
    return context
