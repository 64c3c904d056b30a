#include "uncertainty_model.h"

#include "burn_down.h"
#include "overlap.h"
#include "path_context.h"
#include "usable_value.h"

#include <algorithm>
#include <cmath>

namespace creditpath {
namespace {

Application applicationOfPool(std::string_view id) {
    if (id == "build")
        return Application::Build;
    if (id == "bedrock_poc")
        return Application::BedrockPoc;
    if (id == "genai_accelerator")
        return Application::GenaiAccelerator;
    if (id == "map")
        return Application::Map;
    return Application::Portfolio;
}

std::int64_t scaledCents(const Money& m, double factor) {
    const double v = std::floor(m.cents().convert_to<double>() * factor + 0.5);
    return static_cast<std::int64_t>(std::clamp(v, 0.0, double(kMaxMonthlyCharge) * 100.0));
}

} // namespace

double sigmaForUncertainty(const Rate& percent) {
    // The 95th percentile of exp(sigma·Z) is 1 + p: z(0.95) = 1.6448536.
    const double p = static_cast<double>(percent.partsPerMillion()) / 1e6;
    return std::log1p(p) / 1.6448536269514722;
}

SpendLine realisedLine(const SpendLine& line, double levelFactor, double growthFactor) {
    SpendLine out = line;
    out.monthly = Money::fromCents(scaledCents(line.monthly, levelFactor));
    if (out.ramp)
        out.ramp->to = Money::fromCents(scaledCents(line.ramp->to, levelFactor));
    const double g = std::round(static_cast<double>(line.growthPercentPerMonth.partsPerMillion()) *
                                growthFactor);
    out.growthPercentPerMonth =
        Rate::fromPartsPerMillion(static_cast<std::int64_t>(std::clamp(g, -990'000.0, 1e6)));
    return out;
}

UncertaintyModel uncertaintyModel(const Scenario& scenario, const RulebookParameters& rules,
                                  const Evaluation& ev) {
    UncertaintyModel m;
    m.odds = {rules.oddsPortfolio, rules.oddsBuild, rules.oddsBedrockPoc, rules.gaAcceptance,
              rules.mapApproval};
    const BedrockPocPlan& poc = scenario.bedrockPoc;
    m.pocCompletion = poc.completionProbabilityPercent
                          ? *poc.completionProbabilityPercent
                          : Rate::fromPartsPerMillion(poc.pocCompletes ? Rate::kScale : 0);
    // BD-1: credits from the issue month lose one invoice before each stated expiry.
    m.pocCompletedExpiry = creditExpiryMonth(rules.generalExpiryMonth, rules.billing);
    m.pocIncompleteExpiry = creditExpiryMonth(rules.pocIncompleteExpiryMonth, rules.billing);
    m.tieBreak = rules.billing.tieBreak;
    m.horizon = scenario.horizonMonths;
    // The evaluator's schedule length: every pool reaches its expiry.
    m.scheduleMonths = std::max(
        {scenario.horizonMonths, rules.plausibilityWindowMonths, 12, monthsToLastExpiry(rules)});
    const ChargeSchedule charges(scenario.spendLines, m.scheduleMonths);
    const PhraseFindings phrases; // pools do not depend on them
    const PathContext ctx{scenario, rules, charges, ev.overlap, phrases};
    for (PathId id : {PathId::Stack, PathId::PortfolioBuild, PathId::PortfolioOnly,
                      PathId::GenaiAccelerator, PathId::Map}) {
        const PoolLevels levels = poolLevels(id, ctx);
        if (levels.typical.empty())
            continue;
        PathModel p;
        p.id = id;
        p.refused = ev.path(id).verdict == Verdict::NotEligible;
        for (const auto& pool : levels.typical) {
            const Application a = applicationOfPool(pool.id);
            p.applicationOf.push_back(a);
            if (std::find(p.applications.begin(), p.applications.end(), a) == p.applications.end())
                p.applications.push_back(a);
            p.hasPoc = p.hasPoc || a == Application::BedrockPoc;
        }
        // BS-4: the pools approval pays are the expected level's (Build zeroed on overlap).
        for (const auto& pool : levels.typical) {
            const bool pays = std::any_of(levels.expected.begin(), levels.expected.end(),
                                          [&](const Pool& e) { return e.id == pool.id; });
            Pool kept = pool;
            if (!pays)
                kept.award = Money();
            p.pools.push_back(kept);
        }
        m.paths.push_back(std::move(p));
    }
    return m;
}

std::vector<Pool> outcomePools(const UncertaintyModel& model, const PathModel& path,
                               std::uint32_t approved, bool pocCompleted) {
    std::vector<Pool> out;
    if (path.refused)
        return out;
    for (std::size_t i = 0; i < path.pools.size(); ++i) {
        const auto bit = static_cast<std::size_t>(
            std::find(path.applications.begin(), path.applications.end(), path.applicationOf[i]) -
            path.applications.begin());
        if (!(approved >> bit & 1u) || path.pools[i].award.isZero())
            continue;
        Pool pool = path.pools[i];
        if (path.applicationOf[i] == Application::BedrockPoc)
            pool.expiresMonth = pocCompleted ? model.pocCompletedExpiry : model.pocIncompleteExpiry;
        out.push_back(std::move(pool));
    }
    return out;
}

} // namespace creditpath
