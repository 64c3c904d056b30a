#pragma once
// What every path evaluator reads: the scenario, the rulebook's figures, the charge schedule
// and the overlap finding, plus the few spend aggregates several rules share.
#include "charges.h"
#include "evaluation.h"
#include "scenario/scenario.h"

namespace creditpath {

struct PathContext {
    const Scenario& scenario;
    const RulebookParameters& rules;
    const ChargeSchedule& charges; // over max(horizon, plausibility window, 12) months
    const Overlap& overlap;

    int horizon() const { return scenario.horizonMonths; }
    // Average monthly charge over the PF-3 window (the projection an application states).
    Money averageMonthlySpend() const;
    // The first twelve months' charges: what "annual AWS spend" means in SP-2 and ED-1.
    Money firstYearSpend() const;
    // Charges a bill discount applies to over the horizon (everything but Marketplace).
    Money discountableSpendOverHorizon() const;
    // Peak monthly Bedrock charge within the first twelve months (BP-1's "projected spend").
    Money peakBedrockMonthly() const;
};

// Verdict from the worst severity among the reasons: blocker -> not eligible,
// warning -> poor fit, otherwise fit.
Verdict verdictFrom(const std::vector<Reason>& reasons);

// The timing reason for a path whose money lands within `days` (TL rules, GA-1, ...).
Reason timingReason(const std::string& rule, const DayRange& days, int neededWithinDays);

// The figures that turn a list of reasons into a PathResult.
struct PathFigures {
    PathId id;
    ValueRange value;
    Money expectedBase; // what approval would pay; times the odds = expected value (PD-2)
    Rate odds;
    std::string oddsRule;
    DayRange days;
    std::string timingRule;
    int founderMinutes = 0;
};
// Adds the timing and odds reasons, derives the verdict, and zeroes the expected value of a
// path that is not eligible.
PathResult finishPath(const PathContext& ctx, const PathFigures& figures,
                      std::vector<Reason> reasons);

// BD-3: a warning naming every pool balance a burn-down forfeits, if any.
void addForfeitureReason(const BurnDown& burnDown, std::vector<Reason>& out);

// Evaluators, one per family. Burn-downs are computed by the caller and passed in where a
// verdict depends on them (forfeiture).
PathResult evaluateStack(const PathContext& ctx, const BurnDown& burnDown);
PathResult evaluatePortfolioBuild(const PathContext& ctx, const BurnDown& burnDown);
PathResult evaluatePortfolioOnly(const PathContext& ctx, const BurnDown& burnDown);
PathResult evaluateAccelerator(const PathContext& ctx, const BurnDown& burnDown);
PathResult evaluateMap(const PathContext& ctx, const BurnDown* burnDown);
PathResult evaluateSpp(const PathContext& ctx);
PathResult evaluateEdp(const PathContext& ctx);

// Pools each credit path applies for, each at its typical award.
std::vector<Pool> stackPools(const PathContext& ctx);
std::vector<Pool> portfolioBuildPools(const PathContext& ctx);
std::vector<Pool> portfolioOnlyPools(const PathContext& ctx);
std::vector<Pool> acceleratorPools(const PathContext& ctx);
std::vector<Pool> mapPools(const PathContext& ctx);
Money pocAward(const PathContext& ctx);
Money mapTypicalAward(const PathContext& ctx);

} // namespace creditpath
