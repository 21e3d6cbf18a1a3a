#!/usr/bin/env bash
# Haven's web benchmark: the main pages' API calls under concurrent load from wrk, with 10,000
# families and 10,000 offers imported. Needs the packaged jar (./mvnw -q install -DskipTests).
#   tools/bench/web-bench.sh [--families 10000 --offers 10000 --seconds 20 --connections 16]
# Options: tools/bench/web-bench.sh --help. What it measures and the figures: docs/web-benchmark.md.
# It is not a test: ./verify.sh never runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "web-bench.sh: wrk is missing; installing Debian's wrk package" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

exec python3 tools/bench/web_bench.py "$@"
