"""Requests a second, p50/p99 and errors per page under wrk, with 2 and 4 gunicorn workers (issue 17).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/load_pages.py
    BENCH_SECONDS=10 BENCH_CONNECTIONS=8 BENCH_WORKERS="2 4" ... bench/load_pages.py

Loopback only, bounded: wrk (Debian package `wrk`) with BENCH_CONNECTIONS connections for
BENCH_SECONDS a page. Uses the data set of bench/_dataset.py (build it with bench/pages.py first);
pages are fetched signed in as the bench force's liaison officer, and the sign-in page itself is the
framework's ceiling to compare with. wrk shares the machine's cores with the servers.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 8))
WORKERS = [int(n) for n in os.environ.get("BENCH_WORKERS", "2 4").split()]
USER, PASSWORD = "bench-liaison", "bench-password-123"
ONLY = [w for w in os.environ.get("BENCH_PAGES", "").split(",") if w]  # pages whose name has one of these words


def env():
    return {**os.environ, "DEBUG": "false", "SECRET_KEY": "bench-only", "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_COOKIES": "false", "LOG_LEVEL": "ERROR", "DJANGO_SETTINGS_MODULE": "oversight.settings",
            "DATABASE_URL": os.environ.get("DATABASE_URL", "sqlite:////tmp/oversight-bench.sqlite3")}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def signed_in_cookie(url):
    session = requests.Session()
    page = session.get(f"{url}/accounts/sign-in/", timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    reply = session.post(f"{url}/accounts/sign-in/", allow_redirects=False, timeout=60,
                         data={"username": USER, "password": PASSWORD, "csrfmiddlewaretoken": token},
                         headers={"Referer": f"{url}/accounts/sign-in/"})
    assert reply.status_code == 302, ("sign-in failed", reply.status_code)
    return "; ".join(f"{k}={v}" for k, v in session.cookies.items())


def wrk(url, cookie=None, seconds=SECONDS):
    command = ["wrk", "-t", "2", "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--latency", "--timeout", "30s", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50, p99 = (re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups() for p in ("50", "99"))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, _ms(*p50), _ms(*p99), errors + (int(non2xx.group(1)) if non2xx else 0)


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def main():
    if not shutil.which("wrk"):
        sys.exit("Install wrk (apt-get install wrk).")
    sys.path.insert(0, str(ROOT))
    os.environ.update(env())
    import django

    django.setup()
    from oversight.responses.models import Response

    response = Response.objects.filter(organisation__short_name="BF0").order_by("id").first()
    pages = {"sign-in page (not signed in)": ("/accounts/sign-in/", False), "register": ("/responses/", True),
             "register sorted by due": ("/responses/?sort=due", True),
             "response page": (f"/responses/{response.pk}/", True), "dashboard": ("/", True)}
    print(f"{Response.objects.count()} responses; wrk {CONNECTIONS} connections, {SECONDS}s a page; "
          f"load average {os.getloadavg()[0]:.1f}")
    for workers in WORKERS:
        port = free_port()
        server = subprocess.Popen([str(ROOT / ".venv/bin/gunicorn"), "oversight.wsgi", "--bind", f"127.0.0.1:{port}",
                                   "--workers", str(workers), "--preload"], cwd=ROOT, env=env(),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if requests.get(f"{url}/healthz", timeout=10).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline:
                    sys.exit("gunicorn did not start")
                time.sleep(0.5)
            cookie = signed_in_cookie(url)
            for name, (path, signed_in) in pages.items():
                if ONLY and not any(word in name for word in ONLY):
                    continue
                wrk(url + path, cookie if signed_in else None, seconds=2)  # warm every worker's connection and caches
                rate, p50, p99, errors = wrk(url + path, cookie if signed_in else None)
                print(f"{workers} workers  {name:30s} {rate:7.1f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  "
                      f"{errors} errors   (load {os.getloadavg()[0]:.1f})", flush=True)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)


if __name__ == "__main__":
    main()
