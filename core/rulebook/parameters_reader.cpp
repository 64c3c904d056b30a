#include "parameters_reader.h"

#include "evaluation/messages.h"
#include "interned_text.h"

namespace creditpath::detail {
namespace {

constexpr std::int64_t kMaxDays = 3650; // ten years: beyond any application timeline

class ParamReader {
public:
    ParamReader(const Json& rules, std::vector<Problem>& problems,
                std::vector<ParameterSpec>* specs)
        : rules_(rules), r_(problems), specs_(specs) {}

    Money money(const char* rule, const char* key, ParameterUnit unit = ParameterUnit::Usd) {
        note(rule, key, ParameterKind::Money, unit);
        return get<Money>(rule, key, [&](const Json& p, const std::string& path) {
            return r_.money(p, key, path);
        });
    }
    Rate percent(const char* rule, const char* key) {
        note(rule, key, ParameterKind::Percent, ParameterUnit::Percent);
        return get<Rate>(rule, key, [&](const Json& p, const std::string& path) {
            return r_.percent(p, key, path, Rate(), Rate::parsePercent("100"));
        });
    }
    int integer(const char* rule, const char* key, ParameterUnit unit, int min = 0,
                int max = 100000) {
        note(rule, key, ParameterKind::Integer, unit, min, max);
        return get<int>(rule, key, [&](const Json& p, const std::string& path) {
            return r_.integer(p, key, path, min, max);
        });
    }
    bool flag(const char* rule, const char* key) {
        note(rule, key, ParameterKind::Flag);
        return get<bool>(rule, key, [&](const Json& p, const std::string& path) {
            return r_.boolean(p, key, path);
        });
    }
    // A value out of a fixed list: the index of the choice (0 when missing or refused).
    std::size_t choice(const char* rule, const char* key, std::vector<std::string> choices) {
        note(rule, key, ParameterKind::Choice, ParameterUnit::None, 0, 0, choices);
        const Json* v = raw(rule, key);
        if (!v)
            return 0;
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (v->is_string() && v->get<std::string>() == choices[i])
                return i;
        std::string allowed;
        for (const auto& c : choices)
            allowed += (allowed.empty() ? "" : ", ") + c;
        r_.fail(path(rule, key), "must be one of " + allowed + ", got " + v->dump());
        return 0;
    }
    std::vector<std::string> strings(const char* rule, const char* key,
                                     ParameterKind kind = ParameterKind::TextList) {
        note(rule, key, kind);
        return get<std::vector<std::string>>(
            rule, key,
            [&](const Json& p, const std::string& path) { return r_.strings(p, key, path); });
    }
    DayRange days(const char* rule, const char* key) {
        note(rule, key, ParameterKind::DayRange, ParameterUnit::Days, 0, int(kMaxDays));
        const Json* v = raw(rule, key);
        if (!v)
            return {};
        // Read as 64-bit and range-checked: 4294967296 must not wrap to 0.
        auto day = [&](std::size_t i) {
            const Json& d = (*v)[i];
            return d.is_number_integer() ? d.get<std::int64_t>() : std::int64_t(-1);
        };
        if (v->is_array() && v->size() == 2 && day(0) >= 0 && day(0) <= day(1) &&
            day(1) <= kMaxDays)
            return {static_cast<int>(day(0)), static_cast<int>(day(1))};
        r_.fail(path(rule, key), "must be [min, max] days from 0 to " + std::to_string(kMaxDays) +
                                     ", got " + v->dump());
        return {};
    }
    CategorySet categories(const char* rule, const char* key) {
        CategorySet set{};
        for (const auto& name : strings(rule, key, ParameterKind::Categories)) {
            if (auto c = parseEnum<Category>(name))
                set[static_cast<std::size_t>(*c)] = true;
            else
                r_.fail(path(rule, key), "unknown category \"" + name + "\"");
        }
        return set;
    }
    std::vector<Stage> stages(const char* rule, const char* key) {
        std::vector<Stage> out;
        for (const auto& name : strings(rule, key, ParameterKind::Stages)) {
            if (auto s = parseEnum<Stage>(name))
                out.push_back(*s);
            else
                r_.fail(path(rule, key), "unknown stage \"" + name + "\"");
        }
        return out;
    }
    std::map<Stage, Money> moneyByStage(const char* rule, const char* key) {
        note(rule, key, ParameterKind::MoneyByStage, ParameterUnit::UsdPerMonth);
        std::map<Stage, Money> out;
        const Json* v = raw(rule, key);
        if (!v)
            return out;
        for (auto stage : enumNames<Stage>()) {
            const std::string name(stage);
            if (auto m = r_.money(*v, name.c_str(), path(rule, key)))
                out[*parseEnum<Stage>(stage)] = *m;
            else if (!v->contains(name))
                r_.fail(path(rule, key) + "." + name, "is required");
        }
        return out;
    }
    std::vector<SpendLine> lines(const char* rule, const char* key) {
        note(rule, key, ParameterKind::SpendLines, ParameterUnit::UsdPerMonth);
        std::vector<SpendLine> out;
        const Json* v = raw(rule, key);
        if (!v)
            return out;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const std::string p = path(rule, key) + "[" + std::to_string(i) + "]";
            SpendLine line;
            if (auto c = r_.choice<Category>((*v)[i], "category", p))
                line.category = *c;
            if (auto m = r_.money((*v)[i], "monthly", p))
                line.monthly = *m;
            out.push_back(line);
        }
        return out;
    }
    std::map<std::string, std::vector<TimelineStepSpec>> timelines(const char* rule,
                                                                   const char* key) {
        note(rule, key, ParameterKind::Timelines);
        std::map<std::string, std::vector<TimelineStepSpec>> out;
        const Json* v = raw(rule, key);
        if (!v || !v->is_object())
            return out;
        for (const auto& [pathId, steps] : v->items()) {
            if (!steps.is_array()) {
                r_.fail(path(rule, key) + "." + pathId, "must be a list of steps");
                continue;
            }
            for (std::size_t i = 0; i < steps.size(); ++i) {
                const Json& s = steps[i];
                const std::string p =
                    path(rule, key) + "." + pathId + "[" + std::to_string(i) + "]";
                TimelineStepSpec spec;
                spec.id = internedText(r_.text(s, "id", p).value_or(""));
                spec.text = internedText(r_.text(s, "text", p).value_or(""));
                spec.layer = internedText(r_.text(s, "layer", p).value_or("all"));
                spec.rule = internedText(r_.text(s, "rule", p).value_or(rule));
                spec.dayFrom = r_.integer(s, "day_from", p, 0, 3650).value_or(0);
                spec.dayTo = r_.integer(s, "day_to", p, 0, 3650).value_or(0);
                spec.founderMinutes = r_.integer(s, "founder_minutes", p, 0, 100000).value_or(0);
                if (spec.id.empty())
                    r_.fail(p + ".id", "is required");
                out[pathId].push_back(spec);
            }
        }
        return out;
    }

