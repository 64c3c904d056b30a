#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs each for SECONDS (default 60) from the seed corpus in tests/fuzz/corpus, with the
# dictionaries beside it. New inputs go to a scratch corpus, never into the repository; a crash
# leaves its input in the build folder and fails the script.
# Usage: tools/fuzz.sh [SECONDS] [BUILD_DIR]
# A BUILD_DIR that is already configured with the fuzz targets (the asan preset: build-asan/,
# as CI does) is used as it is, so the sanitized code is compiled once.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${2:-build-fuzz}
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
if ! grep -qsE "CREDITPATH_BUILD_FUZZERS:[A-Z]*=ON" "$build/CMakeCache.txt"; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
        -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" \
        -DCREDITPATH_BUILD_GUI=OFF -DCREDITPATH_BUILD_BENCHMARKS=OFF -DBUILD_TESTING=OFF \
        -DCREDITPATH_BUILD_FUZZERS=ON > /dev/null
fi
cmake --build "$build" -j"$(nproc)" --target fuzz_scenario fuzz_override fuzz_cost_import
for target in scenario override cost_import; do
    scratch=$(mktemp -d)
    cp tests/fuzz/corpus/"$target"/* "$scratch"/
    echo "fuzz_$target: ${seconds}s"
    (cd "$build" && UBSAN_OPTIONS=halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
        "tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=1024 \
        -max_len=65536 -timeout=10 -dict="$OLDPWD/tests/fuzz/$target.dict" \
        -print_final_stats=1 "$scratch" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|INFO: Seed)|Done [0-9]+ runs" || true)
    rm -rf "$scratch"
done
# libFuzzer writes crash-*/leak-*/timeout-* files where it runs when it finds one.
if ls "$build"/crash-* "$build"/leak-* "$build"/timeout-* "$build"/oom-* >/dev/null 2>&1; then
    echo "fuzzing found failing inputs:" "$build"/crash-* "$build"/leak-* "$build"/timeout-* "$build"/oom-* 2>/dev/null
    exit 1
fi
echo "fuzzing: no crash"
