#!/usr/bin/env bash
# `npm test` / `npm run check`: every check the project has, in the order that fails fastest.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n== %s\n' "$1"; }

step 'format'; npx prettier --check . --log-level warn
step 'lint'; npx eslint --max-warnings=0 .
step 'unused code'; npx knip
step 'content'; npx tsx scripts/build/prebuild.ts
step 'typecheck'; npx tsc --noEmit
step 'unit'; npx vitest run
step 'search benchmark (small)'; npx tsx scripts/bench/bench-search.ts --size 1000 --queries 200
step 'build'; npm run --silent build
step 'package'; npx tsx scripts/checks/pack.ts
step 'e2e'; bash scripts/checks/ensure-chromium.sh && npx playwright test
# Budgets over the export just built (README, "Budgets and benchmarks"); each fails on a miss.
step 'links'; npx tsx scripts/checks/check-links.ts
step 'feeds'; npx tsx scripts/checks/feeds.ts
step 'json api'; npx tsx scripts/checks/api.ts
step 'page weight'; npx tsx scripts/checks/page-weight.ts
step 'lighthouse'; npm run --silent lighthouse
# Builds in .bench/repo, a copy of the project: the out/ above is left as it is.
# Wall time doubles with another build beside it (46 s quiet, 93.5 s busy): the budget allows that, and still catches a build that grows 4x.
step 'bench'; npm run --silent bench:build -- --sizes 1000 --budget-seconds 180 --budget-mb 1792
