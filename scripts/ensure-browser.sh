#!/usr/bin/env bash
# Makes sure a Chromium for Playwright exists: Debian's (with a Korean font) where we can install it,
# otherwise Playwright's own download.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi

# The font list is read whole before it is searched: `fc-list | grep -q` under pipefail fails whenever grep stops
# early and fc-list dies of SIGPIPE.
korean_font() {
  local fonts
  fonts=$(fc-list : family 2>/dev/null) || return 1
  grep -qi 'noto.*cjk' <<<"$fonts"
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
korean_font || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "No Korean font (fonts-noto-cjk): screenshots will show boxes for Hangul; the tests still run." >&2
  exit 0
fi
echo "No system Chromium: installing Playwright's own browser…"
npx playwright install --with-deps chromium
