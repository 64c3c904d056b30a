#!/usr/bin/env bash
# Installs what is needed, builds, and opens the app on the built-in example scenario.
# Extra arguments go to creditpath (e.g. a scenario file). Without a display, it prints the
# evaluation of the example instead of opening a window.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset dev            # build/, RelWithDebInfo (CMakePresets.json)
cmake --build --preset dev -j"$(nproc)" --target creditpath
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: printing the built-in example's evaluation (run under a desktop to see the window)." >&2
  exec build/bin/creditpath --evaluate resources/examples/seed-reference.creditpath.json
fi
exec build/bin/creditpath "$@"
