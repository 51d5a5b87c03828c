#!/usr/bin/env bash
# Re-exports every icon file from the SVG source: PNGs (Linux, the window icons), .ico (Windows)
# and .icns (macOS). Needs rsvg-convert, ImageMagick's convert and png2icns
# (Debian: librsvg2-bin, imagemagick, icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" failed-items-viewer.svg -o "failed-items-viewer-$size.png"
done
convert failed-items-viewer-{16,24,32,48,64,128,256}.png failed-items-viewer.ico
png2icns failed-items-viewer.icns failed-items-viewer-{16,32,48,128,256,512}.png >/dev/null
