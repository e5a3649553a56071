"""The triggers that keep the dashboard's tallies (dashboard.models) exact, and a fresh count.

Triggers rather than the services: every writer changes them in its own transaction, the bulk
ones included (an import, the demo loader, a QuerySet.update, the sort-key triggers of
responses 0005 setting `due_sort`), so no code path can forget. PostgreSQL counts once a statement
from its transition tables (an import of 10,000 rows is one upsert); SQLite, which has no
statement triggers, once a row.

SQLite drops a table's triggers when a migration rebuilds the table: `ensure` (run after every
migrate) puts them back and counts afresh if any was missing.
"""

from django.db import connection as default_connection

ACTIVE = "('open', 'in_progress', 'awaiting_sign_off', 'submitted')"  # responses.models.ACTIVE_STATUSES
MAIN = "dashboard_responsetally"
DUE = "dashboard_duetally"
MAIN_COLUMNS = ["organisation_id", "portfolio_id", "business_area_id", "owner_id", "status", "rag", "kind"]
DUE_COLUMNS = ["organisation_id", "span", "starts_on", "portfolio_id", "owner_id"]
# Each response is counted under its day, its month and its year (DueTally.span), so "before today"
# is a few year rows, at most eleven month rows and thirty day rows whatever the history's length.
SPANS = "(SELECT 'd' AS span UNION ALL SELECT 'm' UNION ALL SELECT 'y')"
TRUNCATE = {"sqlite": "date({day}, 'start of {unit}')", "postgresql": "CAST(date_trunc('{unit}', {day}) AS date)"}
RESPONSE_COLUMNS = ["status", "rag", "archived_at", "organisation_id", "portfolio_id", "business_area_id",
                    "owner_id", "finding_id", "due_sort"]


def counted(r):
    return f"{r}.archived_at IS NULL AND {r}.status IN {ACTIVE}"


def main_values(r, kind):
    return [f"{r}.organisation_id", f"COALESCE({r}.portfolio_id, 0)", f"COALESCE({r}.business_area_id, 0)",
            f"COALESCE({r}.owner_id, 0)", f"{r}.status", f"{r}.rag", kind]


def starts_on(day, vendor, span="s.span"):
    month, year = (TRUNCATE[vendor].format(day=day, unit=unit) for unit in ("month", "year"))
    return f"CASE {span} WHEN 'd' THEN {day} WHEN 'm' THEN {month} ELSE {year} END"


def due_values(r, vendor):
    return [f"{r}.organisation_id", "s.span", starts_on(f"{r}.due_sort", vendor), f"COALESCE({r}.portfolio_id, 0)",
            f"COALESCE({r}.owner_id, 0)"]


def _kind(r):
    return f"(SELECT kind FROM reports_finding WHERE id = {r}.finding_id)"


def _named(values, columns):
    return ", ".join(f"{v} AS {c}" for v, c in zip(values, columns, strict=True))


def _matches(values, columns):
    return " AND ".join(f"{c} = {v}" for v, c in zip(values, columns, strict=True))


def _upsert(table, columns, select):
    cols = ", ".join(columns)
    return (f"INSERT INTO {table} ({cols}, n) {select} "
            f"ON CONFLICT ({cols}) DO UPDATE SET n = {table}.n + excluded.n")


def rebuild_sql(vendor):
    return [
        f"DELETE FROM {MAIN}",
        f"DELETE FROM {DUE}",
        f"INSERT INTO {MAIN} ({', '.join(MAIN_COLUMNS)}, n) SELECT {', '.join(main_values('r', 'f.kind'))}, COUNT(*) "
        f"FROM responses_response r JOIN reports_finding f ON f.id = r.finding_id WHERE {counted('r')} "
        f"GROUP BY {', '.join(main_values('r', 'f.kind'))}",
        f"INSERT INTO {DUE} ({', '.join(DUE_COLUMNS)}, n) SELECT {', '.join(due_values('r', vendor))}, COUNT(*) "
        f"FROM responses_response r CROSS JOIN {SPANS} s WHERE {counted('r')} AND r.due_sort IS NOT NULL "
        f"GROUP BY {', '.join(due_values('r', vendor))}",
    ]


