#include "path_context.h"

#include "messages.h"

#include <algorithm>

namespace creditpath {

Money PathContext::averageMonthlySpend() const {
    const int window = rules.plausibilityWindowMonths;
    return charges.totalOver(1, window).dividedBy(window);
}

Money PathContext::firstYearSpend() const {
    return charges.totalOver(1, 12);
}

Money PathContext::discountableSpendOverHorizon() const {
    return charges.totalOver(1, horizon()) -
           charges.categoryOver(Category::Marketplace, 1, horizon());
}

Money PathContext::peakBedrockMonthly() const {
    Money peak;
    for (int m = 1; m <= std::min(12, charges.months()); ++m)
        peak = max(peak, charges.category(m, Category::Bedrock));
    return peak;
}

std::vector<Reason> reasonList() {
    std::vector<Reason> reasons;
    reasons.reserve(12);
    return reasons;
}

Verdict verdictFrom(const std::vector<Reason>& reasons) {
    Verdict v = Verdict::Fit;
    for (const auto& r : reasons) {
        if (r.kind == ReasonKind::Value)
            continue;
        if (r.severity == Severity::Blocker)
            return Verdict::NotEligible;
        if (r.severity == Severity::Warning)
            v = Verdict::PoorFit;
    }
    return v;
}

Reason timingReason(const std::string& rule, const DayRange& days, int needed) {
    std::vector<MessageArg> args{integerArg("min", days.min), integerArg("max", days.max),
                                 integerArg("needed", needed)};
    if (needed < days.min)
        return makeReason(rule, Severity::Warning, "lands_late", std::move(args));
    if (needed < days.max)
        return makeReason(rule, Severity::Info, "may_land_late", std::move(args));
    return makeReason(rule, Severity::Info, "lands_in_time", std::move(args));
}

PoolLevels poolLevels(PathId id, const PathContext& ctx) {
    switch (id) {
    case PathId::Stack:
        return stackPools(ctx);
    case PathId::PortfolioBuild:
        return portfolioBuildPools(ctx);
    case PathId::PortfolioOnly:
        return portfolioOnlyPools(ctx);
    case PathId::GenaiAccelerator:
        return acceleratorPools(ctx);
    case PathId::Map:
        return mapPools(ctx);
    case PathId::Spp:
    case PathId::Edp:
        break;
    }
    return {};
}

PathFigures creditFigures(PathId id, const CreditValue& credit, PathTerms terms) {
    PathFigures f;
    f.id = id;
    f.terms = std::move(terms);
    f.value = credit.face;
    f.usable = credit.usable;
    f.forfeited = credit.forfeited;
    f.expectedBase = credit.expectedUsable;
    return f;
}

PathFigures discountFigures(PathId id, const ValueRange& value, PathTerms terms) {
    PathFigures f;
    f.id = id;
    f.terms = std::move(terms);
    f.value = value;
    f.usable = value; // a saving needs no pool to absorb it
    f.expectedBase = value.typical;
    return f;
}

PathResult finishPath(const PathContext& ctx, const PathFigures& f, std::vector<Reason> reasons) {
    PathResult result;
    result.id = f.id;
    reasons.reserve(reasons.size() + 2); // the timing and the odds
    if (isCreditPath(f.id))
        reasons.push_back(timingReason(f.terms.timingRule, f.terms.days,
                                       ctx.scenario.company.creditsNeededWithinDays));
    else
        reasons.push_back(
            makeReason(f.terms.timingRule, Severity::Info, "discount_starts",
                       {integerArg("min", f.terms.days.min), integerArg("max", f.terms.days.max)}));
    reasons.push_back(makeReason(f.terms.oddsRule, Severity::Info, "approval_odds",
                                 {percentArg("odds", f.terms.odds)}));
    result.verdict = verdictFrom(reasons);
    result.reasons = std::move(reasons);
    result.value = f.value;
    result.usableValue = f.usable;
    result.forfeited = f.forfeited;
    result.approvalOdds = f.terms.odds;
    result.expectedValue =
        result.verdict == Verdict::NotEligible ? Money() : f.expectedBase * f.terms.odds;
    result.daysToMoney = f.terms.days;
    result.founderMinutes = f.terms.founderMinutes;
    return result;
}

void addForfeitureReason(const BurnDown& bd, std::vector<Reason>& out) {
    if (bd.totalForfeited.isZero())
        return;
    const Pool* estimated = nullptr;
    for (const Forfeiture& f : bd.forfeitures)
        for (const auto& p : bd.pools)
            if (p.id == f.pool && p.expiryEstimated)
                estimated = &p;
    std::vector<MessageArg> args{moneyArg("amount", bd.totalForfeited), forfeitsArg("pools", bd)};
    if (estimated) {
        args.push_back(integerArg("month", estimated->expiresMonth));
        args.push_back(textArg("rule", std::string(estimated->expiryRule)));
    }
    Reason r =
        makeReason("BD-3", Severity::Warning,
                   estimated ? "forfeiture_estimated_expiry" : "forfeiture", std::move(args));
    r.kind = ReasonKind::Value;
    out.push_back(std::move(r));
}

} // namespace creditpath
