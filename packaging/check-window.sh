#!/usr/bin/env bash
# check-window.sh SECONDS COMMAND...
# Starts the app with COMMAND (any way of launching it: mvn javafx:run, java -jar, a jpackage
# launcher) as a new user would, in a display of its own (Xvfb) and a fresh config folder, and
# passes when, within SECONDS, the app shows its main window and the login dialog with its theme,
# says so, and exits 0. It fails when the app exits early or with another code, prints an exception
# or a stack trace, shows the default look instead of a theme, or shows nothing in time.
# How the app says so: FIV_SMOKE_TEST=first-window (app.fiv.ui.app.FirstWindowCheck).
# Needs Xvfb and GTK 3 (apt-get install xvfb libgtk-3-0; .ci/run installs them).
set -uo pipefail

[ $# -ge 2 ] && [[ $1 =~ ^[0-9]+$ ]] || { echo "usage: check-window.sh SECONDS COMMAND..." >&2; exit 2; }
limit=$1
shift
command -v Xvfb >/dev/null || { echo "check-window: Xvfb is missing (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }

expected='^fiv: window shown: Failed Items Viewer; dialog: Log in to a CommServe; theme: primer-(light|dark)\.css$'
# An exception's name, a logged error, or a Java stack frame ("	at app.fiv.X.y(X.java:12)").
trouble='Exception|SEVERE|^[[:space:]]+at [[:alnum:]_.$/@-]+\('

work=$(mktemp -d -t fiv-check-window.XXXXXX)
log=$work/output.log
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
xvfb_pid=
app_pid=
cleanup() {
  # The app runs in a session of its own (setsid), so its group also holds what it started (mvn's fork).
  [ -z "$app_pid" ] || kill -- "-$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "check-window: FAILED: $*" >&2
  # The cause comes first (the app's exception); a build tool's own trace of the exit follows it.
  local lines
  lines=$(wc -l <"$log")
  echo "--- what it printed ($lines lines):" >&2
  if [ "$lines" -le 120 ]; then
    cat "$log" >&2
  else
    head -n 80 "$log" >&2
    echo "[... $((lines - 110)) lines ...]" >&2
    tail -n 30 "$log" >&2
  fi
  echo "---" >&2
  exit 1
}

Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X$display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; echo "check-window: Xvfb did not start" >&2; exit 1; }
  sleep 0.1
done

echo "check-window: starting: $* (at most ${limit} s)"
start=$(date +%s%N)
# A fresh config folder: no saved session, so the first start asks for a login, as for a new user;
# and no D-Bus session, so no keyring hands it a saved token either.
env -u DBUS_SESSION_BUS_ADDRESS DISPLAY=":$display" XDG_CONFIG_HOME="$work/config" FIV_SMOKE_TEST=first-window \
  setsid "$@" >"$log" 2>&1 </dev/null &
app_pid=$!

deadline=$((start + limit * 1000000000))
while kill -0 "$app_pid" 2>/dev/null; do
  if [ "$(date +%s%N)" -ge "$deadline" ]; then
    if grep -qE "$expected" "$log"; then
      fail "the window showed, but the app did not exit within ${limit} s"
    fi
    fail "no login window within ${limit} s"
  fi
  sleep 0.2
done
wait "$app_pid"
status=$?
app_pid=
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
seconds=$(printf '%d.%03d' $((elapsed / 1000)) $((elapsed % 1000)))

[ "$status" -eq 0 ] || fail "the app exited with code $status after ${seconds} s"
shown=$(grep -cE "$expected" "$log")
[ "$shown" -eq 1 ] || {
  grep -q '^fiv: window shown: ' "$log" && fail "the app showed its window, but not as expected: $(grep '^fiv: window shown: ' "$log")"
  fail "the app exited after ${seconds} s without showing the login window"
}
if grep -qE "$trouble" "$log"; then
  fail "the app printed an exception or error: $(grep -m1 -E "$trouble" "$log")"
fi
echo "check-window: OK in ${seconds} s: $(grep -E "$expected" "$log")"
