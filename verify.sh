#!/usr/bin/env bash
# Runs every test of Haven: unit, slice, HTTP, H2 and PostgreSQL persistence, frontend (Vitest)
# and browser tests (Playwright in Debian's Chromium against the packaged jar).
set -euo pipefail
cd "$(dirname "$0")"

# A fresh machine may lack Chromium's headless shell (the browser tests' Chromium) and the
# PostgreSQL client tools (the backup scripts' test runs pg_dump and pg_restore): install them from
# Debian's packages (needs root).
missing=()
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
{ command -v pg_dump && command -v pg_restore; } >/dev/null 2>&1 || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  echo "verify.sh: installing Debian's ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Browsers come from Debian, never from a download at build time.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