# --- SQLite: a trigger a row ----------------------------------------------------------------------

def _sqlite_add(r):
    return [
        # A response always has its finding (PROTECT), but a flush with foreign keys unchecked (Django's
        # transactional tests) deletes tables in no set order: a finding already gone counts nowhere.
        _upsert(MAIN, MAIN_COLUMNS, f"SELECT {', '.join(main_values(r, _kind(r)))}, 1 "
                f"WHERE {counted(r)} AND {_kind(r)} IS NOT NULL"),
        _upsert(DUE, DUE_COLUMNS, f"SELECT {', '.join(due_values(r, 'sqlite'))}, 1 FROM {SPANS} s "
                f"WHERE {counted(r)} AND {r}.due_sort IS NOT NULL"),
    ]


def _sqlite_remove(r):
    return [
        f"UPDATE {MAIN} SET n = n - 1 WHERE {counted(r)} AND {_matches(main_values(r, _kind(r)), MAIN_COLUMNS)}",
        f"UPDATE {DUE} SET n = n - 1 WHERE {counted(r)} AND organisation_id = {r}.organisation_id "
        f"AND portfolio_id = COALESCE({r}.portfolio_id, 0) AND owner_id = COALESCE({r}.owner_id, 0) "
        f"AND starts_on = {starts_on(f'{r}.due_sort', 'sqlite', span='span')}",
    ]


def _body(statements):
    return "BEGIN " + " ".join(s + ";" for s in statements) + " END"


_changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in RESPONSE_COLUMNS)
_by_key = " AND ".join(f"{c} = {MAIN}.{c}" for c in MAIN_COLUMNS[:-1])
SQLITE = [
    f"CREATE TRIGGER tally_response_insert AFTER INSERT ON responses_response {_body(_sqlite_add('NEW'))}",
    f"CREATE TRIGGER tally_response_delete AFTER DELETE ON responses_response {_body(_sqlite_remove('OLD'))}",
    f"CREATE TRIGGER tally_response_update AFTER UPDATE OF {', '.join(RESPONSE_COLUMNS)} ON responses_response "
    f"WHEN {_changed} {_body(_sqlite_remove('OLD') + _sqlite_add('NEW'))}",
    # A finding's kind corrected: its responses move from the old kind's tallies to the new one's.
    f"""CREATE TRIGGER tally_finding_kind AFTER UPDATE OF kind ON reports_finding WHEN OLD.kind IS NOT NEW.kind
    {_body([
        f"UPDATE {MAIN} SET n = n - (SELECT COUNT(*) FROM (SELECT {_named(main_values('r', 'OLD.kind'), MAIN_COLUMNS)} "
        f"FROM responses_response r WHERE r.finding_id = NEW.id AND {counted('r')}) WHERE {_by_key}) "
        f"WHERE kind = OLD.kind AND organisation_id IN (SELECT organisation_id FROM responses_response WHERE finding_id = NEW.id)",
        _upsert(MAIN, MAIN_COLUMNS, f"SELECT {', '.join(main_values('r', 'NEW.kind'))}, COUNT(*) FROM responses_response r "
                f"WHERE r.finding_id = NEW.id AND {counted('r')} GROUP BY {', '.join(main_values('r', 'NEW.kind'))}"),
    ])}""",
]
SQLITE_NAMES = ["tally_response_insert", "tally_response_delete", "tally_response_update", "tally_finding_kind"]
SQLITE_DROP = [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_NAMES]


# --- PostgreSQL: a trigger a statement, over its transition tables --------------------------------

def _pg_deltas(table, columns, parts, values, joined, where=""):
    """One upsert of `table`'s counts: +1 for each new row, -1 for each old one, summed per key."""
    union = " UNION ALL ".join(
        f"SELECT {_named(values(r), columns)}, {sign} AS d FROM {source} {r} {joined(r)} WHERE {counted(r)}{where(r)}"
        for source, r, sign in parts)
    cols = ", ".join(columns)
    return _upsert(table, columns, f"SELECT {cols}, SUM(d) FROM ({union}) deltas GROUP BY {cols} "
                                   f"HAVING SUM(d) <> 0 ORDER BY {cols}") + ";"


