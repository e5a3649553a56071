"""INSERT many new rows of one model in few statements: bulk_create's result for the bulk writes of an
import (issue 14), for a fraction of its cost.

bulk_create prepares each field of each instance through the whole of Django's compiler, which cost
an import more than its SQL did. Here the statement is built once per chunk and each value is
prepared once: plain Python values (str, int, bool, None) of fields that store them as they are go
in untouched, every other value through the field's own get_db_prep_save, as bulk_create does. New
primary keys come back with RETURNING (SQLite 3.35+, PostgreSQL), as bulk_create sets them. Like
bulk_create it sends no signals: the callers write their audit entries and search documents in bulk.

On PostgreSQL the statement is the one Django 5.2's bulk_create sends there: one array per column
(INSERT … SELECT FROM UNNEST), which PostgreSQL plans far faster than thousands of VALUES
parameters; built here once per chunk, since bulk_create's compiler cost an import as much Python
time as the insert took on the server (issue 14). A model a column of which UNNEST cannot carry
goes through bulk_create, as Django decides.
"""

import datetime
import itertools
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DataError, connections, router
from django.utils import timezone

# Fields whose plain Python values are stored as they are (their get_db_prep_save returns them unchanged).
AS_THEY_ARE = {"CharField", "TextField", "SlugField", "EmailField", "IntegerField", "BigIntegerField",
               "SmallIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
               "PositiveBigIntegerField", "BooleanField", "ForeignKey", "OneToOneField"}
PLAIN = (str, int, bool, type(None))


_rehearsal = ContextVar("oversight_inserts_rehearsal", default=None)
_stand_in_keys = itertools.count(-1, -1)


class Rehearsal:
    """What a rehearsed() block stood in for: `rows`, a count."""

    rows = 0


@contextmanager
def rehearsed():
    """Inside, insert() prepares every row as it would write it, refuses what the database would
    (a text longer than its column), and gives each row a primary key of its own, but sends nothing.

    An import's check (a dry run) rolls back every batch it writes: sending the rows, maintaining a
    score of indexes and running the sort-key triggers for them cost it 40% of its time on
    PostgreSQL, for writes that were then undone. The keys are negative, so no row of the database
    has one: a lookup by them (is this new finding answered yet?) finds nothing, as it would for a
    row just written. Updates and single saves inside still go to the database and are rolled back.
    Yields a Rehearsal: how many rows were stood in for."""
    rehearsal = Rehearsal()
    token = _rehearsal.set(rehearsal)
    try:
        yield rehearsal
    finally:
        _rehearsal.reset(token)


def rehearsing():
    """True inside rehearsed(): a service about to create a row for an import's check may stand in for it."""
    return _rehearsal.get() is not None


def stand_in(obj):
    """`obj`, unsaved, given a key no row has (as a rehearsed insert gives it): what a check uses in
    place of a row that only the import will create."""
    rehearsal = _rehearsal.get()
    if rehearsal is not None:
        rehearsal.rows += 1
    obj.pk = next(_stand_in_keys)
    obj._state.adding = False
    return obj


_held = ContextVar("oversight_inserts_held", default=None)


@contextmanager
def held(model):
    """Inside, new rows of `model` get their keys at once but are written when the block ends (if it
    ends well), with what was set on them meanwhile; on PostgreSQL, where keys come from the table's
    sequence (elsewhere the rows are written at once, as outside).

    An import's batch opens responses and then adds their history: written first, each new response
    was written again by the trigger that keeps its newest update's date (migration 0008), a second
    version of the row in every one of its indexes. Held until its updates, transitions and status
    are in, the response is written once, whole, and the trigger finds it already right. The rows'
    foreign keys are checked at commit (Django makes them deferrable), so rows that refer to a held
    one may be written before it; an UPDATE of a held row in the block finds nothing to update, so
    a change to one is made on the instance."""
    holding = (model, [])
    token = _held.set(holding)
    try:
        yield
    finally:
        _held.reset(token)
    insert(model, holding[1])


def insert(model, objs):
    """Insert `objs` (new, unsaved instances of `model`) and set their primary keys; returns them."""
    objs = list(objs)
    if not objs:
        return objs
    connection = connections[router.db_for_write(model)]
    meta = model._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key and not f.generated]
    if rehearsing():
        return _rehearse(objs, meta, fields, connection)
    unnest = connection.vendor == "postgresql" and _unnestable(fields, connection)
    if connection.vendor != "sqlite" and not unnest:
        return model.objects.bulk_create(objs, batch_size=500)
    plan = _prepare(objs, fields)
    quote = connection.ops.quote_name
    returning = f" RETURNING {quote(meta.pk.column)}"
    head = f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
    prepared = {}  # (field, date or time) -> its database value: the same dates recur on every row
    sequence = _sequence(connection, meta) if unnest else None
    if sequence:
        # COPY with keys drawn from the table's sequence first: an array per column (UNNEST) has
        # psycopg quote every text element one by one, which cost three times the COPY of the rows.
        _draw_keys(connection, meta, sequence, [obj for obj in objs if obj.pk is None])
        holding = _held.get()
        if holding is not None and holding[0] is model:
            holding[1].extend(objs)  # written when held() ends, as they then are
            return objs
        columns = [meta.pk.column, *(f.column for f in fields)]
        for start in range(0, len(objs), UNNEST_ROWS):
            copy_rows(connection, meta.db_table, columns,
                      ([obj.pk, *_values(obj, plan, connection, prepared)] for obj in objs[start:start + UNNEST_ROWS]))
        return objs
    if unnest:  # one parameter per column, whatever the rows: chunks only bound the memory
        per_statement = UNNEST_ROWS
        arrays = ", ".join(f"(%s)::{f.db_type(connection).split('(')[0]}[]" for f in fields)
        sql = head + f"SELECT * FROM UNNEST({arrays})" + returning
    else:
        per_statement = max(1, _most_parameters(connection) // len(fields))
        one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per_statement):
            chunk = objs[start:start + per_statement]
            rows = [_values(obj, plan, connection, prepared) for obj in chunk]
            if unnest:
                cursor.execute(sql, [list(column) for column in zip(*rows, strict=True)])
            else:
                cursor.execute(head + "VALUES " + ", ".join([one] * len(chunk)) + returning,
                               [value for row in rows for value in row])
            for obj, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                setattr(obj, meta.pk.attname, pk)
                obj._state.adding, obj._state.db = False, connection.alias
    return objs


