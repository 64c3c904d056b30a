#!/usr/bin/env bash
# Cold start to the first painted window (launch to the end of the first paint): creditpath on the built-in example against a bare Qt
# Widgets + Charts window (bench/bare_charts_window.cpp), run alternately (bare, creditpath,
# bare, ...) so both see the same machine load; offscreen, then under one Xvfb server.
# Prints each side's median and the ratio. Usage: tools/startup_benchmark.sh [BUILD_DIR] [RUNS]
# Needs xvfb-run. Target (issue 10): creditpath at most 1.3x the bare window.
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/.." && pwd)/build}
runs=${2:-15}
config=$(mktemp -d)
chmod 700 "$config"
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME=$config XDG_RUNTIME_DIR=$config CREDITPATH_QUIT_AFTER_FIRST_PAINT=1
export BARE=$build/bench/bare_charts_window APP=$build/bin/creditpath RUNS=$runs

measure() {  # label: alternate the two programs, print medians in ms and the ratio
    # Each program prints the microseconds from this launcher's clock reading to its first
    # painted window (ui/startup_probe.h): exit and teardown are not start-up.
    bash -c '
        us() { CREDITPATH_LAUNCHED_AT_US=$EPOCHREALTIME "$@" 2>/dev/null | sed -n "s/^first-paint-us //p"; }
        us "$BARE" >/dev/null; us "$APP" >/dev/null   # warm the file cache
        for _ in $(seq "$RUNS"); do echo "bare $(us "$BARE")"; echo "app $(us "$APP")"; done
    ' >"$config/times"
    median() { grep "^$1 " "$config/times" | cut -d" " -f2 | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
    local b c
    b=$(median bare)
    c=$(median app)
    printf '%-10s bare %5.1f ms   creditpath %5.1f ms   ratio %s\n' "$1" "$(echo "scale=1; $b / 1000" | bc)" \
        "$(echo "scale=1; $c / 1000" | bc)" "$(echo "scale=2; $c / $b" | bc)"
}

if [ "${3:-}" = --xvfb ]; then  # this script again, inside the Xvfb server
    QT_QPA_PLATFORM=xcb measure xvfb
    exit
fi
echo "load before: $(cut -d" " -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen measure offscreen
xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$build" "$runs" --xvfb
echo "load after:  $(cut -d" " -f1-3 /proc/loadavg)"
