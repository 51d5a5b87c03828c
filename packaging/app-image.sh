#!/usr/bin/env bash
# Builds a self-contained app image (the app with a trimmed Java runtime; users need no Java)
# from a clean checkout: target/packaging/failed-items-viewer/bin/failed-items-viewer.
# Needs a JDK 17+ with jpackage, and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
version=$(mvn -q help:evaluate -Dexpression=project.version -DforceStdout)
rm -rf target/packaging target/packaging-input
mkdir -p target/packaging-input
cp target/failed-items-viewer.jar target/packaging-input/
jpackage --type app-image \
  --name failed-items-viewer \
  --app-version "$version" \
  --description "Shows every failed item of a Commvault backup job in one table" \
  --vendor "Failed Items Viewer" \
  --input target/packaging-input \
  --main-jar failed-items-viewer.jar \
  --main-class app.fiv.Launcher \
  --icon icons/failed-items-viewer-256.png \
  --add-modules java.base,java.desktop,java.logging,java.net.http,java.prefs,java.xml,jdk.unsupported,jdk.httpserver,jdk.crypto.ec,java.naming,java.management \
  --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --dest target/packaging
du -sh target/packaging/failed-items-viewer