def _draw_keys(connection, meta, sequence, objs):
    with connection.cursor() as cursor:
        for start in range(0, len(objs), UNNEST_ROWS):
            chunk = objs[start:start + UNNEST_ROWS]
            cursor.execute("SELECT nextval(%s) FROM generate_series(1, %s)", [sequence, len(chunk)])
            for obj, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                setattr(obj, meta.pk.attname, pk)
                obj._state.adding, obj._state.db = False, connection.alias


def _prepare(objs, fields):
    """Ready `objs` for writing; returns how each field's value is taken (once per call)."""
    for obj in objs:  # as bulk_create: a related object saved since it was assigned gives its id
        obj._prepare_related_fields_for_save(operation_name="insert")
    now = timezone.now()  # auto_now stamps: the rows of one call are written in one transaction
    return [(f, f.attname, f.get_internal_type() in AS_THEY_ARE, _stamp(f, now)) for f in fields]


def _rehearse(objs, meta, fields, connection):
    plan = _prepare(objs, fields)
    limits = [(i, f.max_length, f.column) for i, f in enumerate(fields)
              if f.get_internal_type() in ("CharField", "SlugField", "EmailField") and f.max_length]
    prepared = {}
    for obj in objs:
        row = _values(obj, plan, connection, prepared)
        for i, limit, column in limits:
            if isinstance(row[i], str) and len(row[i]) > limit:  # as PostgreSQL refuses it
                raise DataError(f"{meta.db_table}.{column}: value too long for type character varying({limit})")
        stand_in(obj)._state.db = connection.alias
    return objs


UNNEST_ROWS = 5000
_sequences = {}  # (database alias, table) -> the sequence of its primary key, or None


def _sequence(connection, meta):
    key = (connection.alias, meta.db_table)
    if key not in _sequences:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)",
                           [connection.ops.quote_name(meta.db_table), meta.pk.column])
            _sequences[key] = cursor.fetchone()[0]
    return _sequences[key]


def copy_rows(connection, table, columns, rows):
    """PostgreSQL's COPY of `rows` (each a sequence of database values, in the order of `columns`),
    noted among the connection's statements as Django notes its own (CaptureQueriesContext)."""
    quote = connection.ops.quote_name
    sql = f"COPY {quote(table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    started, count = time.monotonic(), 0
    with connection.cursor() as cursor:
        with cursor.cursor.copy(sql) as copy:  # psycopg's own cursor: Django's has no copy()
            for row in rows:
                copy.write_row(row)
                count += 1
    if connection.queries_logged:
        connection.queries_log.append({"sql": f"{sql} -- {count} rows", "time": f"{time.monotonic() - started:.3f}"})


def _values(obj, plan, connection, prepared):
    row = []
    for field, attname, as_is, stamp in plan:
        if stamp is None:
            value = getattr(obj, attname)
        elif stamp is _OWN:
            value = field.pre_save(obj, True)
        else:  # what pre_save would set, the one moment of the call
            value = stamp
            setattr(obj, attname, value)
        if value is None or (as_is and type(value) in PLAIN):
            row.append(value)  # get_db_prep_save(None) of every field here is NULL (JSONField's too)
        elif type(value) in MOMENTS:
            key = (attname, value)
            if key not in prepared:
                prepared[key] = field.get_db_prep_save(value, connection)
            row.append(prepared[key])
        else:
            row.append(field.get_db_prep_save(value, connection))
    return row


MOMENTS = (datetime.date, datetime.datetime)
_OWN = object()


def _stamp(field, now):
    """None for a field that is not stamped; `now` (or its date) for auto_now(_add), _OWN for another."""
    if not (getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)):
        return None
    kind = field.get_internal_type()
    return now if kind == "DateTimeField" else (timezone.localdate(now) if kind == "DateField" else _OWN)


def _unnestable(fields, connection):
    """Django's own test (postgresql SQLInsertCompiler.assemble_as_sql) for columns UNNEST can carry."""
    return all(not hasattr(f, "get_placeholder")
               and (f.target_field if f.is_relation else f).get_internal_type() in connection.data_types
               for f in fields)


def _most_parameters(connection):
    """How many parameters one statement may carry: SQLite's own limit (often 32,766, where Django
    assumes 999), PostgreSQL's 65,535."""
    if connection.vendor == "sqlite":
        import sqlite3

        connection.ensure_connection()
        try:
            return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except AttributeError:  # Python before 3.11
            return 999
    return connection.features.max_query_params or 65535
