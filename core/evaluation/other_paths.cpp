// The other program families: Generative AI Accelerator (GA-*), MAP (MA-*), and the bill
// discounts SPP (SP-*) and EDP (ED-1), compared as money saved over the horizon (PD-1).
#include "burn_down.h"
#include "messages.h"
#include "path_context.h"

#include <algorithm>

namespace creditpath {
namespace {

std::string stageName(Stage s) {
    return std::string(nameOf(s));
}

// A range of rates applied to one amount, typical at the given rate.
ValueRange savings(const Money& base, const Rate& low, const Rate& typical, const Rate& high) {
    return {base * low, base * typical, base * high};
}

Rate midpoint(const Rate& a, const Rate& b) {
    return Rate::fromPartsPerMillion((a.partsPerMillion() + b.partsPerMillion()) / 2);
}

// What a discount's value derivation is made from (PD-1).
DerivationBasis::Discount discountBasis(std::string rule, const Money& base, const Rate& low,
                                        const Rate& typical, const Rate& high, int months) {
    DerivationBasis::Discount d;
    d.rule = std::move(rule);
    d.base = base;
    d.low = low;
    d.typical = typical;
    d.high = high;
    d.months = months;
    return d;
}

Pool singlePool(std::string_view id, Money award, int expires, bool estimated,
                std::string_view rule, const RulebookParameters& r) {
    // Their expiry is the program's own rule (a product estimate where the rulebook says so).
    return Pool{id,   award,    creditExpiryMonth(expires, r.billing), r.generalEligible, 0, rule,
                rule, estimated};
}

} // namespace

PoolLevels acceleratorPools(const PathContext& ctx) {
    const auto& r = ctx.rules;
    auto pool = [&](const Money& award) {
        return std::vector<Pool>{singlePool("genai_accelerator", award, r.gaExpiryMonth,
                                            r.gaExpiryEstimated, "GA-1", r)};
    };
    return {pool(r.gaLow), pool(r.gaTypical), pool(r.gaHigh), pool(r.gaTypical), {}};
}

namespace {
// MA-1: what the shares apply to. The seed: the migration's cost; AWS's pages in 2026: the
// post-migration spend of tagged resources over the stated months.
Money mapCreditBase(const PathContext& ctx) {
    const Migration& m = ctx.scenario.migration;
    return ctx.rules.mapBasis == MapCreditBasis::TaggedPostMigrationSpend
               ? m.postMigrationMonthlySpend * ctx.rules.mapTaggedSpendMonths
               : m.totalCost;
}
} // namespace

Money mapTypicalAward(const PathContext& ctx) {
    const Migration& m = ctx.scenario.migration;
    if (m.from == MigrationSource::None)
        return Money();
    const Rate share = m.phaseReached == MigrationPhase::Migrate ? ctx.rules.mapMigrateShare
                                                                 : ctx.rules.mapMobilizeShare;
    return mapCreditBase(ctx) * share;
}

PoolLevels mapPools(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const Migration& m = ctx.scenario.migration;
    if (m.from == MigrationSource::None)
        return {};
    auto pool = [&](const Money& award) {
        return std::vector<Pool>{
            singlePool("map", award, r.mapExpiryMonth, r.mapExpiryEstimated, "MA-1", r)};
    };
    const auto typical = pool(mapTypicalAward(ctx));
    return {pool(mapCreditBase(ctx) * r.mapMobilizeShare),
            typical,
            pool(mapCreditBase(ctx) * r.mapMigrateShare),
            typical,
            {}};
}

PathResult evaluateAccelerator(const PathContext& ctx, const CreditValue& credit) {
    const auto& r = ctx.rules;
    const Company& c = ctx.scenario.company;
    std::vector<Reason> reasons = reasonList();
    reasons.push_back(makeReason("GA-1", Severity::Info, "ga_value",
                                 {moneyArg("low", r.gaLow), moneyArg("high", r.gaMedianHigh),
                                  moneyArg("top", r.gaHigh), percentArg("odds", r.gaAcceptance)}));
    if (c.aiProfile == AiProfile::None)
        reasons.push_back(makeReason("GA-2", Severity::Blocker, "ga_no_ai"));
    else if (c.aiProfile == AiProfile::AiFeature)
        reasons.push_back(makeReason("GA-2", Severity::Warning, "ga_not_ai_first"));
    if (std::find(r.gaIneligibleStages.begin(), r.gaIneligibleStages.end(), c.stage) !=
        r.gaIneligibleStages.end())
        reasons.push_back(makeReason("GA-2", Severity::Blocker, "ga_stage",
                                     {textArg("stage", stageName(c.stage))}));
    if (c.creditsNeededWithinDays <= r.gaMinDaysNeeded)
        reasons.push_back(makeReason("GA-2", Severity::Warning, "ga_too_soon",
                                     {integerArg("needed", c.creditsNeededWithinDays),
                                      integerArg("limit", r.gaMinDaysNeeded)}));
    if (!ctx.scenario.bedrockPoc.enabled && ctx.peakBedrockMonthly().isZero())
        reasons.push_back(makeReason("GA-2", Severity::Warning, "ga_no_bedrock"));
    const bool noRevenue = !c.annualRecurringRevenue || c.annualRecurringRevenue->isZero();
    if (c.stage == Stage::Bootstrapped && noRevenue)
        reasons.push_back(makeReason("GA-2", Severity::Warning, "ga_bootstrapped_no_traction"));
    addForfeitureReason(credit.typicalToExpiry, reasons);
    const PathFigures f =
        creditFigures(PathId::GenaiAccelerator, credit,
                      {r.gaAcceptance, "GA-1", r.gaDays, "GA-1", r.gaFounderMinutes});
    return finishPath(ctx, f, std::move(reasons));
}

PathResult evaluateMap(const PathContext& ctx, const CreditValue& credit) {
    const auto& r = ctx.rules;
    const Migration& m = ctx.scenario.migration;
    std::vector<Reason> reasons = reasonList();
    if (m.from == MigrationSource::None) {
        reasons.push_back(makeReason("MA-2", Severity::Blocker, "map_greenfield"));
    } else {
        if (r.mapBasis == MapCreditBasis::TaggedPostMigrationSpend)
            reasons.push_back(makeReason("MA-1", Severity::Info, "map_value_tagged",
                                         {percentArg("mobilize", r.mapMobilizeShare),
                                          percentArg("migrate", r.mapMigrateShare),
                                          integerArg("months", r.mapTaggedSpendMonths),
                                          moneyArg("spend", m.postMigrationMonthlySpend),
                                          moneyArg("base", mapCreditBase(ctx))}));
        else
            reasons.push_back(makeReason("MA-1", Severity::Info, "map_value",
                                         {percentArg("mobilize", r.mapMobilizeShare),
                                          moneyArg("cost", m.totalCost),
                                          percentArg("migrate", r.mapMigrateShare)}));
        if (m.phaseReached == MigrationPhase::Assess)
            reasons.push_back(makeReason("MA-1", Severity::Warning, "map_assess_only"));
        if (m.postMigrationMonthlySpend < r.mapMinPostMigrationMonthly)
            reasons.push_back(makeReason("MA-2", Severity::Warning, "map_small_spend",
                                         {moneyArg("amount", m.postMigrationMonthlySpend),
                                          moneyArg("min", r.mapMinPostMigrationMonthly)}));
        if (m.totalCost < r.mapMinMigrationCost)
            reasons.push_back(makeReason(
                "MA-2", Severity::Warning, "map_small_migration",
                {moneyArg("amount", m.totalCost), moneyArg("min", r.mapMinMigrationCost)}));
        addForfeitureReason(credit.typicalToExpiry, reasons);
    }
    const PathFigures f = creditFigures(
        PathId::Map, credit, {r.mapApproval, "MA-1", r.mapDays, "MA-1", r.mapFounderMinutes});
    return finishPath(ctx, f, std::move(reasons));
}

PathResult evaluateSpp(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const Company& c = ctx.scenario.company;
    const Money base = ctx.discountableSpendOverHorizon();
    const ValueRange value = savings(base, r.sppLow, r.sppTypical, r.sppHigh);
    std::vector<Reason> reasons = reasonList();
    reasons.push_back(
        makeReason("SP-1", Severity::Info, "spp_value",
                   {percentArg("low", r.sppLow), percentArg("high", r.sppHigh),
                    moneyArg("saving", value.typical), integerArg("months", ctx.horizon()),
                    percentArg("typical", r.sppTypical)}));
    const bool noRevenue = !c.annualRecurringRevenue || c.annualRecurringRevenue->isZero();
    if (noRevenue)
        reasons.push_back(makeReason("SP-2", Severity::Warning, "spp_pre_revenue"));
    else if (*c.annualRecurringRevenue < r.sppMinArr)
        reasons.push_back(
            makeReason("SP-2", Severity::Warning, "spp_small_arr",
                       {moneyArg("arr", *c.annualRecurringRevenue), moneyArg("min", r.sppMinArr)}));
    if (!noRevenue && !c.profitable)
        reasons.push_back(makeReason("SP-2", Severity::Warning, "spp_not_profitable"));
    const Money annual = ctx.firstYearSpend();
    if (annual < r.sppMinAnnualSpend)
        reasons.push_back(
            makeReason("SP-2", Severity::Warning, "spp_small_bill",
                       {moneyArg("annual", annual), moneyArg("min", r.sppMinAnnualSpend)}));
    const PathFigures f = discountFigures(
        PathId::Spp, value, {r.sppApproval, "SP-1", r.sppDays, "SP-1", r.sppFounderMinutes});
    PathResult result = finishPath(ctx, f, std::move(reasons));
    result.derivationBasis.discount =
        discountBasis("SP-1", base, r.sppLow, r.sppTypical, r.sppHigh, ctx.horizon());
    return result;
}

PathResult evaluateEdp(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const Money annual = ctx.firstYearSpend();
    const bool enterprise = annual >= r.edpEnterpriseAnnual;
    const Rate low = enterprise ? r.edpEnterpriseLow : r.edpMidLow;
    const Rate high = enterprise ? r.edpEnterpriseHigh : r.edpMidHigh;
    const Rate typical = midpoint(low, high);
    std::vector<Reason> reasons = reasonList();
    ValueRange value;
    DerivationBasis::Discount discount =
        discountBasis("ED-1", Money(), low, typical, high, ctx.horizon());
    if (annual < r.edpMinAnnual) {
        discount.belowMinimum = true;
        discount.annual = annual;
        discount.minimum = r.edpMinAnnual;
        reasons.push_back(
            makeReason("ED-1", Severity::Blocker, "edp_too_small",
                       {moneyArg("min", r.edpMinAnnual), moneyArg("annual", annual)}));
    } else {
        const Money base = ctx.discountableSpendOverHorizon();
        value = savings(base, low, typical, high);
        discount.base = base;
        reasons.push_back(
            makeReason("ED-1", Severity::Info, "edp_value",
                       {percentArg("low", low), percentArg("high", high),
                        moneyArg("annual", annual), moneyArg("saving", value.typical),
                        integerArg("months", ctx.horizon()), percentArg("typical", typical)}));
    }
    const PathFigures f = discountFigures(
        PathId::Edp, value, {r.edpApproval, "ED-1", r.edpDays, "ED-1", r.edpFounderMinutes});
    PathResult result = finishPath(ctx, f, std::move(reasons));
    result.derivationBasis.discount = std::move(discount);
    return result;
}

} // namespace creditpath
