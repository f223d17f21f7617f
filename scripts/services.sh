#!/usr/bin/env bash
# Makes sure the servers the tests talk to are running on this machine:
# Redis (127.0.0.1:6379) and PostgreSQL (127.0.0.1:5432, database "test"),
# and that headless Chromium is installed (apt-get, as root) for the dashboard tests.
# NATS is embedded by the tests themselves (nats-server v2.15 in-process);
# a system NATS at 4222 is started too when installed, for manual cluster runs.
# Starts what is installed but stopped; says how to install what is missing.
set -uo pipefail

ok=1
say() { printf '%s\n' "$*" >&2; }

if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  :
elif command -v redis-server >/dev/null 2>&1; then
  say "starting redis-server on 127.0.0.1:6379"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
else
  say "Redis is not installed: apt-get install redis-server (or set NEWSROOM_TEST_REDIS=redis://host:port/db)"
  ok=0
fi

if pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  :
elif command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  ver=$(ls /etc/postgresql | head -n1)
  say "starting PostgreSQL $ver"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  for _ in $(seq 100); do pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break; sleep 0.1; done
else
  say "PostgreSQL is not installed: apt-get install postgresql (or set NEWSROOM_TEST_POSTGRES=postgres://user@host:5432/db)"
  ok=0
fi
if pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && command -v psql >/dev/null 2>&1; then
  # The tests use database "test"; create it when a fresh server lacks it.
  if ! psql -h 127.0.0.1 -U postgres -d test -c 'select 1' >/dev/null 2>&1; then
    (createdb -h 127.0.0.1 -U postgres test || su postgres -c "createdb test") >/dev/null 2>&1 || true
  fi
fi

if command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ]; then
  if ! (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then
    mkdir -p /var/lib/nats-server 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
      -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server >/dev/null 2>&1 || true
  fi
fi

# The dashboard tests drive headless Chromium; install it when missing and we can.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "${NEWSROOM_TEST_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing chromium (the dashboard tests need a headless browser)"
    (apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
      { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; }) ||
      say "could not install chromium: apt-get install chromium (or set NEWSROOM_TEST_CHROMIUM)"
  else
    say "Chromium is not installed: apt-get install chromium (or set NEWSROOM_TEST_CHROMIUM)"
  fi
fi

[ "$ok" = 1 ] || exit 1
