#!/usr/bin/env bash
# Stops what `npm run up` (and an interrupted `npm test`) started from this checkout:
# the web app, the judge worker, Redis and the PostgreSQL cluster. Data in .data/ stays.
# dockerd is left running: it is machine-wide and other projects may use it.
#
#   bash infra/scripts/down.sh
set -euo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
cd "$ROOT"

for name in web judge web-test judge-test; do stop_bg "$name"; done
bash "$SCRIPTS/services.sh" stop
step "Stopped (data kept in .data/; start again with: npm run up)"
