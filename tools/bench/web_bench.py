#!/usr/bin/env python3
"""Haven's web benchmark: the main pages' API calls under concurrent load, with 10,000 families
and 10,000 offers loaded. Run it through tools/bench/web-bench.sh (which installs wrk); what it
measures and the figures are in docs/web-benchmark.md.

1. starts the packaged jar with --demo on a fresh H2 data directory and a free port;
2. imports the generated families and offers (bench_data.py) through /api/import/*, then moves
   part of the data on as caseworkers would: approves some hosts (and starts checks on others),
   sends intake links, runs matching and approves some of its proposals;
3. signs in as the caseworker, a host and the admin (session cookie and CSRF as the SPA does) and
   drives each page's GET call with wrk from a second process on loopback: a warm-up, then the
   measured run;
4. prints a markdown table, stops the app, and exits 1 if any answer was not 2xx.
"""

import argparse
import http.cookiejar
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_data  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CASEWORKER, HOST, ADMIN = "caseworker@haven.example", "host@haven.example", "admin@haven.example"


def log(message):
    print(f"[web-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class BenchError(Exception):
    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


class Session:
    """One signed-in user, as the SPA is: the session cookie, and the XSRF-TOKEN cookie echoed in a header."""

    def __init__(self, base, email, password):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.request("GET", "/api/auth/csrf")
        self.request("POST", "/api/auth/login",
                     urllib.parse.urlencode({"username": email, "password": password}).encode(),
                     "application/x-www-form-urlencoded")
        self.request("GET", "/api/auth/csrf")  # the token changes at sign-in
        me = self.request("GET", "/api/auth/me")
        log(f"signed in as {me['email']} ({me['role']})")

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)

    def request(self, method, path, body=None, content_type=None, timeout=600):
        headers = {"Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        if method != "GET" and self.cookie("XSRF-TOKEN"):
            headers["X-XSRF-TOKEN"] = self.cookie("XSRF-TOKEN")
        request = urllib.request.Request(self.base + path, data=body, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                data = response.read()
        except urllib.error.HTTPError as error:
            raise BenchError(f"{method} {path} answered {error.code}: {error.read()[:2000].decode(errors='replace')}",
                             error.code)
        return json.loads(data) if data else None

    def get(self, path):
        return self.request("GET", path)

    def send(self, method, path, payload):
        return self.request(method, path, json.dumps(payload).encode(), "application/json")

    def upload(self, path, file_path):
        boundary = uuid.uuid4().hex
        with open(file_path, "rb") as f:
            content = f.read()
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
                f"filename=\"{os.path.basename(file_path)}\"\r\nContent-Type: text/csv\r\n\r\n").encode()
        body += content + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", path, body, f"multipart/form-data; boundary={boundary}")


class App:
    """The packaged jar on a free port and a fresh data directory."""

    def __init__(self, jar, java_opts, data_dir):
        # A directory of an earlier run (--data-dir) is reused with its data and its demo password.
        self.keep_data = data_dir is not None
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="haven-web-bench-")
        os.makedirs(self.data_dir, exist_ok=True)
        self.loaded = os.path.exists(os.path.join(self.data_dir, "haven.mv.db"))
        password_file = os.path.join(self.data_dir, "bench-demo-password")
        if not os.path.exists(password_file):
            with open(password_file, "w", encoding="utf-8") as f:
                f.write(f"bench {secrets.token_urlsafe(18)} haven")
        with open(password_file, encoding="utf-8") as f:
            self.password = f.read()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(self.data_dir, "haven.log")
        command = ["java", *java_opts.split(), "-jar", jar, "--demo", f"--server.port={self.port}",
                   f"--haven.data-dir={self.data_dir}"]
        if shutil.which("setpriv"):
            # The kernel kills the app if this script dies without stopping it.
            command = ["setpriv", "--pdeathsig", "KILL", *command]
        log(f"starting {' '.join(command)} (log: {self.log_path})")
        with open(self.log_path, "ab") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                            env={**os.environ, "HAVEN_DEMO_PASSWORD": self.password})

    def cpu_seconds(self):
        """CPU time the app (the JVM under setpriv, which execs it) has used so far."""
        with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wait_quiet(self, timeout=300):
        """Waits until the app uses under 10 % of a core: requests wrk gave up on still run to their end."""
        deadline = time.time() + timeout
        used = self.cpu_seconds()
        while time.time() < deadline:
            time.sleep(1)
            now = self.cpu_seconds()
            if now - used < 0.1:
                return
            used = now
        log(f"the app was still busy after {timeout} s")

    def wait_ready(self, timeout=180):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"the app exited ({self.process.returncode}) before it was ready; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health/readiness", timeout=2) as response:
                    if response.status == 200:
                        log(f"Haven is ready at {self.base}")
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise BenchError(f"the app was not ready within {timeout} s; see {self.log_path}")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful shutdown first
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        log("stopped the app")
        if self.keep_data:
            log(f"kept {self.data_dir} (reuse it with --data-dir)")
        else:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def imported(caseworker, job):
    """The report of an accepted import (202, a job) once its job has ended."""
    while job["status"] == "RUNNING":
        time.sleep(0.25)
        job = caseworker.request("GET", f"/api/import/jobs/{job['id']}")
    if job["status"] != "DONE":
        raise BenchError(f"import job {job['id']} ended {job['status']} ({job['failure']})")
    return caseworker.request("GET", f"/api/import/jobs/{job['id']}/report")


