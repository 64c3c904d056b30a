// Full evaluation of the seed reference scenario, the large-scenario kernel and the Monte Carlo
// (issue 11 targets: 20 us, 50 ms, 50 ms). Run: build/bench/bench_evaluate
// --benchmark_repetitions=5
#include "evaluation/charges.h"
#include "evaluation/evaluator.h"
#include "evaluation/monte_carlo.h"
#include "evaluation/sensitivity.h"
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

// Issue 11: cost linear in lines x months. 1,000 lines over 240 months, ramps and growth
// mixed, evaluated in full (the kernel's charges, then every path's burn-downs).
Scenario largeScenario() {
    Scenario s = reference();
    s.horizonMonths = 240;
    const std::vector<SpendLine> mix = s.spendLines;
    s.spendLines.clear();
    for (int i = 0; i < 1000; ++i) {
        SpendLine line = mix[static_cast<std::size_t>(i) % mix.size()];
        line.monthly = Money::fromCents(1000 + 37 * i);
        line.growthPercentPerMonth = Rate::fromPartsPerMillion(1000 + 13 * (i % 50));
        if (i % 4 == 0)
            line.ramp = Ramp{Money::fromCents(4000 + 51 * i), 1 + i % 12};
        s.spendLines.push_back(line);
    }
    return s;
}

void evaluateThousandLines240Months(benchmark::State& state) {
    const Scenario s = largeScenario();
    const EvaluationOptions options{*parseIsoDate("2026-11-26")};
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluate(s, Rulebook::builtIn(), options));
}
BENCHMARK(evaluateThousandLines240Months)->Unit(benchmark::kMillisecond);

// The charges alone, kernel against the multi-precision reference, on the same scenario.
void chargesThousandLinesKernel(benchmark::State& state) {
    const Scenario s = largeScenario();
    for (auto _ : state)
        benchmark::DoNotOptimize(ChargeSchedule(s.spendLines, 240));
}
BENCHMARK(chargesThousandLinesKernel)->Unit(benchmark::kMillisecond);

void chargesThousandLinesReference(benchmark::State& state) {
    const Scenario s = largeScenario();
    for (auto _ : state)
        benchmark::DoNotOptimize(ChargeSchedule::reference(s.spendLines, 240));
}
BENCHMARK(chargesThousandLinesReference)->Unit(benchmark::kMillisecond)->Iterations(1);

// Issue 11: 100,000 Monte Carlo draws of the reference scenario on two threads (approvals and
// POC completion drawn; its spend is certain, so each outcome's burn-down is run once).
void monteCarloReference100k(benchmark::State& state) {
    const Scenario s = reference();
    const Evaluation ev = evaluate(s, Rulebook::builtIn(), {*parseIsoDate("2026-11-26")});
    for (auto _ : state) {
        Evaluation copy = ev;
        MonteCarloOptions options;
        options.draws = 100'000;
        options.seed = 1;
        options.threads = 2;
        addDistributions(s, Rulebook::builtIn(), copy, options);
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(monteCarloReference100k)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same with every spend line ±20 % and growth uncertain: each draw charges its own lines.
void monteCarloUncertainSpend10k(benchmark::State& state) {
    Scenario s = reference();
    for (auto& line : s.spendLines) {
        line.uncertaintyPercent = Rate::parsePercent("20");
        line.growthPercentPerMonth = Rate::parsePercent("1");
    }
    s.growthUncertaintyPercent = Rate::parsePercent("50");
    const Evaluation ev = evaluate(s, Rulebook::builtIn(), {*parseIsoDate("2026-11-26")});
    for (auto _ : state) {
        Evaluation copy = ev;
        MonteCarloOptions options;
        options.draws = 10'000;
        options.seed = 1;
        options.threads = 2;
        addDistributions(s, Rulebook::builtIn(), copy, options);
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(monteCarloUncertainSpend10k)->Unit(benchmark::kMillisecond)->UseRealTime();

void sensitivityReference(benchmark::State& state) {
    const Scenario s = reference();
    const Evaluation ev = evaluate(s, Rulebook::builtIn(), {*parseIsoDate("2026-11-26")});
    for (auto _ : state)
        benchmark::DoNotOptimize(computeSensitivity(s, Rulebook::builtIn(), ev));
}
BENCHMARK(sensitivityReference)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
