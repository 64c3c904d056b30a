#pragma once
// Issue 11's uncertainty model, shared by the Monte Carlo and the sensitivity: which
// applications each credit path files, the odds of each (UN-1, so that a path's combined odds
// are ST-2's), the POC's completion odds (BD-3's expiry depends on it) and the pools that each
// outcome pays. Spend uncertainty is the lines' `uncertainty_percent` and the scenario's
// `growth_uncertainty_percent`: a lognormal factor whose 5th and 95th percentiles are
// 1/(1 + p) and 1 + p, so the realised figure lies within about ±p % with 90 % confidence.
#include "burn_down_kernel.h"
#include "charges.h"
#include "evaluation.h"
#include "scenario/scenario.h"

#include <array>
#include <cstdint>
#include <vector>

namespace creditpath {

enum class Application { Portfolio, Build, BedrockPoc, GenaiAccelerator, Map };
inline constexpr int kApplicationCount = 5;

// One credit path: its pools if every application is approved, and which application pays
// each. An outcome is (approved applications of the path, POC completed).
struct PathModel {
    PathId id = PathId::Stack;
    std::vector<Pool> pools;
    std::vector<Application> applicationOf; // per pool
    std::vector<Application> applications;  // distinct, in pool order: bit i of an outcome
    bool refused = false;                   // not eligible: nothing is ever approved
    bool hasPoc = false;
    int outcomeCount() const { return 2 << applications.size(); } // approvals x completion
};

struct UncertaintyModel {
    std::array<Rate, kApplicationCount> odds{};
    Rate pocCompletion;
    int pocCompletedExpiry = 24, pocIncompleteExpiry = 12;
    int horizon = 36;
    int scheduleMonths = 36;
    PoolTieBreak tieBreak = PoolTieBreak::FewestServicesThenOldest; // BD-2
    std::vector<PathModel> paths; // credit paths with pools, in kAllPaths order
};

// The evaluation supplies verdicts (a path that is not eligible is never approved) and the
// overlap finding (BS-4: an approved Build pays nothing when the reviewer zeroes it).
UncertaintyModel uncertaintyModel(const Scenario& scenario, const RulebookParameters& rules,
                                  const Evaluation& evaluation);

// The pools of one outcome: bit i of `approved` approves the path's i-th application.
std::vector<Pool> outcomePools(const UncertaintyModel& model, const PathModel& path,
                               std::uint32_t approved, bool pocCompleted);
// Outcome index: approved bits, then the completion bit above them.
inline int outcomeIndex(const PathModel& path, std::uint32_t approved, bool pocCompleted) {
    return static_cast<int>(approved) |
           (pocCompleted ? 1 << static_cast<int>(path.applications.size()) : 0);
}

// outcomeIndex() read back: bit i of `approved` is applications[i].
struct Outcome {
    std::uint32_t approved = 0;
    bool pocCompleted = false;
};
inline Outcome outcomeOf(const PathModel& path, int index) {
    const auto apps = path.applications.size();
    return {static_cast<std::uint32_t>(index) & ((1u << apps) - 1), ((index >> apps) & 1) != 0};
}

// The lognormal sigma for "within ±p % with 90 % confidence".
double sigmaForUncertainty(const Rate& percent);
// A line with its level scaled by `levelFactor` and its growth by `growthFactor` (each
// amount rounded half-up to the cent, growth to the ppm, within the reader's bounds).
SpendLine realisedLine(const SpendLine& line, double levelFactor, double growthFactor);

} // namespace creditpath
