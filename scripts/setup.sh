#!/usr/bin/env bash
# Everything a fresh Debian machine needs to run the tests: Chromium for the browser tests,
# then the exact npm dependencies from the lockfile.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need[*]} from Debian packages…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "Please install: ${need[*]} (or set CHROME_PATH)" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
