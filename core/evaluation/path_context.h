#pragma once
// What every path evaluator reads: the scenario, the rulebook's figures, the charge schedule
// and the overlap finding, plus the few spend aggregates several rules share.
#include "charges.h"
#include "evaluation.h"
#include "overlap.h"
#include "scenario/scenario.h"

namespace creditpath {

// The rulebook's phrases each use case contains (PF-4, BS-3), found once per evaluation:
// every Activate path reports them. Null when none is found.
struct PhraseFindings {
    const std::string* awsProduct = nullptr;     // in Portfolio's use case
    const std::string* genericFraming = nullptr; // in Build's use case
};
PhraseFindings findPhrases(const LoweredUseCases& useCases, const RulebookParameters& rules);

struct PathContext {
    const Scenario& scenario;
    const RulebookParameters& rules;
    const ChargeSchedule& charges; // over max(horizon, plausibility window, 12) months
    const Overlap& overlap;
    const PhraseFindings& phrases;

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

// An empty list of a path's reasons with room for the usual count (a path has about a dozen):
// growing it one reason at a time would move every reason several times, and twelve reasons
// stay within the allocator's per-thread cache of small blocks (up to 1,032 bytes).
std::vector<Reason> reasonList();

// Verdict from the worst severity among the reasons: blocker -> not eligible,
// warning -> poor fit, otherwise fit.
Verdict verdictFrom(const std::vector<Reason>& reasons);

// The timing reason for a path whose money lands within `days` (TL rules, GA-1, ...).
Reason timingReason(const std::string& rule, const DayRange& days, int neededWithinDays);

// What the projected bill absorbs of each level before its pools expire.
struct CreditValue {
    ValueRange face, usable, forfeited;
    Money expectedUsable;     // usable value of the `expected` pools
    BurnDown typicalToExpiry; // the typical level run until every pool has expired
};

// What applying costs and how likely it pays, with the rules that say so.
struct PathTerms {
    Rate odds;
    std::string oddsRule;
    DayRange days;
    std::string timingRule;
    int founderMinutes = 0;
};

// The figures that turn a list of reasons into a PathResult.
struct PathFigures {
    PathId id;
    ValueRange value, usable, forfeited;
    Money expectedBase; // usable value approval would pay; times the odds = expected value
    PathTerms terms;
};
PathFigures creditFigures(PathId id, const CreditValue& credit, PathTerms terms);
PathFigures discountFigures(PathId id, const ValueRange& value, PathTerms terms);
// Adds the timing and odds reasons, derives the verdict from the fit reasons, and zeroes the
// expected value of a path that is not eligible.
PathResult finishPath(const PathContext& ctx, const PathFigures& figures,
                      std::vector<Reason> reasons);

// BD-3: a value warning naming every pool balance the typical level forfeits, if any; pools
// whose expiry is a product estimate say so.
void addForfeitureReason(const BurnDown& toExpiry, std::vector<Reason>& out);

// Evaluators, one per family. Credit paths receive their usable value, computed by the caller.
PathResult evaluateStack(const PathContext& ctx, const CreditValue& credit);
PathResult evaluatePortfolioBuild(const PathContext& ctx, const CreditValue& credit);
PathResult evaluatePortfolioOnly(const PathContext& ctx, const CreditValue& credit);
PathResult evaluateAccelerator(const PathContext& ctx, const CreditValue& credit);
PathResult evaluateMap(const PathContext& ctx, const CreditValue& credit);
PathResult evaluateSpp(const PathContext& ctx);
PathResult evaluateEdp(const PathContext& ctx);

// Pools each credit path applies for, per award level.
PoolLevels stackPools(const PathContext& ctx);
PoolLevels portfolioBuildPools(const PathContext& ctx);
PoolLevels portfolioOnlyPools(const PathContext& ctx);
PoolLevels acceleratorPools(const PathContext& ctx);
PoolLevels mapPools(const PathContext& ctx);
PoolLevels poolLevels(PathId id, const PathContext& ctx);
Money pocAward(const PathContext& ctx);
Money mapTypicalAward(const PathContext& ctx);
// ST-3: founder minutes for the Activate applications a path files.
int activateFounderMinutes(const PathContext& ctx, bool build, bool poc);

} // namespace creditpath