    std::vector<CombinationSpec> combinations(const char* rule, const char* key) {
        note(rule, key, ParameterKind::Combinations);
        std::vector<CombinationSpec> out;
        const Json* v = raw(rule, key);
        if (!v || !v->is_array())
            return out;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const std::string p = path(rule, key) + "[" + std::to_string(i) + "]";
            const auto paths = r_.strings((*v)[i], "paths", p).value_or(std::vector<std::string>{});
            if (paths.size() != 2) {
                r_.fail(p + ".paths", "must name two paths");
                continue;
            }
            CombinationSpec spec{paths[0], paths[1],
                                 r_.boolean((*v)[i], "allowed", p).value_or(false),
                                 r_.text((*v)[i], "code", p).value_or("")};
            // Checked here so an override can never name what the engine cannot say.
            if (!isMessageCode(spec.code))
                r_.fail(p + ".code",
                        "is not a message code of this CreditPath, got \"" + spec.code + "\"");
            for (const auto& id : paths)
                if (!parsePathId(id))
                    r_.fail(p + ".paths", "names an unknown path \"" + id + "\"");
            out.push_back(std::move(spec));
        }
        return out;
    }

private:
    void note(const char* rule, const char* key, ParameterKind kind,
              ParameterUnit unit = ParameterUnit::None, int min = 0, int max = 0,
              std::vector<std::string> choices = {}) {
        if (specs_)
            specs_->push_back({rule, key, kind, unit, min, max, std::move(choices)});
    }
    static std::string path(const char* rule, const char* key) {
        return std::string("rules.") + rule + ".params." + key;
    }
    const Json* params(const char* rule) const {
        auto it = rules_.find(rule);
        if (it == rules_.end() || !it->is_object())
            return nullptr;
        auto p = it->find("params");
        return p == it->end() ? nullptr : &*p;
    }
    const Json* raw(const char* rule, const char* key) {
        const Json* p = params(rule);
        if (!p || !p->contains(key)) {
            r_.fail(path(rule, key), "is required");
            return nullptr;
        }
        return &(*p)[key];
    }
    template <typename T, typename F> T get(const char* rule, const char* key, F read) {
        const Json* p = params(rule);
        if (!p || !p->contains(key)) {
            r_.fail(path(rule, key), "is required");
            return T{};
        }
        return read(*p, std::string("rules.") + rule + ".params").value_or(T{});
    }

