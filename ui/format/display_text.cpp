#include "display_text.h"

#include "evaluation/messages.h"
#include "evaluation/timeline.h"

#include <QCoreApplication>
#include <QDate>

namespace creditpath::ui {
namespace {

// Digits grouped and joined by the locale's separators, straight from the canonical text: the
// amount never passes through floating point.
QString localDigits(const std::string& canonical, const QLocale& locale) {
    QString text = QString::fromStdString(canonical);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, locale.groupSeparator());
    QString out = whole;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + out : out;
}

// The locale's currency pattern (symbol before or after, with or without a space) for "$".
QString withDollar(const QString& digits, const QLocale& locale) {
    QString pattern = locale.toCurrencyString(qlonglong(7), QStringLiteral("$"));
    return pattern.replace(QLatin1Char('7'), digits);
}

struct Template {
    const char* code;
    const char* text;
};

// One translatable template per message code of core's messageCatalog(); the placeholders
// match the core's argument names.
const Template kReasonTemplates[] = {
    {"portfolio_value",
     QT_TRANSLATE_NOOP("Reason",
                       "Activate Portfolio funds general infrastructure up to {ceiling}.")},
    {"no_vouch",
     QT_TRANSLATE_NOOP("Reason", "No institutional vouch: neither a VC in Activate Portfolio nor a "
                                 "partner attestation. Portfolio cannot be approved.")},
    {"attestation_substitutes",
     QT_TRANSLATE_NOOP(
         "Reason",
         "No VC in Activate Portfolio; the partner attestation substitutes as the vouch.")},
    {"implausible_spend",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Projected spend averages {average}/month over the first {months} months, above the "
         "{limit}/month that is plausible at {stage}: expect rejection or a downgrade.")},
    {"spend_below_band",
     QT_TRANSLATE_NOOP(
         "Reason", "Projected spend averages {average}/month, below Portfolio's typical "
                   "{low}-{high}/month band: {ceiling} would last about {months_covered} months.")},
    {"spend_above_band",
     QT_TRANSLATE_NOOP("Reason", "Projected spend averages {average}/month, above Portfolio's "
                                 "typical {low}-{high}/month band.")},
    {"aws_product_overlap",
     QT_TRANSLATE_NOOP("Reason", "The Portfolio use case reads like a competitor to AWS's own "
                                 "products (\"{phrase}\"): a rejection or downgrade risk.")},
    {"portfolio_use_case_missing",
     QT_TRANSLATE_NOOP("Reason",
                       "The Portfolio use-case paragraph is empty; the partner needs it to file.")},
    {"build_value", QT_TRANSLATE_NOOP("Reason", "Build for Startups adds up to {ceiling} for a "
                                                "discrete project distinct from Portfolio.")},
    {"build_not_planned",
     QT_TRANSLATE_NOOP("Reason", "No Build for Startups project is planned; the stack needs a "
                                 "genuinely distinct second workload.")},
    {"build_use_case_missing",
     QT_TRANSLATE_NOOP("Reason", "The Build for Startups use-case paragraph is empty.")},
    {"build_spend_outside_band",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Build projects typically project {low}-{high}/month; this one projects {amount}/month.")},
    {"build_window_outside",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Build implementation windows run {min}-{max} months; this one runs {months} months.")},
    {"build_generic_framing",
     QT_TRANSLATE_NOOP("Reason",
                       "The Build use case is framed as \"{phrase}\", which Build does not fund.")},
    {"overlap",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Portfolio and Build look like one workload framed twice (score {score}; shared services: "
         "{services}). Reviewers approve Portfolio and silently zero out Build.")},
    {"overlap_file_portfolio_only",
     QT_TRANSLATE_NOOP("Reason", "If there is no real second workload, file Portfolio only.")},
    {"poc_not_planned",
     QT_TRANSLATE_NOOP("Reason", "No Bedrock POC is planned; the stack's third layer needs a "
                                 "defined AI use case with an evaluation plan.")},
    {"poc_typical",
     QT_TRANSLATE_NOOP("Reason", "Bedrock POC at {amount}. For {large} it also needs: {missing}.")},
    {"poc_large",
     QT_TRANSLATE_NOOP("Reason", "Bedrock POC at {amount}: projected Bedrock spend of "
                                 "{bedrock}/month, a customer LOI and a commitment to scale.")},
    {"poc_earmarked",
     QT_TRANSLATE_NOOP("Reason",
                       "Bedrock POC credits pay only Bedrock and its supporting services.")},
    {"poc_gap_use_case",
     QT_TRANSLATE_NOOP("Reason", "The POC plan is missing its use-case paragraph.")},
    {"poc_gap_model", QT_TRANSLATE_NOOP("Reason", "The POC plan does not name the chosen model.")},
    {"poc_gap_model_reasoning",
     QT_TRANSLATE_NOOP("Reason", "The POC plan does not say why that model was chosen.")},
    {"poc_gap_eval_methodology",
     QT_TRANSLATE_NOOP("Reason", "The POC plan is missing its evaluation methodology (N examples "
                                 "per week against a held-out set).")},
    {"poc_gap_eval_examples",
     QT_TRANSLATE_NOOP("Reason",
                       "The POC plan does not say how many examples are evaluated per week.")},
    {"poc_gap_budget",
     QT_TRANSLATE_NOOP("Reason", "The POC plan is missing its projected inference budget.")},
    {"poc_budget_outside_band",
     QT_TRANSLATE_NOOP("Reason", "POC inference budgets run {low}-{high}/month at POC scale; this "
                                 "plan projects {amount}/month.")},
    {"poc_window",
     QT_TRANSLATE_NOOP("Reason", "POC windows run {expected} days; this plan runs {days} days.")},
    {"poc_expires_early",
     QT_TRANSLATE_NOOP("Reason", "The POC is not expected to complete, so its credits expire at "
                                 "month {month} instead of {general}.")},
    {"forfeiture",
     QT_TRANSLATE_NOOP("Reason", "{amount} of credits would expire unused ({pools}).")},
    {"distinct_use_cases",
     QT_TRANSLATE_NOOP("Reason",
                       "Portfolio and Build describe distinct workloads (overlap score {score}).")},
    {"lands_late",
     QT_TRANSLATE_NOOP("Reason",
                       "Credits land on day {min}-{max}, after the {needed} days you have.")},
    {"may_land_late",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline.")},
    {"lands_in_time",
     QT_TRANSLATE_NOOP("Reason", "Credits land on day {min}-{max}, within your {needed} days.")},
    {"discount_starts",
     QT_TRANSLATE_NOOP("Reason",
                       "The discount starts on day {min}-{max}, once the contract is in place.")},
    {"approval_odds", QT_TRANSLATE_NOOP("Reason", "Expected value uses {odds} odds of approval.")},
    {"ga_value",
     QT_TRANSLATE_NOOP("Reason", "Competitive cohort: median award {low}-{high}, top awards {top}; "
                                 "about {odds} of typical applicants are accepted.")},
    {"ga_not_ai_first",
     QT_TRANSLATE_NOOP("Reason",
                       "The Accelerator is for AI-first products; AI is a feature here.")},
    {"ga_no_ai",
     QT_TRANSLATE_NOOP(
         "Reason", "The Accelerator is for AI-first products; this company has no AI product.")},
    {"ga_stage",
     QT_TRANSLATE_NOOP(
         "Reason", "The Accelerator is for companies before Series B; this one is at {stage}.")},
    {"ga_too_soon", QT_TRANSLATE_NOOP("Reason", "Credits are needed within {needed} days; the "
                                                "Accelerator is a poor fit under {limit} days.")},
    {"ga_no_bedrock",
     QT_TRANSLATE_NOOP(
         "Reason",
         "No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone.")},
    {"ga_bootstrapped_no_traction",
     QT_TRANSLATE_NOOP("Reason",
                       "Bootstrapped without revenue traction: a weak Accelerator application.")},
    {"map_greenfield",
     QT_TRANSLATE_NOOP(
         "Reason", "No migration to AWS is planned; MAP funds migrations, not greenfield builds.")},
    {"map_value",
     QT_TRANSLATE_NOOP(
         "Reason",
         "MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate.")},
    {"map_assess_only",
     QT_TRANSLATE_NOOP("Reason", "The plan stops at Assess; MAP credits start at Mobilize.")},
    {"map_small_spend",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects.")},
    {"map_small_migration",
     QT_TRANSLATE_NOOP("Reason",
                       "A {amount} migration is too small for partner-led MAP work (from {min}).")},
    {"spp_value", QT_TRANSLATE_NOOP("Reason", "Partner-resold billing saves {low}-{high} of the "
                                              "bill: {saving} over {months} months at {typical}.")},
    {"spp_pre_revenue",
     QT_TRANSLATE_NOOP("Reason",
                       "Pre-revenue companies are a poor fit for the Solution Provider Program.")},
    {"spp_not_profitable",
     QT_TRANSLATE_NOOP(
         "Reason",
         "The Solution Provider Program suits profitable companies; this one is not profitable.")},
    {"spp_small_arr",
     QT_TRANSLATE_NOOP("Reason",
                       "ARR of {arr} is below the {min} the Solution Provider Program suits.")},
    {"spp_small_bill",
     QT_TRANSLATE_NOOP(
         "Reason",
         "An annual AWS bill of {annual} is too small for the saving to matter (from {min}).")},
    {"edp_value",
     QT_TRANSLATE_NOOP("Reason", "A committed-spend discount of {low}-{high} on {annual} a year "
                                 "saves {saving} over {months} months at {typical}.")},
    {"edp_too_small",
     QT_TRANSLATE_NOOP("Reason",
                       "EDP starts at {min} a year of AWS spend; this projection is {annual}.")},
    {"recommend_credits_within_days",
     QT_TRANSLATE_NOOP("Reason",
                       "Largest expected value among credit paths landing within {needed} days.")},
    {"recommend_credits_none_in_time",
     QT_TRANSLATE_NOOP("Reason",
                       "No credit path lands within {needed} days; this one lands soonest.")},
    {"recommend_largest_expected_value",
     QT_TRANSLATE_NOOP("Reason", "Largest expected value of all eligible paths.")},
    {"recommend_least_founder_time",
     QT_TRANSLATE_NOOP("Reason", "Least founder time of all eligible paths.")},
    {"combo_stack_then_accelerator",
     QT_TRANSLATE_NOOP("Reason", "File the stack now and apply to the Accelerator in a later "
                                 "cohort: different program families.")},
    {"combo_stack_with_map",
     QT_TRANSLATE_NOOP("Reason", "The stack and MAP combine: Build can fund the migration project "
                                 "while MAP funds the migration itself.")},
    {"combo_credits_with_discount",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Credits and a bill discount combine: the discount applies to what credits do not pay.")},
    {"combo_activate_alternatives",
     QT_TRANSLATE_NOOP(
         "Reason",
         "Alternatives, not a combination: both file the same Activate Portfolio application.")},
    {"combo_billing_conflict",
     QT_TRANSLATE_NOOP("Reason", "Refused: SPP bills through a partner while EDP is a direct "
                                 "commitment with AWS; choose one.")},
    {"recommend_nothing", QT_TRANSLATE_NOOP("Reason", "No path is eligible for this scenario.")},
};

QString argText(const MessageArg& arg, const QLocale& locale) {
    switch (arg.kind) {
    case MessageArg::Kind::Money:
        try {
            return formatMoneyShort(Money::parse(arg.value), locale);
        } catch (const MoneyError&) {
            return QString::fromStdString(arg.value);
        }
    case MessageArg::Kind::Percent:
        try {
            return formatPercent(Rate::parsePercent(arg.value), locale);
        } catch (const MoneyError&) {
            return QString::fromStdString(arg.value) + QLatin1Char('%');
        }
    case MessageArg::Kind::Integer:
        return locale.toString(QString::fromStdString(arg.value).toLongLong());
    case MessageArg::Kind::Fraction:
        try {
            return formatPercent(Rate::parseFraction(arg.value), locale);
        } catch (const MoneyError&) {
            return QString::fromStdString(arg.value);
        }
    case MessageArg::Kind::Text:
        break;
    }
    // Enumerations travel as their file names; show them translated where we know them.
    if (auto stage = parseEnum<Stage>(arg.value))
        return stageName(*stage);
    return QString::fromStdString(arg.value);
}

} // namespace

const char* reasonTemplate(std::string_view code) {
    for (const auto& t : kReasonTemplates)
        if (code == t.code)
            return t.text;
    return nullptr;
}

QString formatMoney(const Money& amount, const QLocale& locale) {
    return withDollar(localDigits(amount.toString(), locale), locale);
}

QString formatMoneyShort(const Money& amount, const QLocale& locale) {
    const Money whole = Money::parse(amount.toWholeString());
    if (whole == amount)
        return withDollar(localDigits(amount.toWholeString(), locale), locale);
    return formatMoney(amount, locale);
}

QString formatPercent(const Rate& rate, const QLocale& locale) {
    return localDigits(rate.toPercentString(), locale) + locale.percent();
}

QString formatDate(std::chrono::sys_days day, const QLocale& locale) {
    const QDate date = QDate::fromString(QString::fromStdString(toIsoDate(day)), Qt::ISODate);
    return locale.toString(date, QLocale::ShortFormat);
}

QString pathName(PathId id) {
    switch (id) {
    case PathId::Stack:
        return QCoreApplication::translate("Display", "Stack: Portfolio + Build + Bedrock POC");
    case PathId::PortfolioBuild:
        return QCoreApplication::translate("Display", "Portfolio + Build");
    case PathId::PortfolioOnly:
        return QCoreApplication::translate("Display", "Portfolio only");
    case PathId::GenaiAccelerator:
        return QCoreApplication::translate("Display", "Generative AI Accelerator");
    case PathId::Map:
        return QCoreApplication::translate("Display", "Migration Acceleration (MAP)");
    case PathId::Spp:
        return QCoreApplication::translate("Display", "Solution Provider (SPP)");
    case PathId::Edp:
        return QCoreApplication::translate("Display", "Enterprise Discount (EDP)");
    }
    return {};
}

QString pathShortName(PathId id) {
    switch (id) {
    case PathId::Stack:
        return QCoreApplication::translate("Display", "Stack");
    case PathId::PortfolioBuild:
        return QCoreApplication::translate("Display", "Portfolio + Build");
    case PathId::PortfolioOnly:
        return QCoreApplication::translate("Display", "Portfolio only");
    case PathId::GenaiAccelerator:
        return QCoreApplication::translate("Display", "GenAI Accelerator");
    case PathId::Map:
        return QCoreApplication::translate("Display", "MAP");
    case PathId::Spp:
        return QCoreApplication::translate("Display", "SPP");
    case PathId::Edp:
        return QCoreApplication::translate("Display", "EDP");
    }
    return {};
}

QString verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Fit:
        return QCoreApplication::translate("Display", "Fit");
    case Verdict::PoorFit:
        return QCoreApplication::translate("Display", "Poor fit");
    case Verdict::NotEligible:
        return QCoreApplication::translate("Display", "Not eligible");
    }
    return {};
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Display", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Display", "Warning");
    case Severity::Blocker:
        return QCoreApplication::translate("Display", "Blocker");
    }
    return {};
}

} // namespace creditpath::ui

namespace creditpath::ui {

QString reasonText(const Reason& reason, const QLocale& locale) {
    const char* templ = reasonTemplate(reason.code);
    if (!templ)
        return QString::fromStdString(reason.text);
    QString text = QCoreApplication::translate("Reason", templ);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('{')) {
            out += text[i];
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return QString::fromStdString(reason.text);
        const std::string name = text.mid(i + 1, close - i - 1).toStdString();
        bool found = false;
        for (const auto& arg : reason.args)
            if (arg.name == name) {
                out += argText(arg, locale);
                found = true;
                break;
            }
        if (!found)
            return QString::fromStdString(reason.text);
        i = close;
    }
    return out;
}

} // namespace creditpath::ui
