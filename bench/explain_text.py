"""EXPLAIN ANALYZE of the register's text box (issue 17): the page's ids, rows and bounded count for a
few searches, as a force, a PCC office and a national reader.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/explain_text.py after

Writes the plans to bench/results/explain_text_<vendor>_<responses>_<label>.txt and prints a table.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("LOG_LEVEL", "WARNING")
from _pages import connection  # sets up Django; must come first  # isort: skip
from explain_register import run  # noqa: E402

from oversight.accounts.models import User  # noqa: E402
from oversight.responses.models import Response  # noqa: E402

USERS = os.environ.get("BENCH_USERS", "bench-liaison,bench-pcc,bench-national").split(",")
# A word of most findings, two words, a word of every narrative, a word of nothing, a word and a reference.
QUERIES = [("q=vetting", 0), ("q=vetting", 49950), ("q=domestic+abuse", 0), ("q=board+monthly", 0),
           ("q=xylophone", 0), ("q=vetting+3", 0)]


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else "now"
    total = Response.objects.count()
    path = Path(__file__).parent / "results" / f"explain_text_{connection.vendor}_{total}_{label}.txt"
    load = os.getloadavg()
    with path.open("w") as out:
        out.write(f"{total} responses on {connection.vendor}; load average {load[0]:.2f}\n")
        print(f"{total} responses on {connection.vendor}; load average {load[0]:.2f}; plans in {path}")
        print(f"{'user':15s} {'case':28s} {'ids':>9s} {'rows':>9s} {'count':>9s} {'total':>9s}")
        for username in USERS:
            user = User.objects.get(username=username)
            for query, offset in QUERIES:
                if offset and username != "bench-national":
                    continue
                times = run(user, query.replace("+", " "), offset, out)
                case = f"?{query}" + (f" offset {offset}" if offset else "")
                print(f"{username:15s} {case:28s} " + " ".join(f"{t:7.1f}ms" for t in times)
                      + f" {sum(times):7.1f}ms", flush=True)
        out.write(f"\nload average at the end {os.getloadavg()[0]:.2f}\n")


if __name__ == "__main__":
    main()
