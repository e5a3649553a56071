"""Requests a second, p50/p99 latency and errors with one and with two gunicorn app servers on one database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_load .venv/bin/python bench/load.py
    BENCH_SECONDS=20 BENCH_CONCURRENCY=8 BENCH_SERVERS="1 2" ... bench/load.py

Loopback only. The database is migrated and given the demo data; each server is gunicorn with
BENCH_GUNICORN_WORKERS sync workers (default 2), and one `oversight worker` runs beside them.
A bounded load loop (BENCH_CONCURRENCY threads, each with its own signed-in session, for
BENCH_SECONDS) walks the dashboard, the register, a report, the reports list and /healthz, spread
round-robin over the servers. During each run a register of BENCH_IMPORT_ROWS rows is uploaded,
checked and imported through the queue (IMPORT_BACKGROUND_ROWS=100 on the servers, so it goes to
the worker), and a committee paper is issued (rendered on the worker); afterwards the task results show whether any task was claimed twice.
The client shares the machine's cores with the servers, so figures are lower than on separate hosts.
"""

import csv
import io
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SECONDS = float(os.environ.get("BENCH_SECONDS", 20))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", 8))
SERVER_COUNTS = [int(n) for n in os.environ.get("BENCH_SERVERS", "1 2").split()]
GUNICORN_WORKERS = os.environ.get("BENCH_GUNICORN_WORKERS", "2")
IMPORT_ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", 300))
# Files above this many rows go to the worker; low, so the import finishes within the run on a busy machine.
IMPORT_BACKGROUND_ROWS = os.environ.get("IMPORT_BACKGROUND_ROWS", "100")
USER, PASSWORD = "liaison", "oversight-demo-2024"
PAGES = ["/", "/responses/", "/reports/", "/healthz", "/responses/?rag=red"]


def env():
    base = {**os.environ, "DEBUG": "false", "SECRET_KEY": "bench-only", "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_COOKIES": "false", "LOG_LEVEL": "ERROR", "DJANGO_SETTINGS_MODULE": "oversight.settings",
            "IMPORT_BACKGROUND_ROWS": IMPORT_BACKGROUND_ROWS}
    base.setdefault("DATABASE_URL", "sqlite:////tmp/oversight-load.sqlite3")
    return base


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args):
    subprocess.run([PY, "-m", "oversight.cli", *args], cwd=ROOT, env=env(), check=True, stdout=subprocess.DEVNULL)


