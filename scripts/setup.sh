#!/usr/bin/env bash
# Everything a fresh Debian machine needs to run every test: Chromium for the browser tests,
# WebKitGTK's WebDriver (with its MiniBrowser) and Xvfb for the WebKit suite, PostgreSQL for the
# server suite's second run, fonts for the scan fixtures, then the exact npm dependencies.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
# poppler (pdftotext, pdffonts, pdftoppm) reads the papers in the print tests.
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
# Fonts the scan tests draw their synthetic slips with (Japanese text and several Latin faces).
for font in fonts-noto-cjk fonts-dejavu-core fonts-liberation fonts-urw-base35; do
  dpkg -s "$font" >/dev/null 2>&1 || need+=("$font")
done
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need[*]} from Debian packages…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Please install: ${need[*]} (or set CHROME_PATH for Chromium)" >&2
    exit 1
  fi
fi

# A local PostgreSQL with a role that may create the throw-away test databases.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  as_root pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 40); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  as_root runuser -u postgres -- psql -q -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'madoguchi') THEN CREATE ROLE madoguchi LOGIN PASSWORD 'madoguchi' CREATEDB; END IF; END \$\$;"
  as_root runuser -u postgres -- createdb -O madoguchi madoguchi 2>/dev/null || true
fi

npm ci --no-audit --no-fund
