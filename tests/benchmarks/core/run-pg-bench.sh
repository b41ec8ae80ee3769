#!/usr/bin/env bash
# bench_core's team-database figures (bench_pg.cpp) on a throwaway PostgreSQL cluster, started and
# removed by tests/postgres/run-pg-tests.sh, which hands its URL over in PD_TEST_PG_URL.
#
# Usage: run-pg-bench.sh BUILD_DIR [bench_core options: --partners N --sales M --dir DIR ...]
set -euo pipefail
build=$(readlink -f "${1:?usage: run-pg-bench.sh BUILD_DIR [bench_core options]}")
shift
here=$(dirname "$(readlink -f "$0")")
exec bash "$here/../../postgres/run-pg-tests.sh" bash -c 'exec "$0" --db "$PD_TEST_PG_URL" "$@"' \
    "$build/tests/benchmarks/core/bench_core" "$@"
