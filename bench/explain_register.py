"""EXPLAIN ANALYZE of the register's three statements for one page: the page's ids (by the sort's
index), the page's rows (joins for 50 rows only) and the bounded count (issue 17).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/explain_register.py \\
        bench-national "sort=due" 49950

Arguments: the bench user (bench-liaison, bench-pcc, bench-national from bench/pages.py), the register's
query string, and the offset of the page (49,950 is the deepest page the register lists).
"""

import os
import sys

os.environ.setdefault("LOG_LEVEL", "WARNING")
from _pages import connection  # sets up Django; must come first  # isort: skip
from django.test import RequestFactory  # noqa: E402

from oversight.accounts import access  # noqa: E402
from oversight.accounts.models import User  # noqa: E402
from oversight.responses.filters import ResponseFilterSet  # noqa: E402
from oversight.responses.models import Response  # noqa: E402
from oversight.responses.paging import MAX_PAGES  # noqa: E402
from oversight.responses.views import PAGE_SIZE  # noqa: E402


def explain(label, sql, params):
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        print(f"--- {label}\n" + "\n".join(row[0] for row in cursor.fetchall()))


def main():
    user = User.objects.get(username=sys.argv[1])
    params = dict(p.split("=", 1) for p in sys.argv[2].split("&")) if len(sys.argv) > 2 and sys.argv[2] else {}
    offset = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    request = RequestFactory().get("/responses/", params)
    request.user = user
    qs = access.visible(Response.objects.for_register(), user)
    rows = ResponseFilterSet(params or None, queryset=qs, request=request).qs if params else qs.filter(
        archived_at__isnull=True)
    ids = rows.values_list("pk", flat=True)[offset:offset + PAGE_SIZE]
    explain(f"ids of the page ({sys.argv[2:]})", *ids.query.get_compiler("default").as_sql())
    explain("the page's rows", *rows.filter(pk__in=list(ids)).query.get_compiler("default").as_sql())
    sql, p = rows.order_by().values("pk")[: MAX_PAGES * PAGE_SIZE + 1].query.get_compiler("default").as_sql()
    explain("count, bounded", f"SELECT COUNT(*) FROM ({sql}) counted", p)


if __name__ == "__main__":
    main()
