#!/usr/bin/env bash
# Fails when a .ts file is out of date with the sources (lupdate would change it: run
# `cmake --build BUILD --target update_translations`, translate in Linguist, commit) or when a
# shipped language has unfinished entries. The .ts files are the only source of translations.
# Usage: tools/check-translations.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
saved=$(mktemp -d)
cp translations/*.ts ui/format/rule_titles_catalog.cpp "$saved"/
cmake --build "$build" --target update_translations > "$saved/lupdate.log" 2>&1 ||
    { cat "$saved/lupdate.log"; exit 1; }
status=0
if ! cmp -s ui/format/rule_titles_catalog.cpp "$saved/rule_titles_catalog.cpp"; then
    echo "ui/format/rule_titles_catalog.cpp is out of date with the rulebook (regenerated it):"
    diff -u "$saved/rule_titles_catalog.cpp" ui/format/rule_titles_catalog.cpp | head -40 || true
    cp "$saved/rule_titles_catalog.cpp" ui/format/rule_titles_catalog.cpp
    status=1
fi
for ts in translations/*.ts; do
    if ! cmp -s "$ts" "$saved/$(basename "$ts")"; then
        echo "$ts is out of date with the sources (lupdate changed it):"
        diff -u "$saved/$(basename "$ts")" "$ts" | head -40 || true
        cp "$saved/$(basename "$ts")" "$ts" # leave the checkout as it was
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$ts has $unfinished unfinished entries"
        status=1
    fi
done
rm -rf "$saved"
[ "$status" -eq 0 ] && echo "translations: up to date and complete ($(ls translations/*.ts | wc -l) files)"
exit "$status"
