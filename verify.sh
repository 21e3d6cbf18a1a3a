#!/usr/bin/env bash
# Runs every test of Haven: unit, slice, HTTP, H2 and PostgreSQL persistence, frontend (Vitest)
# and browser tests (Playwright in Debian's Chromium against the packaged jar).
# A fresh machine lacks Chromium: install it from Debian's packages first (needs root).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "verify.sh: Chromium is missing; installing Debian's chromium package" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Browsers come from Debian, never from a download at build time.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
