#!/usr/bin/env bash
# Installs what is needed, builds, and starts the PartnerDesk window. On first run the window
# creates its embedded default database (SQLite, in the user's data folder) with demo data.
# Usage: bash packaging/run-demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/debian-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPD_BUILD_TESTS=OFF
cmake --build build-release --parallel "$(nproc)"
exec ./build-release/app/gui/partnerdesk "$@"
