#!/usr/bin/env bash
# Runs clang-tidy over core/ with the checks of .clang-tidy (at the top of the tree). Any finding
# fails the run (WarningsAsErrors). Not part of build-and-test.sh: see .clang-tidy for how long it
# takes.
# Usage: bash packaging/clang-tidy.sh [BUILD_DIR] [FILE_REGEX]
#   BUILD_DIR   a Clang build with compile_commands.json; configured there when missing
#               (default: build-tidy)
#   FILE_REGEX  which files of core/ to check (default: every .cpp)
# CLANG_TIDY / RUN_CLANG_TIDY choose the programs (default: clang-tidy-19, run-clang-tidy-19);
# JOBS the number of parallel runs (default: nproc).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-tidy}
files=${2:-$root/core/.*\.cpp\$}
tidy=${CLANG_TIDY:-clang-tidy-19}
runner=${RUN_CLANG_TIDY:-run-clang-tidy-19}
jobs=${JOBS:-$(nproc)}

if ! command -v "$tidy" >/dev/null || ! command -v "$runner" >/dev/null; then
    echo "$tidy or $runner is missing (Debian: apt-get install clang-tidy-19)" >&2
    exit 2
fi
if [ ! -f "$build/compile_commands.json" ]; then
    # clang-tidy parses as Clang does: a Clang build's commands, core and the tool only.
    CXX=${CXX:-clang++-19} cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPD_BUILD_GUI=OFF -DPD_BUILD_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
# core's sources need no generated file (no moc output is included by name), so no build is needed.
exec "$runner" -clang-tidy-binary "$(command -v "$tidy")" -p "$build" -quiet -j "$jobs" "$files"
