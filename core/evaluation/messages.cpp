#include "messages.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <stdexcept>

namespace creditpath {
namespace {

using Catalog = std::vector<std::pair<std::string_view, std::string_view>>;

// Marks a template for Qt Linguist without any Qt here: lupdate reads this file with
// CREDITPATH_TRANSLATABLE as an alias of QT_TRANSLATE_NOOP (ui/CMakeLists.txt), so each
// template exists once and the views translate it in the "Reason" context.
#define CREDITPATH_TRANSLATABLE(context, text) text

const Catalog kCatalog{
    {"portfolio_value",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Activate Portfolio funds general infrastructure up to {ceiling}.")},
    {"no_vouch",
     CREDITPATH_TRANSLATABLE(
         "Reason", "No institutional vouch: neither a VC in Activate Portfolio nor a partner "
                   "attestation. Portfolio cannot be approved.")},
    {"attestation_substitutes",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "No VC in Activate Portfolio; the partner attestation substitutes as the vouch.")},
    {"implausible_spend",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Projected spend averages {average}/month over the first {months} months, above the "
         "{limit}/month that is plausible at {stage}: expect rejection or a downgrade.")},
    {"spend_below_band",
     CREDITPATH_TRANSLATABLE("Reason", "Projected spend averages {average}/month, below "
                                       "Portfolio's typical {low}-{high}/month band: "
                                       "{ceiling} would last about {months_covered} months.")},
    {"spend_above_band",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Projected spend averages {average}/month, above Portfolio's typical "
                             "{low}-{high}/month band.")},
    {"aws_product_overlap",
     CREDITPATH_TRANSLATABLE("Reason",
                             "The Portfolio use case reads like a competitor to AWS's own products "
                             "(\"{phrase}\"): a rejection or downgrade risk.")},
    {"portfolio_use_case_missing",
     CREDITPATH_TRANSLATABLE(
         "Reason", "The Portfolio use-case paragraph is empty; the partner needs it to file.")},
    {"build_value",
     CREDITPATH_TRANSLATABLE("Reason", "Build for Startups adds up to {ceiling} for a discrete "
                                       "project distinct from Portfolio.")},
    {"build_not_planned",
     CREDITPATH_TRANSLATABLE(
         "Reason", "No Build for Startups project is planned; the stack needs a genuinely "
                   "distinct second workload.")},
    {"build_use_case_missing",
     CREDITPATH_TRANSLATABLE("Reason", "The Build for Startups use-case paragraph is empty.")},
    {"build_spend_outside_band",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Build projects typically project {low}-{high}/month; this one projects {amount}/month.")},
    {"build_window_outside",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Build implementation windows run {min}-{max} months; this one runs {months} months.")},
    {"build_generic_framing",
     CREDITPATH_TRANSLATABLE(
         "Reason", "The Build use case is framed as \"{phrase}\", which Build does not fund.")},
    {"overlap_text_only",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Portfolio and Build look like one workload framed twice (score {score}; the use cases "
         "read alike). Reviewers approve Portfolio and silently zero out Build.")},
    {"overlap",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Portfolio and Build look like one workload framed twice (score {score}; shared "
         "services: {services}). Reviewers approve Portfolio and silently zero out Build.")},
    {"overlap_file_portfolio_only",
     CREDITPATH_TRANSLATABLE("Reason",
                             "If there is no real second workload, file Portfolio only.")},
    {"poc_not_planned",
     CREDITPATH_TRANSLATABLE(
         "Reason", "No Bedrock POC is planned; the stack's third layer needs a defined AI use "
                   "case with an evaluation plan.")},
    {"poc_typical", CREDITPATH_TRANSLATABLE(
                        "Reason", "Bedrock POC at {amount}; {large} needs the conditions below.")},
    {"poc_large_needs_bedrock_spend",
     CREDITPATH_TRANSLATABLE("Reason", "For {large}: projected Bedrock spend of {minimum}/month "
                                       "or more (now {bedrock}/month).")},
    {"poc_large_needs_loi",
     CREDITPATH_TRANSLATABLE("Reason", "For {large}: a customer Letter of Intent.")},
    {"poc_large_needs_commitment",
     CREDITPATH_TRANSLATABLE("Reason",
                             "For {large}: a commitment to scale Bedrock after the POC.")},
    {"poc_large",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Bedrock POC at {amount}: projected Bedrock spend of {bedrock}/month, a customer "
         "LOI and a commitment to scale.")},
    {"poc_earmarked",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Bedrock POC credits pay only Bedrock and its supporting services.")},
    {"poc_gap_use_case",
     CREDITPATH_TRANSLATABLE("Reason", "The POC plan is missing its use-case paragraph.")},
    {"poc_gap_model",
     CREDITPATH_TRANSLATABLE("Reason", "The POC plan does not name the chosen model.")},
    {"poc_gap_model_reasoning",
     CREDITPATH_TRANSLATABLE("Reason", "The POC plan does not say why that model was chosen.")},
    {"poc_gap_eval_methodology",
     CREDITPATH_TRANSLATABLE("Reason",
                             "The POC plan is missing its evaluation methodology (N examples "
                             "per week against a held-out set).")},
    {"poc_gap_eval_examples",
     CREDITPATH_TRANSLATABLE(
         "Reason", "The POC plan does not say how many examples are evaluated per week.")},
    {"poc_gap_budget",
     CREDITPATH_TRANSLATABLE("Reason", "The POC plan is missing its projected inference budget.")},
    {"poc_budget_outside_band",
     CREDITPATH_TRANSLATABLE("Reason",
                             "POC inference budgets run {low}-{high}/month at POC scale; this "
                             "plan projects {amount}/month.")},
    {"poc_window", CREDITPATH_TRANSLATABLE(
                       "Reason", "POC windows run {expected} days; this plan runs {days} days.")},
    {"poc_expires_early",
     CREDITPATH_TRANSLATABLE("Reason",
                             "The POC is not expected to complete, so its credits expire at month "
                             "{month} instead of {general}.")},
    {"forfeiture",
     CREDITPATH_TRANSLATABLE("Reason", "{amount} of credits would expire unused ({pools}).")},
    {"distinct_use_cases",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Portfolio and Build describe distinct workloads (overlap score {score}).")},
    {"lands_late",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Credits land on day {min}-{max}, after the {needed} days you have.")},
    {"may_land_late",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline.")},
    {"lands_in_time", CREDITPATH_TRANSLATABLE(
                          "Reason", "Credits land on day {min}-{max}, within your {needed} days.")},
    {"discount_starts",
     CREDITPATH_TRANSLATABLE(
         "Reason", "The discount starts on day {min}-{max}, once the contract is in place.")},
    {"approval_odds",
     CREDITPATH_TRANSLATABLE("Reason", "Expected value uses {odds} odds of approval.")},
    {"ga_value",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Competitive cohort: median award {low}-{high}, top awards {top}; about {odds} of "
         "typical applicants are accepted.")},
    {"ga_not_ai_first",
     CREDITPATH_TRANSLATABLE("Reason",
                             "The Accelerator is for AI-first products; AI is a feature here.")},
    {"ga_no_ai",
     CREDITPATH_TRANSLATABLE(
         "Reason", "The Accelerator is for AI-first products; this company has no AI product.")},
    {"ga_stage",
     CREDITPATH_TRANSLATABLE(
         "Reason", "The Accelerator is for companies before Series B; this one is at {stage}.")},
    {"ga_too_soon", CREDITPATH_TRANSLATABLE(
                        "Reason", "Credits are needed within {needed} days; the Accelerator is "
                                  "a poor fit under {limit} days.")},
    {"ga_no_bedrock",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone.")},
    {"ga_bootstrapped_no_traction",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Bootstrapped without revenue traction: a weak Accelerator application.")},
    {"map_greenfield",
     CREDITPATH_TRANSLATABLE(
         "Reason", "No migration to AWS is planned; MAP funds migrations, not greenfield builds.")},
    {"map_value",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate.")},
    {"map_value_tagged",
     CREDITPATH_TRANSLATABLE("Reason",
                             "MAP pays {mobilize} at Mobilize and {migrate} at Migrate of {months} "
                             "months of tagged post-migration spend ({spend}/month): {base}.")},
    {"map_assess_only",
     CREDITPATH_TRANSLATABLE("Reason", "The plan stops at Assess; MAP credits start at Mobilize.")},
    {"map_small_spend",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects.")},
    {"map_small_migration",
     CREDITPATH_TRANSLATABLE(
         "Reason", "A {amount} migration is too small for partner-led MAP work (from {min}).")},
    {"spp_value",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Partner-resold billing saves {low}-{high} of the bill: {saving} over {months} "
                   "months at {typical}.")},
    {"spp_pre_revenue",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Pre-revenue companies are a poor fit for the Solution Provider Program.")},
    {"spp_not_profitable",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "The Solution Provider Program suits profitable companies; this one is not profitable.")},
    {"spp_small_arr",
     CREDITPATH_TRANSLATABLE(
         "Reason", "ARR of {arr} is below the {min} the Solution Provider Program suits.")},
    {"spp_small_bill",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "An annual AWS bill of {annual} is too small for the saving to matter (from {min}).")},
    {"edp_value",
     CREDITPATH_TRANSLATABLE(
         "Reason", "A committed-spend discount of {low}-{high} on {annual} a year saves {saving} "
                   "over {months} months at {typical}.")},
    {"edp_too_small",
     CREDITPATH_TRANSLATABLE(
         "Reason", "EDP starts at {min} a year of AWS spend; this projection is {annual}.")},
    {"combo_stack_then_accelerator",
     CREDITPATH_TRANSLATABLE("Reason", "File the stack now and apply to the Accelerator in a later "
                                       "cohort: different program families.")},
    {"combo_stack_with_map",
     CREDITPATH_TRANSLATABLE("Reason",
                             "The stack and MAP combine: Build can fund the migration project "
                             "while MAP funds the migration itself.")},
    {"combo_credits_with_discount",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Credits and a bill discount combine: the discount applies to what credits do not pay.")},
    {"combo_activate_alternatives",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Alternatives, not a combination: both file the same Activate Portfolio application.")},
    {"combo_billing_conflict",
     CREDITPATH_TRANSLATABLE("Reason", "Refused: SPP bills through a partner while EDP is a direct "
                                       "commitment with AWS; choose one.")},
    {"forfeiture_estimated_expiry",
     CREDITPATH_TRANSLATABLE("Reason", "{amount} of credits would expire unused ({pools}). Their "
                                       "expiry at month {month} is a product estimate ({rule}): "
                                       "no published rule states it.")},
    {"build_spend_mismatch",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Build spend is entered twice and the figures disagree: {declared}/month on the Build "
         "application, {projected}/month from the Build project lines on the Spend tab (average of "
         "months 1-{months}). Reviewers compare them; make them agree within {tolerance}.")},
    {"build_spend_not_projected",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "The Build application states {declared}/month, but the Spend tab has no Build project "
         "line, so the burn-down does not count that spend.")},
    {"opportunity_build",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Not applied for: Build for Startups, up to {amount} more for a distinct project.")},
    {"opportunity_poc",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Not applied for: a Bedrock POC, {amount} more ({large} with a larger "
                             "scope, a customer LOI and a commitment to scale).")},
    {"recommend_credits_within_days",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Largest expected usable value ({value}) among paths that fit and land within {needed} "
         "days.")},
    {"recommend_largest_expected_value",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Largest expected usable value ({value}) among paths that fit.")},
    {"recommend_least_founder_time",
     CREDITPATH_TRANSLATABLE("Reason", "Least founder time ({minutes} min) among paths that fit; "
                                       "expected usable value {value}.")},
    {"recommend_none_within_days",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Nothing is recommended: no path fits and lands within {needed} days. What keeps each "
         "path out is listed with it.")},
    {"recommend_none_fit",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Nothing is recommended: no path fits this scenario. What keeps each "
                             "path out is listed with it.")},
    {"recommend_needs_spend",
     CREDITPATH_TRANSLATABLE("Reason", "Enter your projected monthly AWS spend (Spend tab) first: "
                                       "usable value, forfeiture and the "
                                       "recommendation all depend on it.")},
    {"derive_value_levels",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Face value {low} – {typical} – {high}: low {low_terms}; typical {typical_terms}; high "
         "{high_terms}.")},
    {"derive_value_single",
     CREDITPATH_TRANSLATABLE("Reason", "Face value {typical} = {typical_terms}.")},
    {"derive_value_none",
     CREDITPATH_TRANSLATABLE("Reason",
                             "No credits: this scenario applies for no pool on this path.")},
    {"derive_value_discount",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Saving {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} of "
         "{base} discountable spend over {months} months (Marketplace excluded).")},
    {"derive_value_discount_none",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "No saving: the projected {annual} a year is below the {min} a year this program starts "
         "at.")},
    {"derive_usable_whole",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Usable {typical} = the whole award: the projected bill absorbs every pool before it "
         "expires. Low {low}, high {high}.")},
    {"derive_usable_forfeits",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Usable {typical} = award {award} − {forfeited} expiring unused ({pools}). Low {low}, "
         "high {high}.")},
    {"derive_usable_needs_spend",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Nothing is usable yet: no spend is entered, so no bill absorbs the credits.")},
    {"derive_usable_none",
     CREDITPATH_TRANSLATABLE("Reason", "Nothing to use: no pool is applied for.")},
    {"derive_usable_discount",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Usable {typical} = the saving itself: a discount needs no pool to absorb it.")},
    {"derive_expected",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Expected {expected} = usable {usable} ({terms}) × {odds} approval.")},
    {"derive_expected_overlap",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Expected {expected} = usable {usable} ({terms}; overlap zeroes "
                             "Build) × {odds} approval.")},
    {"derive_expected_not_eligible",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Expected {expected}: the path is not eligible ({rule}), so approval pays nothing.")},
    {"derive_expected_discount",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Expected {expected} = saving {usable} × {odds} odds that the contract is signed.")},
    {"derive_days",
     CREDITPATH_TRANSLATABLE("Reason", "Money lands on day {min}–{max} after the inquiry.")},
    {"derive_days_discount",
     CREDITPATH_TRANSLATABLE("Reason",
                             "The discount starts on day {min}–{max}, once the contract is in "
                             "place.")},
    {"derive_minutes", CREDITPATH_TRANSLATABLE("Reason", "{minutes} min of founder time.")},
    {"derive_minutes_terms",
     CREDITPATH_TRANSLATABLE("Reason", "{minutes} min of founder time = {terms} min.")},
    {"derive_covered_all",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Credits pay every eligible charge of all {months} months.")},
    {"derive_covered_until",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Credits pay every eligible charge of months 1–{month}; month "
                             "{next} is the first with money out of pocket ({short}).")},
    {"derive_covered_none",
     CREDITPATH_TRANSLATABLE(
         "Reason", "Month 1 is already short: credits leave {short} of it out of pocket.")},
    {"derive_out_of_pocket",
     CREDITPATH_TRANSLATABLE(
         "Reason",
         "Out of pocket {total} = charges {charges} − paid by credits {applied} over {months} "
         "months (Marketplace, upfront fees and Enterprise support are never covered).")},
    {"derive_forfeited_none",
     CREDITPATH_TRANSLATABLE("Reason",
                             "Nothing expires unused within the {months}-month horizon.")},
    {"derive_forfeited",
     CREDITPATH_TRANSLATABLE("Reason",
                             "{total} expires unused within the {months}-month horizon: {pools}.")},
    {"derive_needs_spend",
     CREDITPATH_TRANSLATABLE("Reason", "No spend entered yet: nothing to burn down.")},
};

std::string withThousands(std::string digits) {
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

std::string renderTerms(const std::string& canonical) {
    std::string out;
    for (const Term& t : parseTerms(canonical)) {
        if (!out.empty() || t.subtract)
            out += t.subtract ? (out.empty() ? "\u2212" : " \u2212 ") : " + ";
        const bool money = t.amount.find('.') != std::string::npos;
        out += t.rule + " " + (money ? formatUsdText(t.amount) : t.amount);
    }
    return out;
}

// The catalogue's entry for a code: its key (static, so reasons keep a view of it) and
// English template.
const std::pair<std::string_view, std::string_view>* findEntry(std::string_view code) {
    // Every reason and derivation looks its code up (dozens per evaluation): an open-addressed
    // table of the catalogue's entries. Codes differ in length and in their first, middle and
    // last letters, so those few bytes hash them; a collision only costs a comparison.
    using Entry = std::pair<std::string_view, std::string_view>;
    static constexpr auto hash = [](std::string_view s) -> std::uint64_t {
        if (s.empty())
            return 0;
        const auto byte = [&](std::size_t i) {
            return std::uint64_t(static_cast<unsigned char>(s[i]));
        };
        const std::uint64_t key =
            s.size() | byte(0) << 8 | byte(s.size() / 2) << 16 | byte(s.size() - 1) << 24;
        return (key * 0x9E3779B97F4A7C15ull) >> 32;
    };
    static const auto table = [] {
        std::size_t size = 1;
        while (size < 2 * kCatalog.size())
            size *= 2;
        std::vector<const Entry*> slots(size, nullptr);
        for (const auto& entry : kCatalog) {
            std::size_t at = hash(entry.first) & (size - 1);
            while (slots[at] && slots[at]->first != entry.first)
                at = (at + 1) & (size - 1);
            if (!slots[at]) // the first entry of a code wins, as a map's emplace would
                slots[at] = &entry;
        }
        return slots;
    }();
    const std::size_t mask = table.size() - 1;
    for (std::size_t at = hash(code) & mask; table[at]; at = (at + 1) & mask)
        if (table[at]->first == code)
            return table[at];
    return nullptr;
}

const std::string_view* findTemplate(std::string_view code) {
    const auto* entry = findEntry(code);
    return entry ? &entry->second : nullptr;
}

// The catalogue's own copy of a code, which outlives every reason; unknown codes are a
// programming error.
std::string_view catalogued(std::string_view code) {
    const auto* entry = findEntry(code);
    if (!entry)
        throw std::logic_error("unknown message code: " + std::string(code));
    return entry->first;
}

// The figures a derivation explains (evaluation.h), as static strings.
constexpr std::string_view kFigures[] = {
    "value",           "usable_value",          "expected_value",      "days_to_money",
    "founder_minutes", "covered_through_month", "total_out_of_pocket", "total_forfeited"};

std::string_view knownFigure(std::string_view figure) {
    for (std::string_view f : kFigures)
        if (f == figure)
            return f;
    throw std::logic_error("unknown derivation figure: " + std::string(figure));
}

std::string renderForfeits(const std::string& canonical) {
    std::string out;
    for (const Forfeit& f : parseForfeits(canonical))
        out += (out.empty() ? "" : ", ") + f.pool + " " + formatUsdText(f.amount) + " at month " +
               std::to_string(f.month);
    return out;
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
                out += formatUsd(std::get<Money>(a.typed));
                break;
            case MessageArg::Kind::Percent:
                out += a.value() + "%";
                break;
            case MessageArg::Kind::Terms:
                out += renderTerms(a.value());
                break;
            case MessageArg::Kind::Forfeits:
                out += renderForfeits(a.value());
                break;
            default:
                out += a.value();
            }
        }
        if (!found)
            throw std::logic_error("message argument missing: " + std::string(name));
        i = close;
    }
    return out;
}

// The English sentence of a code; makeReason and makeDerivation admit catalogued codes only,
// so the code itself stands in only for a hand-built reason.
std::string renderCode(std::string_view code, const std::vector<MessageArg>& args) {
    const std::string_view* templ = findTemplate(code);
    return templ ? render(*templ, args) : std::string(code);
}

} // namespace

std::string formatUsd(const Money& amount) {
    return formatUsdText(amount.toString());
}

std::string formatUsdText(std::string s) {
    const bool negative = s[0] == '-';
    if (negative)
        s.erase(0, 1);
    const auto dot = s.find('.');
    std::string whole = withThousands(s.substr(0, dot));
    const std::string cents = s.substr(dot + 1);
    return (negative ? "-$" : "$") + whole + (cents == "00" ? "" : "." + cents);
}

std::vector<Term> parseTerms(std::string_view canonical) {
    std::vector<Term> terms;
    while (!canonical.empty()) {
        const auto end = std::min(canonical.find(';'), canonical.size());
        std::string_view item = canonical.substr(0, end);
        canonical.remove_prefix(std::min(end + 1, canonical.size()));
        Term t;
        if (!item.empty() && item.front() == '-') {
            t.subtract = true;
            item.remove_prefix(1);
        }
        const auto eq = item.find('=');
        if (eq == std::string_view::npos)
            continue;
        t.rule = std::string(item.substr(0, eq));
        t.amount = std::string(item.substr(eq + 1));
        terms.push_back(std::move(t));
    }
    return terms;
}

MessageArg forfeitsArg(std::string_view name, const BurnDown& bd) {
    std::string value;
    for (const Forfeiture& f : bd.forfeitures)
        value += (value.empty() ? "" : ";") + std::string(f.pool) + "=" + f.amount.toString() +
                 "@" + std::to_string(f.month);
    return {name, std::move(value), MessageArg::Kind::Forfeits};
}

std::vector<Forfeit> parseForfeits(std::string_view canonical) {
    std::vector<Forfeit> out;
    while (!canonical.empty()) {
        const auto end = std::min(canonical.find(';'), canonical.size());
        const std::string_view item = canonical.substr(0, end);
        canonical.remove_prefix(std::min(end + 1, canonical.size()));
        const auto eq = item.find('='), at = item.find('@');
        if (eq == std::string_view::npos || at == std::string_view::npos || at < eq)
            continue;
        int month = 0;
        for (char c : item.substr(at + 1))
            month = std::isdigit(static_cast<unsigned char>(c)) ? month * 10 + (c - '0') : month;
        out.push_back({std::string(item.substr(0, eq)),
                       std::string(item.substr(eq + 1, at - eq - 1)), month});
    }
    return out;
}

Term moneyTerm(std::string rule, const Money& amount, bool subtract) {
    return {std::move(rule), amount.toString(), subtract};
}
Term integerTerm(std::string rule, long long amount) {
    return {std::move(rule), std::to_string(amount), false};
}
MessageArg termsArg(std::string_view name, const std::vector<Term>& terms) {
    std::string value;
    for (const Term& t : terms)
        value += (value.empty() ? "" : ";") + std::string(t.subtract ? "-" : "") + t.rule + "=" +
                 t.amount;
    return {name, std::move(value), MessageArg::Kind::Terms};
}

MessageArg moneyArg(std::string_view name, const Money& v) {
    return {name, v, MessageArg::Kind::Money};
}
MessageArg integerArg(std::string_view name, long long v) {
    return {name, v, MessageArg::Kind::Integer};
}
MessageArg percentArg(std::string_view name, const Rate& v) {
    return {name, v, MessageArg::Kind::Percent};
}
MessageArg fractionArg(std::string_view name, const Rate& v) {
    return {name, v.toFractionString(2), MessageArg::Kind::Fraction};
}
MessageArg textArg(std::string_view name, std::string v) {
    return {name, std::move(v), MessageArg::Kind::Text};
}

std::string MessageArg::value() const {
    switch (kind) {
    case Kind::Money:
        return std::get<Money>(typed).toString();
    case Kind::Integer:
        return std::to_string(std::get<long long>(typed));
    case Kind::Percent:
        return std::get<Rate>(typed).toPercentString();
    default:
        return std::get<std::string>(typed);
    }
}

Reason makeReason(std::string rule, Severity severity, std::string_view code,
                  std::vector<MessageArg> args) {
    return {std::move(rule), catalogued(code), std::move(args), severity};
}

std::string Reason::text() const {
    return renderCode(code, args);
}

std::string withRules(const std::string& text, const RuleList& rules) {
    if (rules.empty())
        return text;
    std::string list;
    for (const auto& r : rules)
        list += (list.empty() ? "" : ", ") + r;
    return text + " (" + list + ")";
}

Derivation makeDerivation(std::string_view figure, RuleList rules, std::string_view code,
                          std::vector<MessageArg> args) {
    rules.erase(std::remove(rules.begin(), rules.end(), std::string()), rules.end());
    return {knownFigure(figure), std::move(rules), catalogued(code), std::move(args)};
}

std::string Derivation::text() const {
    return withRules(renderCode(code, args), rules);
}

bool isMessageCode(std::string_view code) {
    return findTemplate(code) != nullptr;
}

const Catalog& messageCatalog() {
    return kCatalog;
}

} // namespace creditpath
