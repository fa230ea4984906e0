#!/usr/bin/env bash
# Backing services for local development and tests: a project-local PostgreSQL cluster,
# Redis, and the Docker daemon (plus debootstrap, which the sandbox image build needs).
#
#   bash infra/scripts/services.sh [start [--chromium] | stop | status]
#
# start installs missing Debian packages (--chromium also the e2e browser), starts what
# is not running and creates the `arbiter` role and databases. Idempotent. A preset
# DATABASE_URL / REDIS_URL / DOCKER_HOST means that kind of server is not ours to start.
set -euo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

# One provisioning run at a time (up.sh and test.sh may overlap). flock -o keeps the lock
# in the flock process, so the daemons started below do not inherit and hold it.
if [ -z "${ARBITER_SERVICES_LOCKED:-}" ]; then
  ARBITER_SERVICES_LOCKED=1 exec flock -o "$RUN/services.lock" bash "${BASH_SOURCE[0]}" "$@"
fi

# ---------------------------------------------------------------- PostgreSQL

find_pg_bin() {
  local p
  p=$(command -v pg_ctl || true)
  if [ -n "$p" ]; then
    PG_BIN=$(dirname "$(readlink -f "$p")")
  else
    PG_BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n1)
  fi
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    die "PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql-15"
  fi
}

# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
# cd / because that user may not be allowed into the caller's working directory.
as_pg() {
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

ensure_pg_user() {
  if ! is_root || id postgres >/dev/null 2>&1; then return 0; fi
  note "creating system user postgres (runs the cluster; initdb refuses root)"
  useradd --system --user-group --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres ||
    die "could not create the postgres system user; create it, or run as a non-root user"
}

# The cluster lives in .data/postgres. When the postgres user cannot reach that folder
# (e.g. a clone under /root, mode 700) or the socket path would not fit the 107-byte
# Unix limit, it lives under /var/lib/arbiter (or /tmp) and .data/postgres links there.
pg_dir_unusable() {
  [ ${#DATA} -gt 70 ] && return 0
  is_root && ! runuser -u postgres -- test -x "$DATA"
}

pg_resolve_dir() {
  local link=$DATA/postgres base
  if [ ! -L "$link" ] && { [ -f "$link/PG_VERSION" ] || ! pg_dir_unusable; }; then
    PGDIR=$link
    return 0
  fi
  if [ ! -L "$link" ]; then
    if is_root; then base=/var/lib/arbiter; else base=${XDG_RUNTIME_DIR:-/tmp}; fi
    base=$base/arbiter-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)
    mkdir -p "$base"
    rmdir "$link" 2>/dev/null || true
    ln -s "$base/postgres" "$link"
    note "cluster kept in $base/postgres (linked from .data/postgres): the postgres user cannot use .data"
  fi
  PGDIR=$(readlink -f "$link")
}

pg_running() { [ -f "$PGDIR/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; }

# Superuser access over the Unix socket in the data folder (trust; the folder is 0700).
pg_psql() { "$PG_BIN/psql" -h "$PGDIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }

pg_init() {
  step "PostgreSQL: creating cluster in $(rel "$DATA/postgres")"
  mkdir -p "$PGDIR"
  chmod 700 "$PGDIR"
  if is_root; then chown postgres:postgres "$PGDIR"; fi
  quiet "$LOGS/postgres.log" as_pg "$PG_BIN/initdb" -D "$PGDIR" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256
  echo "include_if_exists = 'arbiter.conf'" >>"$PGDIR/postgresql.conf"
}

# Rewritten on every start, so a moved checkout still gets the right socket folder.
pg_write_conf() {
  cat >"$PGDIR/arbiter.conf" <<EOF
# Written by infra/scripts/services.sh on every start.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PGDIR'
max_connections = 200
# A development cluster: losing the last few commits on a machine crash is acceptable.
synchronous_commit = off
EOF
  if is_root; then chown postgres:postgres "$PGDIR/arbiter.conf"; fi
}

# Role `arbiter` (superuser, so tests can create and drop databases) and its databases.
pg_bootstrap() {
  local db
  pg_psql -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'arbiter') THEN
        CREATE ROLE arbiter LOGIN SUPERUSER PASSWORD 'arbiter';
      END IF; END \$\$;"
  for db in arbiter arbiter_test; do
    if [ "$(pg_psql -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      note "creating database $db"
      pg_psql -c "CREATE DATABASE $db OWNER arbiter"
    fi
  done
}

# Another checkout's cluster on our port is fine if our credentials work on it.
pg_use_foreign() {
  if PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" "$DEFAULT_DATABASE_URL" -qtAXc 'SELECT 1' >/dev/null 2>&1; then
    step "PostgreSQL: 127.0.0.1:$PG_PORT is served by a cluster not started from this checkout; using it"
  else
    die "port $PG_PORT is in use, but not by an Arbiter PostgreSQL (arbiter/arbiter login failed)"
  fi
}

pg_start() {
  if [ -n "$PRESET_DATABASE_URL" ]; then
    step "PostgreSQL: using preset DATABASE_URL (not starting a local cluster)"
    return 0
  fi
  find_pg_bin
  ensure_pg_user
  pg_resolve_dir
  if pg_running; then
    step "PostgreSQL: already running on 127.0.0.1:$PG_PORT"
  elif port_open "$PG_PORT"; then
    pg_use_foreign
    return 0
  else
    if [ ! -f "$PGDIR/PG_VERSION" ]; then pg_init; fi
    pg_write_conf
    step "PostgreSQL: starting cluster on 127.0.0.1:$PG_PORT (log: $(rel "$LOGS/postgres.log"))"
    # No -l: the server inherits this log file, opened by us, which the postgres user
    # might not be allowed to open itself.
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDIR" -w -t 60 start >>"$LOGS/postgres.log" 2>&1; then
      show_logs "$LOGS/postgres.log"
      die "PostgreSQL did not start"
    fi
  fi
  pg_bootstrap
}

pg_stop() {
  if [ -n "$PRESET_DATABASE_URL" ] || [ ! -e "$DATA/postgres" ]; then return 0; fi
  find_pg_bin
  PGDIR=$(readlink -f "$DATA/postgres")
  if pg_running; then
    step "PostgreSQL: stopping cluster"
    quiet "$LOGS/postgres.log" as_pg "$PG_BIN/pg_ctl" -D "$PGDIR" -m fast -w -t 60 stop
  else
    step "PostgreSQL: not running"
  fi
}

# ---------------------------------------------------------------- Redis

# redis_probe: how the server on our port answers, over bash's /dev/tcp (no redis-cli
# needed): "ours" (our password accepted), "open" (no password at all), "locked"
# (a password, not ours) or "none" (nothing, or not Redis).
redis_probe() (
  exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" || { echo none && exit 0; }
  printf 'PING\r\nAUTH %s\r\nPING\r\n' "$REDIS_PASSWORD" >&3
  first= second= third=
  read -r -t 2 first <&3 || true
  read -r -t 2 second <&3 || true
  read -r -t 2 third <&3 || true
  first=${first%$'\r'} third=${third%$'\r'}
  if [ "$first" = +PONG ]; then
    echo open
  elif [ "$third" = +PONG ]; then
    echo ours
  elif [ "${first%% *}" = -NOAUTH ]; then
    echo locked
  else
    echo none
  fi
) 2>/dev/null

redis_ping() { [ "$(redis_probe)" = ours ]; }

# Ours: the pid file redis-server wrote is alive and still a redis-server.
redis_ours() { pid_alive redis && [ "$(cat "/proc/$(pid_of redis)/comm" 2>/dev/null)" = redis-server ]; }

# The server's settings, rewritten on every start. A file (mode 0600) rather than
# arguments, so the password does not show in `ps` to every user of the machine.
redis_write_conf() {
  local conf=$RUN/redis.conf
  (
    umask 077
    cat >"$conf" <<EOF
# Written by infra/scripts/services.sh on every start; holds the password (.env has it too).
port $REDIS_PORT
bind 127.0.0.1
protected-mode yes
requirepass $REDIS_PASSWORD
daemonize yes
dir "$DATA/redis"
pidfile "$RUN/redis.pid"
logfile "$LOGS/redis.log"
save ""
appendonly yes
appendfsync everysec
EOF
  )
}

redis_start() {
  if [ -n "$PRESET_REDIS_URL" ]; then
    step "Redis: using preset REDIS_URL (not starting a local server)"
    return 0
  fi
  command -v redis-server >/dev/null || die "redis-server is not installed (apt-get install -y redis-server)"
  if redis_ours; then
    if redis_ping; then
      step "Redis: already running on 127.0.0.1:$REDIS_PORT"
      return 0
    fi
    # Started before Redis had a password (or with another one): the queue is kept in
    # the append-only file, so a restart loses nothing.
    step "Redis: restarting with the password from .env (it ran without it)"
    redis_stop
  fi
  if port_open "$REDIS_PORT"; then
    case $(redis_probe) in
      ours) step "Redis: 127.0.0.1:$REDIS_PORT is served by a Redis not started from this checkout; using it" ;;
      open) die "port $REDIS_PORT is served by a Redis without a password, not started from this checkout: stop it, or set REDIS_URL" ;;
      locked) die "port $REDIS_PORT is served by a Redis that refuses the REDIS_PASSWORD in .env" ;;
      *) die "port $REDIS_PORT is in use, but not by Redis" ;;
    esac
    return 0
  fi
  step "Redis: starting on 127.0.0.1:$REDIS_PORT with a password (log: $(rel "$LOGS/redis.log"))"
  mkdir -p "$DATA/redis"
  redis_write_conf
  redis-server "$RUN/redis.conf" >/dev/null
  if ! wait_for 15 redis_ping; then
    show_logs "$LOGS/redis.log"
    die "Redis did not start"
  fi
}

redis_stop() {
  if [ -n "$PRESET_REDIS_URL" ]; then return 0; fi
  local pid i
  if ! redis_ours; then
    step "Redis: not running"
    rm -f "$RUN/redis.pid"
    return 0
  fi
  pid=$(pid_of redis)
  step "Redis: stopping (pid $pid)"
  kill -TERM "$pid"
  for ((i = 0; i < 30; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  rm -f "$RUN/redis.pid"
}

# ---------------------------------------------------------------- Docker

# Debian's client matches Debian's daemon; /usr/local/bin/docker is a separate client.
DOCKER_CLI=docker
if [ -x /usr/bin/docker ]; then DOCKER_CLI=/usr/bin/docker; fi
docker_up() { timeout 15 "$DOCKER_CLI" info >/dev/null 2>&1; }

docker_start() {
  if [ -n "${DOCKER_HOST:-}" ]; then
    step "Docker: using preset DOCKER_HOST=$DOCKER_HOST (not starting dockerd)"
    return 0
  fi
  if docker_up; then
    step "Docker: daemon already running"
    return 0
  fi
  local dockerd
  dockerd=$(dockerd_bin) || die "dockerd is not installed (apt-get install -y docker.io)"
  if pidof dockerd >/dev/null; then
    step "Docker: waiting for the dockerd that is already starting"
  else
    step "Docker: starting dockerd (log: $(rel "$LOGS/dockerd.log"))"
    # Detached (own session, HUP ignored): the daemon is machine-wide and outlives us.
    setsid nohup "$dockerd" >>"$LOGS/dockerd.log" 2>&1 </dev/null &
  fi
  if ! wait_for 60 docker_up; then
    show_logs "$LOGS/dockerd.log"
    die "dockerd did not answer on /var/run/docker.sock within 60s"
  fi
}

# ---------------------------------------------------------------- commands

services_start() {
  ensure_packages "$@"
  pg_start
  redis_start
  docker_start
}

services_stop() {
  redis_stop
  pg_stop
  step "Docker: leaving dockerd running (machine-wide; stop it with: kill \$(cat /var/run/docker.pid))"
}

services_status() {
  local pg=stopped redis=stopped docker=stopped
  if [ -n "$PRESET_DATABASE_URL" ]; then pg="preset ($PRESET_DATABASE_URL)"; elif port_open "$PG_PORT"; then pg="listening on 127.0.0.1:$PG_PORT"; fi
  # shellcheck disable=SC2001  # a sed expression is clearer here than ${//}
  if [ -n "$PRESET_REDIS_URL" ]; then redis="preset ($(sed 's#//[^@/]*@#//***@#' <<<"$PRESET_REDIS_URL"))"; elif redis_ping; then redis="listening on 127.0.0.1:$REDIS_PORT"; fi
  if [ -n "${DOCKER_HOST:-}" ]; then docker="preset ($DOCKER_HOST)"; elif docker_up; then docker=running; fi
  echo "postgres: $pg"
  echo "redis:    $redis"
  echo "docker:   $docker"
}

case "${1:-start}" in
  start) shift || true; services_start "$@" ;;
  stop) services_stop ;;
  status) services_status ;;
  *) die "usage: $0 [start [--chromium] | stop | status]" ;;
esac