def import_files(app, caseworker, kind, paths):
    """Imports every file; any refused row fails the benchmark (the generator must make valid data)."""
    records = 0
    for path in paths:
        started = time.time()
        cpu_before = app.cpu_seconds()
        report = imported(caseworker, caseworker.upload(f"/api/import/{kind}", path))
        elapsed = time.time() - started
        rows = len(report['rows'])
        cpu_ms = (app.cpu_seconds() - cpu_before) * 1000 / max(rows, 1)
        log(f"imported {os.path.basename(path)}: {report['importedRecords']} {kind} "
            f"({report['imported']} rows) in {elapsed:.1f} s ({rows / max(elapsed, 0.001):.0f} rows/s, "
            f"app CPU {cpu_ms:.2f} ms a row)")
        if report["refused"]:
            refused = [row for row in report["rows"] if row["status"] == "REFUSED"][:5]
            raise BenchError(f"{path}: {report['refused']} rows refused, e.g. {json.dumps(refused)}")
        records += report["importedRecords"]
    return records


def load(app, caseworker, args):
    work = tempfile.mkdtemp(prefix="haven-web-bench-csv-")
    try:
        files = bench_data.generate(args.families, args.offers, work, args.seed)
        started = time.time()
        families = import_files(app, caseworker, "families", [f for f in files if "families-" in f])
        offers = import_files(app, caseworker, "offers", [f for f in files if "offers-" in f])
        log(f"imported {families:,} families and {offers:,} offers in {time.time() - started:.0f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def loaded(app, args):
    """The caseworker's session, once the data is there: loaded and moved on, or an earlier run's."""
    caseworker = Session(app.base, CASEWORKER, app.password)
    if app.loaded:
        log(f"reusing the data in {app.data_dir}")
    else:
        load(app, caseworker, args)
        move_data_on(caseworker, args)
    return caseworker


def pages(session, path, size=100):
    """Every item of a paged list."""
    items, page = [], 0
    while True:
        separator = "&" if "?" in path else "?"
        answer = session.get(f"{path}{separator}page={page}&size={size}")
        items.extend(answer["items"])
        page += 1
        if page >= answer["totalPages"]:
            return items


def in_parallel(function, items, workers=4):
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(function, items))


