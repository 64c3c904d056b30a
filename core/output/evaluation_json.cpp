#include "evaluation_json.h"

#include "evaluation/monte_carlo.h"
#include "evaluation/timeline.h"

#include <nlohmann/json.hpp>

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

Json amounts(const PoolAmounts& list) {
    Json o = Json::object();
    for (const auto& a : list)
        o[std::string(a.pool)] = a.amount.toString();
    return o;
}

Json categories(const CategorySet& set) {
    Json a = Json::array();
    for (std::size_t i = 0; i < set.size(); ++i)
        if (set[i])
            a.push_back(std::string(nameOf(static_cast<Category>(i))));
    return a;
}

Json argsJson(const std::vector<MessageArg>& list) {
    Json args = Json::object();
    for (const auto& a : list)
        args[std::string(a.name)] = a.value();
    return args;
}

Json reasonJson(const Reason& r) {
    Json j;
    j["rule"] = r.rule;
    j["severity"] = std::string(nameOf(r.severity));
    j["code"] = r.code;
    j["text"] = r.text();
    j["kind"] = std::string(nameOf(r.kind));
    if (!r.args.empty())
        j["args"] = argsJson(r.args);
    return j;
}

Json noteJson(const PathNote& n) {
    Json j = reasonJson(n.reason);
    Json paths = Json::array();
    for (PathId id : n.paths)
        paths.push_back(std::string(nameOf(id)));
    j["paths"] = paths;
    return j;
}

Json range(const ValueRange& v) {
    return {
        {"low", v.low.toString()}, {"typical", v.typical.toString()}, {"high", v.high.toString()}};
}

// Issue 11 (FORMATS.md additions): percentiles of the draws, fractions with four digits.
Json distributionJson(const Distribution& d) {
    auto percentiles = [](const ValueRange& v) {
        return Json{
            {"p10", v.low.toString()}, {"p50", v.typical.toString()}, {"p90", v.high.toString()}};
    };
    Json covered = Json::array();
    for (int count : d.coveredDraws)
        covered.push_back(fractionText(count, d.draws));
    return {{"draws", d.draws},
            {"seed", d.seed},
            {"out_of_pocket", percentiles(d.outOfPocket)},
            {"usable", percentiles(d.usable)},
            {"covered_through_month",
             {{"p10", d.coveredP10}, {"p50", d.coveredP50}, {"p90", d.coveredP90}}},
            {"approval_rate", fractionText(d.approvedDraws, d.draws)},
            {"covered_probability", covered}};
}

Json sensitivityJson(const Sensitivity& s) {
    Json bars = Json::array();
    for (const auto& b : s.bars)
        bars.push_back({{"input", b.input},
                        {"low", {{"setting", b.lowSetting}, {"value", b.low.toString()}}},
                        {"high", {{"setting", b.highSetting}, {"value", b.high.toString()}}},
                        {"swing", b.swing().toString()}});
    return {{"path", std::string(nameOf(s.path))},
            {"measure", s.measure},
            {"base", s.base.toString()},
            {"bars", bars}};
}

Json pathJson(const PathResult& p, const BurnDown* shown) {
    Json j;
    j["id"] = std::string(nameOf(p.id));
    j["verdict"] = std::string(nameOf(p.verdict));
    j["kind"] = isCreditPath(p.id) ? "credits" : "discount";
    j["value"] = range(p.value);
    j["usable_value"] = range(p.usableValue);
    j["forfeited"] = range(p.forfeited);
    j["expected_value"] = p.expectedValue.toString();
    j["approval_odds_percent"] = p.approvalOdds.toPercentString();
    j["days_to_money"] = {{"min", p.daysToMoney.min}, {"max", p.daysToMoney.max}};
    j["founder_minutes"] = p.founderMinutes;
    Json reasons = Json::array();
    for (const auto& r : p.reasons)
        reasons.push_back(reasonJson(r));
    j["reasons"] = reasons;
    Json steps = Json::array();
    for (const auto& s : p.timeline)
        steps.push_back({{"step", s.id},
                         {"text", s.text},
                         {"layer", s.layer},
                         {"rule", s.rule},
                         {"day_from", s.dayFrom},
                         {"day_to", s.dayTo},
                         {"date_from", toIsoDate(s.dateFrom)},
                         {"date_to", toIsoDate(s.dateTo)},
                         {"founder_minutes", s.founderMinutes}});
    j["timeline"] = steps;
    Json derivations = Json::object();
    for (const auto& d : derivationsOf(p, shown))
        derivations[d.figure] = {
            {"rules", d.rules}, {"code", d.code}, {"args", argsJson(d.args)}, {"text", d.text()}};
    j["derivations"] = derivations;
    if (p.distribution)
        j["distribution"] = distributionJson(*p.distribution);
    return j;
}

