# Shared functions for the provisioning scripts (up.sh, down.sh, test.sh, services.sh).
# Source it; it only defines constants and functions, plus it records which connection
# settings the caller preset (before .env can shadow them).
# shellcheck shell=bash
# shellcheck disable=SC2034  # constants used by the scripts that source this file

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SCRIPTS=$ROOT/infra/scripts
DATA=$ROOT/.data
LOGS=$DATA/logs
RUN=$DATA/run
STAMPS=$DATA/stamps

# Ports are fixed by convention; the overrides exist only to run a second checkout
# side by side (e.g. to rehearse CI in a fresh clone on a busy machine).
PG_PORT=${ARBITER_PG_PORT:-55432}
REDIS_PORT=${ARBITER_REDIS_PORT:-56379}
WEB_PORT=3000
TEST_WEB_PORT=${ARBITER_TEST_WEB_PORT:-3100}
ENV_FILE=$ROOT/.env
DEFAULT_DATABASE_URL=postgresql://arbiter:arbiter@127.0.0.1:$PG_PORT/arbiter

export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
export DEBIAN_FRONTEND=noninteractive

mkdir -p "$LOGS" "$RUN" "$STAMPS"

# env_file_value KEY: KEY's value in .env (the last one), empty when absent.
env_file_value() {
  [ -f "$ENV_FILE" ] || return 0
  sed -n "s/^$1=//p" "$ENV_FILE" | tail -n1
}

# The password of the Redis we start: generated once, then kept in .env (mode 0600) so
# every later run, and every process given REDIS_URL, uses the same one. The lock keeps
# two scripts started together on a fresh checkout from generating two.
redis_password() {
  local pw tmp
  pw=$(env_file_value REDIS_PASSWORD)
  if [ -z "$pw" ]; then
    exec 8>"$RUN/env.lock"
    flock 8
    pw=$(env_file_value REDIS_PASSWORD)
    if [ -z "$pw" ]; then
      pw=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
      tmp=$(mktemp "$ROOT/.env.XXXXXX")
      if [ -f "$ENV_FILE" ]; then cat "$ENV_FILE" >"$tmp"; fi
      printf 'REDIS_PASSWORD=%s\n' "$pw" >>"$tmp"
      chmod 600 "$tmp"
      mv "$tmp" "$ENV_FILE"
    fi
    exec 8>&-
  fi
  printf '%s' "$pw"
}
REDIS_PASSWORD=$(redis_password)
DEFAULT_REDIS_URL=redis://:$REDIS_PASSWORD@127.0.0.1:$REDIS_PORT/0

# A URL preset by the caller means "use that server, start none of ours". A value equal
# to our own default is not a preset: it comes from a shell that sourced our .env (or,
# without a password, the .env of a checkout from before Redis had one).
PRESET_DATABASE_URL=${DATABASE_URL:-}
PRESET_REDIS_URL=${REDIS_URL:-}
[ "$PRESET_DATABASE_URL" != "$DEFAULT_DATABASE_URL" ] || PRESET_DATABASE_URL=
case $PRESET_REDIS_URL in "$DEFAULT_REDIS_URL" | "redis://127.0.0.1:$REDIS_PORT/0") PRESET_REDIS_URL= ;; esac

# ---------------------------------------------------------------- output

