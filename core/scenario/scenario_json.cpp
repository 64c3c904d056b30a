#include "scenario_json.h"

#include "json_reader.h"
#include "rulebook/override_document.h"
#include "safe_json.h"
#include "variants.h"
#include "variants_json.h"

namespace creditpath {
namespace {

using detail::Json;
using detail::JsonReader;

constexpr int kMaxMonths = 240;
const Rate kMinGrowth = Rate::parsePercent("-99");
const Rate kMaxGrowth = Rate::parsePercent("100");
// Uncertainty beyond ±500 % is no longer a projection (issue 11).
const Rate kMaxUncertainty = Rate::parsePercent("500");

SpendLine readLine(JsonReader& r, const Json& j, const std::string& path) {
    SpendLine line;
    if (!j.is_object()) {
        r.fail(path, "must be an object, got " + j.dump());
        return line;
    }
    if (auto c = r.choice<Category>(j, "category", path))
        line.category = *c;
    else if (!j.contains("category"))
        r.fail(path + ".category", "is required");
    if (auto m = r.money(j, "monthly", path))
        line.monthly = *m;
    else if (!j.contains("monthly"))
        r.fail(path + ".monthly", "is required");
    if (const Json* ramp = r.object(j, "ramp", path)) {
        const std::string rp = path + ".ramp";
        Ramp value;
        if (auto to = r.money(*ramp, "to", rp))
            value.to = *to;
        else if (!ramp->contains("to"))
            r.fail(rp + ".to", "is required");
        if (auto n = r.integer(*ramp, "months", rp, 1, kMaxMonths))
            value.months = *n;
        else if (!ramp->contains("months"))
            r.fail(rp + ".months", "is required");
        line.ramp = value;
    }
    if (auto g = r.percent(j, "growth_percent_per_month", path, kMinGrowth, kMaxGrowth))
        line.growthPercentPerMonth = *g;
    if (auto u = r.percent(j, "uncertainty_percent", path, Rate(), kMaxUncertainty))
        line.uncertaintyPercent = *u;
    return line;
}

void readCompany(JsonReader& r, const Json& j, Company& c) {
    const std::string p = "company";
    if (auto v = r.text(j, "name", p))
        c.name = *v;
    if (auto v = r.choice<Stage>(j, "stage", p))
        c.stage = *v;
    if (auto v = r.choice<AiProfile>(j, "ai_profile", p))
        c.aiProfile = *v;
    if (auto v = r.boolean(j, "vc_in_activate_portfolio", p))
        c.vcInActivatePortfolio = *v;
    if (auto v = r.boolean(j, "partner_attestation", p))
        c.partnerAttestation = *v;
    if (auto v = r.money(j, "annual_recurring_revenue", p))
        c.annualRecurringRevenue = *v;
    if (auto v = r.boolean(j, "profitable", p))
        c.profitable = *v;
    // An ID written as a number is refused without the "got" the text reader would echo.
    if (const auto id = j.find("aws_account_id");
        id != j.end() && !id->is_null() && !id->is_string())
        r.failWith("company.aws_account_id", "account_id_digits", {});
    else if (auto v = r.text(j, "aws_account_id", p)) {
        // The console writes 1234-5678-9012; people paste it with spaces too. Stored as the
        // 12 digits. The message never repeats what was typed: the ID is hidden when the
        // screen is shared, and an error must not show it.
        std::string digits;
        for (char ch : *v)
            if (ch != '-' && ch != ' ')
                digits += ch;
        const bool twelveDigits =
            digits.size() == 12 && digits.find_first_not_of("0123456789") == std::string::npos;
        if (digits.empty() || twelveDigits)
            c.awsAccountId = digits;
        else
            r.failWith("company.aws_account_id", "account_id_digits", {});
    }
    if (auto v = r.text(j, "region", p))
        c.region = *v;
    if (auto v = r.integer(j, "credits_needed_within_days", p, 1, 3650))
        c.creditsNeededWithinDays = *v;
}

void readBuild(JsonReader& r, const Json& j, BuildApplication& b) {
    const std::string p = "build";
    if (auto v = r.boolean(j, "enabled", p))
        b.enabled = *v;
    if (auto v = r.text(j, "use_case", p))
        b.useCase = *v;
    if (auto v = r.strings(j, "services", p))
        b.services = *v;
    if (auto v = r.money(j, "monthly_spend", p))
        b.monthlySpend = *v;
    if (auto v = r.integer(j, "window_months", p, 1, kMaxMonths))
        b.windowMonths = *v;
}

void readPoc(JsonReader& r, const Json& j, BedrockPocPlan& b) {
    const std::string p = "bedrock_poc";
    if (auto v = r.boolean(j, "enabled", p))
        b.enabled = *v;
    if (auto v = r.text(j, "use_case", p))
        b.useCase = *v;
    if (auto v = r.text(j, "model", p))
        b.model = *v;
    if (auto v = r.text(j, "model_reasoning", p))
        b.modelReasoning = *v;
    if (auto v = r.text(j, "eval_methodology", p))
        b.evalMethodology = *v;
    if (auto v = r.integer(j, "eval_examples_per_week", p, 0, 10'000'000))
        b.evalExamplesPerWeek = *v;
    if (auto v = r.money(j, "monthly_budget", p))
        b.monthlyBudget = *v;
    if (auto v = r.integer(j, "window_days", p, 1, 3650))
        b.windowDays = *v;
    if (auto v = r.boolean(j, "customer_loi", p))
        b.customerLoi = *v;
    if (auto v = r.boolean(j, "commit_to_scale", p))
        b.commitToScale = *v;
    if (auto v = r.boolean(j, "poc_completes", p))
        b.pocCompletes = *v;
    if (auto v =
            r.percent(j, "completion_probability_percent", p, Rate(), Rate::parsePercent("100")))
        b.completionProbabilityPercent = *v;
}

void readMigration(JsonReader& r, const Json& j, Migration& m) {
    const std::string p = "migration";
    if (auto v = r.choice<MigrationSource>(j, "from", p))
        m.from = *v;
    if (auto v = r.money(j, "total_cost", p))
        m.totalCost = *v;
    if (auto v = r.choice<MigrationPhase>(j, "phase_reached", p))
        m.phaseReached = *v;
    if (auto v = r.money(j, "post_migration_monthly_spend", p))
        m.postMigrationMonthlySpend = *v;
}

void checkHeader(JsonReader& r, const Json& doc) {
    const auto format = r.text(doc, "format", "");
    if (!format)
        r.fail("format", "is required and must be \"creditpath-scenario\"");
    else if (*format != "creditpath-scenario")
        r.fail("format", "must be \"creditpath-scenario\", got \"" + *format + "\"");
    const auto it = doc.find("version");
    if (it == doc.end())
        r.fail("version", "is required (this CreditPath reads version 1)");
    else if (!it->is_number_integer() || it->get<std::int64_t>() != kScenarioFormatVersion)
        r.fail("version", "unsupported scenario version " + it->dump() +
                              "; this CreditPath reads version 1 only");
}

std::string money(const Money& m) {
    return m.toString();
}

Json services(const std::vector<std::string>& list) {
    Json a = Json::array();
    for (const auto& s : list)
        a.push_back(s);
    return a;
}

// Sets key in place (keeping its position) or appends it.
void put(Json& obj, const char* key, Json value) {
    obj[key] = std::move(value);
}

void putOptionalText(Json& obj, const char* key, const std::string& value) {
    if (value.empty())
        obj.erase(key);
    else
        put(obj, key, value);
}

Json writeLine(const SpendLine& line, Json j) {
    if (!j.is_object())
        j = Json::object();
    put(j, "category", std::string(nameOf(line.category)));
    put(j, "monthly", money(line.monthly));
    if (line.ramp) {
        Json ramp = j.contains("ramp") && j["ramp"].is_object() ? j["ramp"] : Json::object();
        put(ramp, "to", money(line.ramp->to));
        put(ramp, "months", line.ramp->months);
        put(j, "ramp", ramp);
    } else {
        j.erase("ramp");
    }
    if (line.growthPercentPerMonth.partsPerMillion() != 0)
        put(j, "growth_percent_per_month", line.growthPercentPerMonth.toPercentString());
    else
        j.erase("growth_percent_per_month");
    if (line.uncertaintyPercent.partsPerMillion() != 0)
        put(j, "uncertainty_percent", line.uncertaintyPercent.toPercentString());
    else
        j.erase("uncertainty_percent");
    return j;
}

Json& section(Json& doc, const char* key) {
    if (!doc.contains(key) || !doc[key].is_object())
        doc[key] = Json::object();
    return doc[key];
}

} // namespace

namespace {
Scenario parseScenarioChecked(std::string_view jsonText);
}

Scenario parseScenario(std::string_view jsonText) {
    try {
        return parseScenarioChecked(jsonText);
    } catch (const nlohmann::json::exception& e) {
        // Every field is type-checked before it is read; this keeps the reader total.
        throw InvalidDocument({{"", std::string("the scenario cannot be read: ") + e.what()}});
    }
}

namespace {
Scenario parseScenarioChecked(std::string_view jsonText) {
    std::vector<Problem> problems;
    const Json doc = detail::parseJsonDocument(jsonText, "the scenario");
    if (!doc.is_object())
        throw InvalidDocument(std::vector<Problem>{{"", "the file must hold a JSON object"}});

    JsonReader r(problems);
    checkHeader(r, doc);
    if (!problems.empty())
        throw InvalidDocument(problems); // wrong file: nothing else applies

    Scenario s;
    if (auto v = r.text(doc, "name", ""))
        s.name = *v;
    if (auto v = r.integer(doc, "horizon_months", "", 1, kMaxMonths))
        s.horizonMonths = *v;
    if (auto v = r.choice<Objective>(doc, "objective", ""))
        s.objective = *v;
    if (const Json* c = r.object(doc, "company", ""))
        readCompany(r, *c, s.company);

    const Json* spend = r.object(doc, "spend", "");
    if (!spend && !doc.contains("spend"))
        r.fail("spend", "is required");
    if (spend) {
        if (auto v = r.text(*spend, "currency", "spend")) {
            if (*v != "USD")
                r.fail("spend.currency",
                       "must be \"USD\" (AWS credits are in US dollars), got \"" + *v + "\"");
            s.currency = *v;
        }
        const auto lines = spend->find("lines");
        if (lines == spend->end())
            r.fail("spend.lines", "is required");
        else if (!lines->is_array())
            r.fail("spend.lines", "must be a list, got " + lines->dump());
        else
            for (std::size_t i = 0; i < lines->size(); ++i)
                s.spendLines.push_back(
                    readLine(r, (*lines)[i], "spend.lines[" + std::to_string(i) + "]"));
        if (auto v =
                r.percent(*spend, "growth_uncertainty_percent", "spend", Rate(), kMaxUncertainty))
            s.growthUncertaintyPercent = *v;
    }
    if (const Json* p = r.object(doc, "portfolio", "")) {
        if (auto v = r.text(*p, "use_case", "portfolio"))
            s.portfolio.useCase = *v;
        if (auto v = r.strings(*p, "services", "portfolio"))
            s.portfolio.services = *v;
    }
    if (const Json* b = r.object(doc, "build", ""))
        readBuild(r, *b, s.build);
    if (const Json* b = r.object(doc, "bedrock_poc", ""))
        readPoc(r, *b, s.bedrockPoc);
    if (const Json* m = r.object(doc, "migration", ""))
        readMigration(r, *m, s.migration);
    // Checked as an override file is, by the same code, over the seed edition.
    if (const Json* o = r.object(doc, "rulebook_overrides", "")) {
        s.rulebookOverrides = o->dump(2) + "\n";
        for (auto& p : overrideProblems(s.rulebookOverrides, "rulebook_overrides."))
            problems.push_back(std::move(p));
    }
    detail::readVariants(r, doc, s.variants);

    if (!problems.empty())
        throw InvalidDocument(std::move(problems));
    s.sourceDocument = std::string(jsonText);
    // Each variant must describe a valid scenario too (checked once the base is).
    if (auto invalid = variantProblems(s); !invalid.empty())
        throw InvalidDocument(std::move(invalid));
    return s;
}
} // namespace

std::string serializeScenario(const Scenario& s) {
    Json doc = Json::object();
    if (!s.sourceDocument.empty()) {
        try {
            doc = detail::parseJsonDocument(s.sourceDocument, "the scenario");
        } catch (const InvalidDocument&) {
            doc = Json::object(); // it was read once; a damaged copy is not worth keeping
        }
        if (!doc.is_object())
            doc = Json::object();
    }
    put(doc, "format", "creditpath-scenario");
    put(doc, "version", kScenarioFormatVersion);
    put(doc, "name", s.name);
    put(doc, "horizon_months", s.horizonMonths);
    if (s.objective != Objective::CreditsWithinDays || doc.contains("objective"))
        put(doc, "objective", std::string(nameOf(s.objective)));

    Json& c = section(doc, "company");
    put(c, "name", s.company.name);
    put(c, "stage", std::string(nameOf(s.company.stage)));
    put(c, "ai_profile", std::string(nameOf(s.company.aiProfile)));
    put(c, "vc_in_activate_portfolio", s.company.vcInActivatePortfolio);
    put(c, "partner_attestation", s.company.partnerAttestation);
    if (s.company.annualRecurringRevenue)
        put(c, "annual_recurring_revenue", money(*s.company.annualRecurringRevenue));
    else
        c.erase("annual_recurring_revenue");
    put(c, "profitable", s.company.profitable);
    putOptionalText(c, "aws_account_id", s.company.awsAccountId);
    putOptionalText(c, "region", s.company.region);
    put(c, "credits_needed_within_days", s.company.creditsNeededWithinDays);

    Json& spend = section(doc, "spend");
    put(spend, "currency", s.currency);
    Json oldLines =
        spend.contains("lines") && spend["lines"].is_array() ? spend["lines"] : Json::array();
    Json lines = Json::array();
    for (std::size_t i = 0; i < s.spendLines.size(); ++i)
        lines.push_back(writeLine(s.spendLines[i], i < oldLines.size() ? oldLines[i] : Json()));
    put(spend, "lines", lines);
    if (s.growthUncertaintyPercent.partsPerMillion() != 0)
        put(spend, "growth_uncertainty_percent", s.growthUncertaintyPercent.toPercentString());
    else
        spend.erase("growth_uncertainty_percent");

    Json& p = section(doc, "portfolio");
    put(p, "use_case", s.portfolio.useCase);
    put(p, "services", services(s.portfolio.services));

    Json& b = section(doc, "build");
    put(b, "enabled", s.build.enabled);
    put(b, "use_case", s.build.useCase);
    put(b, "services", services(s.build.services));
    put(b, "monthly_spend", money(s.build.monthlySpend));
    put(b, "window_months", s.build.windowMonths);

    const BedrockPocPlan& poc = s.bedrockPoc;
    Json& bp = section(doc, "bedrock_poc");
    put(bp, "enabled", poc.enabled);
    put(bp, "use_case", poc.useCase);
    put(bp, "model", poc.model);
    put(bp, "model_reasoning", poc.modelReasoning);
    put(bp, "eval_methodology", poc.evalMethodology);
    put(bp, "eval_examples_per_week", poc.evalExamplesPerWeek);
    if (poc.monthlyBudget)
        put(bp, "monthly_budget", money(*poc.monthlyBudget));
    else
        bp.erase("monthly_budget");
    put(bp, "window_days", poc.windowDays);
    put(bp, "customer_loi", poc.customerLoi);
    put(bp, "commit_to_scale", poc.commitToScale);
    put(bp, "poc_completes", poc.pocCompletes);
    if (poc.completionProbabilityPercent)
        put(bp, "completion_probability_percent",
            poc.completionProbabilityPercent->toPercentString());
    else
        bp.erase("completion_probability_percent");

    if (s.migration.from != MigrationSource::None || doc.contains("migration")) {
        Json& m = section(doc, "migration");
        put(m, "from", std::string(nameOf(s.migration.from)));
        put(m, "total_cost", money(s.migration.totalCost));
        put(m, "phase_reached", std::string(nameOf(s.migration.phaseReached)));
        put(m, "post_migration_monthly_spend", money(s.migration.postMigrationMonthlySpend));
    }
    if (s.rulebookOverrides.empty())
        doc.erase("rulebook_overrides");
    else if (const Json o = detail::parseJsonDocument(s.rulebookOverrides, "the overrides");
             !doc.contains("rulebook_overrides") || doc["rulebook_overrides"] != o)
        put(doc, "rulebook_overrides", o);
    detail::writeVariants(doc, s.variants);
    return doc.dump(2) + "\n";
}

} // namespace creditpath
