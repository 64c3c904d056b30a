// The Activate family: Portfolio only, Portfolio + Build, and the full $150K stack
// (rules PF-*, BS-*, BP-*, ST-*, TL-2/TL-3, BD-3).
#include "burn_down.h"
#include "messages.h"
#include "path_context.h"
#include "text_checks.h"

#include <algorithm>
#include <cctype>

namespace creditpath {
namespace {

using detail::isBlank;

const std::string* findPhrase(const std::string& lowered, const std::vector<std::string>& phrases) {
    for (const auto& p : phrases)
        if (detail::containsLowered(lowered, p))
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
    else if (average < r.portfolioSpendBand.low && !average.isZero()) {
        const long long months =
            static_cast<long long>(r.portfolioCeiling.cents() / average.cents());
        add(out,
            makeReason("PF-2", Severity::Info, "spend_below_band",
                       {moneyArg("average", average), moneyArg("low", r.portfolioSpendBand.low),
                        moneyArg("high", r.portfolioSpendBand.high),
                        moneyArg("ceiling", r.portfolioCeiling),
                        integerArg("months_covered", months)}));
    }
    if (const auto* phrase = ctx.phrases.awsProduct)
        add(out, makeReason("PF-4", Severity::Warning, "aws_product_overlap",
                            {textArg("phrase", *phrase)}));
    if (isBlank(ctx.scenario.portfolio.useCase))
        add(out, makeReason("TL-4", Severity::Warning, "portfolio_use_case_missing"));
}

// BS-1..BS-4 and ST-1 for the Build layer.
// BS-2: Build's monthly spend is stated on the application and projected on the Spend tab;
// the two must tell the same story (average of the Build project lines over the window).
void buildSpendConsistency(const PathContext& ctx, std::vector<Reason>& out) {
    const auto& r = ctx.rules;
    const BuildApplication& b = ctx.scenario.build;
    const int window = std::max(1, std::min(b.windowMonths, ctx.charges.months()));
    const Money projected =
        ctx.charges.categoryOver(Category::BuildProject, 1, window).dividedBy(window);
    const bool hasLines =
        std::any_of(ctx.scenario.spendLines.begin(), ctx.scenario.spendLines.end(),
                    [](const SpendLine& l) { return l.category == Category::BuildProject; });
    if (!hasLines) {
        if (!b.monthlySpend.isZero())
            add(out, makeReason("BS-2", Severity::Info, "build_spend_not_projected",
                                {moneyArg("declared", b.monthlySpend)}));
        return;
    }
    const Money gap = max(projected - b.monthlySpend, b.monthlySpend - projected);
    if (gap > b.monthlySpend * r.buildSpendTolerance)
        add(out, makeReason("BS-2", Severity::Warning, "build_spend_mismatch",
                            {moneyArg("declared", b.monthlySpend), moneyArg("projected", projected),
                             integerArg("months", window),
                             percentArg("tolerance", r.buildSpendTolerance)}));
}

Reason opportunity(std::string rule, std::string code, std::vector<MessageArg> args) {
    Reason r = makeReason(std::move(rule), Severity::Info, std::move(code), std::move(args));
    r.kind = ReasonKind::Value;
    return r;
}

void buildReasons(const PathContext& ctx, std::vector<Reason>& out) {
    const auto& r = ctx.rules;
    const BuildApplication& b = ctx.scenario.build;
    if (!b.enabled) {
        add(out, makeReason("ST-1", Severity::Warning, "build_not_planned"));
        add(out, opportunity("BS-1", "opportunity_build", {moneyArg("amount", r.buildCeiling)}));
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
    buildSpendConsistency(ctx, out);
    if (const auto* phrase = ctx.phrases.genericFraming)
        add(out, makeReason("BS-3", Severity::Warning, "build_generic_framing",
                            {textArg("phrase", *phrase)}));
    const Overlap& o = ctx.overlap;
    if (o.flagged) {
        std::string services;
        for (const auto& s : o.sharedServices)
            services += (services.empty() ? "" : ", ") + s;
        if (services.empty())
            add(out, makeReason("BS-4", Severity::Warning, "overlap_text_only",
                                {fractionArg("score", o.score)}));
        else
            add(out, makeReason("BS-4", Severity::Warning, "overlap",
                                {fractionArg("score", o.score), textArg("services", services)}));
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
        add(out, opportunity("BP-1", "opportunity_poc",
                             {moneyArg("amount", r.pocTypical), moneyArg("large", r.pocLarge)}));
        return;
    }
    const Money bedrock = ctx.peakBedrockMonthly();
    const Money award = pocAward(ctx);
    if (award == r.pocLarge) {
        add(out, makeReason("BP-1", Severity::Info, "poc_large",
                            {moneyArg("amount", award), moneyArg("bedrock", bedrock)}));
    } else {
        // One coded reason per missing condition, so each is translated whole.
        add(out, makeReason("BP-1", Severity::Info, "poc_typical",
                            {moneyArg("amount", award), moneyArg("large", r.pocLarge)}));
        if (bedrock < r.pocLargeMinBedrockMonthly)
            add(out, makeReason("BP-1", Severity::Info, "poc_large_needs_bedrock_spend",
                                {moneyArg("large", r.pocLarge),
                                 moneyArg("minimum", r.pocLargeMinBedrockMonthly),
                                 moneyArg("bedrock", bedrock)}));
        if (!p.customerLoi)
            add(out, makeReason("BP-1", Severity::Info, "poc_large_needs_loi",
                                {moneyArg("large", r.pocLarge)}));
        if (!p.commitToScale)
            add(out, makeReason("BP-1", Severity::Info, "poc_large_needs_commitment",
                                {moneyArg("large", r.pocLarge)}));
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

Pool generalPool(std::string_view id, Money award, const RulebookParameters& r, int order,
                 std::string_view rule) {
    return Pool{id,
                award,
                creditExpiryMonth(r.generalExpiryMonth, r.billing),
                r.generalEligible,
                order,
                rule,
                "BD-3",
                false};
}

Pool portfolioPool(const RulebookParameters& r) {
    return generalPool("portfolio", r.portfolioCeiling, r, 0, "PF-1");
}

Pool buildPool(const RulebookParameters& r) {
    return generalPool("build", r.buildCeiling, r, 1, "BS-1");
}

Pool pocPool(const PathContext& ctx, const Money& award) {
    const auto& r = ctx.rules;
    const int expires = creditExpiryMonth(
        ctx.scenario.bedrockPoc.pocCompletes ? r.generalExpiryMonth : r.pocIncompleteExpiryMonth,
        r.billing);
    return Pool{"bedrock_poc", award, expires, r.pocEligible, 2, "BP-1", "BD-3", false};
}

std::vector<Pool> without(std::vector<Pool> pools, const std::string& id) {
    std::erase_if(pools, [&](const Pool& p) { return p.id == id; });
    return pools;
}

// Days until the money of the applications filed lands: the POC queue is the slowest (TL-2),
// Portfolio + Build next, Portfolio alone the fastest (TL-3).
DayRange activateDays(const RulebookParameters& r, bool build, bool poc) {
    return poc ? r.daysStack : build ? r.daysPortfolioBuild : r.daysPortfolioOnly;
}

const char* activateTimingRule(bool poc) {
    return poc ? "TL-2" : "TL-3";
}

} // namespace

PhraseFindings findPhrases(const LoweredUseCases& useCases, const RulebookParameters& rules) {
    return {findPhrase(useCases.portfolio, rules.awsProductPhrases),
            findPhrase(useCases.build, rules.genericFramingPhrases)};
}

int activateFounderMinutes(const PathContext& ctx, bool build, bool poc) {
    const auto& r = ctx.rules;
    // ST-3: the full stack's minutes less Portfolio + Build's are what the POC adds.
    const int pocMinutes = r.minutesStack - (r.minutesPortfolioOnly + r.minutesBuildExtra);
    return r.minutesPortfolioOnly + (build ? r.minutesBuildExtra : 0) + (poc ? pocMinutes : 0);
}

Money pocAward(const PathContext& ctx) {
    const auto& r = ctx.rules;
    const BedrockPocPlan& p = ctx.scenario.bedrockPoc;
    const bool large =
        ctx.peakBedrockMonthly() >= r.pocLargeMinBedrockMonthly && p.customerLoi && p.commitToScale;
    return large ? r.pocLarge : r.pocTypical;
}

PoolLevels portfolioOnlyPools(const PathContext& ctx) {
    const std::vector<Pool> only{portfolioPool(ctx.rules)};
    return {only, only, only, only, {}};
}

PoolLevels portfolioBuildPools(const PathContext& ctx) {
    PoolLevels levels = portfolioOnlyPools(ctx);
    if (!ctx.scenario.build.enabled)
        return levels;
    // Low: Portfolio approved, Build not (ST-2: each layer carries its own risk).
    levels.typical.push_back(buildPool(ctx.rules));
    levels.high = levels.typical;
    levels.expected = levels.typical;
    if (ctx.overlap.flagged) { // BS-4: the reviewer approves Portfolio and zeroes Build
        levels.expected = without(levels.typical, "build");
        levels.expectedNote = "BS-4";
    }
    return levels;
}

PoolLevels stackPools(const PathContext& ctx) {
    PoolLevels levels = portfolioBuildPools(ctx);
    if (!ctx.scenario.bedrockPoc.enabled)
        return levels;
    levels.typical.push_back(pocPool(ctx, pocAward(ctx)));
    levels.expected.push_back(pocPool(ctx, pocAward(ctx)));
    levels.high = without(levels.high, "bedrock_poc");
    levels.high.push_back(pocPool(ctx, ctx.rules.pocLarge));
    return levels;
}

PathResult evaluatePortfolioOnly(const PathContext& ctx, const CreditValue& credit) {
    const auto& r = ctx.rules;
    std::vector<Reason> reasons = reasonList();
    portfolioReasons(ctx, reasons);
    addForfeitureReason(credit.typicalToExpiry, reasons);
    const PathFigures f = creditFigures(PathId::PortfolioOnly, credit,
                                        {r.approvalPortfolioOnly, "ST-2", r.daysPortfolioOnly,
                                         "TL-3", activateFounderMinutes(ctx, false, false)});
    return finishPath(ctx, f, std::move(reasons));
}

PathResult evaluatePortfolioBuild(const PathContext& ctx, const CreditValue& credit) {
    const auto& r = ctx.rules;
    const bool build = ctx.scenario.build.enabled;
    std::vector<Reason> reasons = reasonList();
    portfolioReasons(ctx, reasons);
    buildReasons(ctx, reasons);
    addForfeitureReason(credit.typicalToExpiry, reasons);
    const PathFigures f = creditFigures(PathId::PortfolioBuild, credit,
                                        {build ? r.approvalPortfolioBuild : r.approvalPortfolioOnly,
                                         "ST-2", activateDays(r, build, false), "TL-3",
                                         activateFounderMinutes(ctx, build, false)});
    return finishPath(ctx, f, std::move(reasons));
}

PathResult evaluateStack(const PathContext& ctx, const CreditValue& credit) {
    const auto& r = ctx.rules;
    const bool build = ctx.scenario.build.enabled, poc = ctx.scenario.bedrockPoc.enabled;
    std::vector<Reason> reasons = reasonList();
    portfolioReasons(ctx, reasons);
    buildReasons(ctx, reasons);
    pocReasons(ctx, reasons);
    addForfeitureReason(credit.typicalToExpiry, reasons);
    // ST-2's odds for the applications actually filed.
    const PathFigures f =
        creditFigures(PathId::Stack, credit,
                      {poc     ? r.approvalStack
                       : build ? r.approvalPortfolioBuild
                               : r.approvalPortfolioOnly,
                       "ST-2", activateDays(r, build, poc), activateTimingRule(poc),
                       activateFounderMinutes(ctx, build, poc)});
    return finishPath(ctx, f, std::move(reasons));
}

} // namespace creditpath
