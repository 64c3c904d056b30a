// The Activate family: Portfolio only, Portfolio + Build, and the full $150K stack
// (rules PF-*, BS-*, BP-*, ST-*, TL-2/TL-3, BD-3).
#include "messages.h"
#include "path_context.h"
#include "text_checks.h"

#include <algorithm>
#include <cctype>

namespace creditpath {
namespace {

using detail::isBlank;
using detail::toLower;

const std::string* findPhrase(const std::string& text, const std::vector<std::string>& phrases) {
    const std::string haystack = toLower(text);
    for (const auto& p : phrases)
        if (haystack.find(toLower(p)) != std::string::npos)
            return &p;
    return nullptr;
}

void add(std::vector<Reason>& to, Reason r) {
    to.push_back(std::move(r));
}

// PF-1..PF-5: what every Activate path shares.
void portfolioReasons(const PathContext& ctx, std::vector<Reason>& out) {
    const auto& r = ctx.rules;
    const Company& c = ctx.scenario.company;
    add(out, makeReason("PF-1", Severity::Info, "portfolio_value",
                        {moneyArg("ceiling", r.portfolioCeiling)}));
    if (!c.vcInActivatePortfolio && !c.partnerAttestation)
        add(out, makeReason("PF-5", Severity::Blocker, "no_vouch"));
    else if (!c.vcInActivatePortfolio)
        add(out, makeReason("PF-5", Severity::Info, "attestation_substitutes"));

    const Money average = ctx.averageMonthlySpend();
    const Money limit = r.plausibleMaxMonthly.at(c.stage);
    if (average > limit)
        add(out,
            makeReason("PF-3", Severity::Warning, "implausible_spend",
                       {moneyArg("average", average),
                        integerArg("months", r.plausibilityWindowMonths), moneyArg("limit", limit),
                        textArg("stage", std::string(nameOf(c.stage)))}));
    else if (average > r.portfolioSpendBand.high)
        add(out,
            makeReason("PF-2", Severity::Info, "spend_above_band",
                       {moneyArg("average", average), moneyArg("low", r.portfolioSpendBand.low),
                        moneyArg("high", r.portfolioSpendBand.high)}));
    else if (average < r.portfolioSpendBand.low) {
        const long long months =
            average.isZero() ? 0
                             : static_cast<long long>(r.portfolioCeiling.cents() / average.cents());
        add(out,
            makeReason("PF-2", Severity::Info, "spend_below_band",
                       {moneyArg("average", average), moneyArg("low", r.portfolioSpendBand.low),
                        moneyArg("high", r.portfolioSpendBand.high),
                        moneyArg("ceiling", r.portfolioCeiling),
                        integerArg("months_covered", months)}));
    }
    if (const auto* phrase = findPhrase(ctx.scenario.portfolio.useCase, r.awsProductPhrases))
        add(out, makeReason("PF-4", Severity::Warning, "aws_product_overlap",
                            {textArg("phrase", *phrase)}));
    if (isBlank(ctx.scenario.portfolio.useCase))
        add(out, makeReason("TL-4", Severity::Warning, "portfolio_use_case_missing"));
}

// BS-1..BS-4 and ST-1 for the Build layer.
void buildReasons(const PathContext& ctx, std::vector<Reason>& out) {
    const auto& r = ctx.rules;
    const BuildApplication& b = ctx.scenario.build;
    if (!b.enabled) {
        add(out, makeReason("ST-1", Severity::Warning, "build_not_planned"));
        return;
    }
    add(out,
        makeReason("BS-1", Severity::Info, "build_value", {moneyArg("ceiling", r.buildCeiling)}));
    if (isBlank(b.useCase))
        add(out, makeReason("BS-1", Severity::Warning, "build_use_case_missing"));
    if (b.monthlySpend < r.buildSpendBand.low || b.monthlySpend > r.buildSpendBand.high)
        add(out, makeReason("BS-2", Severity::Info, "build_spend_outside_band",
                            {moneyArg("low", r.buildSpendBand.low),
                             moneyArg("high", r.buildSpendBand.high),
                             moneyArg("amount", b.monthlySpend)}));
    if (b.windowMonths < r.buildWindowMin || b.windowMonths > r.buildWindowMax)
        add(out,
            makeReason("BS-2", Severity::Warning, "build_window_outside",
                       {integerArg("min", r.buildWindowMin), integerArg("max", r.buildWindowMax),
                        integerArg("months", b.windowMonths)}));
    if (const auto* phrase = findPhrase(b.useCase, r.genericFramingPhrases))
        add(out, makeReason("BS-3", Severity::Warning, "build_generic_framing",
                            {textArg("phrase", *phrase)}));
    const Overlap& o = ctx.overlap;
    if (o.flagged) {
        std::string services;
        for (const auto& s : o.sharedServices)
            services += (services.empty() ? "" : ", ") + s;
        add(out, makeReason("BS-4", Severity::Warning, "overlap",
                            {fractionArg("score", o.score),
                             textArg("services", services.empty() ? "none" : services)}));
        add(out, makeReason("ST-1", Severity::Info, "overlap_file_portfolio_only"));
    } else {
        add(out, makeReason("BS-4", Severity::Info, "distinct_use_cases",
                            {fractionArg("score", o.score)}));
    }
}

// BP-1..BP-3 and BD-3 for the Bedrock POC layer.
void pocReasons(const PathContext& ctx, std::vector<Reason>& out) {
    const auto& r = ctx.rules;
    const BedrockPocPlan& p = ctx.scenario.bedrockPoc;
    if (!p.enabled) {
        add(out, makeReason("ST-1", Severity::Warning, "poc_not_planned"));
        return;
    }
    const Money bedrock = ctx.peakBedrockMonthly();
    const Money award = pocAward(ctx);
    if (award == r.pocLarge) {
        add(out, makeReason("BP-1", Severity::Info, "poc_large",
                            {moneyArg("amount", award), moneyArg("bedrock", bedrock)}));
    } else {
        std::string missing;
        auto need = [&](bool ok, const std::string& what) {
            if (!ok)
                missing += (missing.empty() ? "" : "; ") + what;
        };
        need(bedrock >= r.pocLargeMinBedrockMonthly, formatUsd(r.pocLargeMinBedrockMonthly) +
                                                         "+/month projected Bedrock spend (now " +
                                                         formatUsd(bedrock) + ")");
        need(p.customerLoi, "a customer Letter of Intent");
        need(p.commitToScale, "a commitment to scale Bedrock after the POC");
        add(out, makeReason("BP-1", Severity::Info, "poc_typical",
                            {moneyArg("amount", award), moneyArg("large", r.pocLarge),
                             textArg("missing", missing)}));
    }
    add(out, makeReason("BP-2", Severity::Info, "poc_earmarked"));
    auto gap = [&](bool missing, const char* code) {
        if (missing)
            add(out, makeReason("BP-3", Severity::Warning, code));
    };
    gap(isBlank(p.useCase), "poc_gap_use_case");
    gap(isBlank(p.model), "poc_gap_model");
    gap(isBlank(p.modelReasoning), "poc_gap_model_reasoning");
    gap(isBlank(p.evalMethodology), "poc_gap_eval_methodology");
    gap(p.evalExamplesPerWeek <= 0, "poc_gap_eval_examples");
    gap(!p.monthlyBudget.has_value(), "poc_gap_budget");
    if (p.monthlyBudget &&
        (*p.monthlyBudget < r.pocBudgetBand.low || *p.monthlyBudget > r.pocBudgetBand.high))
        add(out, makeReason("BP-3", Severity::Info, "poc_budget_outside_band",
                            {moneyArg("low", r.pocBudgetBand.low),
                             moneyArg("high", r.pocBudgetBand.high),
                             moneyArg("amount", *p.monthlyBudget)}));
    if (p.windowDays != r.pocWindowDays)
        add(out, makeReason(
                     "BP-3", Severity::Info, "poc_window",
                     {integerArg("expected", r.pocWindowDays), integerArg("days", p.windowDays)}));
    if (!p.pocCompletes)
        add(out, makeReason("BD-3", Severity::Info, "poc_expires_early",
                            {integerArg("month", r.pocIncompleteExpiryMonth),
                             integerArg("general", r.generalExpiryMonth)}));
}

Pool generalPool(std::string id, Money award, int expires, const CategorySet& eligible, int order) {
    return Pool{std::move(id), award, expires, eligible, order};
}

} // namespace

Money pocAward(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const BedrockPocPlan& p = ctx.scenario.bedrockPoc;
    const bool large =
        ctx.peakBedrockMonthly() >= r.pocLargeMinBedrockMonthly && p.customerLoi && p.commitToScale;
    return large ? r.pocLarge : r.pocTypical;
}

std::vector<Pool> portfolioOnlyPools(const PathContext& ctx) {
    const auto& r = ctx.rules;
    return {
        generalPool("portfolio", r.portfolioCeiling, r.generalExpiryMonth, r.generalEligible, 0)};
}

std::vector<Pool> portfolioBuildPools(const PathContext& ctx) {
    auto pools = portfolioOnlyPools(ctx);
    const auto& r = ctx.rules;
    if (ctx.scenario.build.enabled)
        pools.push_back(
            generalPool("build", r.buildCeiling, r.generalExpiryMonth, r.generalEligible, 1));
    return pools;
}

std::vector<Pool> stackPools(const PathContext& ctx) {
    auto pools = portfolioBuildPools(ctx);
    const auto& r = ctx.rules;
    if (ctx.scenario.bedrockPoc.enabled) {
        const int expires = ctx.scenario.bedrockPoc.pocCompletes ? r.generalExpiryMonth
                                                                 : r.pocIncompleteExpiryMonth;
        pools.push_back(Pool{"bedrock_poc", pocAward(ctx), expires, r.pocEligible, 2});
    }
    return pools;
}

PathResult evaluatePortfolioOnly(const PathContext& ctx, const BurnDown& burnDown) {
    const auto& r = ctx.rules;
    std::vector<Reason> reasons;
    portfolioReasons(ctx, reasons);
    addForfeitureReason(burnDown, reasons);
    const ValueRange value{r.portfolioCeiling, r.portfolioCeiling, r.portfolioCeiling};
    return finishPath(ctx,
                      {PathId::PortfolioOnly, value, value.typical, r.approvalPortfolioOnly, "ST-2",
                       r.daysPortfolioOnly, "TL-3", r.minutesPortfolioOnly},
                      std::move(reasons));
}

PathResult evaluatePortfolioBuild(const PathContext& ctx, const BurnDown& burnDown) {
    const auto& r = ctx.rules;
    std::vector<Reason> reasons;
    portfolioReasons(ctx, reasons);
    buildReasons(ctx, reasons);
    addForfeitureReason(burnDown, reasons);
    const Money both = r.portfolioCeiling + r.buildCeiling;
    // BS-4: on overlap the reviewer zeroes Build, so only Portfolio is expected.
    const Money expectedBase = ctx.overlap.flagged ? r.portfolioCeiling : both;
    return finishPath(ctx,
                      {PathId::PortfolioBuild,
                       {r.portfolioCeiling, both, both},
                       expectedBase,
                       r.approvalPortfolioBuild,
                       "ST-2",
                       r.daysPortfolioBuild,
                       "TL-3",
                       r.minutesPortfolioOnly + r.minutesBuildExtra},
                      std::move(reasons));
}

PathResult evaluateStack(const PathContext& ctx, const BurnDown& burnDown) {
    const auto& r = ctx.rules;
    std::vector<Reason> reasons;
    portfolioReasons(ctx, reasons);
    buildReasons(ctx, reasons);
    pocReasons(ctx, reasons);
    addForfeitureReason(burnDown, reasons);
    const Money base = r.portfolioCeiling + r.buildCeiling;
    const ValueRange value{r.portfolioCeiling, base + pocAward(ctx), base + r.pocLarge};
    const Money expectedBase = ctx.overlap.flagged ? value.typical - r.buildCeiling : value.typical;
    return finishPath(ctx,
                      {PathId::Stack, value, expectedBase, r.approvalStack, "ST-2", r.daysStack,
                       "TL-2", r.minutesStack},
                      std::move(reasons));
}

} // namespace creditpath
