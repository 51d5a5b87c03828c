#!/usr/bin/env bash
# Builds the app image or an installer from a clean checkout, with a trimmed Java runtime inside so
# users need no Java.
#   packaging/build.sh app-image   -> target/packaging/failed-items-viewer/ (on any OS, for that OS)
#   packaging/build.sh deb         -> target/packaging/failed-items-viewer_<version>_<arch>.deb (Debian/Ubuntu)
#   packaging/build.sh msi | dmg   -> on Windows (with WiX 3) / macOS; see packaging/README.md
# Needs a JDK 17+ (jpackage) and Maven; the .deb also needs dpkg-deb and fakeroot.
# REUSE_JAR=1 packages target/failed-items-viewer.jar as it is, instead of building it first
# (CI sets it: its mvn -B verify has just built the jar).
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}

# jpackage options, one file per scope: common.options for everything, <system>.options for the
# app on that system (icon, launcher), installer.options and <system>-installer.options only for
# installers (jpackage refuses installer options such as --license-file for an app image).
case "$type" in
  app-image)
    case "$(uname -s)" in
      Darwin) system=macos ;;
      MINGW* | MSYS* | CYGWIN*) system=windows ;;
      *) system=linux ;;
    esac ;;
  deb) system=linux ;;
  msi | exe) system=windows ;;
  dmg | pkg) system=macos ;;
  *) echo "unknown package type: $type (use app-image, deb, msi or dmg)" >&2; exit 2 ;;
esac
options=(@packaging/jpackage/common.options "@packaging/jpackage/$system.options")
if [ "$type" != app-image ]; then
  options+=(@packaging/jpackage/installer.options)
  [ ! -f "packaging/jpackage/$system-installer.options" ] || options+=("@packaging/jpackage/$system-installer.options")
fi

if [ "${REUSE_JAR:-}" = 1 ]; then
  [ -f target/failed-items-viewer.jar ] || { echo "REUSE_JAR=1, but there is no target/failed-items-viewer.jar: run mvn -B package first" >&2; exit 1; }
else
  mvn -B -q -DskipTests package
fi
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never | sed "s/\x1b\[[0-9;]*m//g")
out=target/packaging
rm -rf "$out" target/packaging-input
mkdir -p "$out" target/packaging-input
cp target/failed-items-viewer.jar target/packaging-input/
# The classes a start loads, shipped beside the jar: the class-data-sharing archive is made from it
# on the machine the app runs from (see cds_archive below and linux/postinst).
bash packaging/class-list.sh target/failed-items-viewer.jar target/packaging-input/failed-items-viewer.classlist

# Makes the AppCDS archive the launcher starts from (-XX:SharedArchiveFile=$APPDIR/... in
# common.options) with the app's own launcher, so it has exactly the class path the app runs with.
# An archive only serves the folder it was made in: a copied app image starts without it (as fast as
# before), and the .deb makes its own at install time.
cds_archive() {
  local app=$1
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/lib/app/failed-items-viewer.classlist" \
    "$app/bin/failed-items-viewer" >"$out/cds-dump.log" 2>&1 || { cat "$out/cds-dump.log" >&2; return 1; }
  ls -la "$app/lib/app/failed-items-viewer.jsa"
}

jpackage --type "$type" "${options[@]}" --app-version "$version" --input target/packaging-input --dest "$out"
if [ "$type" = app-image ]; then
  [ "$system" != linux ] || cds_archive "$out/failed-items-viewer"
  du -sh "$out/failed-items-viewer"
  exit 0
fi

if [ "$type" = deb ]; then
  # Desktop integration the Debian way (files in /usr/share, a launcher on the PATH, maintainer
  # scripts that cannot fail on a machine without a desktop) instead of jpackage's xdg-utils scripts.
  deb=$(ls "$out"/*.deb)
  work=target/packaging-deb
  rm -rf "$work"
  dpkg-deb -R "$deb" "$work"
  rm -f "$work"/DEBIAN/preinst "$work"/DEBIAN/prerm "$work"/opt/failed-items-viewer/lib/*.desktop
  install -m 755 packaging/linux/postinst packaging/linux/prerm packaging/linux/postrm "$work/DEBIAN/"
  sed -i 's/, xdg-utils//; s/xdg-utils, //' "$work/DEBIAN/control"
  [ ! -f "$work/DEBIAN/md5sums" ] || sed -i '/\.desktop$/d' "$work/DEBIAN/md5sums"
  install -D -m 644 packaging/linux/failed-items-viewer.desktop "$work/usr/share/applications/failed-items-viewer.desktop"
  for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "icons/failed-items-viewer-$size.png" \
      "$work/usr/share/icons/hicolor/${size}x${size}/apps/failed-items-viewer.png"
  done
  mkdir -p "$work/usr/bin"
  ln -s /opt/failed-items-viewer/bin/failed-items-viewer "$work/usr/bin/failed-items-viewer"
  fakeroot dpkg-deb -b -Zxz "$work" "$deb" >/dev/null
  rm -rf "$work"
fi
ls -la "$out"
