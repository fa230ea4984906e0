#!/usr/bin/env bash
# Sets up and starts everything for local use (`npm run up`): npm dependencies,
# PostgreSQL, Redis, Docker, Prisma client and migrations, sandbox images, demo data,
# the web app on http://localhost:3000 and one judge worker. Idempotent.
#
#   bash infra/scripts/up.sh [--restart] [--services-only]
#
#   --restart        restart the web app and the worker even if they are running
#   --services-only  only install packages, start PostgreSQL/Redis/Docker and write .env
set -euo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
cd "$ROOT"

RESTART=
SERVICES_ONLY=
for arg in "$@"; do
  case $arg in
    --restart) RESTART=1 ;;
    --services-only) SERVICES_ONLY=1 ;;
    -h | --help)
      sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown option $arg (try --help)" ;;
  esac
done

# bg_current NAME HASH: true when NAME runs what HASH describes (and no --restart), so a
# second `npm run up` leaves it alone but restarts it after a rebuild, a code change or
# new connection settings (e.g. the Redis password an upgrade adds).
bg_current() {
  [ -z "$RESTART" ] && pid_alive "$1" && [ "$(cat "$RUN/$1.hash" 2>/dev/null)" = "$2" ]
}

# What the apps are started with besides their code: connection settings and their user.
launch_hash() {
  app_prefix --docker
  printf '%s\n' "$DATABASE_URL" "$REDIS_URL" "${APP_PREFIX[*]}" | sha256sum | cut -c1-16
}

start_web() {
  local hash url=http://127.0.0.1:$WEB_PORT/api/health
  hash=$(cat "$STAMPS/web-build.sha256" 2>/dev/null) || die "no finished web build (run without --services-only)"
  hash=$hash-$(launch_hash)
  if bg_current web "$hash"; then
    step "Web: already running (pid $(pid_of web))"
    return 0
  fi
  stop_bg web
  require_free_port "$WEB_PORT" "the web app"
  step "Web: starting on port $WEB_PORT (log: $(rel "$LOGS/web.log"))"
  (export PORT=$WEB_PORT && start_app web "$LOGS/web.log" npm run -w @arbiter/web start)
  echo "$hash" >"$RUN/web.hash"
  wait_http web "$url" 60 "$LOGS/web.log"
  note "$url answers 200"
}

start_worker() {
  local hash
  hash=$(tree_hash apps/judge packages prisma/schema.prisma package-lock.json)-$(launch_hash)
  if bg_current judge "$hash"; then
    step "Judge worker: already running (pid $(pid_of judge))"
    return 0
  fi
  stop_bg judge
  step "Judge worker: starting (log: $(rel "$LOGS/judge.log"))"
  start_app judge "$LOGS/judge.log" --docker npm run -w @arbiter/worker start
  echo "$hash" >"$RUN/judge.hash"
  # No port to probe: at least make sure it did not die at once (bad env, no Redis...).
  sleep 3
  if ! pid_alive judge; then
    show_logs "$LOGS/judge.log"
    die "the judge worker exited right after starting"
  fi
}

summary() {
  cat <<EOF

Arbiter is running: http://localhost:$WEB_PORT

  Demo accounts (password: arbiter)
    admin@arbiter.local
    instructor@arbiter.local
    student@arbiter.local

  Logs:    $(rel "$LOGS")/  (web.log, judge.log, postgres.log, redis.log, dockerd.log)
  Env:     .env (DATABASE_URL, REDIS_URL with the Redis password; mode 0600)
  Stop:    npm run down
EOF
}

on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    printf '\nnpm run up FAILED at: %s (exit %s). Logs are in %s/\n' "$CURRENT_STEP" "$rc" "$(rel "$LOGS")" >&2
  fi
}
trap on_exit EXIT

started=$SECONDS
write_env
load_env
CURRENT_STEP="services (PostgreSQL, Redis, Docker)"
if [ -n "$SERVICES_ONLY" ]; then
  bash "$SCRIPTS/services.sh" start
  step "Services ready (.env written)"
  exit 0
fi
ensure_deps
CURRENT_STEP="services (PostgreSQL, Redis, Docker)"
bash "$SCRIPTS/services.sh" start
prisma_generate
prisma_migrate
build_images
seed_db
build_web
start_web
start_worker
step "Done in $((SECONDS - started))s"
summary
