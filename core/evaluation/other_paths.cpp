// The other program families: Generative AI Accelerator (GA-*), MAP (MA-*), and the bill
// discounts SPP (SP-*) and EDP (ED-1), compared as money saved over the horizon (PD-1).
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

} // namespace

std::vector<Pool> acceleratorPools(const PathContext& ctx) {
    const auto& r = ctx.rules;
    return {Pool{"genai_accelerator", r.gaTypical, r.gaExpiryMonth, r.generalEligible, 0}};
}

Money mapTypicalAward(const PathContext& ctx) {
    const Migration& m = ctx.scenario.migration;
    if (m.from == MigrationSource::None)
        return Money();
    const Rate share = m.phaseReached == MigrationPhase::Migrate ? ctx.rules.mapMigrateShare
                                                                 : ctx.rules.mapMobilizeShare;
    return m.totalCost * share;
}

std::vector<Pool> mapPools(const PathContext& ctx) {
    return {
        Pool{"map", mapTypicalAward(ctx), ctx.rules.mapExpiryMonth, ctx.rules.generalEligible, 0}};
}

PathResult evaluateAccelerator(const PathContext& ctx, const BurnDown& burnDown) {
    const auto& r = ctx.rules;
    const Company& c = ctx.scenario.company;
    std::vector<Reason> reasons;
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
    addForfeitureReason(burnDown, reasons);
    return finishPath(ctx,
                      {PathId::GenaiAccelerator,
                       {r.gaLow, r.gaTypical, r.gaHigh},
                       r.gaTypical,
                       r.gaAcceptance,
                       "GA-1",
                       r.gaDays,
                       "GA-1",
                       r.gaFounderMinutes},
                      std::move(reasons));
}

PathResult evaluateMap(const PathContext& ctx, const BurnDown* burnDown) {
    const auto& r = ctx.rules;
    const Migration& m = ctx.scenario.migration;
    std::vector<Reason> reasons;
    ValueRange value;
    if (m.from == MigrationSource::None) {
        reasons.push_back(makeReason("MA-2", Severity::Blocker, "map_greenfield"));
    } else {
        value = {m.totalCost * r.mapMobilizeShare, mapTypicalAward(ctx),
                 m.totalCost * r.mapMigrateShare};
        reasons.push_back(
            makeReason("MA-1", Severity::Info, "map_value",
                       {percentArg("mobilize", r.mapMobilizeShare), moneyArg("cost", m.totalCost),
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
        if (burnDown)
            addForfeitureReason(*burnDown, reasons);
    }
    return finishPath(ctx,
                      {PathId::Map, value, value.typical, r.mapApproval, "MA-1", r.mapDays, "MA-1",
                       r.mapFounderMinutes},
                      std::move(reasons));
}

PathResult evaluateSpp(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const Company& c = ctx.scenario.company;
    const Money base = ctx.discountableSpendOverHorizon();
    const ValueRange value = savings(base, r.sppLow, r.sppTypical, r.sppHigh);
    std::vector<Reason> reasons;
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
    return finishPath(ctx,
                      {PathId::Spp, value, value.typical, r.sppApproval, "SP-1", r.sppDays, "SP-1",
                       r.sppFounderMinutes},
                      std::move(reasons));
}

PathResult evaluateEdp(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const Money annual = ctx.firstYearSpend();
    const bool enterprise = annual >= r.edpEnterpriseAnnual;
    const Rate low = enterprise ? r.edpEnterpriseLow : r.edpMidLow;
    const Rate high = enterprise ? r.edpEnterpriseHigh : r.edpMidHigh;
    const Rate typical = midpoint(low, high);
    std::vector<Reason> reasons;
    ValueRange value;
    if (annual < r.edpMinAnnual) {
        reasons.push_back(
            makeReason("ED-1", Severity::Blocker, "edp_too_small",
                       {moneyArg("min", r.edpMinAnnual), moneyArg("annual", annual)}));
    } else {
        value = savings(ctx.discountableSpendOverHorizon(), low, typical, high);
        reasons.push_back(
            makeReason("ED-1", Severity::Info, "edp_value",
                       {percentArg("low", low), percentArg("high", high),
                        moneyArg("annual", annual), moneyArg("saving", value.typical),
                        integerArg("months", ctx.horizon()), percentArg("typical", typical)}));
    }
    return finishPath(ctx,
                      {PathId::Edp, value, value.typical, r.edpApproval, "ED-1", r.edpDays, "ED-1",
                       r.edpFounderMinutes},
                      std::move(reasons));
}

} // namespace creditpath
