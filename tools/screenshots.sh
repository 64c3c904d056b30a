#!/usr/bin/env bash
# Screenshots of the desktop application on each built-in example, at 1920x1080 and 1366x768,
# under Xvfb. Usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run, xwininfo and ImageMagick's import.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ui}
out=${2:-$root/docs/screenshots}
app=$build/bin/creditpath
mkdir -p "$out"
# A private settings folder, so saved geometry or language never leak into the pictures.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

shoot() {  # example-file size png
    local file=$1 size=$2 png=$3
    local w=${size%x*} h=${size#*x}
    XDG_CONFIG_HOME=$config LANG=${SHOT_LANG:-C.UTF-8} LC_ALL=${SHOT_LANG:-C.UTF-8} XDG_RUNTIME_DIR=$config \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        "$0" -geometry "$1x$2+0+0" "$3" &
        pid=$!
        for _ in $(seq 1 100); do
            xwininfo -root -tree 2>/dev/null | grep -q "— CreditPath" && break
            sleep 0.1
        done
        sleep 1.5
        import -window root "$4"
        kill $pid
        wait $pid 2>/dev/null || true
    ' "$app" "$w" "$h" "$file" "$png"
    echo "$png"
}

for example in seed-reference gcp-frankfurt; do
    for size in 1920x1080 1366x768; do
        shoot "$root/resources/examples/$example.creditpath.json" "$size" \
              "$out/$example-$size.png"
    done
done