# step also remembers what is being done, for the failure message of an EXIT trap.
CURRENT_STEP="starting"
step() {
  CURRENT_STEP=$*
  printf '==> %s\n' "$*"
}
note() { printf '    %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}
rel() { printf '%s' "${1#"$ROOT"/}"; }
is_root() { [ "$(id -u)" = 0 ]; }

# Runs a noisy command with its output appended to LOG; on failure shows that output
# (its start, where npm and friends put the cause, and its end).
quiet() {
  local log=$1 from
  shift
  printf '\n### %s: %s\n' "$(date '+%F %T')" "$*" >>"$log"
  from=$(wc -l <"$log")
  if ! "$@" >>"$log" 2>&1; then
    show_output "$log" "$from" >&2
    die "command failed: $* (full log: $(rel "$log"))"
  fi
}

# show_output LOG LINE: what LOG got after line LINE, cut in the middle when long.
show_output() {
  local out
  out=$(tail -n "+$(($2 + 1))" "$1")
  if [ "$(printf '%s\n' "$out" | wc -l)" -le 60 ]; then
    printf '%s\n' "$out"
  else
    printf '%s\n' "$out" | head -n 20
    printf '[...]\n'
    printf '%s\n' "$out" | tail -n 30
  fi | sed 's/^/    | /'
}

# wait_for SECONDS CMD...: polls CMD every half second until it succeeds.
wait_for() {
  local secs=$1 i
  shift
  for ((i = 0; i < secs * 2; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  return 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- hashes and stamps

# One sha256 over the contents and names of all files below the given paths, skipping
# dependencies, build output and tests (none of which changes what a build or a start
# produces).
tree_hash() {
  local p existing=()
  for p in "$@"; do [ -e "$ROOT/$p" ] && existing+=("$p"); done
  (cd "$ROOT" && find "${existing[@]}" \
    \( -name node_modules -o -name .next -o -name .turbo -o -name generated \) -prune \
    -o -type f ! -name '*.tsbuildinfo' ! -name next-env.d.ts ! -name '*.test.ts' -print0 |
    sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1)
}

stamp_ok() { [ -f "$STAMPS/$1" ] && [ "$(cat "$STAMPS/$1")" = "$2" ]; }
stamp_set() { printf '%s\n' "$2" >"$STAMPS/$1"; }

# ---------------------------------------------------------------- .env

# Writes our default URLs into .env for the keys the caller did not preset; other lines
# (added by hand, and REDIS_PASSWORD) are kept. Atomic, because up.sh and test.sh may run
# at the same time.
write_env() {
  local f=$ENV_FILE tmp
  exec 8>"$RUN/env.lock"
  flock 8
  tmp=$(mktemp "$ROOT/.env.XXXXXX")
  printf '# Written by infra/scripts (npm run up / npm test); keys other than the URLs are kept.\n' >"$tmp"
  if [ -f "$f" ]; then
    grep -vE '^(# Written by infra/scripts|DATABASE_URL=|REDIS_URL=)' "$f" >>"$tmp" || true
  fi
  if [ -z "$PRESET_DATABASE_URL" ]; then echo "DATABASE_URL=$DEFAULT_DATABASE_URL" >>"$tmp"; fi
  if [ -z "$PRESET_REDIS_URL" ]; then echo "REDIS_URL=$DEFAULT_REDIS_URL" >>"$tmp"; fi
  # Only the owner may read it: it holds the database (and any other) passwords.
  chmod 600 "$tmp"
  mv "$tmp" "$f"
  exec 8>&-
}

# Exports everything in .env to child processes; presets still win over the file.
load_env() {
  if [ -f "$ENV_FILE" ]; then
    set -a
    # shellcheck disable=SC1091
    . "$ENV_FILE"
    set +a
  fi
  export DATABASE_URL=${PRESET_DATABASE_URL:-$DEFAULT_DATABASE_URL}
  export REDIS_URL=${PRESET_REDIS_URL:-$DEFAULT_REDIS_URL}
}

# url_with_db URL NAME: the same server with another database (path); query dropped
# when a third argument "noquery" is given (psql rejects Prisma's ?schema= and the like).
# The URL travels in the environment: argv (with any password in it) is public in ps.
url_with_db() {
  ARBITER_URL_IN=$1 node -e 'const u = new URL(process.env.ARBITER_URL_IN); u.pathname = "/" + process.argv[1];
    if (process.argv[2] === "noquery") u.search = ""; console.log(u.href);' "${@:2}"
}

# ---------------------------------------------------------------- packages

APT_UPDATED=
# apt_install PKG...: quiet install; `apt-get update` runs at most once per script.
apt_install() {
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null || die "not root and no sudo: install $* yourself"
    sudo=(sudo -E)
  fi
  if [ -z "$APT_UPDATED" ]; then
    note "apt-get update"
    quiet "$LOGS/apt.log" "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq
    APT_UPDATED=1
  fi
  note "apt-get install $*"
  quiet "$LOGS/apt.log" "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@"
}

dockerd_bin() { command -v dockerd || { [ -x /usr/sbin/dockerd ] && echo /usr/sbin/dockerd; }; }

# Installs the Debian packages this machine lacks, in one apt run. --chromium adds the
# browser for the e2e tests.
ensure_packages() {
  local missing=()
  if [ -z "$PRESET_REDIS_URL" ] && ! command -v redis-server >/dev/null; then missing+=(redis-server); fi
  # Debian's docker.io puts dockerd in /usr/sbin; /usr/local/bin/docker alone is only a client.
  if [ -z "${DOCKER_HOST:-}" ] && [ -z "$(dockerd_bin)" ]; then missing+=(docker.io); fi
  if ! command -v debootstrap >/dev/null && [ ! -x /usr/sbin/debootstrap ]; then missing+=(debootstrap); fi
  if [ "${1:-}" = --chromium ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
  if [ ${#missing[@]} -eq 0 ]; then
    step "Packages: all present"
    return 0
  fi
  step "Packages: installing ${missing[*]} (log: $(rel "$LOGS/apt.log"))"
  apt_install "${missing[@]}"
}

# ---------------------------------------------------------------- npm and prisma

ensure_node() {
  command -v node >/dev/null || die "Node.js 20+ is required"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20+ is required (found $(node -v))"
}

# npm ci when node_modules is missing or package-lock.json changed since the last install.
# An install made by hand (npm install rewrites node_modules/.package-lock.json after the
# lock file) counts too, so a working checkout is not wiped and reinstalled needlessly.
ensure_deps() {
  ensure_node
  local want
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ -d "$ROOT/node_modules" ]; then
    if stamp_ok package-lock.sha256 "$want"; then
      step "npm: dependencies up to date"
      return 0
    fi
    if [ "$ROOT/node_modules/.package-lock.json" -nt "$ROOT/package-lock.json" ]; then
      step "npm: dependencies up to date (installed after the last package-lock.json change)"
      stamp_set package-lock.sha256 "$want"
      return 0
    fi
  fi
  step "npm: installing dependencies with npm ci (log: $(rel "$LOGS/npm.log"))"
  # The lock serialises us with other npm runs in this tree (other scripts, engineers).
  # JOBS=max lets node-gyp compile the similarity engine's tree-sitter parsers (Dolos) on
  # every core: they are most of a fresh install's time.
  export JOBS=max
  local from
  printf '\n### %s: npm ci --no-audit --no-fund\n' "$(date '+%F %T')" >>"$LOGS/npm.log"
  from=$(wc -l <"$LOGS/npm.log")
  if ! (cd "$ROOT" && flock /tmp/arbiter-npm.lock npm ci --no-audit --no-fund >>"$LOGS/npm.log" 2>&1); then
    # npm ci also refuses a lock file that lacks optional platform packages the registry
    # does not serve (it happened with turbo's darwin/windows builds); npm install copes.
    if tail -n "+$((from + 1))" "$LOGS/npm.log" | grep -q 'package-lock.json .* are in sync'; then
      warn "npm ci refused package-lock.json (out of sync with package.json); falling back to npm install"
      (cd "$ROOT" && quiet "$LOGS/npm.log" flock /tmp/arbiter-npm.lock npm install --no-audit --no-fund)
    else
      show_output "$LOGS/npm.log" "$from" >&2
      die "npm ci failed (full log: $(rel "$LOGS/npm.log"))"
    fi
  fi
  stamp_set package-lock.sha256 "$want"
}

# Prisma client generation is skipped when its inputs are unchanged and the output exists.
prisma_generate() {
  local want
  want=$(tree_hash prisma/schema.prisma packages/db/scripts packages/db/prisma.config.ts package-lock.json)
  if [ -f "$ROOT/packages/db/src/generated/client.ts" ] && stamp_ok prisma-generate.sha256 "$want"; then
    step "Prisma: client up to date"
    return 0
  fi
  step "Prisma: generating client"
  (cd "$ROOT" && quiet "$LOGS/prisma.log" npm run -w @arbiter/db generate)
  stamp_set prisma-generate.sha256 "$want"
}

# Applies migrations to the database in $DATABASE_URL.
prisma_migrate() {
  local db
  db=$(node -e 'console.log(new URL(process.argv[1]).pathname.slice(1))' "$DATABASE_URL")
  if ! node "$ROOT/packages/db/scripts/migrationsPending.mjs"; then
    step "Prisma: database $db is up to date"
    return
  fi
  step "Prisma: applying migrations to database $db"
  (cd "$ROOT/packages/db" && quiet "$LOGS/prisma.log" npx prisma migrate deploy)
}

# Sandbox images: the lead's script is idempotent and quick when the images exist. Its
# output is shown (a first build takes minutes); it keeps its own log in .data/logs.
build_images() {
  step "Sandbox: building images (quick when they exist)"
  (cd "$ROOT" && npm run --silent -w @arbiter/sandbox build-images 2>&1 | sed -u 's/^/    /')
}

seed_db() {
  step "Database: seeding demo data (log: $(rel "$LOGS/seed.log"))"
  (cd "$ROOT" && quiet "$LOGS/seed.log" npm run -s arbiter -- seed)
}

# ---------------------------------------------------------------- web build

web_sources_hash() {
  local pkgs
  pkgs=$(cd "$ROOT" && echo packages/*/src)
  # shellcheck disable=SC2086  # word splitting of the glob result is intended
  tree_hash apps/web $pkgs prisma/schema.prisma package-lock.json
}

# next build, skipped when the sources are unchanged since the last build.
build_web() {
  local want
  want=$(web_sources_hash)
  if [ -d "$ROOT/apps/web/.next" ] && stamp_ok web-build.sha256 "$want"; then
    step "Web: build up to date"
    return 0
  fi
  step "Web: building with next build (about a minute; log: $(rel "$LOGS/web-build.log"))"
  rm -f "$STAMPS/web-build.sha256"
  (cd "$ROOT" && quiet "$LOGS/web-build.log" npm run -w @arbiter/web build)
  stamp_set web-build.sha256 "$want"
}

# ---------------------------------------------------------------- background processes

pid_of() { cat "$RUN/$1.pid" 2>/dev/null; }
# The kernel's start time of a process (field 22 of /proc/PID/stat, after the command).
proc_start() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20; }
# Alive and still the process we started (a pid file may outlive a reboot, and its pid
# may since belong to something else).
pid_alive() {
  local pid
  pid=$(pid_of "$1") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  [ ! -f "$RUN/$1.started" ] || [ "$(cat "$RUN/$1.started")" = "$(proc_start "$pid")" ]
}

# start_bg NAME LOG CMD...: runs CMD detached in its own session (so it outlives the
# script and stop_bg can signal the whole npm -> sh -> node tree through its group).
start_bg() {
  local name=$1 log=$2
  shift 2
  printf '\n### %s: starting %s\n' "$(date '+%F %T')" "$*" >>"$log"
  # Without job control the child is not a group leader, so setsid does not fork and
  # $! is the session (and process group) id.
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
  proc_start $! >"$RUN/$name.started"
}

# Stops what start_bg started: TERM to the process group, KILL after 15 s.
stop_bg() {
  local name=$1 pid i
  pid=$(pid_of "$name") || return 0
  # Ours: the leader we started, or (leader gone) the group it left behind; Linux does
  # not hand out a pid while a process group still carries it.
  if pid_alive "$name" || { ! kill -0 "$pid" 2>/dev/null && kill -0 -- "-$pid" 2>/dev/null; }; then
    step "Stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid" "$RUN/$name.started" "$RUN/$name.hash"
}

http_ok() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) })
    .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));' "$1"
}

# wait_http NAME URL SECONDS LOG: waits for a 200 while NAME is alive, else shows the log.
wait_http() {
  local name=$1 url=$2 secs=$3 log=$4 i
  for ((i = 0; i < secs; i++)); do
    if http_ok "$url"; then return 0; fi
    pid_alive "$name" || break
    sleep 1
  done
  tail -n 60 "$log" | sed 's/^/    | /' >&2
  die "$name did not answer 200 on $url within ${secs}s (log: $(rel "$log"))"
}

# Fails when a port we are about to bind is taken by a process we did not start.
require_free_port() {
  if port_open "$1"; then die "port $1 is already in use by another process (needed for $2)"; fi
}

# Shows the tail of each given log (used when a step that depends on them failed).
show_logs() {
  local log
  for log in "$@"; do
    [ -f "$log" ] || continue
    printf -- '---- last lines of %s ----\n' "$(rel "$log")" >&2
    tail -n 40 "$log" >&2
  done
}

# ---------------------------------------------------------------- the apps' own user

# Under root (`npm run up` on a fresh machine) the web app and the judge worker run as
# APP_USER, a system account without a login or a home: a bug in either then cannot
# rewrite the checkout, the database files or the rest of the machine. Only the worker
# gets the Docker socket's group (it starts the sandboxes; the socket is root-equivalent,
# so the web must not have it). As another user, the apps simply run as that user.
APP_USER=arbiter
APP_HOME=$RUN/app-home

# The Docker socket the worker talks to (empty for a TCP DOCKER_HOST).
docker_socket() {
  local host=${DOCKER_HOST:-unix:///var/run/docker.sock}
  case $host in unix://*) printf '%s' "${host#unix://}" ;; esac
}

# Creates APP_USER (idempotent) and gives it what the apps need besides reading the
# checkout: a writable home (npm's logs, tsx's cache), Next's runtime cache, and a way
# through the checkout's parent folders when one is closed (e.g. /root is 0700).
ensure_app_user() {
  is_root || return 0
  local sock dir
  if ! id -u "$APP_USER" >/dev/null 2>&1; then
    note "creating system user $APP_USER (runs the web app and the judge worker)"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$APP_USER" ||
      id -u "$APP_USER" >/dev/null 2>&1 || die "could not create the system user $APP_USER"
  fi
  sock=$(docker_socket)
  if [ -n "$sock" ] && [ -S "$sock" ] && [ "$(stat -c %G "$sock")" = root ]; then
    # dockerd gives its socket to the group docker when that group exists; it did not
    # when this daemon started. Never hand the worker the root group instead.
    getent group docker >/dev/null || groupadd --system docker
    chgrp docker "$sock" && chmod 660 "$sock"
  fi
  install -d -m 700 -o "$APP_USER" -g "$APP_USER" "$APP_HOME"
  # next build (as us) writes there too; the server adds images and fetch results.
  install -d -m 755 -o "$APP_USER" -g "$APP_USER" "$ROOT/apps/web/.next/cache"
  find "$ROOT/apps/web/.next/cache" ! -user "$APP_USER" -exec chown "$APP_USER:$APP_USER" {} +
  if ! as_app test -r "$ROOT/apps/web/server.mjs"; then
    # Traverse only (no listing), folder by folder up from the checkout.
    command -v setfacl >/dev/null || apt_install acl
    dir=$ROOT
    while [ "$dir" != / ]; do
      as_app test -x "$dir" || setfacl -m "u:$APP_USER:x" "$dir"
      dir=$(dirname "$dir")
    done
    as_app test -r "$ROOT/apps/web/server.mjs" ||
      die "the user $APP_USER cannot read the checkout at $ROOT (its files must be readable by others)"
  fi
}

# app_prefix [--docker]: sets APP_PREFIX to the command that runs what follows it as
# APP_USER when we are root (no supplementary groups; only the Docker socket's with
# --docker), else to nothing. The environment (DATABASE_URL, REDIS_URL...) is kept;
# HOME is the user's own folder.
app_prefix() {
  local groups=--clear-groups sock
  APP_PREFIX=()
  is_root || return 0
  if [ "${1:-}" = --docker ]; then
    sock=$(docker_socket)
    if [ -n "$sock" ] && [ -S "$sock" ]; then groups=--groups=$(stat -c %g "$sock"); fi
  fi
  APP_PREFIX=(setpriv "--reuid=$APP_USER" "--regid=$APP_USER" "$groups" --no-new-privs
    env "HOME=$APP_HOME" npm_config_update_notifier=false)
}

as_app() {
  app_prefix
  "${APP_PREFIX[@]}" "$@"
}

# start_app NAME LOG [--docker] CMD...: start_bg as APP_USER (the log is opened by us).
start_app() {
  local name=$1 log=$2
  shift 2
  ensure_app_user
  if [ "$1" = --docker ]; then
    app_prefix --docker
    shift
  else
    app_prefix
  fi
  start_bg "$name" "$log" "${APP_PREFIX[@]}" "$@"
}
