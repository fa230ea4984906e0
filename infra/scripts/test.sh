#!/usr/bin/env bash
# The whole test suite: `npm test`, and CI through .ci/run. Provisions what is missing
# (npm dependencies, PostgreSQL, Redis, Docker, Chromium), then runs, failing fast:
#   1 dependencies and services      4 formatting, lint and typecheck
#   2 fresh test database and Redis  5 unit, then integration tests (vitest)
#   3 sandbox images                 6 e2e: built web app on :3100 + a judge worker
#
#   bash infra/scripts/test.sh
#   bash infra/scripts/test.sh focus <unit|integration|e2e> [vitest filters...]
#     while working: phases 1-3, then only the named vitest project (e2e builds and starts
#     the web app and worker as phase 6 does), e.g. `... focus integration contests`.
#
# It uses its own database (arbiter_test), Redis db 1 and port 3100, so it can run while
# `npm run up` serves the app (database arbiter, Redis db 0, port 3000).
set -euo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
cd "$ROOT"

PHASE="starting"
phase() {
  PHASE=$1
  printf '\n==> [%s] %s\n' "$1" "$2"
}

E2E_BG=(web-test judge-test)
E2E_LOGS=("$LOGS/web-test.log" "$LOGS/judge-test.log")

# Always stop the e2e web app and worker; say which phase failed.
on_exit() {
  local rc=$?
  if [ "$PHASE" = 6/6 ] && [ "$rc" -ne 0 ]; then show_logs "${E2E_LOGS[@]}"; fi
  for name in "${E2E_BG[@]}"; do stop_bg "$name"; done
  if [ "$rc" -ne 0 ]; then
    printf '\nFAILED in phase %s (exit %s). Logs are in %s/\n' "$PHASE" "$rc" "$(rel "$LOGS")" >&2
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

psql_bin() {
  if command -v psql >/dev/null; then
    command -v psql
  else
    find /usr/lib/postgresql -path '*/bin/psql' | sort -V | tail -n1
  fi
}

# A fresh arbiter_test on every run, on the same server as the app database.
reset_test_db() {
  local admin_url psql
  admin_url=$(url_with_db "$DATABASE_URL" postgres noquery)
  psql=$(psql_bin)
  [ -n "$psql" ] || die "psql not found"
  step "Database: recreating arbiter_test"
  quiet "$LOGS/test-db.log" "$psql" "$admin_url" -v ON_ERROR_STOP=1 -qAtX \
    -c 'DROP DATABASE IF EXISTS arbiter_test WITH (FORCE)' \
    -c 'CREATE DATABASE arbiter_test'
}

flush_test_redis() {
  step "Redis: flushing test database ${REDIS_URL##*/}"
  # The URL (with the password) goes in through the environment, not argv, which any
  # user of the machine can read in ps.
  node -e 'const Redis = require("ioredis");
    const r = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 });
    r.flushdb().then(() => r.quit()).then(() => process.exit(0),
      (e) => { console.error(e.message); process.exit(1); });'
}

start_e2e_servers() {
  local name url=http://127.0.0.1:$TEST_WEB_PORT/api/health
  for name in "${E2E_BG[@]}"; do stop_bg "$name"; done # leftovers of a killed run
  require_free_port "$TEST_WEB_PORT" "the e2e web app"
  : >"$LOGS/web-test.log"
  : >"$LOGS/judge-test.log"
  step "Web: starting on port $TEST_WEB_PORT (log: $(rel "$LOGS/web-test.log"))"
  # The same launcher as `npm run up` (as the apps' own user under root), so the e2e
  # tests check what runs there; processes.e2e.test.ts checks the user.
  (export PORT=$TEST_WEB_PORT && start_app web-test "$LOGS/web-test.log" npm run -w @arbiter/web start)
  step "Judge worker: starting (log: $(rel "$LOGS/judge-test.log"))"
  start_app judge-test "$LOGS/judge-test.log" --docker npm run -w @arbiter/worker start
  wait_http web-test "$url" 60 "$LOGS/web-test.log"
  pid_alive judge-test || die "the judge worker exited right after starting"
}

started=$SECONDS
FOCUS=""
if [ "${1:-}" = focus ]; then
  FOCUS=${2:-}
  case "$FOCUS" in unit | integration | e2e) ;; *) die "focus needs a project: unit, integration or e2e" ;; esac
  shift 2
fi

run_e2e() {
  seed_db
  build_web
  start_e2e_servers
  rm -rf test-artifacts
  mkdir -p test-artifacts
  export ARBITER_BASE_URL=http://127.0.0.1:$TEST_WEB_PORT
  export ARBITER_ARTIFACTS_DIR=$ROOT/test-artifacts
  npx vitest run --project e2e "$@"
}

phase 1/6 "Dependencies and services"
ensure_deps
write_env
load_env
bash "$SCRIPTS/services.sh" start --chromium

phase 2/6 "Fresh test database and Redis"
prisma_generate
# Same servers as the app (ours or preset), other database / Redis db.
TEST_DATABASE_URL=$(url_with_db "$DATABASE_URL" arbiter_test)
TEST_REDIS_URL=$(url_with_db "$REDIS_URL" 1)
reset_test_db
export DATABASE_URL=$TEST_DATABASE_URL REDIS_URL=$TEST_REDIS_URL
prisma_migrate
flush_test_redis

phase 3/6 "Sandbox images"
build_images

if [ -n "$FOCUS" ]; then
  phase "focus" "$FOCUS tests: $*"
  if [ "$FOCUS" = e2e ]; then PHASE=6/6 && run_e2e "$@"; else npx vitest run --project "$FOCUS" "$@"; fi
  PHASE="done"
  exit 0
fi

phase 4/6 "Formatting, lint and typecheck"
npm run --silent format:check || die "some files are not formatted: run npm run format"
npx turbo run lint typecheck --concurrency=2 --continue --output-logs=errors-only

phase 5/6 "Unit and integration tests"
npx vitest run --project unit
npx vitest run --project integration

phase 6/6 "End-to-end tests"
run_e2e

PHASE="done"
printf '\n==> All tests passed in %ss\n' "$((SECONDS - started))"
