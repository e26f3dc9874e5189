#!/usr/bin/env bash
# Services the hermetic tests use besides 127.0.0.1 servers of their own:
# a PostgreSQL server for `pipwarden serve --database postgresql://…`, and
# Debian's chromium and chromium-driver for the dashboard test (headless).
#
# Run by `make test` before pytest. Does nothing when the service already
# answers; installs Debian's package and starts a cluster on 127.0.0.1:5432
# when run as root on a machine with apt-get; otherwise says why it skips
# (the tests that need it are then skipped with the same reason).
# A failure to install or start is reported and the tests go on without it,
# unless PIPWARDEN_REQUIRE_SERVICES=1 (then it fails).
set -uo pipefail

PG_USER=pipwarden
PG_PASSWORD=pipwarden
PG_DB=pipwarden_test

say() { echo "test-services: $*"; }

fail() {
    say "WARNING: $* (the PostgreSQL tests will be skipped)"
    if [ "${PIPWARDEN_REQUIRE_SERVICES:-0}" = 1 ]; then
        exit 1
    fi
    exit 0
}

pg_answers() {
    PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 -p 5432 -U "$PG_USER" \
        -d "$PG_DB" -Atqc 'SELECT 1' >/dev/null 2>&1
}

# Headless Chromium for the dashboard test: installed when root with apt-get.
if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null 2>&1; then
    say "chromium and chromedriver present"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing chromium and chromium-driver (apt-get install -y)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1; then
        apt-get update -qq >/dev/null 2>&1
        apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 ||
            say "WARNING: could not install chromium (the dashboard test will be skipped)"
    fi
else
    say "skipping chromium: not root with apt-get (the dashboard test will be skipped)"
fi

if command -v psql >/dev/null 2>&1 && pg_answers; then
    say "PostgreSQL already answers on 127.0.0.1:5432 ($PG_DB)"
    exit 0
fi

if [ "$(id -u)" != 0 ]; then
    say "skipping PostgreSQL: not root, so it cannot be installed or started here" \
        "(start one with a role $PG_USER/$PG_PASSWORD and a database $PG_DB on 127.0.0.1:5432," \
        "or set PIPWARDEN_TEST_POSTGRES)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    say "skipping PostgreSQL: no apt-get on this machine (not Debian-like)"
    exit 0
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "installing PostgreSQL (apt-get install -y postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || fail "apt-get update failed"
    apt-get install -y -qq postgresql >/dev/null 2>&1 || fail "apt-get install postgresql failed"
fi

cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR == 1 {print $1 " " $2}')
if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
    [ -n "$version" ] || fail "no PostgreSQL server version found under /usr/lib/postgresql"
    say "creating cluster $version main"
    pg_createcluster "$version" main >/dev/null || fail "pg_createcluster failed"
    cluster="$version main"
fi
# shellcheck disable=SC2086
if ! pg_lsclusters --no-header | awk '{print $1 " " $2 " " $4}' | grep -q "^$cluster online"; then
    say "starting cluster $cluster"
    # pg_ctlcluster may report a failure while the server is still coming up: wait below.
    pg_ctlcluster $cluster start >/dev/null 2>&1 || say "pg_ctlcluster did not confirm; waiting"
fi

as_postgres() { runuser -u postgres -- "$@"; }
up=0
for _ in $(seq 1 60); do
    if as_postgres psql -Atqc 'SELECT 1' >/dev/null 2>&1; then
        up=1
        break
    fi
    sleep 0.5
done
[ "$up" = 1 ] || fail "cluster $cluster did not start (see /var/log/postgresql/)"
if [ "$(as_postgres psql -Atqc "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != 1 ]; then
    as_postgres psql -qc "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'" >/dev/null ||
        fail "could not create the role $PG_USER"
fi
if [ "$(as_postgres psql -Atqc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]; then
    as_postgres createdb -O "$PG_USER" "$PG_DB" || fail "could not create the database $PG_DB"
fi
pg_answers || fail "PostgreSQL started but does not accept $PG_USER on 127.0.0.1:5432"
say "PostgreSQL ready on 127.0.0.1:5432 ($PG_DB)"
