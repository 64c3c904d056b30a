#include "messages.h"

#include <stdexcept>

namespace creditpath {
namespace {

using Catalog = std::vector<std::pair<std::string_view, std::string_view>>;

const Catalog kCatalog{
    {"portfolio_value", "Activate Portfolio funds general infrastructure up to {ceiling}."},
    {"no_vouch", "No institutional vouch: neither a VC in Activate Portfolio nor a partner "
                 "attestation. Portfolio cannot be approved."},
    {"attestation_substitutes",
     "No VC in Activate Portfolio; the partner attestation substitutes as the vouch."},
    {"implausible_spend",
     "Projected spend averages {average}/month over the first {months} months, above the "
     "{limit}/month that is plausible at {stage}: expect rejection or a downgrade."},
    {"spend_below_band",
     "Projected spend averages {average}/month, below Portfolio's typical {low}-{high}/month band: "
     "{ceiling} would last about {months_covered} months."},
    {"spend_above_band", "Projected spend averages {average}/month, above Portfolio's typical "
                         "{low}-{high}/month band."},
    {"aws_product_overlap", "The Portfolio use case reads like a competitor to AWS's own products "
                            "(\"{phrase}\"): a rejection or downgrade risk."},
    {"portfolio_use_case_missing",
     "The Portfolio use-case paragraph is empty; the partner needs it to file."},
    {"build_value",
     "Build for Startups adds up to {ceiling} for a discrete project distinct from Portfolio."},
    {"build_not_planned", "No Build for Startups project is planned; the stack needs a genuinely "
                          "distinct second workload."},
    {"build_use_case_missing", "The Build for Startups use-case paragraph is empty."},
    {"build_spend_outside_band",
     "Build projects typically project {low}-{high}/month; this one projects {amount}/month."},
    {"build_window_outside",
     "Build implementation windows run {min}-{max} months; this one runs {months} months."},
    {"build_generic_framing",
     "The Build use case is framed as \"{phrase}\", which Build does not fund."},
    {"overlap", "Portfolio and Build look like one workload framed twice (score {score}; shared "
                "services: {services}). Reviewers approve Portfolio and silently zero out Build."},
    {"overlap_file_portfolio_only", "If there is no real second workload, file Portfolio only."},
    {"poc_not_planned", "No Bedrock POC is planned; the stack's third layer needs a defined AI use "
                        "case with an evaluation plan."},
    {"poc_typical", "Bedrock POC at {amount}. For {large} it also needs: {missing}."},
    {"poc_large", "Bedrock POC at {amount}: projected Bedrock spend of {bedrock}/month, a customer "
                  "LOI and a commitment to scale."},
    {"poc_earmarked", "Bedrock POC credits pay only Bedrock and its supporting services."},
    {"poc_gap_use_case", "The POC plan is missing its use-case paragraph."},
    {"poc_gap_model", "The POC plan does not name the chosen model."},
    {"poc_gap_model_reasoning", "The POC plan does not say why that model was chosen."},
    {"poc_gap_eval_methodology", "The POC plan is missing its evaluation methodology (N examples "
                                 "per week against a held-out set)."},
    {"poc_gap_eval_examples",
     "The POC plan does not say how many examples are evaluated per week."},
    {"poc_gap_budget", "The POC plan is missing its projected inference budget."},
    {"poc_budget_outside_band", "POC inference budgets run {low}-{high}/month at POC scale; this "
                                "plan projects {amount}/month."},
    {"poc_window", "POC windows run {expected} days; this plan runs {days} days."},
    {"poc_expires_early", "The POC is not expected to complete, so its credits expire at month "
                          "{month} instead of {general}."},
    {"forfeiture", "{amount} of credits would expire unused ({pools})."},
    {"distinct_use_cases",
     "Portfolio and Build describe distinct workloads (overlap score {score})."},
    {"lands_late", "Credits land on day {min}-{max}, after the {needed} days you have."},
    {"may_land_late",
     "Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline."},
    {"lands_in_time", "Credits land on day {min}-{max}, within your {needed} days."},
    {"discount_starts", "The discount starts on day {min}-{max}, once the contract is in place."},
    {"approval_odds", "Expected value uses {odds} odds of approval."},
    {"ga_value", "Competitive cohort: median award {low}-{high}, top awards {top}; about {odds} of "
                 "typical applicants are accepted."},
    {"ga_not_ai_first", "The Accelerator is for AI-first products; AI is a feature here."},
    {"ga_no_ai", "The Accelerator is for AI-first products; this company has no AI product."},
    {"ga_stage", "The Accelerator is for companies before Series B; this one is at {stage}."},
    {"ga_too_soon",
     "Credits are needed within {needed} days; the Accelerator is a poor fit under {limit} days."},
    {"ga_no_bedrock",
     "No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone."},
    {"ga_bootstrapped_no_traction",
     "Bootstrapped without revenue traction: a weak Accelerator application."},
    {"map_greenfield",
     "No migration to AWS is planned; MAP funds migrations, not greenfield builds."},
    {"map_value",
     "MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate."},
    {"map_assess_only", "The plan stops at Assess; MAP credits start at Mobilize."},
    {"map_small_spend",
     "Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects."},
    {"map_small_migration",
     "A {amount} migration is too small for partner-led MAP work (from {min})."},
    {"spp_value", "Partner-resold billing saves {low}-{high} of the bill: {saving} over {months} "
                  "months at {typical}."},
    {"spp_pre_revenue", "Pre-revenue companies are a poor fit for the Solution Provider Program."},
    {"spp_not_profitable",
     "The Solution Provider Program suits profitable companies; this one is not profitable."},
    {"spp_small_arr", "ARR of {arr} is below the {min} the Solution Provider Program suits."},
    {"spp_small_bill",
     "An annual AWS bill of {annual} is too small for the saving to matter (from {min})."},
    {"edp_value", "A committed-spend discount of {low}-{high} on {annual} a year saves {saving} "
                  "over {months} months at {typical}."},
    {"edp_too_small", "EDP starts at {min} a year of AWS spend; this projection is {annual}."},
    {"recommend_credits_within_days",
     "Largest expected value among credit paths landing within {needed} days."},
    {"recommend_credits_none_in_time",
     "No credit path lands within {needed} days; this one lands soonest."},
    {"recommend_largest_expected_value", "Largest expected value of all eligible paths."},
    {"recommend_least_founder_time", "Least founder time of all eligible paths."},
    {"combo_stack_then_accelerator", "File the stack now and apply to the Accelerator in a later "
                                     "cohort: different program families."},
    {"combo_stack_with_map", "The stack and MAP combine: Build can fund the migration project "
                             "while MAP funds the migration itself."},
    {"combo_credits_with_discount",
     "Credits and a bill discount combine: the discount applies to what credits do not pay."},
    {"combo_activate_alternatives",
     "Alternatives, not a combination: both file the same Activate Portfolio application."},
    {"combo_billing_conflict",
     "Refused: SPP bills through a partner while EDP is a direct commitment with AWS; choose one."},
    {"recommend_nothing", "No path is eligible for this scenario."},
};

std::string withThousands(std::string digits) {
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

std::string render(std::string_view templ, const std::vector<MessageArg>& args) {
    std::string out;
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] != '{') {
            out += templ[i];
            continue;
        }
        const auto close = templ.find('}', i);
        const auto name = templ.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& a : args) {
            if (a.name != name)
                continue;
            found = true;
            switch (a.kind) {
            case MessageArg::Kind::Money:
                out += formatUsd(Money::parse(a.value));
                break;
            case MessageArg::Kind::Percent:
                out += a.value + "%";
                break;
            default:
                out += a.value;
            }
        }
        if (!found)
            throw std::logic_error("message argument missing: " + std::string(name));
        i = close;
    }
    return out;
}

} // namespace

