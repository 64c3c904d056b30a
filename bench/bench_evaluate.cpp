// Full evaluation of the seed reference scenario (issue target: at most 100 us median on
// two cores). Run: build/bench/bench_evaluate --benchmark_repetitions=10
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "output/evaluation_json.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <benchmark/benchmark.h>

using namespace creditpath;

namespace {

Scenario reference() {
    return parseScenario(
        readTextFile(std::string(CREDITPATH_TEST_DATA_DIR) + "/seed-reference.creditpath.json"));
}

void evaluateReference(benchmark::State& state) {
    const Scenario s = reference();
    const Rulebook& rb = Rulebook::builtIn();
    const EvaluationOptions options{*parseIsoDate("2026-11-26")};
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluate(s, rb, options));
}
BENCHMARK(evaluateReference)->Unit(benchmark::kMicrosecond);

void evaluateGrowingSpend(benchmark::State& state) {
    Scenario s = reference();
    for (auto& line : s.spendLines)
        line.growthPercentPerMonth = Rate::parsePercent("2.5");
    const EvaluationOptions options{*parseIsoDate("2026-11-26")};
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluate(s, Rulebook::builtIn(), options));
}
BENCHMARK(evaluateGrowingSpend)->Unit(benchmark::kMicrosecond);

void loadEvaluateWriteJson(benchmark::State& state) {
    const std::string text =
        readTextFile(std::string(CREDITPATH_TEST_DATA_DIR) + "/seed-reference.creditpath.json");
    const EvaluationOptions options{*parseIsoDate("2026-11-26")};
    for (auto _ : state)
        benchmark::DoNotOptimize(
            evaluationToJson(evaluate(parseScenario(text), Rulebook::builtIn(), options)));
}
BENCHMARK(loadEvaluateWriteJson)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
