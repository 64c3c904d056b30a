#pragma once
// Issue 11: seeded Monte Carlo over the uncertainty model (uncertainty_model.h). Each draw
// decides every application once (shared by the paths that file it), whether the POC
// completes, and a level factor per uncertain spend line and one growth factor; each credit
// path then burns down the pools its approved applications pay (the cents kernel), giving out
// of pocket over the horizon, usable credits to expiry and the covered-through month.
//
// Reproducible: draws run in fixed blocks, each with its own generator seeded from (seed,
// block), so the figures are the same for any number of threads.
#include "evaluation.h"
#include "scenario/scenario.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace creditpath {

struct MonteCarloOptions {
    int draws = 10'000;
    std::uint64_t seed = 1;
    int threads = 2;
    // The path whose monthly out-of-pocket band is wanted (the window's burn-down), if any.
    std::optional<PathId> bandPath;
    // Set from another thread to stop early (the window's stale runs); the figures are then
    // incomplete and the caller drops them.
    const std::atomic<bool>* cancelled = nullptr;
};

// The P10 and P90 of each month's out of pocket over the draws, months 1..horizon: the band
// the burn-down chart draws around its out-of-pocket line.
struct MonthlyBand {
    PathId path = PathId::Stack;
    std::vector<Money> p10, p90;
};

// Sets `distribution` on every credit path with pools (nothing before spend is entered), and
// fills `band` when options.bandPath names one of them.
void addDistributions(const Scenario& scenario, const Rulebook& rulebook, Evaluation& evaluation,
                      const MonteCarloOptions& options, MonthlyBand* band = nullptr);

// count / draws with four digits, half-up: "0.7998", "1.0000".
std::string fractionText(int count, int draws);

} // namespace creditpath
