#!/usr/bin/env bash
# Runs tst_postgres against a throwaway PostgreSQL cluster: initdb in a temporary folder, a server
# listening only on a Unix socket in that folder, and always (trap) stops it and removes the
# folder. Fails, rather than skips, when the PostgreSQL server programs are missing.
#
# Usage: run-pg-tests.sh TST_POSTGRES [QtTest arguments...]
# PD_PG_BINDIR names the folder of initdb/pg_ctl/psql when it is not /usr/lib/postgresql/*/bin.
set -euo pipefail

test_exe=${1:?usage: run-pg-tests.sh TST_POSTGRES [QtTest arguments...]}
shift

find_bindir() {
    local dir
    for dir in ${PD_PG_BINDIR:-} $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then
            echo "$dir"
            return 0
        fi
    done
    # initdb on the PATH (perhaps a link): its real folder must hold the other programs too.
    if command -v initdb >/dev/null; then
        dir=$(dirname "$(readlink -f "$(command -v initdb)")")
        if [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then
            echo "$dir"
            return 0
        fi
    fi
    return 1
}

if ! bindir=$(find_bindir); then
    echo "FAIL: the PostgreSQL server programs (initdb, pg_ctl, psql) are not installed." >&2
    echo "      Install Debian's postgresql package (bash packaging/debian-deps.sh does), or set PD_PG_BINDIR." >&2
    exit 1
fi

# initdb refuses to run as root: the server then runs as the postgres system user.
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "FAIL: running as root needs the postgres system user (Debian's postgresql package creates it)." >&2
        exit 1
    fi
    as_server() { runuser -u postgres -- "$@"; }
else
    as_server() { "$@"; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pd-pgtest.XXXXXX")
cleanup() {
    as_server "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$work"
fi
chmod 700 "$work"

password="pd-test-$RANDOM$RANDOM"
port=${PD_PG_PORT:-54329}
as_server sh -c "umask 077; printf '%s\n' '$password' > '$work/pwfile'"
# Passwords on every connection (the tests pass some explicitly, the tool reads PGPASSWORD), and
# the C locale so that text sorts as in SQLite.
if ! as_server "$bindir/initdb" -D "$work/data" -U postgres --pwfile="$work/pwfile" --auth=scram-sha-256 \
        --no-locale -E UTF8 >"$work/initdb.log" 2>&1; then
    cat "$work/initdb.log" >&2
    echo "FAIL: initdb did not create the test cluster." >&2
    exit 1
fi
if ! as_server "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
        -o "-k $work -p $port -c listen_addresses=''" start >/dev/null; then
    cat "$work/server.log" >&2
    echo "FAIL: the test server did not start." >&2
    exit 1
fi

export PGPASSWORD=$password
export PD_TEST_PG_BIN=$bindir
export PD_TEST_PG_URL="postgresql://postgres@/partnerdesk?host=$work&port=$port"
"$bindir/psql" -h "$work" -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE partnerdesk"

status=0
"$test_exe" "$@" || status=$?
if [ "$status" -ne 0 ] && [ -s "$work/server.log" ]; then
    echo "--- server log (last lines) ---" >&2
    tail -n 30 "$work/server.log" >&2
fi
exit "$status"