def up(url, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/healthz", timeout=20).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise SystemExit(f"{url} did not start")


def sign_in(url):
    session = requests.Session()
    page = session.get(f"{url}/accounts/sign-in/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    reply = session.post(f"{url}/accounts/sign-in/", allow_redirects=False, timeout=30,
                         data={"username": USER, "password": PASSWORD, "csrfmiddlewaretoken": token},
                         headers={"Referer": f"{url}/accounts/sign-in/"})
    if reply.status_code != 302:
        raise SystemExit(f"could not sign in as {USER} on {url} ({reply.status_code})")
    return session


def csrf(session, url):
    page = session.get(url, timeout=60)
    return page, re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def import_register(url, outcome):
    """Upload, check and import a register through the pages; the work runs on the worker."""
    try:
        session = sign_in(url)
        page, token = csrf(session, f"{url}/interop/import/")
        organisation = re.search(r'<option value="(\d+)"', page.text).group(1)
        text = io.StringIO()
        rows = [["Report title", "Ref", "Finding", "RAG"]] + [
            [f"Load test report {time.time_ns()}", str(n), f"Load test finding {n}.", "Amber"] for n in range(IMPORT_ROWS)]
        csv.writer(text).writerows(rows)
        reply = session.post(f"{url}/interop/import/", data={"organisation": organisation, "csrfmiddlewaretoken": token},
                             files={"file": ("load.csv", text.getvalue().encode())}, headers={"Referer": url},
                             allow_redirects=False, timeout=120)
        mapping = reply.headers["Location"]
        page, token = csrf(session, f"{url}{mapping}")
        reply = session.post(f"{url}{mapping}", timeout=120, allow_redirects=False, headers={"Referer": url}, data={
            "csrfmiddlewaretoken": token, "column_0": "report_title", "column_1": "ref", "column_2": "text",
            "column_3": "rag"})
        preview = reply.headers["Location"]
        deadline = time.monotonic() + 300
        while "Import " not in (page := session.get(f"{url}{preview}", timeout=60).text) or "Checking" in page:
            if time.monotonic() > deadline:
                raise RuntimeError("the check did not finish")
            time.sleep(1)
        _, token = csrf(session, f"{url}{preview}")
        session.post(f"{url}{preview}commit/", timeout=120, headers={"Referer": url},
                     data={"csrfmiddlewaretoken": token}, allow_redirects=False)
        while "Register imported" not in session.get(f"{url}{preview}", timeout=60).text:
            if time.monotonic() > deadline:
                raise RuntimeError("the import did not finish")
            time.sleep(1)
        outcome["import"] = f"{IMPORT_ROWS} rows checked and imported through the queue"
    except Exception as error:  # reported, not fatal to the measurement
        outcome["import"] = f"import failed: {error!r}"


def issue_paper(url, outcome):
    """Issue a committee paper through the pages while the load runs; it is rendered on the worker."""
    try:
        session = sign_in(url)
        listing = session.get(f"{url}/papers/", timeout=60).text
        for pk in dict.fromkeys(re.findall(r'href="/papers/meetings/(\d+)/"', listing)):
            page, token = csrf(session, f"{url}/papers/meetings/{pk}/")
            if f"/papers/meetings/{pk}/issue/" in page.text:
                break
        else:
            raise RuntimeError("no paper to issue in the demo data")
        reply = session.post(f"{url}/papers/meetings/{pk}/issue/", data={"csrfmiddlewaretoken": token},
                             headers={"Referer": url}, allow_redirects=False, timeout=120)
        job = reply.headers["Location"]
        deadline = time.monotonic() + 300
        while True:
            page = session.get(f"{url}{job}", allow_redirects=False, timeout=60)
            if page.status_code == 302:
                outcome["paper"] = "a paper issued through the queue"
                return
            if "It stopped" in page.text:
                outcome["paper"] = "the paper's job stopped with its message (not issued)"
                return
            if time.monotonic() > deadline:
                raise RuntimeError("the paper was not issued in time")
            time.sleep(1)
    except Exception as error:  # reported, not fatal to the measurement
        outcome["paper"] = f"paper failed: {error!r}"


def load(urls):
    sessions = [sign_in(urls[i % len(urls)]) for i in range(CONCURRENCY)]
    latencies, errors, lock = [], [], threading.Lock()
    stop = time.monotonic() + SECONDS

    def run(index):
        session, n = sessions[index], index
        while time.monotonic() < stop:
            url = f"{urls[n % len(urls)]}{PAGES[n % len(PAGES)]}"
            n += 1
            started = time.perf_counter()
            try:
                status = session.get(url, timeout=60, allow_redirects=False).status_code
            except requests.RequestException as error:
                status = type(error).__name__
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append((url, status))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(CONCURRENCY)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.perf_counter() - began
    return len(latencies) / took, latencies, errors


def tasks_ran_once():
    code = ("import django; django.setup(); from django_tasks_db.models import DBTaskResult as T; "
            "print(T.objects.count(), T.objects.filter(status='SUCCESSFUL').count(), "
            "sum(len(ids) > 1 for ids in T.objects.values_list('worker_ids', flat=True)))")
    out = subprocess.run([PY, "-c", code], cwd=ROOT, env=env(), check=True, capture_output=True, text=True).stdout
    total, successful, twice = (int(x) for x in out.split())
    return total, successful, twice


def main():
    print(f"database {env()['DATABASE_URL'].split('@')[-1]}; {CONCURRENCY} clients for {SECONDS:.0f}s; "
          f"gunicorn --workers {GUNICORN_WORKERS}; load average {os.getloadavg()[0]:.1f}")
    manage("migrate", "--noinput", "-v", "0")
    manage("createcachetable")
    manage("demo")
    for count in SERVER_COUNTS:
        processes = [subprocess.Popen([PY, "-m", "oversight.cli", "worker", "--worker-id", f"bench-{count}"], cwd=ROOT,
                                      env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        urls = []
        for _ in range(count):
            port = free_port()
            processes.append(subprocess.Popen(
                [str(ROOT / ".venv/bin/gunicorn"), "oversight.wsgi", "--bind", f"127.0.0.1:{port}", "--workers",
                 GUNICORN_WORKERS, "--preload"], cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            urls.append(f"http://127.0.0.1:{port}")
        try:
            for url in urls:
                up(url)
            outcome = {}
            background = [threading.Thread(target=import_register, args=(urls[-1], outcome)),
                          threading.Thread(target=issue_paper, args=(urls[0], outcome))]
            for thread in background:
                thread.start()
            rate, latencies, errors = load(urls)
            for thread in background:
                thread.join(timeout=600)
            total, successful, twice = tasks_ran_once()
            q = statistics.quantiles(latencies, n=100)
            print(f"{count} app server(s): {rate:.1f} requests/s, p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms, "
                  f"{len(errors)} errors of {len(latencies)}; {outcome.get('import', 'import still running')}; "
                  f"{outcome.get('paper', 'paper still running')}; "
                  f"tasks {total}, successful {successful}, claimed by more than one worker {twice}")
            if errors:
                print("  first errors:", errors[:5])
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


if __name__ == "__main__":
    main()
