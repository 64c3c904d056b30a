#!/usr/bin/env bash
# Rewrites tests/golden/* from the current build; review `git diff tests/golden` before
# committing. Usage: tools/regenerate-goldens.sh [build-dir]
set -euo pipefail
build=${1:-build}
cmake --build "$build"
CREDITPATH_REGENERATE=1 ctest --test-dir "$build" -L cli --output-on-failure
