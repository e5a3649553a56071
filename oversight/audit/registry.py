"""What the audit trail tracks: every model a committee or an inspector may rely on.

django-auditlog writes one LogEntry per create, change and delete with the changed fields as
[before, after]; we add the organisation id so the audit page can be scoped like every other
list (CISO Assistant's pattern), and leave out fields that change on every save.
"""

from django.apps import apps

from oversight.accounts.access import ORGANISATION_PATHS

EXCLUDE = ["created_at", "updated_at", "version"]

# app label -> model names. Transition and Update are domain history in their own right, and
# still audited so the audit page holds every change in one place.
TRACKED = {
    "organisations": ["Organisation", "Portfolio", "BusinessArea", "Board", "ClosureLevel", "OrganisationAlias",
                      "CommitteeMember"],
    "accounts": ["User", "Membership"],
    "reports": ["Report", "ReportInvolvement", "Finding", "FindingLink", "StatutoryResponse"],
    "responses": ["Response", "Update", "Action", "Evidence", "ClosureSubmission", "Transition", "HmicfrsStatusEvent"],
    "gradings": ["Grading", "MonitoringPhase"],
    "activities": ["InspectionActivity"],
    "papers": ["Committee", "Meeting", "Paper", "PaperIssue"],
}

# Records with no single organisation: reports and findings are national; people belong to several.
NATIONAL = {"report", "finding", "findinglink"}
EXTRA_PATHS = {"membership": "organisation"}


def tracked_models():
    for app_label, names in TRACKED.items():
        for name in names:
            yield apps.get_model(app_label, name)


def organisation_of(instance):
    """The id of the organisation a record belongs to, following the same path access.visible uses."""
    model_name = instance._meta.model_name
    if model_name == "organisation":
        return instance.pk
    path = ORGANISATION_PATHS.get(model_name, EXTRA_PATHS.get(model_name))
    if not path:
        return None
    *hops, last = path.split("__")
    target = instance
    for hop in hops:
        target = getattr(target, hop, None)
        if target is None:
            return None
    return getattr(target, f"{last}_id", None)


def get_additional_data(self):
    return {"organisation_id": organisation_of(self)}


def register_all():
    from auditlog.registry import auditlog

    for model in tracked_models():
        extra = {}
        if model._meta.model_name == "user":
            extra = {"exclude_fields": EXCLUDE + ["password", "last_login"]}
        elif model._meta.model_name == "membership":
            extra = {"exclude_fields": EXCLUDE, "m2m_fields": {"portfolios", "business_areas"}}
        if not auditlog.contains(model):
            auditlog.register(model, **({"exclude_fields": EXCLUDE} | extra))
        # auditlog reads get_additional_data() from the instance; models stay free of audit code.
        model.get_additional_data = get_additional_data
