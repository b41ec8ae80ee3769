#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors and runs every test (CTest).
# Usage: bash packaging/build-and-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/debian-deps.sh
build=${1:-build-ci}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPD_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
