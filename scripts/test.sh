#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to see; ends with the runners' summaries.
set -uo pipefail
cd "$(dirname "$0")/.."
times=()
started=$SECONDS
current=""
# Prints each check's heading, and remembers how long the one before took.
step() {
  [ -n "$current" ] && times+=("$current $((SECONDS - started))s")
  current=${1%%:*}
  started=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}

step "browser for the end-to-end tests"
bash scripts/ensure-browser.sh || exit 1
step "format";    npx prettier --check . --log-level warn || exit 1
step "lint";      npx eslint . --max-warnings 0 || exit 1
step "typecheck"; npm run --silent typecheck || exit 1
step "dependency advisories"; bash scripts/audit.sh || exit 1
step "data: graph.json is up to date with data/"
npx tsx scripts/compile.ts --check || exit 1
step "build";     npx vite build --configLoader runner --logLevel warn || exit 1
npx vite build --config src/desk/vite.config.ts --configLoader runner --logLevel warn || exit 1

mkdir -p .cache/test-reports && rm -f .cache/test-reports/*.json
step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/test-reports/unit-results.json
unit=$?
step "end-to-end tests (Chromium)"
npx playwright test
e2e=$?

step "summary"
printf 'time per check: %s\n' "$(IFS=,; echo "${times[*]}" | sed 's/,/, /g')"
npx tsx scripts/summary.ts
summary=$?
exit $(( unit || e2e || summary ))