    const Json& rules_;
    JsonReader r_;
    std::vector<ParameterSpec>* specs_;
};

} // namespace

RulebookParameters readParameters(const Json& rules, std::vector<Problem>& problems,
                                  std::vector<ParameterSpec>* specs) {
    using U = ParameterUnit;
    ParamReader in(rules, problems, specs);
    RulebookParameters p;
    p.portfolioCeiling = in.money("PF-1", "ceiling");
    p.generalEligible = in.categories("PF-1", "eligible_categories");
    p.portfolioSpendBand = {in.money("PF-2", "band_low", U::UsdPerMonth),
                            in.money("PF-2", "band_high", U::UsdPerMonth)};
    p.plausibleMaxMonthly = in.moneyByStage("PF-3", "plausible_max_monthly");
    p.plausibilityWindowMonths = in.integer("PF-3", "window_months", U::Months, 1, 240);
    p.awsProductPhrases = in.strings("PF-4", "phrases");
    p.buildCeiling = in.money("BS-1", "ceiling");
    p.buildSpendBand = {in.money("BS-2", "band_low", U::UsdPerMonth),
                        in.money("BS-2", "band_high", U::UsdPerMonth)};
    p.buildWindowMin = in.integer("BS-2", "window_min_months", U::Months, 1, 240);
    p.buildWindowMax = in.integer("BS-2", "window_max_months", U::Months, 1, 240);
    p.buildSpendTolerance = in.percent("BS-2", "declared_spend_tolerance");
    p.genericFramingPhrases = in.strings("BS-3", "phrases");
    p.overlapServiceThreshold = in.percent("BS-4", "service_threshold");
    p.overlapTextThreshold = in.percent("BS-4", "text_threshold");
    p.pocTypical = in.money("BP-1", "typical");
    p.pocLarge = in.money("BP-1", "large");
    p.pocLargeMinBedrockMonthly = in.money("BP-1", "large_min_bedrock_monthly", U::UsdPerMonth);
    p.pocEligible = in.categories("BP-2", "eligible_categories");
    p.pocBudgetBand = {in.money("BP-3", "budget_low", U::UsdPerMonth),
                       in.money("BP-3", "budget_high", U::UsdPerMonth)};
    p.pocWindowDays = in.integer("BP-3", "window_days", U::Days, 1, 3650);
    p.approvalStack = in.percent("ST-2", "approval_stack");
    p.approvalPortfolioBuild = in.percent("ST-2", "approval_portfolio_build");
    p.approvalPortfolioOnly = in.percent("ST-2", "approval_portfolio_only");
    p.minutesPortfolioOnly = in.integer("ST-3", "minutes_portfolio_only", U::Minutes);
    p.minutesBuildExtra = in.integer("ST-3", "minutes_build_extra", U::Minutes);
    p.minutesStack = in.integer("ST-3", "minutes_stack", U::Minutes);
    p.timelines = in.timelines("TL-1", "timelines");
    p.daysStack = in.days("TL-2", "days_stack");
    p.daysPortfolioBuild = in.days("TL-3", "days_portfolio_build");
    p.daysPortfolioOnly = in.days("TL-3", "days_portfolio_only");
    p.materials = in.strings("TL-4", "items");
    p.billing.creditsFrom = static_cast<CreditsApplyFrom>(
        in.choice("BD-1", "credits_apply_from", {"next_month", "issue_month"}));
    p.billing.tieBreak = static_cast<PoolTieBreak>(in.choice(
        "BD-2", "tie_break", {"fewest_services_then_oldest", "oldest_then_fewest_services"}));
    p.generalExpiryMonth = in.integer("BD-3", "general_expiry_month", U::Months, 1, 240);
    p.pocIncompleteExpiryMonth =
        in.integer("BD-3", "poc_incomplete_expiry_month", U::Months, 1, 240);
    p.referenceMix = in.lines("BD-4", "lines");
    p.neverCovered = in.categories("BD-6", "categories");
    for (std::size_t i = 0; i < p.generalEligible.size(); ++i)
        p.generalEligible[i] = p.generalEligible[i] && !p.neverCovered[i];
    for (std::size_t i = 0; i < p.pocEligible.size(); ++i)
        p.pocEligible[i] = p.pocEligible[i] && !p.neverCovered[i];
    p.gaLow = in.money("GA-1", "award_low");
    p.gaTypical = in.money("GA-1", "award_typical");
    p.gaMedianHigh = in.money("GA-1", "median_high");
    p.gaHigh = in.money("GA-1", "award_high");
    p.gaAcceptance = in.percent("GA-1", "acceptance");
    p.gaDays = in.days("GA-1", "days");
    p.gaFounderMinutes = in.integer("GA-1", "founder_minutes", U::Minutes);
    p.gaExpiryMonth = in.integer("GA-1", "expiry_month", U::Months, 1, 240);
    p.gaExpiryEstimated = in.flag("GA-1", "expiry_is_estimate");
    p.gaMinDaysNeeded = in.integer("GA-2", "min_days_needed", U::Days, 0, 3650);
    p.gaIneligibleStages = in.stages("GA-2", "ineligible_stages");
    p.mapMobilizeShare = in.percent("MA-1", "mobilize_share");
    p.mapMigrateShare = in.percent("MA-1", "migrate_share");
    p.mapDays = in.days("MA-1", "days");
    p.mapFounderMinutes = in.integer("MA-1", "founder_minutes", U::Minutes);
    p.mapApproval = in.percent("MA-1", "approval");
    p.mapExpiryMonth = in.integer("MA-1", "expiry_month", U::Months, 1, 240);
    p.mapExpiryEstimated = in.flag("MA-1", "expiry_is_estimate");
    p.mapBasis = static_cast<MapCreditBasis>(
        in.choice("MA-1", "credit_basis", {"migration_cost", "tagged_post_migration_spend"}));
    p.mapTaggedSpendMonths = in.integer("MA-1", "tagged_spend_months", U::Months, 1, 240);
    p.mapMinPostMigrationMonthly = in.money("MA-2", "min_post_migration_monthly", U::UsdPerMonth);
    p.mapMinMigrationCost = in.money("MA-2", "min_migration_cost");
    p.sppLow = in.percent("SP-1", "discount_low");
    p.sppTypical = in.percent("SP-1", "discount_typical");
    p.sppHigh = in.percent("SP-1", "discount_high");
    p.sppDays = in.days("SP-1", "days");
    p.sppFounderMinutes = in.integer("SP-1", "founder_minutes", U::Minutes);
    p.sppApproval = in.percent("SP-1", "approval");
    p.sppMinArr = in.money("SP-2", "min_arr", U::UsdPerYear);
    p.sppMinAnnualSpend = in.money("SP-2", "min_annual_spend", U::UsdPerYear);
    p.edpMinAnnual = in.money("ED-1", "min_annual", U::UsdPerYear);
    p.edpEnterpriseAnnual = in.money("ED-1", "enterprise_annual", U::UsdPerYear);
    p.edpMidLow = in.percent("ED-1", "mid_low");
    p.edpMidHigh = in.percent("ED-1", "mid_high");
    p.edpEnterpriseLow = in.percent("ED-1", "enterprise_low");
    p.edpEnterpriseHigh = in.percent("ED-1", "enterprise_high");
    p.edpDays = in.days("ED-1", "days");
    p.edpFounderMinutes = in.integer("ED-1", "founder_minutes", U::Minutes);
    p.edpApproval = in.percent("ED-1", "approval");
    p.defaultHorizonMonths = in.integer("PD-3", "default_horizon_months", U::Months, 1, 240);
    p.combinations = in.combinations("PD-5", "combinations");
    p.staleAfterMonths = in.integer("PD-6", "stale_after_months", U::Months, 1, 240);
    p.oddsPortfolio = in.percent("UN-1", "application_odds_portfolio");
    p.oddsBuild = in.percent("UN-1", "application_odds_build");
    p.oddsBedrockPoc = in.percent("UN-1", "application_odds_bedrock_poc");
    p.sensitivityRange = in.percent("UN-2", "default_range_percent");
    p.sensitivityStartDelayMonths = in.integer("UN-2", "start_delay_months", U::Months, 0, 24);
    return p;
}

} // namespace creditpath::detail
