#include "derivations.h"

#include "messages.h"

#include <algorithm>

namespace creditpath {
namespace {

using Derivations = std::vector<Derivation>;

std::vector<Term> awardTerms(const std::vector<Pool>& pools) {
    std::vector<Term> terms;
    terms.reserve(pools.size() + 1); // and room for a forfeiture term
    for (const auto& p : pools)
        terms.push_back(moneyTerm(std::string(p.rule), p.award));
    return terms;
}

RuleList poolRules(const std::vector<Pool>& pools) {
    RuleList rules;
    for (const auto& p : pools)
        if (std::find(rules.begin(), rules.end(), p.rule) == rules.end())
            rules.emplace_back(p.rule);
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

void faceValue(const PathResult& p, const PoolLevels& levels, Derivations& out) {
    if (levels.typical.empty()) {
        out.push_back(makeDerivation("value", {}, "derive_value_none"));
        return;
    }
    const auto rules = poolRules(levels.high);
    if (p.value.low == p.value.typical && p.value.typical == p.value.high) {
        out.push_back(makeDerivation("value", rules, "derive_value_single",
                                     {moneyArg("typical", p.value.typical),
                                      termsArg("typical_terms", awardTerms(levels.typical))}));
        return;
    }
    // Activate levels differ by which layers approve (ST-2); the others by the award (GA/MA).
    const bool activate = p.id == PathId::Stack || p.id == PathId::PortfolioBuild;
    out.push_back(makeDerivation(
        "value", activate ? with(rules, {"ST-2"}) : rules, "derive_value_levels",
        {moneyArg("low", p.value.low), moneyArg("typical", p.value.typical),
         moneyArg("high", p.value.high), termsArg("low_terms", awardTerms(levels.low)),
         termsArg("typical_terms", awardTerms(levels.typical)),
         termsArg("high_terms", awardTerms(levels.high))}));
}

// PD-1: a discount's saving, from the basis its evaluator kept.
Derivation discountValue(const PathResult& p, const DerivationBasis::Discount& d) {
    if (d.belowMinimum)
        return makeDerivation("value", {d.rule}, "derive_value_discount_none",
                              {moneyArg("annual", d.annual), moneyArg("min", d.minimum)});
    return makeDerivation("value", {d.rule, "PD-1"}, "derive_value_discount",
                          {moneyArg("low", p.value.low), moneyArg("typical", p.value.typical),
                           moneyArg("high", p.value.high), percentArg("low_rate", d.low),
                           percentArg("typical_rate", d.typical), percentArg("high_rate", d.high),
                           moneyArg("base", d.base), integerArg("months", d.months)});
}

void usableValue(const PathResult& p, Derivations& out) {
    const DerivationBasis& in = p.derivationBasis;
    if (!isCreditPath(p.id)) {
        out.push_back(makeDerivation("usable_value", {"PD-1"}, "derive_usable_discount",
                                     {moneyArg("typical", p.usableValue.typical)}));
        return;
    }
    if (in.levels.typical.empty()) {
        out.push_back(makeDerivation("usable_value", {}, "derive_usable_none"));
        return;
    }
    if (in.needsSpend) {
        out.push_back(makeDerivation("usable_value", {"BD-2"}, "derive_usable_needs_spend"));
        return;
    }
    const std::vector<MessageArg> range{moneyArg("typical", p.usableValue.typical),
                                        moneyArg("low", p.usableValue.low),
                                        moneyArg("high", p.usableValue.high)};
    if (p.forfeited.typical.isZero()) {
        out.push_back(
            makeDerivation("usable_value", {"BD-2", "BD-3"}, "derive_usable_whole", range));
        return;
    }
    auto args = range;
    args.push_back(moneyArg("award", p.value.typical));
    args.push_back(moneyArg("forfeited", p.forfeited.typical));
    args.push_back(in.forfeitsToExpiry);
    RuleList rules{"BD-2", "BD-3"};
    for (const auto& rule : in.expiryRules)
        rules = with(rules, {rule});
    out.push_back(makeDerivation("usable_value", rules, "derive_usable_forfeits", args));
}

void expectedValue(const PathResult& p, Derivations& out) {
    const DerivationBasis& in = p.derivationBasis;
    const std::string odds = oddsRule(p);
    if (p.verdict == Verdict::NotEligible) {
        const Reason* why = p.verdictReason();
        const std::string rule = why ? why->rule : odds;
        out.push_back(
            makeDerivation("expected_value", {rule}, "derive_expected_not_eligible",
                           {moneyArg("expected", p.expectedValue), textArg("rule", rule)}));
        return;
    }
    if (!isCreditPath(p.id)) {
        out.push_back(makeDerivation("expected_value", {"PD-2", odds}, "derive_expected_discount",
                                     {moneyArg("expected", p.expectedValue),
                                      moneyArg("usable", p.usableValue.typical),
                                      percentArg("odds", p.approvalOdds)}));
        return;
    }
    const PoolLevels& levels = in.levels;
    const Money usable = in.expectedUsable;
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
    out.push_back(makeDerivation("expected_value", rules,
                                 overlap ? "derive_expected_overlap" : "derive_expected",
                                 {moneyArg("expected", p.expectedValue), moneyArg("usable", usable),
                                  termsArg("terms", terms), percentArg("odds", p.approvalOdds)}));
}

void founderMinutes(const PathResult& p, Derivations& out) {
    const DerivationBasis& in = p.derivationBasis;
    const bool activate =
        p.id == PathId::Stack || p.id == PathId::PortfolioBuild || p.id == PathId::PortfolioOnly;
    if (!activate) {
        out.push_back(makeDerivation("founder_minutes", {oddsRule(p)}, "derive_minutes",
                                     {integerArg("minutes", p.founderMinutes)}));
        return;
    }
    // ST-3: Portfolio's minutes, plus Build's, plus what the POC adds to reach the stack's.
    std::vector<Term> terms{integerTerm("PF-1", in.minutesPortfolio)};
    for (const auto& pool : in.levels.typical) {
        if (pool.id == "build")
            terms.push_back(integerTerm("BS-1", in.minutesBuild));
        if (pool.id == "bedrock_poc")
            terms.push_back(integerTerm("BP-1", in.minutesPoc));
    }
    if (terms.size() == 1) {
        out.push_back(makeDerivation("founder_minutes", {"ST-3"}, "derive_minutes",
                                     {integerArg("minutes", p.founderMinutes)}));
        return;
    }
    out.push_back(
        makeDerivation("founder_minutes", {"ST-3"}, "derive_minutes_terms",
                       {integerArg("minutes", p.founderMinutes), termsArg("terms", terms)}));
}

void burnDownFigures(const PathResult& p, const BurnDown& bd, Derivations& out) {
    const DerivationBasis& in = p.derivationBasis;
    const int months = static_cast<int>(bd.months.size());
    if (in.needsSpend) {
        for (const char* figure :
             {"covered_through_month", "total_out_of_pocket", "total_forfeited"})
            out.push_back(makeDerivation(figure, {"BD-1"}, "derive_needs_spend"));
        return;
    }
    if (bd.coveredThroughMonth >= months)
        out.push_back(makeDerivation("covered_through_month", {"BD-2"}, "derive_covered_all",
                                     {integerArg("months", months)}));
    else if (bd.coveredThroughMonth == 0)
        out.push_back(makeDerivation(
            "covered_through_month", {"BD-1", "BD-2"}, "derive_covered_none",
            {moneyArg("short", bd.months.empty() ? Money() : bd.months.front().outOfPocket)}));
    else
        out.push_back(makeDerivation(
            "covered_through_month", {"BD-2"}, "derive_covered_until",
            {integerArg("month", bd.coveredThroughMonth),
             integerArg("next", bd.coveredThroughMonth + 1),
             moneyArg("short", bd.months[std::size_t(bd.coveredThroughMonth)].outOfPocket)}));
    out.push_back(makeDerivation("total_out_of_pocket", {"BD-2", "BD-6"}, "derive_out_of_pocket",
                                 {moneyArg("total", bd.totalOutOfPocket),
                                  moneyArg("charges", bd.totalCharges),
                                  moneyArg("applied", bd.totalCharges - bd.totalOutOfPocket),
                                  integerArg("months", months)}));
    if (bd.totalForfeited.isZero())
        out.push_back(makeDerivation("total_forfeited", {"BD-3"}, "derive_forfeited_none",
                                     {integerArg("months", months)}));
    else
        out.push_back(makeDerivation("total_forfeited", {"BD-3"}, "derive_forfeited",
                                     {moneyArg("total", bd.totalForfeited),
                                      integerArg("months", months), forfeitsArg("pools", bd)}));
}

} // namespace

void keepDerivationBasis(PathResult& path, PoolLevels levels, const CreditValue& credit,
                         const BurnDown& toExpiry, const RulebookParameters& rules) {
    DerivationBasis& basis = path.derivationBasis;
    basis.expectedUsable = credit.expectedUsable;
    // ST-3: Portfolio's minutes, Build's on top, and what the POC adds to reach the stack's.
    basis.minutesPortfolio = rules.minutesPortfolioOnly;
    basis.minutesBuild = rules.minutesBuildExtra;
    basis.minutesPoc = rules.minutesStack - (rules.minutesPortfolioOnly + rules.minutesBuildExtra);
    // Nothing is forfeited before spend is entered (nothing is projected).
    if (!path.forfeited.typical.isZero()) {
        basis.forfeitsToExpiry = forfeitsArg("pools", toExpiry);
        for (const auto& pool : toExpiry.pools)
            if (pool.expiryRule != "BD-3")
                basis.expiryRules = with(basis.expiryRules, {std::string(pool.expiryRule)});
    }
    basis.levels = std::move(levels);
}

std::vector<Derivation> derivationsOf(const PathResult& p, const BurnDown* shown) {
    Derivations out;
    out.reserve(8); // at most one per figure (evaluation.h)
    if (isCreditPath(p.id))
        faceValue(p, p.derivationBasis.levels, out);
    else if (p.derivationBasis.discount)
        out.push_back(discountValue(p, *p.derivationBasis.discount));
    usableValue(p, out);
    expectedValue(p, out);
    const std::string timing = timingRule(p);
    out.push_back(makeDerivation(
        "days_to_money", {timing}, isCreditPath(p.id) ? "derive_days" : "derive_days_discount",
        {integerArg("min", p.daysToMoney.min), integerArg("max", p.daysToMoney.max)}));
    founderMinutes(p, out);
    if (shown)
        burnDownFigures(p, *shown, out);
    return out;
}

std::vector<Derivation> derivationsOf(const Evaluation& ev, PathId id) {
    return derivationsOf(ev.path(id), ev.burnDownFor(id));
}

const Derivation* findDerivation(const std::vector<Derivation>& derivations,
                                 std::string_view figure) {
    for (const auto& d : derivations)
        if (d.figure == figure)
            return &d;
    return nullptr;
}

std::optional<Derivation> derivationOf(const PathResult& path, const BurnDown* shown,
                                       std::string_view figure) {
    const std::vector<Derivation> all = derivationsOf(path, shown);
    const Derivation* d = findDerivation(all, figure);
    return d ? std::optional<Derivation>(*d) : std::nullopt;
}

std::optional<Derivation> derivationOf(const Evaluation& ev, PathId id, std::string_view figure) {
    return derivationOf(ev.path(id), ev.burnDownFor(id), figure);
}

} // namespace creditpath