def _pg_due(parts):
    return _pg_deltas(DUE, DUE_COLUMNS, parts, lambda r: due_values(r, "postgresql"),
                      lambda r: f"CROSS JOIN {SPANS} s", lambda r: f" AND {r}.due_sort IS NOT NULL")


def _pg_main(parts):
    return _pg_deltas(MAIN, MAIN_COLUMNS, parts, lambda r: main_values(r, "f.kind"),
                      lambda r: f"JOIN reports_finding f ON f.id = {r}.finding_id", lambda r: "")


_INSERTED = [("new_rows", "new_r", 1)]
_DELETED = [("old_rows", "old_r", -1)]
_UPDATED = _INSERTED + _DELETED
_kind_moved = [
    f"SELECT {_named(main_values('r', kind), MAIN_COLUMNS)}, {sign} AS d FROM responses_response r "
    f"WHERE r.finding_id = NEW.id AND {counted('r')}" for kind, sign in (("OLD.kind", -1), ("NEW.kind", 1))]

POSTGRES = [
    f"""CREATE FUNCTION tally_responses() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN {_pg_main(_INSERTED)} {_pg_due(_INSERTED)}
        ELSIF TG_OP = 'DELETE' THEN {_pg_main(_DELETED)} {_pg_due(_DELETED)}
        ELSE {_pg_main(_UPDATED)} {_pg_due(_UPDATED)}
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER tally_response_insert AFTER INSERT ON responses_response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_responses()""",
    """CREATE TRIGGER tally_response_update AFTER UPDATE ON responses_response
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_responses()""",
    """CREATE TRIGGER tally_response_delete AFTER DELETE ON responses_response
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_responses()""",
    f"""CREATE FUNCTION tally_finding_kind() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {_upsert(MAIN, MAIN_COLUMNS, f"SELECT {', '.join(MAIN_COLUMNS)}, SUM(d) FROM ({' UNION ALL '.join(_kind_moved)}) moved "
                 f"GROUP BY {', '.join(MAIN_COLUMNS)} ORDER BY {', '.join(MAIN_COLUMNS)}")};
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER tally_finding_kind AFTER UPDATE OF kind ON reports_finding
        FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION tally_finding_kind()""",
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS tally_finding_kind ON reports_finding",
    "DROP FUNCTION IF EXISTS tally_finding_kind()",
    *(f"DROP TRIGGER IF EXISTS {name} ON responses_response"
      for name in ("tally_response_insert", "tally_response_update", "tally_response_delete")),
    "DROP FUNCTION IF EXISTS tally_responses()",
]

CREATE = {"sqlite": SQLITE, "postgresql": POSTGRES}
DROP = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
TRIGGER_COUNT = 4  # both vendors name the same four triggers


def install(execute, vendor):
    """(Re)create the triggers; `execute` is a schema editor's or a cursor's."""
    for sql in DROP.get(vendor, []) + CREATE.get(vendor, []):
        execute(sql)


def uninstall(execute, vendor):
    for sql in DROP.get(vendor, []):
        execute(sql)


def rebuild(connection=default_connection):
    """Count every tally afresh from the responses (the triggers keep them from then on)."""
    from django.db import transaction

    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        for sql in rebuild_sql(connection.vendor):
            cursor.execute(sql)


def installed(connection=default_connection):
    """How many of the tally triggers the database holds."""
    names = ("tally_response_insert", "tally_response_update", "tally_response_delete", "tally_finding_kind")
    marks = ", ".join(["%s"] * len(names))
    sql = {"sqlite": f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
           "postgresql": f"SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname IN ({marks})"}.get(connection.vendor)
    if sql is None:
        return TRIGGER_COUNT
    with connection.cursor() as cursor:
        cursor.execute(sql, names)
        return cursor.fetchone()[0]


def ensure(connection=default_connection):
    """After a migrate: if a table rebuild (SQLite) dropped a trigger, put them back and count afresh."""
    if installed(connection) == TRIGGER_COUNT:
        return False
    with connection.cursor() as cursor:
        install(cursor.execute, connection.vendor)
    rebuild(connection)
    return True
