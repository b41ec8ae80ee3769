#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors and runs every test (CTest). Then a
# Clang pass (clang-19, as the macOS release is built with Clang): core, the command-line tool and
# their tests, built with warnings as errors, AddressSanitizer and UBSan, and each fuzz target
# run for a few seconds (tests/fuzz). A warning, a failed test, a sanitizer report or a fuzzer
# crash fails the run.
# Usage: bash packaging/build-and-test.sh [BUILD_DIR]   (the Clang pass builds in BUILD_DIR-clang)
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/debian-deps.sh
build=${1:-build-ci}
jobs=$(nproc)
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPD_WERROR=ON "${launcher[@]}"
cmake --build "$build" --parallel "$jobs"
ctest --test-dir "$build" --output-on-failure --parallel "$jobs"

CXX=clang++-19 cmake -S . -B "$build-clang" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPD_WERROR=ON \
    -DPD_BUILD_GUI=OFF -DPD_FUZZ=ON "${launcher[@]}"
cmake --build "$build-clang" --parallel "$jobs" --target core-checks
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-19/bin/llvm-symbolizer \
    ctest --test-dir "$build-clang" --output-on-failure --parallel "$jobs" -L 'core|fuzz'
