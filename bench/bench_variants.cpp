// Scenario variants: what a keystroke in the window costs on a file with two variants (read and
// check every patch, evaluate the base and each variant, build the comparison) and what "Save as
// variant…" costs (the merge patch between two scenarios).
// Run: build/bench/bench_variants --benchmark_repetitions=10
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"
#include "scenario/variants.h"
#include "variants/comparison.h"

#include <benchmark/benchmark.h>

using namespace creditpath;

namespace {

std::string variantsText() {
    return readTextFile(std::string(CREDITPATH_TEST_DATA_DIR) + "/variants.creditpath.json");
}

// Reading includes applying and validating each variant's patch.
void parseWithVariants(benchmark::State& state) {
    const std::string text = variantsText();
    for (auto _ : state)
        benchmark::DoNotOptimize(parseScenario(text));
}
BENCHMARK(parseWithVariants)->Unit(benchmark::kMicrosecond);

void evaluateAndCompare(benchmark::State& state) {
    const Scenario s = parseScenario(variantsText());
    const EvaluationOptions options{*parseIsoDate("2026-11-26")};
    for (auto _ : state) {
        const Evaluation base = evaluate(s, Rulebook::builtIn(), options);
        benchmark::DoNotOptimize(
            buildComparison(base, evaluateVariants(s, Rulebook::builtIn(), options)));
    }
}
BENCHMARK(evaluateAndCompare)->Unit(benchmark::kMicrosecond);

void mergePatchOfAnEdit(benchmark::State& state) {
    const Scenario base = parseScenario(variantsText());
    Scenario edited = applyVariant(base, 0);
    edited.bedrockPoc.windowDays = 45;
    for (auto _ : state)
        benchmark::DoNotOptimize(variantPatchFor(base, edited));
}
BENCHMARK(mergePatchOfAnEdit)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
