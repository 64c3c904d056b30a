#include "evaluator.h"

#include "burn_down.h"
#include "derivations.h"
#include "messages.h"
#include "overlap.h"
#include "path_context.h"
#include "recommendation.h"
#include "text_checks.h"
#include "timeline.h"
#include "usable_value.h"

#include <algorithm>

namespace creditpath {
namespace {

// Warnings that would sink an Activate application, and money a path that fits would lose to
// expiry (BD-3), worst first; one alert per distinct sentence, naming every path it belongs to.
std::vector<PathNote> collectAlerts(const std::vector<PathResult>& paths) {
    static const std::vector<std::string_view> forfeiture{"forfeiture",
                                                          "forfeiture_estimated_expiry"};
    static const std::vector<std::string_view> sinking{"no_vouch",
                                                       "implausible_spend",
                                                       "overlap",
                                                       "overlap_text_only",
                                                       "aws_product_overlap",
                                                       "build_generic_framing",
                                                       "build_spend_mismatch",
                                                       "poc_gap_use_case",
                                                       "poc_gap_model",
                                                       "poc_gap_model_reasoning",
                                                       "poc_gap_eval_methodology",
                                                       "poc_gap_eval_examples",
                                                       "poc_gap_budget"};
    std::vector<PathNote> alerts;
    auto listed = [](const auto& codes, std::string_view code) {
        return std::find(codes.begin(), codes.end(), code) != codes.end();
    };
    for (const auto& p : paths) {
        const bool activate = p.id == PathId::Stack || p.id == PathId::PortfolioBuild ||
                              p.id == PathId::PortfolioOnly;
        for (const auto& r : p.reasons) {
            const bool alert = (activate && listed(sinking, r.code)) ||
                               (p.verdict == Verdict::Fit && listed(forfeiture, r.code));
            if (!alert)
                continue;
            const auto same = std::find_if(alerts.begin(), alerts.end(), [&](const PathNote& a) {
                return a.reason.code == r.code && a.reason.args == r.args;
            });
            if (same != alerts.end())
                same->paths.push_back(p.id);
            else
                alerts.push_back({r, {p.id}});
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const PathNote& a, const PathNote& b) {
        return a.reason.severity > b.reason.severity;
    });
    return alerts;
}

std::vector<MaterialItem> materials(const Scenario& s, const RulebookParameters& r) {
    auto filled = [](const std::string& t) { return !detail::isBlank(t); };
    std::vector<MaterialItem> out;
    out.reserve(r.materials.size());
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
    out.reserve(r.combinations.size());
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
    // Long enough for the horizon, the PF-3 window, a year of SP-2/ED-1 spend, and every
    // pool's expiry (usable value runs each level until its pools have expired).
    const int scheduleMonths = std::max(
        {scenario.horizonMonths, rules.plausibilityWindowMonths, 12, monthsToLastExpiry(rules)});
    // Shared: the burn-downs' month rows are made from it when a reader asks.
    const SharedCharges shared =
        std::make_shared<const ChargeSchedule>(scenario.spendLines, scheduleMonths);
    const ChargeSchedule& charges = *shared;
    const LoweredUseCases useCases = lowerUseCases(scenario.portfolio, scenario.build);
    const Overlap overlap = detectOverlap(scenario.portfolio, scenario.build, useCases, rules);
    const PhraseFindings phrases = findPhrases(useCases, rules);
    const PathContext ctx{scenario, rules, charges, overlap, phrases};

    Evaluation ev;
    ev.rulebookEdition = rulebook.edition();
    ev.rulebookOverrides = rulebook.overrides();
    ev.startDate = options.startDate;
    ev.horizonMonths = scenario.horizonMonths;
    ev.overlap = overlap;
    ev.needsSpend = charges.totalOver(1, scenario.horizonMonths).isZero();
    // Nothing is projected before spend is entered: the burn-downs have no months.
    const int burnDownMonths = ev.needsSpend ? 0 : scenario.horizonMonths;

    struct CreditPath {
        PathId id;
        PoolLevels levels;
        CreditValue value;
    };
    std::vector<CreditPath> credit;
    credit.reserve(5); // burn-downs are not moved on growth (their inline lists' moves may throw)
    for (PathId id : {PathId::Stack, PathId::PortfolioBuild, PathId::PortfolioOnly,
                      PathId::GenaiAccelerator, PathId::Map}) {
        PoolLevels levels = poolLevels(id, ctx);
        CreditValue value = creditValue(id, levels, shared, scenario.horizonMonths, ev.needsSpend,
                                        rules.billing.tieBreak);
        credit.push_back({id, std::move(levels), std::move(value)});
    }
    // Reserved: a path's lists inline (RuleList) may throw when moved, so growth would copy.
    ev.paths.reserve(std::size(kAllPaths));
    ev.paths.push_back(evaluateStack(ctx, credit[0].value));
    ev.paths.push_back(evaluatePortfolioBuild(ctx, credit[1].value));
    ev.paths.push_back(evaluatePortfolioOnly(ctx, credit[2].value));
    ev.paths.push_back(evaluateAccelerator(ctx, credit[3].value));
    ev.paths.push_back(evaluateMap(ctx, credit[4].value));
    ev.paths.push_back(evaluateSpp(ctx));
    ev.paths.push_back(evaluateEdp(ctx));

    // The burn-down each credit path shows: its pools as applied for, at the typical award,
    // over the horizon. The typical level's run reaches the horizon and every expiry, so the
    // shown burn-down is its first months: moved when they are all of it, else copied.
    ev.otherBurnDowns.reserve(credit.size());
    std::vector<const BurnDown*> toExpiry(credit.size());
    for (std::size_t i = 0; i < credit.size(); ++i) {
        CreditPath& c = credit[i];
        toExpiry[i] = &c.value.typicalToExpiry;
        if (c.value.face.typical.isZero())
            continue;
        BurnDown bd;
        if (ev.needsSpend) {
            bd = computeBurnDown(c.id, c.levels.typical, shared, 0, rules.billing.tieBreak);
        } else if (c.value.typicalToExpiry.months.size() == std::size_t(burnDownMonths)) {
            bd = std::move(c.value.typicalToExpiry);
            toExpiry[i] = nullptr; // the shown one, once it has its place
        } else {
            bd = firstMonthsOf(c.value.typicalToExpiry, burnDownMonths);
        }
        if (c.id == PathId::Stack)
            ev.burnDown = std::move(bd);
        else
            ev.otherBurnDowns.push_back(std::move(bd));
    }

    for (auto& p : ev.paths) {
        const auto it = rules.timelines.find(std::string(nameOf(p.id)));
        if (it != rules.timelines.end())
            p.timeline = datedTimeline(it->second, options.startDate);
        p.derivationBasis.needsSpend = ev.needsSpend;
        for (std::size_t i = 0; i < credit.size(); ++i)
            if (credit[i].id == p.id) {
                const BurnDown* shown = ev.burnDownFor(p.id);
                keepDerivationBasis(p, std::move(credit[i].levels), credit[i].value,
                                    toExpiry[i] ? *toExpiry[i] : *shown, rules);
            }
    }

    if (!ev.needsSpend)
        ev.alerts = collectAlerts(ev.paths);
    ev.recommendation = recommend(ev.paths, scenario.objective,
                                  scenario.company.creditsNeededWithinDays, ev.needsSpend);
    ev.materials = materials(scenario, rules);
    ev.combinations = combinations(ev.paths, rules);
    return ev;
}

} // namespace creditpath
