"""EXPLAIN ANALYZE of the register's three statements for one page: the page's ids (by the sort's
index), the page's rows (joins for 50 rows only) and the bounded count (issue 17).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/explain_register.py \\
        bench-national "sort=due" 49950
    DATABASE_URL=... .venv/bin/python bench/explain_register.py bench-national      # every national case

Arguments: the bench user (bench-liaison, bench-pcc, bench-national from bench/pages.py), the register's
query string, and the offset of the page (49,950 is the deepest page the register lists). With the user
alone it runs every case below, prints a table of execution times and writes the plans to
bench/results/explain_register_<vendor>_<responses>.txt.
"""

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("LOG_LEVEL", "WARNING")
from _pages import connection  # sets up Django; must come first  # isort: skip
from django.test import RequestFactory  # noqa: E402

from oversight.accounts import access  # noqa: E402
from oversight.accounts.models import User  # noqa: E402
from oversight.responses.filters import ResponseFilterSet  # noqa: E402
from oversight.responses.models import Response  # noqa: E402
from oversight.responses.paging import MAX_PAGES  # noqa: E402
from oversight.responses.views import PAGE_SIZE  # noqa: E402

DEEPEST = (MAX_PAGES - 1) * PAGE_SIZE
SORTS = ["published", "-published", "due", "-due", "status", "rag", "owner", "-updated"]
CASES = [("", 0), *((f"sort={s}", 0) for s in SORTS), ("status=open", 0), ("status=open&rag=red", 0),
         ("", DEEPEST), *((f"sort={s}", DEEPEST) for s in SORTS),
         ("q=vetting", 0), ("q=vetting", DEEPEST)]


def explain(label, sql, params, out):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            lines = [row[0] for row in cursor.fetchall()]
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            lines = [" ".join(str(c) for c in row) for row in cursor.fetchall()]
            import time
            start = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            lines.append(f"Execution Time: {(time.perf_counter() - start) * 1000:.3f} ms")
    out.write(f"--- {label}\n" + "\n".join(lines) + "\n")
    found = re.search(r"Execution Time: ([\d.]+) ms", lines[-1] if lines else "")
    return float(found.group(1)) if found else 0.0


def statements(user, query, offset):
    params = dict(p.split("=", 1) for p in query.split("&")) if query else {}
    request = RequestFactory().get("/responses/", params)
    request.user = user
    qs = access.visible(Response.objects.for_register(), user)
    rows = ResponseFilterSet(params, queryset=qs, request=request).qs if params else qs.filter(archived_at__isnull=True)
    ids = rows.values_list("pk", flat=True)[offset:offset + PAGE_SIZE]
    compiled = ids.query.get_compiler("default").as_sql()
    # The page's rows by id through access alone, as RegisterPaginator reads them ([0]: a plan still).
    page = qs.filter(pk__in=list(ids) or [0]).query.get_compiler("default").as_sql()
    sql, p = rows.order_by().values("pk")[: MAX_PAGES * PAGE_SIZE + 1].query.get_compiler("default").as_sql()
    return [("ids of the page", compiled), ("the page's rows", page),
            ("count, bounded", (f"SELECT COUNT(*) FROM ({sql}) counted", p))]


def run(user, query, offset, out):
    out.write(f"\n===== {user.username} ?{query or '(default)'} offset {offset}\n")
    return [explain(label, sql, params, out) for label, (sql, params) in statements(user, query, offset)]


def main():
    user = User.objects.get(username=sys.argv[1])
    if len(sys.argv) > 2:
        run(user, sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0, sys.stdout)
        return
    total = Response.objects.count()
    path = Path(__file__).parent / "results" / f"explain_register_{connection.vendor}_{total}.txt"
    path.parent.mkdir(exist_ok=True)
    load = os.getloadavg()
    with path.open("w") as out:
        out.write(f"{total} responses on {connection.vendor}; load average {load[0]:.2f}\n")
        print(f"{total} responses on {connection.vendor}, as {user.username}; load average {load[0]:.2f}; "
              f"plans in {path}")
        print(f"{'case':40s} {'ids':>9s} {'rows':>9s} {'count':>9s} {'total':>9s}")
        for query, offset in CASES:
            times = run(user, query, offset, out)
            label = f"?{query or '(default)'}" + (f" offset {offset}" if offset else "")
            print(f"{label:40s} " + " ".join(f"{t:7.1f}ms" for t in times) + f" {sum(times):7.1f}ms", flush=True)


if __name__ == "__main__":
    main()
