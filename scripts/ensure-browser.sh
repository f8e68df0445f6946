#!/usr/bin/env bash
# Makes sure a Chromium for Playwright exists: Debian's (with a Korean font) where we can install it,
# otherwise Playwright's own download.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'noto.*cjk'; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium and fonts-noto-cjk for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "No system Chromium: installing Playwright's own browser…"
npx playwright install --with-deps chromium
