#include "evaluator.h"

#include "burn_down.h"
#include "messages.h"
#include "overlap.h"
#include "path_context.h"
#include "recommendation.h"
#include "text_checks.h"
#include "timeline.h"

#include <algorithm>

namespace creditpath {
namespace {

// Application blockers and warnings that would sink a filing, deduplicated, worst first.
std::vector<Reason> collectAlerts(const std::vector<PathResult>& paths) {
    static const std::vector<std::string_view> sinking{"no_vouch",
                                                       "implausible_spend",
                                                       "overlap",
                                                       "aws_product_overlap",
                                                       "build_generic_framing",
                                                       "forfeiture",
                                                       "poc_gap_use_case",
                                                       "poc_gap_model",
                                                       "poc_gap_model_reasoning",
                                                       "poc_gap_eval_methodology",
                                                       "poc_gap_eval_examples",
                                                       "poc_gap_budget"};
    std::vector<Reason> alerts;
    for (const auto& p : paths) {
        if (p.id != PathId::Stack && p.id != PathId::PortfolioBuild &&
            p.id != PathId::PortfolioOnly)
            continue;
        for (const auto& r : p.reasons) {
            if (std::find(sinking.begin(), sinking.end(), r.code) == sinking.end())
                continue;
            const bool seen = std::any_of(alerts.begin(), alerts.end(), [&](const Reason& a) {
                return a.code == r.code && a.text == r.text;
            });
            if (!seen)
                alerts.push_back(r);
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Reason& a, const Reason& b) { return a.severity > b.severity; });
    return alerts;
}

std::vector<MaterialItem> materials(const Scenario& s, const RulebookParameters& r) {
    auto filled = [](const std::string& t) { return !detail::isBlank(t); };
    std::vector<MaterialItem> out;
    for (const auto& id : r.materials) {
        bool ready = false;
        if (id == "company_info")
            ready = !s.company.name.empty();
        else if (id == "aws_account_id")
            ready = !s.company.awsAccountId.empty();
        else if (id == "use_case_portfolio_build")
            ready = filled(s.portfolio.useCase) && (!s.build.enabled || filled(s.build.useCase));
        else if (id == "use_case_bedrock_poc")
            ready = filled(s.bedrockPoc.useCase);
        else if (id == "eval_methodology")
            ready = filled(s.bedrockPoc.evalMethodology);
        out.push_back({id, ready});
    }
    return out;
}

std::vector<Combination> combinations(const std::vector<PathResult>& paths,
                                      const RulebookParameters& r) {
    auto usable = [&](PathId id) {
        for (const auto& p : paths)
            if (p.id == id)
                return p.verdict != Verdict::NotEligible;
        return false;
    };
    std::vector<Combination> out;
    for (const auto& spec : r.combinations) {
        const auto a = parsePathId(spec.first), b = parsePathId(spec.second);
        if (!a || !b || !usable(*a) || !usable(*b))
            continue;
        out.push_back(
            {*a, *b, spec.allowed,
             makeReason("PD-5", spec.allowed ? Severity::Info : Severity::Warning, spec.code)});
    }
    return out;
}

} // namespace

Evaluation evaluate(const Scenario& scenario, const Rulebook& rulebook,
                    const EvaluationOptions& options) {
    const RulebookParameters& rules = rulebook.params();
    const int scheduleMonths =
        std::max({scenario.horizonMonths, rules.plausibilityWindowMonths, 12});
    const ChargeSchedule charges(scenario.spendLines, scheduleMonths);
    const Overlap overlap = detectOverlap(scenario.portfolio, scenario.build, rules);
    const PathContext ctx{scenario, rules, charges, overlap};

    Evaluation ev;
    ev.rulebookEdition = rulebook.edition();
    ev.rulebookOverrides = rulebook.overrides();
    ev.startDate = options.startDate;
    ev.horizonMonths = scenario.horizonMonths;
    ev.overlap = overlap;

    ev.burnDown = computeBurnDown(PathId::Stack, stackPools(ctx), charges, scenario.horizonMonths);
    ev.otherBurnDowns.push_back(computeBurnDown(PathId::PortfolioBuild, portfolioBuildPools(ctx),
                                                charges, scenario.horizonMonths));
    ev.otherBurnDowns.push_back(computeBurnDown(PathId::PortfolioOnly, portfolioOnlyPools(ctx),
                                                charges, scenario.horizonMonths));
    ev.otherBurnDowns.push_back(computeBurnDown(PathId::GenaiAccelerator, acceleratorPools(ctx),
                                                charges, scenario.horizonMonths));
    const bool migrating =
        scenario.migration.from != MigrationSource::None && !mapTypicalAward(ctx).isZero();
    if (migrating)
        ev.otherBurnDowns.push_back(
            computeBurnDown(PathId::Map, mapPools(ctx), charges, scenario.horizonMonths));

    ev.paths.push_back(evaluateStack(ctx, ev.burnDown));
    ev.paths.push_back(evaluatePortfolioBuild(ctx, ev.otherBurnDowns[0]));
    ev.paths.push_back(evaluatePortfolioOnly(ctx, ev.otherBurnDowns[1]));
    ev.paths.push_back(evaluateAccelerator(ctx, ev.otherBurnDowns[2]));
    ev.paths.push_back(evaluateMap(ctx, migrating ? &ev.otherBurnDowns[3] : nullptr));
    ev.paths.push_back(evaluateSpp(ctx));
    ev.paths.push_back(evaluateEdp(ctx));
    for (auto& p : ev.paths) {
        const auto it = rules.timelines.find(std::string(nameOf(p.id)));
        if (it != rules.timelines.end())
            p.timeline = datedTimeline(it->second, options.startDate);
    }

    ev.alerts = collectAlerts(ev.paths);
    ev.recommendation =
        recommend(ev.paths, scenario.objective, scenario.company.creditsNeededWithinDays);
    ev.materials = materials(scenario, rules);
    ev.combinations = combinations(ev.paths, rules);
    return ev;
}

} // namespace creditpath
