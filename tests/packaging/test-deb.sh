#!/usr/bin/env bash
# Builds the Debian package with CPack, unpacks it into a scratch folder and checks what a user
# gets: the executables run from the unpacked tree (Qt comes from the system), the version is the
# project's everywhere, the desktop files validate, the licence (GPL-3.0-or-later) is named in the
# Debian copyright, the metainfo and CPack's settings, and lintian reports no error.
# Usage: test-deb.sh BUILD_DIR SCRATCH_DIR VERSION gui|cli LICENSE_FILE
set -uo pipefail

build=$1
scratch=$2
version=$3
kind=$4
license_file=$5 # the GPL's text at the top of the source tree
spdx=GPL-3.0-or-later

passes=0
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "PASS: $*"
    passes=$((passes + 1))
}

# The tools come from packaging/debian-deps.sh; without one the test cannot say anything.
missing=()
tools=(cpack dpkg-deb dpkg-shlibdeps dpkg-architecture file lintian desktop-file-validate appstreamcli)
[ "$kind" = gui ] && tools+=(pdffonts) # poppler-utils: the review PDF embeds the bundled fonts
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL: missing tools: ${missing[*]}"
    echo "      install them with: bash packaging/debian-deps.sh"
    echo "0 passed, 1 failed"
    exit 1
fi

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root" "$scratch/run"

# --- the licence in CPack's settings: the Windows installer's licence page and the disk image's
# LICENSE.txt are the GPL notice, the third-party notices and the GPL's full text, in that order.
cpack_value() { sed -n "s/^set($1 \"\(.*\)\")\$/\1/p" "$build/CPackConfig.cmake"; }
rpm_license=$(cpack_value CPACK_RPM_PACKAGE_LICENSE)
[ "$rpm_license" = "$spdx" ] && pass "CPACK_RPM_PACKAGE_LICENSE: $spdx" || fail "CPACK_RPM_PACKAGE_LICENSE is '$rpm_license'"
notices=$(cpack_value CPACK_RESOURCE_FILE_LICENSE)
if [ -f "$notices" ]; then
    if head -n 12 "$notices" | grep -q 'either version 3 of' && head -n 12 "$notices" | grep -q 'any later version' &&
        grep -q 'WITHOUT ANY WARRANTY' "$notices"; then
        pass "CPACK_RESOURCE_FILE_LICENSE opens with the GPL-3.0-or-later notice"
    else
        fail "CPACK_RESOURCE_FILE_LICENSE ($notices) does not open with the GPL-3.0-or-later notice"
    fi
    grep -q 'Qt Charts' "$notices" && grep -q 'libsodium' "$notices" &&
        pass "CPACK_RESOURCE_FILE_LICENSE holds the third-party notices" ||
        fail "CPACK_RESOURCE_FILE_LICENSE lacks the third-party notices (Qt Charts, libsodium)"
    if head -n 2 "$license_file" | grep -q 'GNU GENERAL PUBLIC LICENSE' && sed -n 2p "$license_file" | grep -q 'Version 3' &&
        cmp -s <(tail -c "$(stat -c %s "$license_file")" "$notices") "$license_file"; then
        pass "CPACK_RESOURCE_FILE_LICENSE ends with the GPL version 3 text of LICENSE"
    else
        fail "CPACK_RESOURCE_FILE_LICENSE does not end with the GPL version 3 text of $license_file"
    fi
    grep -qi 'all rights reserved' "$notices" && fail "CPACK_RESOURCE_FILE_LICENSE says 'All rights reserved'" ||
        pass "CPACK_RESOURCE_FILE_LICENSE reserves no rights"
else
    fail "CPACK_RESOURCE_FILE_LICENSE names no file: '$notices'"
fi

# --- build the package
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack -G DEB"
    echo "0 passed, 1 failed"
    exit 1
fi
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
deb="$scratch/out/partnerdesk_${version}-1_${arch}.deb"
if [ -f "$deb" ]; then
    pass "package file name carries the version: $(basename "$deb")"
else
    echo "FAIL: expected $deb; cpack made: $(ls "$scratch/out")"
    echo "0 passed, 1 failed"
    exit 1
fi

