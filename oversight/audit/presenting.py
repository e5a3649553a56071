"""Audit entries in words: which fields changed, from what to what, with names and labels.

auditlog stores a changed foreign key as its id and a choice as its code; people read "Owner:
none → Jane Smith" and "Status: Open → In progress". `describe_many` resolves every id on a page
of entries with one query per kind of record, so a page costs the same whatever it holds.
"""

import datetime
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.utils.dateformat import format as format_date

# Labels people use where the field's own name reads badly.
LABELS = {
    "target_on": "Target date", "rag": "RAG rating", "narrative": "Force response", "board": "Governance board",
    "applicability_reason": "Reason given for applicability", "due_on": "Due date", "done_on": "Done on",
    "hmicfrs_status": "HMICFRS status", "written_on": "Date of the update", "text": "Text",
    "archive_reason": "Reason for archiving", "file_size": "File size", "file_name": "File name",
    "sign_off_requested_by": "Sign-off requested by", "superseded_by": "Superseded by",
}


class Change(tuple):
    """(label, before, after) for templates, plus the field's own name for code that filters."""

    def __new__(cls, field, label, before, after):
        change = super().__new__(cls, (label, before, after))
        change.field = field
        return change


def person_name(user):
    return user.get_full_name() or user.email or "Unnamed person"


def _label_of(obj):
    from django.contrib.auth import get_user_model

    return person_name(obj) if isinstance(obj, get_user_model()) else str(obj)


def _model(entry):
    return ContentType.objects.get_for_id(entry.content_type_id).model_class()


def _field(model, name):
    try:
        field = model._meta.get_field(name) if model else None
    except FieldDoesNotExist:
        return None
    return field if getattr(field, "concrete", False) else None  # not a reverse relation of the same name


def _blank(value):
    return value in (None, "None", "", "null")


def _format(field, value, names):
    if _blank(value):
        return ""
    if field is None:
        return str(value)
    if field.many_to_one or field.one_to_one:
        return names.get((field.related_model, str(value)), f"a removed record ({value})")
    if field.choices:
        return str(dict(field.choices).get(value, value))
    internal = field.get_internal_type()
    if internal == "DateField":
        try:
            return format_date(datetime.date.fromisoformat(str(value)[:10]), "j F Y")
        except ValueError:
            return str(value)
    if internal == "BooleanField":
        return "Yes" if str(value) == "True" else "No"
    return str(value)


def describe_many(entries):
    """[[Change, ...] per entry], resolving the ids of all entries together (one query per model)."""
    entries = list(entries)
    wanted = defaultdict(set)
    for entry in entries:
        model = _model(entry)
        for name, values in (entry.changes_dict or {}).items():
            field = _field(model, name)
            if field is not None and (field.many_to_one or field.one_to_one) and isinstance(values, (list, tuple)):
                wanted[field.related_model].update(str(v) for v in values if not _blank(v))
    names = {}
    for model, ids in wanted.items():
        pks = [int(i) for i in ids if str(i).isdigit()]
        for obj in model._default_manager.filter(pk__in=pks):
            names[(model, str(obj.pk))] = _label_of(obj)
    return [_describe(entry, names) for entry in entries]


def _noise(model, name):
    """The record's own id, and reverse relations auditlog serialises at a create
    ("Transitions: responses.Transition.None"): nothing a person changed."""
    if name == "id":
        return True
    try:
        field = model._meta.get_field(name) if model else None
    except FieldDoesNotExist:
        return False
    return not getattr(field, "concrete", False) and not getattr(field, "many_to_many", False)


def _describe(entry, names):
    model = _model(entry)
    out = []
    for name, values in (entry.changes_dict or {}).items():
        if _noise(model, name):
            continue
        if isinstance(values, dict):  # m2m: {"type": "m2m", "operation": ..., "objects": [...]}
            out.append(Change(name, _label(model, name), values.get("operation", ""),
                              ", ".join(map(str, values.get("objects", [])))))
            continue
        before, after = (list(values) + [None, None])[:2]
        field = _field(model, name)
        shown = (_format(field, before, names), _format(field, after, names))
        if shown == ("", ""):
            continue  # a create that left the field empty
        out.append(Change(name, _label(model, name), *shown))
    return out


def _label(model, name):
    if name in LABELS:
        return LABELS[name]
    field = _field(model, name)
    return str(field.verbose_name).capitalize() if field is not None else name.replace("_", " ").capitalize()


def describe_changes(entry):
    """[(label, before, after), ...] for one LogEntry; a create lists the values it set."""
    return describe_many([entry])[0]
