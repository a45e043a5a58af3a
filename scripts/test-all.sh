#!/usr/bin/env bash
# The whole suite, as CI runs it: typecheck, lint, unit, integration (real PostgreSQL),
# and end-to-end (real Chromium against the whole stack). Called by `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1

# Playwright cannot download its browsers here; it drives Debian's Chromium. Without a
# CJK font the screenshots show boxes instead of Chinese.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]} for the end-to-end tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "The end-to-end tests need: ${need[*]} (Debian: apt-get install ${need[*]})." >&2
    exit 1
  fi
fi

step() { printf '\n=== %s ===\n' "$1"; }
step "prisma generate";   (cd packages/db && PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_HIDE_UPDATE_MESSAGE=1 node_modules/.bin/prisma generate >/dev/null)
step "typecheck";         turbo run typecheck --output-logs=errors-only && tsc --noEmit -p tsconfig.json
step "lint";              eslint . --max-warnings=0
step "bundle budgets";    node --import tsx scripts/bundle-budget.ts
step "unit tests";        vitest run --project unit
step "integration tests"; vitest run --project integration
step "end-to-end tests";  playwright test
step "reliability figures into README.md"; node --import tsx scripts/reliability-report.ts
