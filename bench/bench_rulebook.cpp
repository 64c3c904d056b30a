// What the rulebook view costs on each change: validating one parameter edit (an override laid
// over the shipped rulebook, as an override file is checked), reading a scenario that carries
// overrides, and "What changed" (the scenario under the shipped edition, then the diff).
// Run: build/bench/bench_rulebook --benchmark_repetitions=5
#include "evaluation/evaluation_diff.h"
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "rulebook/editions.h"
#include "rulebook/override_document.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <benchmark/benchmark.h>

using namespace creditpath;

namespace {

std::string dataFile(const char* name) {
    return readTextFile(std::string(CREDITPATH_TEST_DATA_DIR) + "/" + name);
}

void validateParameterEdit(benchmark::State& state) {
    for (auto _ : state) {
        Rulebook rb = Rulebook::builtIn();
        rb.applyOverride(withOverrideParameter("", "PF-1", "ceiling", "\"150000.00\""), "edit");
        benchmark::DoNotOptimize(rb);
    }
}
BENCHMARK(validateParameterEdit)->Unit(benchmark::kMicrosecond);

void readScenarioWithOverrides(benchmark::State& state) {
    const std::string text = dataFile("seed-reference-with-overrides.creditpath.json");
    for (auto _ : state)
        benchmark::DoNotOptimize(parseScenario(text));
}
BENCHMARK(readScenarioWithOverrides)->Unit(benchmark::kMicrosecond);

void whatChanged(benchmark::State& state) {
    const Scenario s = parseScenario(dataFile("seed-reference.creditpath.json"));
    const Rulebook aws = *shippedRulebook("aws-2026");
    const EvaluationOptions options{*parseIsoDate("2026-11-26")};
    const Evaluation after = evaluate(s, aws, options);
    for (auto _ : state)
        benchmark::DoNotOptimize(diffEvaluations(evaluate(s, Rulebook::builtIn(), options), after));
}
BENCHMARK(whatChanged)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
