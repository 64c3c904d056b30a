#!/usr/bin/env bash
# Screenshots of the desktop application on the reference example under Xvfb: 1366x768 and
# 1920x1080, normal and screen-share mode, English, German and Japanese.
# Usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run, xwininfo and ImageMagick's import.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
app=$build/bin/creditpath
mkdir -p "$out"

shoot() {  # example-file size lang share png
    local file=$1 size=$2 lang=$3 share=$4 png=$5
    local w=${size%x*} h=${size#*x}
    # A private settings folder, so saved geometry or language never leak into the pictures.
    local config
    config=$(mktemp -d)
    if [ "$share" = share ]; then
        mkdir -p "$config/CreditPath"
        printf '[options]\nscreenShare=true\n' >"$config/CreditPath/CreditPath.conf"
    fi
    XDG_CONFIG_HOME=$config LANG=$lang LC_ALL=$lang XDG_RUNTIME_DIR=$config \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        "$0" -geometry "$1x$2+0+0" "$3" &
        pid=$!
        for _ in $(seq 1 100); do
            # The class, not the title: xwininfo cannot convert a UTF-8 title without a locale.
            xwininfo -root -tree 2>/dev/null | grep -q "(\"creditpath\" \"CreditPath\")  [0-9]\{3,\}x" && break
            sleep 0.1
        done
        sleep 2
        import -window root "$4"
        kill $pid
        wait $pid 2>/dev/null || true
    ' "$app" "$w" "$h" "$file" "$png"
    rm -rf "$config"
    # A palette keeps the pictures small; the window has few colours.
    convert "$png" -colors 256 "PNG8:$png"
    echo "$png"
}

example=seed-reference
for lang in en_US.UTF-8 de_DE.UTF-8 ja_JP.UTF-8; do
    for size in 1366x768 1920x1080; do
        for share in normal share; do
            suffix=$([ "$share" = share ] && echo "-share" || true)
            png="$out/$example-${lang:0:2}-$size$suffix.png"
            # A busy machine can miss the window (an all-black picture): try again.
            for _ in 1 2 3; do
                shoot "$root/resources/examples/$example.creditpath.json" "$size" "$lang" \
                      "$share" "$png"
                [ "$(convert "$png" -format '%[fx:mean>0]' info:)" = 1 ] && break
            done
        done
    done
done
