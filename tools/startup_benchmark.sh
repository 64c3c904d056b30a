#!/usr/bin/env bash
# Cold start to first painted window: creditpath on the seed example against a bare Qt Widgets
# + Charts window, offscreen and under Xvfb. Usage: tools/startup_benchmark.sh [BUILD_DIR]
# Needs hyperfine; target: creditpath at most 1.3x the bare window.
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/.." && pwd)/build-ui}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME=$config XDG_RUNTIME_DIR=$config CREDITPATH_QUIT_AFTER_FIRST_PAINT=1
QT_QPA_PLATFORM=offscreen hyperfine -N -w 3 -r 20 \
    "$build/tests/ui/bare_charts_window" "$build/bin/creditpath"
xvfb-run -a -s "-screen 0 1920x1080x24" hyperfine -N -w 3 -r 20 \
    "$build/tests/ui/bare_charts_window" "$build/bin/creditpath"
