#!/usr/bin/env python3
"""Haven's page benchmark: Lighthouse (desktop profile) on every main page of the packaged app,
signed in as the role that uses it, with the web benchmark's data (10,000 families and 10,000
offers by default). Run it through tools/bench/lighthouse.sh (which installs Lighthouse and checks
for Chromium); the figures are in docs/web-benchmark.md.

1. starts the packaged jar with --demo on a fresh H2 data directory (or reuses --data-dir) and
   loads and moves on the data as tools/bench/web_bench.py does;
2. signs in as the caseworker, a host and the admin (the session cookie goes to Lighthouse as a
   request header, so the browser needs no sign-in page);
3. runs Lighthouse once per page with Debian's Chromium and prints a markdown table: performance
   and accessibility scores, the metrics behind them, and the JavaScript and total bytes the page
   transferred (compressed, as on the wire);
4. exits 1 if a page could not be measured, and 2 if one missed the goal (performance below 90 or
   accessibility below 100, or more than 200 KB of JavaScript on the sign-in page or the caseworker
   home).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import web_bench  # noqa: E402
from web_bench import ADMIN, CASEWORKER, HOST, App, BenchError, Session, log  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LIGHTHOUSE = os.path.join(HERE, "lighthouse", "node_modules", ".bin", "lighthouse")
PERFORMANCE_GOAL, ACCESSIBILITY_GOAL = 90, 100
# Initial JavaScript of the pages people meet first, compressed (issue 17's bound).
FIRST_PAGES, JAVASCRIPT_GOAL_KB = ("sign-in", "caseworker home"), 200


def pages(caseworker, host):
    """(name, role or None for signed out, path) of every main page; record pages take a real id."""
    family = caseworker.get("/api/families?page=0&size=1")["items"][0]["id"]
    host_record = caseworker.get("/api/hosts?page=0&size=1")["items"][0]["id"]
    runs = caseworker.get("/api/matching/runs?page=0&size=1")["items"]
    listed = [
        ("sign-in", None, "/login"),
        ("about", None, "/about"),
        ("caseworker home", CASEWORKER, "/caseworker"),
        ("families", CASEWORKER, "/caseworker/families"),
        ("a family", CASEWORKER, f"/caseworker/families/{family}"),
        ("hosts", CASEWORKER, "/caseworker/hosts"),
        ("a host", CASEWORKER, f"/caseworker/hosts/{host_record}"),
        ("matching", CASEWORKER, "/caseworker/matching"),
    ]
    if runs:
        listed.append(("a run's proposals", CASEWORKER, f"/caseworker/matching/runs/{runs[0]['id']}"))
    listed += [
        ("placements", CASEWORKER, "/caseworker/placements"),
        ("map", CASEWORKER, "/caseworker/map"),
        ("import", CASEWORKER, "/caseworker/import"),
        ("host home", HOST, "/host"),
        ("host offers", HOST, "/host/offers"),
        ("host household", HOST, "/host/household"),
        ("admin home", ADMIN, "/admin"),
        ("accounts", ADMIN, "/admin/accounts"),
        ("audit log", ADMIN, "/admin/audit"),
        ("matching policy", ADMIN, "/admin/matching-policy"),
        ("statistics", ADMIN, "/admin/statistics"),
    ]
    return listed


def lighthouse(url, cookie, chromium, out_dir, name):
    """One Lighthouse run; returns its JSON report."""
    report = os.path.join(out_dir, name.replace(" ", "-").replace("'", "") + ".json")
    command = [LIGHTHOUSE, url, "--preset=desktop", "--only-categories=performance,accessibility",
               "--output=json", f"--output-path={report}", "--quiet",
               "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run"]
    if cookie:
        command.append("--extra-headers=" + json.dumps({"Cookie": f"HAVEN_SESSION={cookie}"}))
    done = subprocess.run(command, env={**os.environ, "CHROME_PATH": chromium}, capture_output=True, text=True,
                          check=False, timeout=300)
    if done.returncode != 0 or not os.path.exists(report):
        raise BenchError(f"Lighthouse failed on {url} ({done.returncode}): {done.stderr[-2000:]}")
    with open(report, encoding="utf-8") as f:
        return json.load(f)


def figures(report):
    """The scores, the metrics and the bytes of one report."""
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    script_bytes = sum(r.get("transferSize", 0) for r in requests if r.get("resourceType") == "Script")
    total_bytes = sum(r.get("transferSize", 0) for r in requests)

    def metric(key):
        return audits[key].get("numericValue", 0)

    failed = [audit["id"] for audit in audits.values()
              if audit.get("score") is not None and audit["score"] < 1 and audit["id"] in
              {ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]}]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "fcp": metric("first-contentful-paint"),
        "lcp": metric("largest-contentful-paint"),
        "tbt": metric("total-blocking-time"),
        "cls": metric("cumulative-layout-shift"),
        "script_kb": script_bytes / 1024,
        "total_kb": total_bytes / 1024,
        "accessibility_failures": failed,
        "error": report.get("runtimeError", {}).get("message"),
    }


def table(rows):
    lines = ["| page | role | performance | accessibility | FCP | LCP | TBT | CLS | JavaScript (KB, compressed) "
             "| all bytes (KB) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, role, _, f in rows:
        lines.append(f"| {name} | {role.split('@')[0] if role else 'signed out'} | {f['performance']} | "
                     f"{f['accessibility']} | {f['fcp'] / 1000:.2f} s | {f['lcp'] / 1000:.2f} s | {f['tbt']:.0f} ms | "
                     f"{f['cls']:.3f} | {f['script_kb']:.0f} | {f['total_kb']:.0f} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description="Lighthouse on Haven's pages (docs/web-benchmark.md).")
    parser.add_argument("--families", type=int, default=10000)
    parser.add_argument("--offers", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--approve-hosts", type=int, default=1000)
    parser.add_argument("--intake-links", type=int, default=100)
    parser.add_argument("--match-seconds", type=int, default=20)
    parser.add_argument("--placements", type=int, default=300)
    parser.add_argument("--only", default="", help="only the pages whose name contains one of these texts (comma-separated)")
    parser.add_argument("--jar", default=web_bench.default_jar())
    parser.add_argument("--java-opts", default=os.environ.get("JAVA_OPTS", "-Xmx2g"))
    parser.add_argument("--chromium", default=os.environ.get("HAVEN_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--reports", help="keep each page's Lighthouse JSON report in this directory")
    parser.add_argument("--data-dir", help="keep the app's data here; a directory of an earlier run is reused as it is")
    args = parser.parse_args()
    for needed, how in ((args.jar, "build it with ./mvnw -q install -DskipTests"),
                        (LIGHTHOUSE, "tools/bench/lighthouse.sh installs it"),
                        (args.chromium, "install Debian's chromium package")):
        if not os.path.exists(needed):
            sys.exit(f"lighthouse-bench: {needed} is missing; {how}")

    out_dir = args.reports or tempfile.mkdtemp(prefix="haven-lighthouse-")
    os.makedirs(out_dir, exist_ok=True)
    # No internet here: a tile server that refuses at once, so the map draws its bundled base map
    # (as it does offline) instead of waiting on tiles that never come. Set HAVEN_MAP_TILE_URL to
    # measure with a reachable tile server.
    os.environ.setdefault("HAVEN_MAP_TILE_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png")
    app = App(args.jar, args.java_opts, args.data_dir)
    failed, missed, rows = [], [], []
    try:
        app.wait_ready()
        # The web benchmark's load and moves (its defaults for what this script leaves out).
        args.records, args.writes = 1000, 0
        caseworker = web_bench.loaded(app, args)
        sessions = {CASEWORKER: caseworker, HOST: Session(app.base, HOST, app.password),
                    ADMIN: Session(app.base, ADMIN, app.password)}
        load_before = os.getloadavg()[0]
        for name, role, path in pages(caseworker, sessions[HOST]):
            if args.only and not any(part.strip().lower() in name.lower() for part in args.only.split(",")):
                continue
            cookie = sessions[role].cookie("HAVEN_SESSION") if role else None
            app.wait_quiet()
            try:
                result = figures(lighthouse(app.base + path, cookie, args.chromium, out_dir, name))
            except (BenchError, subprocess.TimeoutExpired) as error:
                failed.append(f"{name}: {error}")
                continue
            if result["error"]:
                failed.append(f"{name}: {result['error']}")
            log(f"{name}: performance {result['performance']}, accessibility {result['accessibility']}, "
                f"JavaScript {result['script_kb']:.0f} KB")
            if result["performance"] < PERFORMANCE_GOAL or result["accessibility"] < ACCESSIBILITY_GOAL:
                missed.append(f"{name}: performance {result['performance']}, accessibility "
                              f"{result['accessibility']} {result['accessibility_failures'] or ''}".rstrip())
            if name in FIRST_PAGES and result["script_kb"] > JAVASCRIPT_GOAL_KB:
                missed.append(f"{name}: {result['script_kb']:.0f} KB of JavaScript")
            rows.append((name, role, path, result))
        web_bench.print_results(
            f"{web_bench.built_from(args.jar)}, {time.strftime('%Y-%m-%d %H:%M')}, Lighthouse desktop profile "
            f"(simulated throttling), {os.cpu_count()} CPUs, load average {load_before:.1f} before the first page. "
            f"Reports: {out_dir}", table(rows))
    except BenchError as error:
        failed.append(str(error))
    finally:
        app.stop()
    web_bench.report("Below the goal", missed)
    web_bench.report("lighthouse-bench FAILED", failed)
    if failed:
        sys.exit(1)
    sys.exit(2 if missed else 0)


if __name__ == "__main__":
    main()