std::string formatUsd(const Money& amount) {
    std::string s = amount.toString();
    const bool negative = s[0] == '-';
    if (negative)
        s.erase(0, 1);
    const auto dot = s.find('.');
    std::string whole = withThousands(s.substr(0, dot));
    const std::string cents = s.substr(dot + 1);
    return (negative ? "-$" : "$") + whole + (cents == "00" ? "" : "." + cents);
}

MessageArg moneyArg(std::string name, const Money& v) {
    return {std::move(name), v.toString(), MessageArg::Kind::Money};
}
MessageArg integerArg(std::string name, long long v) {
    return {std::move(name), std::to_string(v), MessageArg::Kind::Integer};
}
MessageArg percentArg(std::string name, const Rate& v) {
    return {std::move(name), v.toPercentString(), MessageArg::Kind::Percent};
}
MessageArg fractionArg(std::string name, const Rate& v) {
    return {std::move(name), v.toFractionString(2), MessageArg::Kind::Fraction};
}
MessageArg textArg(std::string name, std::string v) {
    return {std::move(name), std::move(v), MessageArg::Kind::Text};
}

Reason makeReason(std::string rule, Severity severity, std::string code,
                  std::vector<MessageArg> args) {
    for (const auto& [c, templ] : kCatalog)
        if (c == code) {
            std::string text = render(templ, args);
            return {std::move(rule), severity, std::move(code), std::move(args), std::move(text)};
        }
    throw std::logic_error("unknown message code: " + code);
}

const Catalog& messageCatalog() {
    return kCatalog;
}

} // namespace creditpath