Json poolsJson(const std::vector<Pool>& pools) {
    Json a = Json::array();
    for (const auto& p : pools)
        a.push_back({{"id", p.id},
                     {"award", p.award.toString()},
                     {"expires_month", p.expiresMonth},
                     {"eligible", categories(p.eligible)}});
    return a;
}

Json burnDownJson(const BurnDown& b) {
    Json j;
    j["path"] = std::string(nameOf(b.path));
    Json months = Json::array();
    for (const auto& m : b.months)
        months.push_back({{"month", m.month},
                          {"charges", m.charges.toString()},
                          {"applied", amounts(m.applied)},
                          {"out_of_pocket", m.outOfPocket.toString()},
                          {"forfeited", amounts(m.forfeited)}});
    j["months"] = months;
    j["covered_through_month"] = b.coveredThroughMonth;
    j["total_charges"] = b.totalCharges.toString();
    j["total_out_of_pocket"] = b.totalOutOfPocket.toString();
    j["total_forfeited"] = b.totalForfeited.toString();
    j["left_at_horizon"] = amounts(b.leftAtHorizon);
    return j;
}

Json evaluationJson(const Evaluation& ev) {
    Json j;
    j["format"] = "creditpath-evaluation";
    j["version"] = 1;
    j["rulebook"] = ev.rulebookEdition;
    Json overrides = Json::array();
    for (const auto& o : ev.rulebookOverrides)
        overrides.push_back({{"origin", o.origin}, {"edition", o.edition}, {"changed", o.changed}});
    j["rulebook_overrides"] = overrides;
    j["start_date"] = toIsoDate(ev.startDate);
    j["horizon_months"] = ev.horizonMonths;
    j["status"] = ev.needsSpend ? "needs_spend" : "complete";
    Json paths = Json::array();
    for (const auto& p : ev.paths)
        paths.push_back(pathJson(p, ev.burnDownFor(p.id)));
    j["paths"] = paths;
    j["recommendation"] = {{"objective", std::string(nameOf(ev.recommendation.objective))},
                           {"path", ev.recommendation.path
                                        ? Json(std::string(nameOf(*ev.recommendation.path)))
                                        : Json()},
                           {"reason", reasonJson(ev.recommendation.why)}};
    Json ruledOut = Json::array();
    for (const auto& n : ev.recommendation.ruledOut)
        ruledOut.push_back(noteJson(n));
    j["recommendation"]["ruled_out"] = ruledOut;
    Json alerts = Json::array();
    for (const auto& a : ev.alerts)
        alerts.push_back(noteJson(a));
    j["alerts"] = alerts;
    j["pools"] = poolsJson(ev.burnDown.pools);
    j["burn_down"] = burnDownJson(ev.burnDown);
    Json others = Json::object();
    for (const auto& b : ev.otherBurnDowns) {
        Json bj = burnDownJson(b);
        bj["pools"] = poolsJson(b.pools);
        others[std::string(nameOf(b.path))] = bj;
    }
    j["burn_downs"] = others;
    j["overlap"] = {{"flagged", ev.overlap.flagged},
                    {"score", ev.overlap.score.toFractionString(2)},
                    {"service_similarity", ev.overlap.serviceSimilarity.toFractionString(2)},
                    {"text_similarity", ev.overlap.textSimilarity.toFractionString(2)},
                    {"shared_services", ev.overlap.sharedServices}};
    Json materials = Json::array();
    for (const auto& m : ev.materials)
        materials.push_back({{"item", m.id}, {"ready", m.ready}});
    j["materials"] = materials;
    Json combos = Json::array();
    for (const auto& c : ev.combinations)
        combos.push_back({{"paths", {std::string(nameOf(c.first)), std::string(nameOf(c.second))}},
                          {"allowed", c.allowed},
                          {"reason", reasonJson(c.why)}});
    j["combinations"] = combos;
    if (ev.sensitivity)
        j["sensitivity"] = sensitivityJson(*ev.sensitivity);
    return j;
}

} // namespace

std::string evaluationToJson(const Evaluation& ev) {
    return evaluationJson(ev).dump(2) + "\n";
}

std::string evaluationToJson(const Evaluation& ev, const std::vector<VariantEvaluation>& variants) {
    Json j = evaluationJson(ev);
    if (!variants.empty()) {
        Json list = Json::array();
        for (const auto& v : variants)
            list.push_back({{"name", v.name}, {"evaluation", evaluationJson(v.evaluation)}});
        j["variants"] = list;
    }
    return j.dump(2) + "\n";
}

} // namespace creditpath
