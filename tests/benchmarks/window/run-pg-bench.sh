#!/usr/bin/env bash
# bench_window against PostgreSQL behind an added round trip: a throwaway cluster (as
# tests/postgres/run-pg-tests.sh makes it, but on 127.0.0.1), filled by `partnerdesk-cli generate`,
# and delay.py between the window and the server. Always stops the server and removes its folder.
#
# Usage: run-pg-bench.sh BUILD_DIR [PARTNERS [SALES [DELAY_MS_EACH_WAY]]]   (10000 100000 25)
set -euo pipefail

build=$(readlink -f "${1:?usage: run-pg-bench.sh BUILD_DIR [PARTNERS [SALES [DELAY_MS_EACH_WAY]]]}")
partners=${2:-10000}
sales=${3:-100000}
delay=${4:-25}
here=$(dirname "$(readlink -f "$0")")
bindir=${PD_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)}
if [ ! -x "$bindir/initdb" ]; then
    echo "FAIL: the PostgreSQL server programs are not installed." >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    as_server() { runuser -u postgres -- "$@"; }
else
    as_server() { "$@"; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pd-pgbench.XXXXXX")
proxy=
cleanup() {
    [ -n "$proxy" ] && kill "$proxy" 2>/dev/null || true
    as_server "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
chmod 700 "$work"

password="pd-bench-$RANDOM$RANDOM"
port=${PD_PG_PORT:-54339}
proxy_port=$((port + 1))
as_server sh -c "umask 077; printf '%s\n' '$password' > '$work/pwfile'"
as_server "$bindir/initdb" -D "$work/data" -U postgres --pwfile="$work/pwfile" --auth=scram-sha-256 \
    --no-locale -E UTF8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
as_server "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
    -o "-k $work -p $port -c listen_addresses=127.0.0.1" start >/dev/null || { cat "$work/server.log" >&2; exit 1; }
export PGPASSWORD=$password
"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE partnerdesk"

direct="postgresql://postgres@127.0.0.1:$port/partnerdesk"
cli="$build/app/cli/partnerdesk-cli"
"$cli" --db "$direct" init >/dev/null
start=$(date +%s)
"$cli" --db "$direct" generate --partners "$partners" --sales "$sales" >/dev/null
echo "generated $partners partners and $sales sales on PostgreSQL in $(( $(date +%s) - start )) s"

python3 "$here/delay.py" "$proxy_port" 127.0.0.1 "$port" "$delay" &
proxy=$!
sleep 1
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/tests/benchmarks/window/bench_window" \
    "postgresql://postgres@127.0.0.1:$proxy_port/partnerdesk"
