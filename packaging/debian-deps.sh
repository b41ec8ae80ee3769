#!/usr/bin/env bash
# Installs what a clean Debian 12 machine needs to build, test and run PartnerDesk.
# Used by the README's two commands and by CI. Safe to run again: apt-get skips what is there.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev
    pkg-config libsodium-dev
    # ISO 4217 currencies and ISO 3166-1 countries with their names (CLDR), read at build time
    libicu-dev
    # the Clang pass of build-and-test.sh (clang-19 with libFuzzer and the sanitizers, llvm-19
    # for the symbolizer of their reports), and a compiler cache shared by both passes
    clang-19 libclang-rt-19-dev llvm-19 ccache
    # tests, headless rendering, benchmarks
    fontconfig fonts-dejavu-core poppler-utils sqlite3 xvfb xauth
    # Qt's own translations at run time
    qt6-translations-l10n
    # building and checking the Debian package (tests/packaging)
    dpkg-dev file lintian desktop-file-utils appstream
    # the team database: a PostgreSQL server for its tests (tests/postgres), the keychain that
    # keeps the window's database password
    postgresql qtkeychain-qt6-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
