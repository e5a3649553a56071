"""Replaying records another system kept (the seed papers, a force's old register): each row is keyed
on its natural key and written only where it differs, so replaying twice writes nothing and the audit
trail and `updated_at` stay true.

The domain services own the rows (reports.services, responses.services); they call `upsert` here for
the mechanics. Inside `replaying()` the rows already stored are read once per table and key, so a
replay costs one query per table instead of one per row.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_index = ContextVar("replay_index", default=None)


class Index:
    """The rows already in the database, keyed by (model, key columns) and then by the key's values."""

    def __init__(self):
        self.tables = {}

    def table(self, model, attnames):
        key = (model, attnames)
        if key not in self.tables:
            self.tables[key] = {
                tuple(values[:-1]): values[-1]
                for values in ((*(getattr(row, a) for a in attnames), row) for row in model.objects.order_by())
            }
        return self.tables[key]


@contextmanager
def replaying():
    """Share one Index across the upserts of a replay; outside one each upsert queries."""
    token = _index.set(Index())
    try:
        yield
    finally:
        _index.reset(token)


def by_attname(model, values):
    """Field values keyed by column (owner -> owner_id), so a comparison fetches no related row."""
    out = {}
    for name, value in values.items():
        field = model._meta.get_field(name)
        if field.many_to_one:
            name, value = field.attname, getattr(value, "pk", value)
        out[name] = value
    return out


def upsert(model, defaults=None, **keys):
    """update_or_create that writes only what changed. Returns (row, created)."""
    defaults = defaults or {}
    key = by_attname(model, keys)
    attnames = tuple(sorted(key))
    index = _index.get()
    if index is not None:
        table = index.table(model, attnames)
        row = table.get(tuple(key[a] for a in attnames))
    else:
        table, row = None, model.objects.filter(**keys).order_by().first()
    if row is None:
        row = model.objects.create(**keys, **defaults)
        if table is not None:
            table[tuple(key[a] for a in attnames)] = row
        return row, True
    changed = []
    for name, value in by_attname(model, defaults).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    if changed:
        if any(f.name == "updated_at" for f in model._meta.fields):
            changed.append("updated_at")
        row.save(update_fields=changed)
    return row, False
