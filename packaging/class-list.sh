#!/usr/bin/env bash
# class-list.sh JAR OUT
# Writes the classes the app loads to OUT, for the class-data-sharing archive (AppCDS) that the
# app image and the .deb start from (see build.sh): the command line exporting a job from the
# demo server, and, where Xvfb is installed, the window up to its login dialog (check-window.sh).
# A JVM started with the archive maps those classes ready-parsed instead of reading and checking
# them from the jar: less start-up time and CPU for the window and the command line alike.
set -euo pipefail
jar=$1
out=$2
java=$(dirname "$(command -v jpackage)")/java
work=$(mktemp -d -t fiv-class-list.XXXXXX)
demo_pid=
cleanup() {
  [ -z "$demo_pid" ] || kill "$demo_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$java" -cp "$jar" app.fiv.demo.DemoCommServe --port "$port" >"$work/demo.log" 2>&1 &
demo_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
# Both answer formats and two output formats, each run a list of its own.
lists=()
for run in "json csv" "xml json"; do
  set -- $run
  env -u DISPLAY FIV_PASSWORD=failed-items "$java" -XX:DumpLoadedClassList="$work/cli-$1.classlist" \
    -Dfiv.keyring=off -Dfiv.config.dir="$work/config" -jar "$jar" export \
    --server "http://127.0.0.1:$port/commandcenter/api" --user demo --job 1001 --accept "$1" --format "$2" \
    --quiet -o "$work/out.$2"
  lists+=("$work/cli-$1.classlist")
done
if command -v Xvfb >/dev/null; then
  bash "$(dirname "$0")/check-window.sh" 120 "$java" -XX:DumpLoadedClassList="$work/window.classlist" -jar "$jar"
  lists+=("$work/window.classlist")
else
  echo "class-list: no Xvfb, so the window's classes are not in the list (the command line's are)" >&2
fi
# One list: each class once, without the ids of one run (they would clash between runs).
sed -E 's/ id: [0-9]+.*$//' "${lists[@]}" | awk '!seen[$0]++' >"$out"
echo "class-list: $(wc -l <"$out") classes and lambda forms in $out"