def vetting(status):
    today = time.strftime("%Y-%m-%d")
    return {"status": status, "identityVerified": True, "homeVisitDate": today, "homeVisitBy": "Bench Caseworker",
            "homeVisitOutcome": "PASSED", "dbsLevel": "ENHANCED", "dbsDate": today, "referencesReceived": True,
            "trainingDone": True, "note": None}


def move_data_on(caseworker, args):
    """What caseworkers do after an import, so lists, dashboard and map are not all one status."""
    started = time.time()
    hosts = [host for host in pages(caseworker, "/api/hosts?status=APPLIED")
             if host["email"].startswith("bench.host")]
    approve = hosts[:args.approve_hosts]
    checking = hosts[args.approve_hosts:args.approve_hosts + args.approve_hosts // 2]

    def approve_host(host):
        caseworker.send("PUT", f"/api/hosts/{host['id']}/vetting", vetting("CHECKS_IN_PROGRESS"))
        caseworker.send("PUT", f"/api/hosts/{host['id']}/vetting", vetting("APPROVED"))

    in_parallel(approve_host, approve)
    in_parallel(lambda host: caseworker.send("PUT", f"/api/hosts/{host['id']}/vetting",
                                             vetting("CHECKS_IN_PROGRESS")), checking)
    log(f"approved {len(approve)} hosts, started checks on {len(checking)} in {time.time() - started:.0f} s")

    triage = [family["id"] for family in caseworker.get("/api/families?status=TRIAGE&page=0&size=100")["items"]]
    in_parallel(lambda family_id: caseworker.request("POST", f"/api/families/{family_id}/intake-link"),
                triage[:args.intake_links])
    log(f"sent {min(len(triage), args.intake_links)} intake links")

    run = caseworker.send("POST", "/api/matching/runs", {"seconds": args.match_seconds})
    while run["status"] == "SOLVING":
        time.sleep(2)
        run = caseworker.get(f"/api/matching/runs/{run['id']}")
    if run["status"] != "DONE":
        raise BenchError(f"the matching run ended {run['status']}: {run.get('failure')}")
    log(f"matching run: {run['families']} families, {run['offers']} offers, {run['proposals']} proposals "
        f"in {run['elapsedMs'] / 1000:.1f} s")
    proposals = caseworker.get(f"/api/matching/runs/{run['id']}/proposals")

    def approve_proposal(proposal):
        try:
            caseworker.send("POST", f"/api/matching/proposals/{proposal['id']}/approve", {})
            return 1
        except BenchError as error:
            if error.status in (400, 409):  # a pair that needs an override reason (H10-H12) now: left to decide
                return 0
            raise

    approved = sum(in_parallel(approve_proposal, proposals[:args.placements], workers=2))
    log(f"approved {approved} proposals (placements awaiting the host's answer); {len(proposals) - approved} "
        f"proposals left to decide")
    return run


def wrk(url, cookie, seconds, connections, threads, paths=None):
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s",
               "-s", os.path.join(HERE, "wrk-report.lua"), "-H", f"Cookie: HAVEN_SESSION={cookie}",
               "-H", "Accept: application/json", url] + (["--", paths] if paths else [])
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    line = next((line for line in result.stdout.splitlines() if line.startswith("WRK_JSON ")), None)
    if result.returncode != 0 or line is None:
        raise BenchError(f"wrk failed on {url}: {result.stdout}\n{result.stderr}")
    figures = json.loads(line[len("WRK_JSON "):])
    figures["errors"] = (figures["non2xx"] + figures["connect"] + figures["read"] + figures["write"]
                         + figures["timeout"])
    return figures


class BackgroundWrites:
    """While a call is measured, a caseworker opens a family case now and then (an audited read:
    one INSERT each), so the database changes as it does in real use. Without writes H2 hands a
    repeated query the result it computed last time, and the figures would be too good."""

    def __init__(self, session, family_ids, per_second):
        self.session, self.family_ids, self.per_second = session, family_ids, per_second
        self.stopped = threading.Event()
        self.errors = []
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        index = 0
        while not self.stopped.wait(1 / self.per_second):
            index += 1
            try:
                self.session.get(f"/api/families/{self.family_ids[index % len(self.family_ids)]}")
            except (BenchError, OSError) as error:
                self.errors.append(str(error))

    def __enter__(self):
        if self.per_second > 0:
            self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        if self.thread.is_alive():
            self.thread.join()


