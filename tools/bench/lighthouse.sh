#!/usr/bin/env bash
# Haven's page benchmark: Lighthouse (desktop profile) on every main page of the packaged jar with
# the web benchmark's data, using Debian's Chromium. Needs the packaged jar (./mvnw -q install
# -DskipTests). Lighthouse is installed from npm into tools/bench/lighthouse on the first run (its
# own lock file; it is not part of the app's build).
#   tools/bench/lighthouse.sh [--families 10000 --offers 10000 --only map,families --reports DIR]
# Options: tools/bench/lighthouse.sh --help. The figures: docs/web-benchmark.md. ./verify.sh never runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium="${HAVEN_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "lighthouse.sh: $chromium is missing; installing Debian's chromium package" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x tools/bench/lighthouse/node_modules/.bin/lighthouse ]; then
  echo "lighthouse.sh: installing Lighthouse (tools/bench/lighthouse/package-lock.json)" >&2
  (cd tools/bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi

exec python3 tools/bench/lighthouse_bench.py "$@"
