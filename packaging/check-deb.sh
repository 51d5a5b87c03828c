#!/usr/bin/env bash
# Builds the .deb, installs it, checks the installed launcher (version, a headless export from the
# demo CommServe with no display, and the login window in a real X display via check-window.sh),
# then removes the package again. Run as root (CI does, with REUSE_JAR=1: see build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh deb
deb=$(ls target/packaging/*.deb)
version=$(dpkg-deb -f "$deb" Version)

demo_pid=
cleanup() {
  [ -z "$demo_pid" ] || kill "$demo_pid" 2>/dev/null || true
  dpkg --purge failed-items-viewer >/dev/null 2>&1 || true
}
trap cleanup EXIT

if ! dpkg -i "$deb"; then
  # Pull in any library the package depends on that this machine lacks.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends
fi

echo "installed: $(du -sh /opt/failed-items-viewer | cut -f1) in /opt, package $(du -h "$deb" | cut -f1)"
got=$(env -u DISPLAY failed-items-viewer --version)
[ "$got" = "Failed Items Viewer ${version%-*}" ] || { echo "unexpected --version: $got" >&2; exit 1; }
echo "installed launcher: $got"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -cp target/failed-items-viewer.jar app.fiv.demo.DemoCommServe --port "$port" > target/packaging/demo.log 2>&1 &
demo_pid=$!
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.2
done

csv=$(env -u DISPLAY FIV_PASSWORD=failed-items failed-items-viewer export \
  --server "http://127.0.0.1:$port/commandcenter/api" --user demo --job 1001 --output - --quiet)
expected='C:\Users\Administrator\Desktop\BackupFolder\RestrictedFolder\1.txt'
grep -qF "$expected" <<<"$csv" || { echo "the installed export did not return job 1001's items:" >&2; echo "$csv" >&2; exit 1; }
echo "installed headless export: $(wc -l <<<"$csv") lines of CSV"

bash packaging/check-window.sh 60 failed-items-viewer

# The class-data-sharing archive postinst made, and the start-up it gives (launch to login window).
archive=/opt/failed-items-viewer/lib/app/failed-items-viewer.jsa
[ -s "$archive" ] || { echo "postinst made no class-data-sharing archive ($archive)" >&2; exit 1; }
echo "class-data-sharing archive: $(du -h "$archive" | cut -f1)"
bash packaging/startup-time.sh 3 failed-items-viewer | tail -n 2 | sed 's/^/installed .deb /'

dpkg --purge failed-items-viewer
[ ! -e /usr/bin/failed-items-viewer ] && [ ! -e /opt/failed-items-viewer ] || { echo "package removal left files" >&2; exit 1; }
echo "package removed cleanly"