def spread_ids(session, path, count):
    """Ids of about `count` records taken evenly from the whole list (not only its first page)."""
    total = session.get(f"{path}?page=0&size=1")["totalItems"]
    pages = max(1, min(count, total) // 100)
    step = max(1, total // 100 // pages)
    ids = []
    for page in range(0, pages * step, step):
        ids.extend(item["id"] for item in session.get(f"{path}?page={page}&size=100")["items"])
    return ids


BASELINE = "Baseline: who am I"


def calls(families, hosts, run):
    """(page's call, role, path) of each main page's GET call, as the SPA sends it. A path with
    {id} goes round the given ids: one call per record page, on many different records. The first
    is the cheapest signed-in call (the same session, security chain and JSON, no domain work):
    every other call's p95 is read as a ratio to its p95 in the same run."""
    return [
        (BASELINE, CASEWORKER, "/api/auth/me", None),
        ("Readiness (for information; no session)", CASEWORKER, "/actuator/health/readiness", None),
        ("Families list, first page", CASEWORKER, "/api/families?page=0&size=20", None),
        ("Families list, filtered (READY, HIGH, page 3)", CASEWORKER,
         "/api/families?status=READY&urgency=HIGH&page=2&size=20", None),
        ("Families list, text search", CASEWORKER, "/api/families?q=olena&page=0&size=20", None),
        ("Family case", CASEWORKER, "/api/families/{id}", families),
        ("Family case history", CASEWORKER, "/api/families/{id}/history", families),
        ("Hosts list, first page", CASEWORKER, "/api/hosts?page=0&size=20", None),
        ("Hosts list, area filter (LS)", CASEWORKER, "/api/hosts?area=LS&page=0&size=20", None),
        ("Host detail", CASEWORKER, "/api/hosts/{id}", hosts),
        ("Dashboard", CASEWORKER, "/api/dashboard", None),
        ("Map, the whole UK (zoom 6, as the page opens)", CASEWORKER,
         "/api/map?south=49.8&west=-8.7&north=60.9&east=1.8&zoom=6", None),
        ("Map, a city (zoom 13, pins)", CASEWORKER,
         "/api/map?south=53.78&west=-1.60&north=53.82&east=-1.50&zoom=13", None),
    ] + ([
        ("Matching: a run's proposals, first page", CASEWORKER,
         f"/api/matching/runs/{run}/proposals?page=0&size=20", None),
        ("Matching: a run's unassigned families, first page", CASEWORKER,
         f"/api/matching/runs/{run}/unassigned?page=0&size=20", None),
    ] if run else []) + [
        ("Placements list", CASEWORKER, "/api/placements", None),
        ("Matching runs list", CASEWORKER, "/api/matching/runs?page=0&size=6", None),
        ("Notifications", CASEWORKER, "/api/notifications", None),
        ("Host: own offers", HOST, "/api/host/offers", None),
        ("Host: household", HOST, "/api/host/household", None),
        ("Admin: accounts", ADMIN, "/api/admin/accounts?page=0&size=20", None),
        ("Admin: audit log, first page", ADMIN, "/api/admin/audit-events?page=0&size=25", None),
        ("Admin: audit search (action and actor)", ADMIN,
         f"/api/admin/audit-events?actor={urllib.parse.quote(CASEWORKER)}&action=FAMILY_CREATED&page=0&size=25", None),
        ("Admin: statistics", ADMIN, "/api/admin/stats", None),
    ]


def milliseconds(microseconds):
    return f"{microseconds / 1000:.1f}" if microseconds < 100_000 else f"{microseconds / 1000:.0f}"


def table(rows):
    """The markdown table; "p95 ÷ me" is each call's p95 over the baseline's p95 of the same run. "CPU ms"
    is the app's CPU time (every thread: requests, background writes, collector) while the call was
    measured and until the app was quiet again, per answered request: unlike the latencies, it hardly
    moves when other work shares the machine."""
    baseline = next((figures["p95_us"] for name, _, _, figures in rows if name == BASELINE), 0)
    lines = ["| page's call | role | GET | requests/s | p50 ms | p95 ms | p99 ms | p95 ÷ me | CPU ms | requests | errors |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, role, path, figures in rows:
        rate = figures["requests"] / (figures["duration_us"] / 1e6)
        ratio = f"{figures['p95_us'] / baseline:.1f}×" if baseline else "–"
        lines.append(f"| {name} | {role.split('@')[0]} | `{urllib.parse.unquote(path)}` | "
                     f"{rate:,.0f} | {milliseconds(figures['p50_us'])} | {milliseconds(figures['p95_us'])} | "
                     f"{milliseconds(figures['p99_us'])} | {ratio} | {figures['cpu_ms']:.1f} | {figures['requests']:,} | "
                     f"{figures['errors']} |")
    return "\n".join(lines)


def default_jar():
    return os.path.join(ROOT, "backend", "target", "haven.jar")


def is_default_jar(jar):
    """Whether jar is this checkout's build; False when that build does not exist (--jar FILE without it)."""
    default = default_jar()
    return os.path.exists(default) and os.path.samefile(jar, default)


def built_from(jar):
    """Which Haven the figures are of: this checkout's commit, or the jar given."""
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"
    return f"Haven {commit}" if is_default_jar(jar) else f"Haven from {jar}"


def print_results(header, markdown_table):
    """The figures on stdout: what was measured, the table, and the load at the end."""
    print(header)
    print()
    print(markdown_table)
    print(f"\nLoad average (1 min) at the end: {os.getloadavg()[0]:.1f}")


def report(title, lines):
    """A titled list on stderr (what failed, what missed its goal); nothing when the list is empty."""
    if lines:
        print(f"\n{title}:", file=sys.stderr)
        for line in lines:
            print(f"  {line}", file=sys.stderr)


def summary(admin, args):
    stats = admin.get("/api/admin/stats")
    audit = admin.get("/api/admin/audit-events?page=0&size=1")["totalItems"]
    accounts = admin.get("/api/admin/accounts?page=0&size=1")["totalItems"]
    families = ", ".join(f"{count:,} {status}" for status, count in stats["familiesByStatus"].items() if count)
    hosts = ", ".join(f"{count:,} {status}" for status, count in stats["hostsByStatus"].items() if count)
    placements = ", ".join(f"{count:,} {status}" for status, count in stats["placementsByStatus"].items() if count)
    return (f"{built_from(args.jar)}, {time.strftime('%Y-%m-%d')}. "
            f"Loaded: families {families}; hosts {hosts}; placements {placements or 'none'}; "
            f"{accounts:,} accounts; {audit:,} audit events before the load. wrk: {args.connections} connections, "
            f"{args.threads} threads, {args.warmup} s warm-up + {args.seconds} s per call, "
            f"{args.writes:g} audited reads a second in the background; "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the load.")


def main():
    parser = argparse.ArgumentParser(description="Haven's web benchmark (docs/web-benchmark.md).")
    parser.add_argument("--families", type=int, default=10000)
    parser.add_argument("--offers", type=int, default=10000)
    parser.add_argument("--seconds", type=int, default=20, help="measured seconds per call")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of load per call before it is measured")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--approve-hosts", type=int, default=1000, help="imported hosts approved before the load")
    parser.add_argument("--intake-links", type=int, default=100, help="TRIAGE families sent an intake link")
    parser.add_argument("--match-seconds", type=int, default=20, help="the matching run's time limit")
    parser.add_argument("--placements", type=int, default=300, help="proposals approved into placements")
    parser.add_argument("--writes", type=float, default=20,
                        help="audited reads a second in the background while each call is measured (0: none)")
    parser.add_argument("--records", type=int, default=1000,
                        help="how many different families and hosts the record pages go round")
    parser.add_argument("--only", default="", help="measure only the calls whose name contains one of these texts (comma-separated)")
    parser.add_argument("--jar", default=default_jar())
    parser.add_argument("--java-opts", default=os.environ.get("JAVA_OPTS", "-Xmx2g"))
    parser.add_argument("--data-dir", help="keep the app's data here; a directory of an earlier run is reused "
                        "as it is (nothing imported again)")
    args = parser.parse_args()
    if not os.path.exists(args.jar):
        sys.exit(f"web-bench: {args.jar} is missing; build it with ./mvnw -q install -DskipTests")
    if shutil.which("wrk") is None:
        sys.exit("web-bench: wrk is missing (tools/bench/web-bench.sh installs it)")

    app = App(args.jar, args.java_opts, args.data_dir)
    failed = []
    try:
        app.wait_ready()
        caseworker = loaded(app, args)

        families = spread_ids(caseworker, "/api/families", args.records)
        hosts = spread_ids(caseworker, "/api/hosts", args.records)
        log(f"record pages go round {len(families)} families and {len(hosts)} hosts")
        writer = Session(app.base, CASEWORKER, app.password)
        sessions = {CASEWORKER: caseworker, HOST: Session(app.base, HOST, app.password),
                    ADMIN: Session(app.base, ADMIN, app.password)}
        header = summary(sessions[ADMIN], args)
        rows = []
        # The newest run's lists; none when there is no run (--match-seconds 0, or reused data without one).
        newest = caseworker.get("/api/matching/runs?page=0&size=1")["items"]
        run = newest[0]["id"] if newest else None
        if run is None:
            log("no matching run: the run's proposals and unassigned pages are not measured")
        for name, role, path, ids in calls(families, hosts, run):
            # The baseline is always measured: the ratios need it.
            if name != BASELINE and args.only and not any(part.strip().lower() in name.lower() for part in args.only.split(",")):
                continue
            cookie = sessions[role].cookie("HAVEN_SESSION")
            paths = None
            if ids:
                paths = os.path.join(app.data_dir, "bench-paths.txt")
                with open(paths, "w", encoding="utf-8") as f:
                    f.writelines(path.replace("{id}", record) + "\n" for record in ids)
            url = app.base + path.replace("{id}", ids[0]) if ids else app.base + path
            with BackgroundWrites(writer, families, args.writes) as writes:
                if args.warmup:
                    warm = wrk(url, cookie, args.warmup, args.connections, args.threads, paths)
                    if warm["errors"]:
                        failed.append(f"{name} (warm-up): {warm}")
                cpu_before = app.cpu_seconds()
                figures = wrk(url, cookie, args.seconds, args.connections, args.threads, paths)
            app.wait_quiet()
            figures["cpu_ms"] = (app.cpu_seconds() - cpu_before) * 1000 / max(figures["requests"], 1)
            if writes.errors:
                failed.append(f"{name}: the background writes failed: {writes.errors[:3]}")
            log(f"{name}: {figures['requests'] / (figures['duration_us'] / 1e6):,.0f}/s, "
                f"p50 {milliseconds(figures['p50_us'])} ms, p95 {milliseconds(figures['p95_us'])} ms, "
                f"p99 {milliseconds(figures['p99_us'])} ms, CPU {figures['cpu_ms']:.1f} ms a request, "
                f"errors {figures['errors']}")
            if figures["errors"]:
                failed.append(f"{name}: {figures}")
            if figures["requests"] == 0:
                failed.append(f"{name}: no answer within {args.seconds} s")
            rows.append((name, role, path, figures))
        print_results(header, table(rows))
    except BenchError as error:
        failed.append(str(error))
    finally:
        app.stop()
    report("web-bench FAILED", failed)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
