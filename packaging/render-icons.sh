#!/usr/bin/env bash
# Renders every raster icon from the one SVG source, resources/icons/partnerdesk.svg:
# the PNGs installed into the Linux icon theme, the Windows .ico and the macOS .icns.
# The results are checked in, so that Windows and macOS builds need none of these tools.
# Run after editing the SVG. Needs librsvg2-bin (rsvg-convert), icoutils (icotool) and
# icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons.sh: $tool is missing" >&2; exit 1; }
done

sizes=(16 22 24 32 48 64 128 256 512)
mkdir -p png
for s in "${sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" partnerdesk.svg --output "png/partnerdesk-$s.png"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG, as Vista+ expects.
icotool --create --output partnerdesk.ico \
    png/partnerdesk-16.png png/partnerdesk-24.png png/partnerdesk-32.png \
    png/partnerdesk-48.png png/partnerdesk-64.png png/partnerdesk-128.png \
    --raw=png/partnerdesk-256.png

# macOS: png2icns picks the icon type from each image's size.
png2icns partnerdesk.icns \
    png/partnerdesk-16.png png/partnerdesk-32.png png/partnerdesk-48.png \
    png/partnerdesk-128.png png/partnerdesk-256.png png/partnerdesk-512.png >/dev/null
