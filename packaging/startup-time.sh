#!/usr/bin/env bash
# startup-time.sh RUNS COMMAND...
# How long the app takes from launch to its login window: starts COMMAND (java -jar, the app
# image's launcher, the installed .deb's launcher) RUNS times in a display of its own (Xvfb), each
# time with a fresh config folder and fresh Java preferences as a new user would (the preferences
# hold the last server and user: with them the app first asks the keyring for a saved sign-in,
# which without a session bus here costs 0.2 s that a new user never pays), and takes the time
# until the app says its main window and login dialog are showing and drawn
# (FIV_SMOKE_TEST=first-window, the check CI runs; see packaging/check-window.sh). Prints one line per run and then
#   startup-ms: median=<ms> min=<ms> max=<ms> runs=<n>
#   startup-cpu-ms: median=<ms> ...
# which the benchmark (mvn -q -Pbench verify) reads. The CPU time (user + system, the whole run:
# the app exits once its window is drawn) says what the start costs when other work shares the
# machine and the wall-clock time says little. Needs Xvfb, GTK 3 and /usr/bin/time.
set -uo pipefail

[ $# -ge 2 ] && [[ $1 =~ ^[0-9]+$ ]] || { echo "usage: startup-time.sh RUNS COMMAND..." >&2; exit 2; }
runs=$1
shift
command -v Xvfb >/dev/null || { echo "startup-time: Xvfb is missing (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "startup-time: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d -t fiv-startup-time.XXXXXX)
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
xvfb_pid=
app_pid=
cleanup() {
  [ -z "$app_pid" ] || kill -- "-$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X$display" ] && break
  sleep 0.1
done

times=()
cpus=()
for run in $(seq "$runs"); do
  log=$work/run-$run.log
  : >"$log"
  start=$(date +%s%N)
  env -u DBUS_SESSION_BUS_ADDRESS DISPLAY=":$display" XDG_CONFIG_HOME="$work/config-$run" FIV_SMOKE_TEST=first-window \
    JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs-$run" \
    setsid /usr/bin/time -o "$work/cpu-$run" -f '%U %S' "$@" >"$log" 2>&1 </dev/null &
  app_pid=$!
  shown=
  deadline=$((start + 60000000000))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    if grep -q '^fiv: window shown: ' "$log"; then
      shown=$(date +%s%N)
      break
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.005
  done
  wait "$app_pid" 2>/dev/null
  app_pid=
  if [ -z "$shown" ]; then
    echo "startup-time: run $run showed no login window:" >&2
    cat "$log" >&2
    exit 1
  fi
  ms=$(( (shown - start) / 1000000 ))
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu-$run")
  times+=("$ms")
  cpus+=("$cpu")
  echo "run $run: login window after $ms ms ($cpu ms of CPU for the whole run)"
done

summary() {
  local sorted n median
  sorted=($(printf '%s\n' "$@" | sort -n))
  n=${#sorted[@]}
  if [ $((n % 2)) -eq 1 ]; then
    median=${sorted[$((n / 2))]}
  else
    median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
  fi
  echo "median=$median min=${sorted[0]} max=${sorted[$((n - 1))]} runs=$n"
}
echo "startup-ms: $(summary "${times[@]}")"
echo "startup-cpu-ms: $(summary "${cpus[@]}")"
