#include "derivations.h"

#include "messages.h"

#include <algorithm>

namespace creditpath {
namespace {

std::vector<Term> awardTerms(const std::vector<Pool>& pools) {
    std::vector<Term> terms;
    terms.reserve(pools.size() + 1); // and room for a forfeiture term
    for (const auto& p : pools)
        terms.push_back(moneyTerm(p.rule, p.award));
    return terms;
}

RuleList poolRules(const std::vector<Pool>& pools) {
    RuleList rules;
    for (const auto& p : pools)
        if (std::find(rules.begin(), rules.end(), p.rule) == rules.end())
            rules.push_back(p.rule);
    return rules;
}

RuleList with(RuleList rules, std::initializer_list<std::string> more) {
    for (const auto& r : more)
        if (!r.empty() && std::find(rules.begin(), rules.end(), r) == rules.end())
            rules.push_back(r);
    return rules;
}

const Reason* reasonWithCode(const PathResult& p, std::initializer_list<std::string_view> codes) {
    for (const auto& r : p.reasons)
        for (auto c : codes)
            if (r.code == c)
                return &r;
    return nullptr;
}

std::string oddsRule(const PathResult& p) {
    const Reason* r = reasonWithCode(p, {"approval_odds"});
    return r ? r->rule : std::string();
}

std::string timingRule(const PathResult& p) {
    const Reason* r =
        reasonWithCode(p, {"lands_in_time", "may_land_late", "lands_late", "discount_starts"});
    return r ? r->rule : std::string();
}

void faceValue(PathResult& p, const PoolLevels& levels) {
    if (levels.typical.empty()) {
        p.derivations.push_back(makeDerivation("value", {}, "derive_value_none"));
        return;
    }
    const auto rules = poolRules(levels.high);
    if (p.value.low == p.value.typical && p.value.typical == p.value.high) {
        p.derivations.push_back(
            makeDerivation("value", rules, "derive_value_single",
                           {moneyArg("typical", p.value.typical),
                            termsArg("typical_terms", awardTerms(levels.typical))}));
        return;
    }
    // Activate levels differ by which layers approve (ST-2); the others by the award (GA/MA).
    const bool activate = p.id == PathId::Stack || p.id == PathId::PortfolioBuild;
    p.derivations.push_back(makeDerivation(
        "value", activate ? with(rules, {"ST-2"}) : rules, "derive_value_levels",
        {moneyArg("low", p.value.low), moneyArg("typical", p.value.typical),
         moneyArg("high", p.value.high), termsArg("low_terms", awardTerms(levels.low)),
         termsArg("typical_terms", awardTerms(levels.typical)),
         termsArg("high_terms", awardTerms(levels.high))}));
}

void usableValue(PathResult& p, const DerivationInput& in) {
    if (!isCreditPath(p.id)) {
        p.derivations.push_back(makeDerivation("usable_value", {"PD-1"}, "derive_usable_discount",
                                               {moneyArg("typical", p.usableValue.typical)}));
        return;
    }
    if (in.levels->typical.empty()) {
        p.derivations.push_back(makeDerivation("usable_value", {}, "derive_usable_none"));
        return;
    }
    if (in.needsSpend) {
        p.derivations.push_back(
            makeDerivation("usable_value", {"BD-2"}, "derive_usable_needs_spend"));
        return;
    }
    const std::vector<MessageArg> range{moneyArg("typical", p.usableValue.typical),
                                        moneyArg("low", p.usableValue.low),
                                        moneyArg("high", p.usableValue.high)};
    if (p.forfeited.typical.isZero()) {
        p.derivations.push_back(
            makeDerivation("usable_value", {"BD-2", "BD-3"}, "derive_usable_whole", range));
        return;
    }
    auto args = range;
    args.push_back(moneyArg("award", p.value.typical));
    args.push_back(moneyArg("forfeited", p.forfeited.typical));
    args.push_back(forfeitsArg("pools", *in.toExpiry));
    RuleList rules{"BD-2", "BD-3"};
    for (const auto& pool : in.toExpiry->pools)
        if (pool.expiryRule != "BD-3")
            rules = with(rules, {pool.expiryRule});
    p.derivations.push_back(makeDerivation("usable_value", rules, "derive_usable_forfeits", args));
}

void expectedValue(PathResult& p, const DerivationInput& in) {
    const std::string odds = oddsRule(p);
    if (p.verdict == Verdict::NotEligible) {
        const Reason* why = p.verdictReason();
        const std::string rule = why ? why->rule : odds;
        p.derivations.push_back(
            makeDerivation("expected_value", {rule}, "derive_expected_not_eligible",
                           {moneyArg("expected", p.expectedValue), textArg("rule", rule)}));
        return;
    }
    if (!isCreditPath(p.id)) {
        p.derivations.push_back(makeDerivation(
            "expected_value", {"PD-2", odds}, "derive_expected_discount",
            {moneyArg("expected", p.expectedValue), moneyArg("usable", p.usableValue.typical),
             percentArg("odds", p.approvalOdds)}));
        return;
    }
    const PoolLevels& levels = *in.levels;
    const Money usable = in.credit->expectedUsable;
    std::vector<Term> terms = awardTerms(levels.expected);
    Money award;
    for (const auto& pool : levels.expected)
        award += pool.award;
    if (award != usable)
        terms.push_back(moneyTerm("BD-3", award - usable, true));
    RuleList rules = with(poolRules(levels.expected), {"BD-3", "PD-2", odds});
    const bool overlap = !levels.expectedNote.empty();
    if (overlap)
        rules = with(rules, {levels.expectedNote});
    p.derivations.push_back(makeDerivation(
        "expected_value", rules, overlap ? "derive_expected_overlap" : "derive_expected",
        {moneyArg("expected", p.expectedValue), moneyArg("usable", usable),
         termsArg("terms", terms), percentArg("odds", p.approvalOdds)}));
}

void founderMinutes(PathResult& p, const DerivationInput& in) {
    const auto& r = in.ctx.rules;
    const bool activate =
        p.id == PathId::Stack || p.id == PathId::PortfolioBuild || p.id == PathId::PortfolioOnly;
    if (!activate) {
        p.derivations.push_back(makeDerivation("founder_minutes", {oddsRule(p)}, "derive_minutes",
                                               {integerArg("minutes", p.founderMinutes)}));
        return;
    }
    // ST-3: Portfolio's minutes, plus Build's, plus what the POC adds to reach the stack's.
    std::vector<Term> terms{integerTerm("PF-1", r.minutesPortfolioOnly)};
    for (const auto& pool : in.levels->typical) {
        if (pool.id == "build")
            terms.push_back(integerTerm("BS-1", r.minutesBuildExtra));
        if (pool.id == "bedrock_poc")
            terms.push_back(integerTerm(
                "BP-1", r.minutesStack - (r.minutesPortfolioOnly + r.minutesBuildExtra)));
    }
    if (terms.size() == 1) {
        p.derivations.push_back(makeDerivation("founder_minutes", {"ST-3"}, "derive_minutes",
                                               {integerArg("minutes", p.founderMinutes)}));
        return;
    }
    p.derivations.push_back(
        makeDerivation("founder_minutes", {"ST-3"}, "derive_minutes_terms",
                       {integerArg("minutes", p.founderMinutes), termsArg("terms", terms)}));
}

void burnDownFigures(PathResult& p, const BurnDown& bd, const DerivationInput& in) {
    const int months = static_cast<int>(bd.months.size());
    if (in.needsSpend) {
        for (const char* figure :
             {"covered_through_month", "total_out_of_pocket", "total_forfeited"})
            p.derivations.push_back(makeDerivation(figure, {"BD-1"}, "derive_needs_spend"));
        return;
    }
    if (bd.coveredThroughMonth >= months)
        p.derivations.push_back(makeDerivation("covered_through_month", {"BD-2"},
                                               "derive_covered_all",
                                               {integerArg("months", months)}));
    else if (bd.coveredThroughMonth == 0)
        p.derivations.push_back(makeDerivation(
            "covered_through_month", {"BD-1", "BD-2"}, "derive_covered_none",
            {moneyArg("short", bd.months.empty() ? Money() : bd.months.front().outOfPocket)}));
    else
        p.derivations.push_back(makeDerivation(
            "covered_through_month", {"BD-2"}, "derive_covered_until",
            {integerArg("month", bd.coveredThroughMonth),
             integerArg("next", bd.coveredThroughMonth + 1),
             moneyArg("short", bd.months[std::size_t(bd.coveredThroughMonth)].outOfPocket)}));
    p.derivations.push_back(makeDerivation(
        "total_out_of_pocket", {"BD-2", "BD-6"}, "derive_out_of_pocket",
        {moneyArg("total", bd.totalOutOfPocket), moneyArg("charges", bd.totalCharges),
         moneyArg("applied", bd.totalCharges - bd.totalOutOfPocket),
         integerArg("months", months)}));
    if (bd.totalForfeited.isZero())
        p.derivations.push_back(makeDerivation("total_forfeited", {"BD-3"}, "derive_forfeited_none",
                                               {integerArg("months", months)}));
    else
        p.derivations.push_back(
            makeDerivation("total_forfeited", {"BD-3"}, "derive_forfeited",
                           {moneyArg("total", bd.totalForfeited), integerArg("months", months),
                            forfeitsArg("pools", bd)}));
}

} // namespace

void addDerivations(PathResult& p, const DerivationInput& in) {
    p.derivations.reserve(8); // at most one per figure (evaluation.h)
    if (in.levels)
        faceValue(p, *in.levels);
    usableValue(p, in);
    expectedValue(p, in);
    const std::string timing = timingRule(p);
    p.derivations.push_back(makeDerivation(
        "days_to_money", {timing}, isCreditPath(p.id) ? "derive_days" : "derive_days_discount",
        {integerArg("min", p.daysToMoney.min), integerArg("max", p.daysToMoney.max)}));
    founderMinutes(p, in);
    if (in.shown)
        burnDownFigures(p, *in.shown, in);
}

} // namespace creditpath