# --- control fields
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = partnerdesk ] && pass "Package: partnerdesk" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] && pass "Version: ${version}-1" || fail "Version is '$(field Version)'"
depends=$(field Depends)
# The package names in Depends, one a line, without versions.
depends_names=$(tr ',|' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
# The SQL driver plugins are named by hand (no library links them); the rest comes from
# dpkg-shlibdeps, libsodium included (NFR keys).
expected=(libqt6sql6-sqlite libqt6sql6-psql libqt6core6 libqt6sql6 libsodium23 libc6 libstdc++6)
[ "$kind" = gui ] && expected+=(libqt6gui6 libqt6widgets6 libqt6charts6)
# QtKeychain is optional (ui/team): when the window links it, the package must depend on it.
if [ "$kind" = gui ] && readelf -d "$build/app/gui/partnerdesk" 2>/dev/null | grep -q 'libqt6keychain'; then
    expected+=(libqt6keychain1)
fi
for dep in "${expected[@]}"; do
    if grep -Fxq "$dep" <<<"$depends_names"; then
        pass "Depends names $dep"
    else
        fail "Depends lacks $dep: $depends"
    fi
done
[ -n "$(field Maintainer)" ] && pass "Maintainer set" || fail "no Maintainer"
[ "$(field Section)" = misc ] && pass "Section: misc" || fail "Section is '$(field Section)'"

# --- unpack and run the executables from the unpacked tree
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"

# Whether the Qt resource NAME is compiled into FILE: rcc stores names in UTF-16 (big-endian).
has_resource() {
    local pattern
    pattern=$(printf '%s' "$2" | sed 's/[.]/\\./g; s/\(\\\?.\)/\\x00\1/g')
    LC_ALL=C grep -qaP "$pattern" "$1"
}
executables=(partnerdesk-cli)
[ "$kind" = gui ] && executables+=(partnerdesk)
for exe in "${executables[@]}"; do
    [ -f "$root/usr/bin/$exe" ] || continue
    resources=(partnerdesk_en.qm partnerdesk_es.qm partnerdesk_ru.qm)
    [ "$kind" = gui ] && resources+=(DejaVuSans.ttf DejaVuSans-Bold.ttf)
    for name in "${resources[@]}"; do
        has_resource "$root/usr/bin/$exe" "$name" && pass "$exe embeds $name" || fail "$exe does not embed $name"
    done
done
cli="$root/usr/bin/partnerdesk-cli"
if [ -x "$cli" ]; then
    out=$("$cli" --version 2>"$scratch/cli-version.err")
    [ "$out" = "partnerdesk-cli $version" ] && pass "partnerdesk-cli --version: $out" || fail "partnerdesk-cli --version printed '$out'"
    if readelf -d "$cli" 2>/dev/null | grep -Eq 'RPATH|RUNPATH'; then
        fail "partnerdesk-cli carries an RPATH: $(readelf -d "$cli" | grep -E 'RPATH|RUNPATH')"
    else
        pass "partnerdesk-cli has no RPATH (Qt comes from the system)"
    fi
    (
        cd "$scratch/run" || exit 1
        "$cli" --db tmp.db init --demo >init.log 2>&1
    )
    status=$?
    if [ $status -eq 0 ] && [ -s "$scratch/run/tmp.db" ]; then
        pass "partnerdesk-cli --db tmp.db init --demo: $(tail -n 2 "$scratch/run/init.log" | tr '\n' ' ')"
    else
        cat "$scratch/run/init.log"
        fail "partnerdesk-cli --db tmp.db init --demo exited $status"
    fi
    (cd "$scratch/run" && "$cli" --db tmp.db programs list >programs.log 2>&1) &&
        grep -q reseller-status "$scratch/run/programs.log" &&
        pass "the new database lists the built-in programs" ||
        { cat "$scratch/run/programs.log"; fail "programs list on the new database"; }
    # The translations are embedded (:/i18n), not installed as files.
    out=$(cd "$scratch/run" && "$cli" --lang es --db tmp.db programs show no-such-program 2>&1)
    grep -q 'No existe el programa' <<<"$out" && pass "embedded Spanish translation: $out" ||
        fail "partnerdesk-cli --lang es printed '$out'"
    if [ "$kind" = gui ]; then
        # The review PDF is drawn with the fonts embedded in the executable (:/fonts).
        (cd "$scratch/run" && QT_QPA_PLATFORM=offscreen timeout 120 "$cli" --db tmp.db qbr --partner 1 \
            --quarter 2026-Q3 --out review.pdf --lang ru >qbr.log 2>&1)
        if pdffonts "$scratch/run/review.pdf" 2>/dev/null | grep -Eq '^DejaVuSans +.* yes '; then
            pass "partnerdesk-cli qbr: a PDF with the bundled DejaVu Sans embedded"
        else
            cat "$scratch/run/qbr.log"
            fail "partnerdesk-cli qbr: no PDF with DejaVu Sans embedded"
        fi
    fi
else
    fail "usr/bin/partnerdesk-cli is not in the package"
fi

[ -f "$root/usr/share/man/man1/partnerdesk-cli.1.gz" ] && pass "man page partnerdesk-cli(1)" || fail "no man page partnerdesk-cli(1)"
for doc in copyright changelog.Debian.gz; do
    [ -f "$root/usr/share/doc/partnerdesk/$doc" ] && pass "usr/share/doc/partnerdesk/$doc" || fail "no usr/share/doc/partnerdesk/$doc"
done
copyright="$root/usr/share/doc/partnerdesk/copyright"
if [ -f "$copyright" ]; then
    # Machine-readable: the paragraph of PartnerDesk's own files (Files: *) names the SPDX id and
    # points to common-licenses (Debian policy 12.5) instead of repeating the GPL; the fonts
    # embedded in the executables have theirs.
    own=$(sed -n '/^Files: \*$/,/^$/p' "$copyright")
    licenses=$(sed -n 's/^License: *//p' <<<"$own")
    [ "$licenses" = "$spdx" ] && pass "copyright: Files: * License: $spdx" || fail "copyright: Files: * License is '$licenses'"
    grep -q '^ .*either version 3 of' <<<"$own" && grep -q '^ .*any later version' <<<"$own" &&
        grep -q '^ .*/usr/share/common-licenses/GPL-3' <<<"$own" &&
        pass "copyright: the GPL notice, pointing to /usr/share/common-licenses/GPL-3" ||
        fail "copyright: no GPL-3.0-or-later notice pointing to /usr/share/common-licenses/GPL-3"
    grep -qi 'all rights reserved' <<<"$own" && fail "copyright: PartnerDesk's paragraph says 'All rights reserved'" ||
        pass "copyright: PartnerDesk's paragraph reserves no rights"
    sed -n '/^Files: resources\/fonts\/\*$/,/^$/p' "$copyright" | grep -q '^License: bitstream-vera$' &&
        pass "copyright: the embedded DejaVu fonts' licence" || fail "copyright: no paragraph for the embedded DejaVu fonts"
fi

if [ "$kind" = gui ]; then
    app_id=org.partnerdesk.PartnerDesk
    gui="$root/usr/bin/partnerdesk"
    if [ -x "$gui" ]; then
        # Qt's start-up notes (XDG_RUNTIME_DIR not set) go to stderr; the version to stdout.
        out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$gui" --version 2>"$scratch/gui-version.err")
        if [ "$out" = "PartnerDesk $version" ]; then
            pass "partnerdesk --version: $out"
        else
            cat "$scratch/gui-version.err"
            fail "partnerdesk --version printed '$out'"
        fi
    else
        fail "usr/bin/partnerdesk is not in the package"
    fi
    [ -f "$root/usr/share/man/man1/partnerdesk.1.gz" ] && pass "man page partnerdesk(1)" || fail "no man page partnerdesk(1)"

    desktop="$root/usr/share/applications/$app_id.desktop"
    if [ -f "$desktop" ]; then
        desktop-file-validate "$desktop" && pass "desktop-file-validate $app_id.desktop" || fail "desktop-file-validate $app_id.desktop"
        exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
        [ -x "$root/usr/bin/$exec_name" ] && pass "Exec=$exec_name is in the package" || fail "Exec=$exec_name is not in usr/bin"
        icon_name=$(sed -n 's/^Icon=//p' "$desktop")
        [ "$icon_name" = "$app_id" ] && pass "Icon=$icon_name" || fail "Icon is '$icon_name', not $app_id"
    else
        fail "no usr/share/applications/$app_id.desktop"
    fi

    metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
    if [ -f "$metainfo" ]; then
        if appstreamcli validate --no-net "$metainfo"; then
            pass "appstreamcli validate --no-net $app_id.metainfo.xml"
        else
            fail "appstreamcli validate --no-net $app_id.metainfo.xml"
        fi
        grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo release $version" || fail "metainfo has no release $version"
        project_license=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' "$metainfo")
        [ "$project_license" = "$spdx" ] && pass "metainfo project_license: $spdx" ||
            fail "metainfo project_license is '$project_license'"
        metadata_license=$(sed -n 's:.*<metadata_license>\(.*\)</metadata_license>.*:\1:p' "$metainfo")
        case "$metadata_license" in
        FSFAP | CC0-1.0) pass "metainfo metadata_license: $metadata_license" ;;
        *) fail "metainfo metadata_license is '$metadata_license', not FSFAP or CC0-1.0" ;;
        esac
    else
        fail "no usr/share/metainfo/$app_id.metainfo.xml"
    fi

    for size in 16 22 24 32 48 64 128 256 512; do
        png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        if [ -f "$png" ] && file "$png" | grep -q "PNG image data, $size x $size"; then
            pass "icon ${size}x${size}"
        else
            fail "icon ${size}x${size}: $(file "$png" 2>&1)"
        fi
    done
    svg="$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    [ -f "$svg" ] && file "$svg" | grep -q SVG && pass "scalable icon" || fail "no scalable icon"
fi

# --- lintian: errors fail the test, warnings are shown
lintian --tag-display-limit 0 --display-info "$deb" >"$scratch/lintian.log" 2>&1
cat "$scratch/lintian.log"
if grep -q '^E:' "$scratch/lintian.log"; then
    fail "lintian reports errors"
elif grep -Eq '^(internal error|Unknown|Cannot)' "$scratch/lintian.log"; then
    fail "lintian did not run"
else
    pass "lintian: no errors ($(grep -c '^W:' "$scratch/lintian.log") warnings)"
fi

echo
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
