#!/usr/bin/env bash
# Re-exports the PNG icons from the SVG source. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" failed-items-viewer.svg -o "failed-items-viewer-$size.png"
done
