#!/usr/bin/env bash
# Installs what is needed, builds everything, runs every test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset dev            # build/, RelWithDebInfo (CMakePresets.json)
cmake --build --preset dev -j"$(nproc)"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
ctest --preset dev -j"$(nproc)"
