#include "evaluation_diff.h"

#include <algorithm>
#include <optional>
#include <set>

namespace creditpath {
namespace {

DiffValue money(const Money& m) {
    DiffValue v;
    v.kind = DiffValue::Kind::Money;
    v.money = m;
    return v;
}
DiffValue integer(int n) {
    DiffValue v;
    v.kind = DiffValue::Kind::Integer;
    v.integer = n;
    return v;
}

bool same(const DiffValue& a, const DiffValue& b) {
    switch (a.kind) {
    case DiffValue::Kind::Money:
        return a.money == b.money;
    case DiffValue::Kind::Verdict:
        return a.verdict == b.verdict;
    case DiffValue::Kind::Integer:
        return a.integer == b.integer;
    case DiffValue::Kind::Days:
        return a.days == b.days;
    case DiffValue::Kind::Percent:
        return a.rate == b.rate;
    case DiffValue::Kind::Path:
        return a.path == b.path;
    }
    return true;
}

// The rule IDs an evaluation's overrides changed ("PF-1.ceiling" -> "PF-1").
std::set<std::string> changedRules(const Evaluation& ev) {
    std::set<std::string> out;
    for (const auto& o : ev.rulebookOverrides)
        for (const auto& c : o.changed)
            out.insert(c.substr(0, c.find('.')));
    return out;
}

template <typename Rules>
std::vector<std::string> focus(const Rules& rules, const std::set<std::string>& hit) {
    std::vector<std::string> touched;
    for (const auto& r : rules)
        if (hit.count(r))
            touched.push_back(r);
    return touched.empty() ? std::vector<std::string>(rules.begin(), rules.end()) : touched;
}

struct Figure {
    const char* name;
    const char* derivation; // the derivation that explains it
    DiffValue (*read)(const Evaluation&, const PathResult&);
};

const BurnDown* burnDownOf(const Evaluation& ev, const PathResult& p) {
    return ev.burnDownFor(p.id);
}

const Figure kFigures[] = {
    {"value.low", "value",
     [](const Evaluation&, const PathResult& p) { return money(p.value.low); }},
    {"value.typical", "value",
     [](const Evaluation&, const PathResult& p) { return money(p.value.typical); }},
    {"value.high", "value",
     [](const Evaluation&, const PathResult& p) { return money(p.value.high); }},
    {"usable_value.low", "usable_value",
     [](const Evaluation&, const PathResult& p) { return money(p.usableValue.low); }},
    {"usable_value.typical", "usable_value",
     [](const Evaluation&, const PathResult& p) { return money(p.usableValue.typical); }},
    {"usable_value.high", "usable_value",
     [](const Evaluation&, const PathResult& p) { return money(p.usableValue.high); }},
    {"expected_value", "expected_value",
     [](const Evaluation&, const PathResult& p) { return money(p.expectedValue); }},
    {"approval_odds", "expected_value",
     [](const Evaluation&, const PathResult& p) {
         DiffValue v;
         v.kind = DiffValue::Kind::Percent;
         v.rate = p.approvalOdds;
         return v;
     }},
    {"days_to_money", "days_to_money",
     [](const Evaluation&, const PathResult& p) {
         DiffValue v;
         v.kind = DiffValue::Kind::Days;
         v.days = p.daysToMoney;
         return v;
     }},
    {"founder_minutes", "founder_minutes",
     [](const Evaluation&, const PathResult& p) { return integer(p.founderMinutes); }},
    {"covered_through_month", "covered_through_month",
     [](const Evaluation& ev, const PathResult& p) {
         const BurnDown* b = burnDownOf(ev, p);
         return integer(b ? b->coveredThroughMonth : 0);
     }},
    {"total_out_of_pocket", "total_out_of_pocket",
     [](const Evaluation& ev, const PathResult& p) {
         const BurnDown* b = burnDownOf(ev, p);
         return money(b ? b->totalOutOfPocket : Money());
     }},
    {"total_forfeited", "total_forfeited",
     [](const Evaluation& ev, const PathResult& p) {
         const BurnDown* b = burnDownOf(ev, p);
         return money(b ? b->totalForfeited : Money());
     }},
};

std::vector<std::string> verdictRules(const PathResult& before, const PathResult& after) {
    std::vector<std::string> rules;
    for (const PathResult* p : {&after, &before})
        if (const Reason* r = p->verdictReason())
            if (std::find(rules.begin(), rules.end(), r->rule) == rules.end())
                rules.push_back(r->rule);
    return rules;
}

} // namespace

std::vector<FigureChange> diffEvaluations(const Evaluation& before, const Evaluation& after) {
    const std::set<std::string> touched = changedRules(after);
    std::vector<FigureChange> out;
    for (const PathResult& b : before.paths) {
        const PathResult& a = after.path(b.id);
        const std::string id(nameOf(b.id));
        if (a.verdict != b.verdict) {
            DiffValue vb, va;
            vb.kind = va.kind = DiffValue::Kind::Verdict;
            vb.verdict = b.verdict;
            va.verdict = a.verdict;
            out.push_back({id, "verdict", vb, va, focus(verdictRules(b, a), touched)});
        }
        // The path's derivations name the rules behind a changed figure: rendered once, and
        // only for a path with a change.
        std::optional<std::vector<Derivation>> derivations;
        for (const Figure& f : kFigures) {
            const DiffValue vb = f.read(before, b), va = f.read(after, a);
            if (same(vb, va))
                continue;
            if (!derivations)
                derivations = derivationsOf(after, a.id);
            const Derivation* d = findDerivation(*derivations, f.derivation);
            out.push_back(
                {id, f.name, vb, va, d ? focus(d->rules, touched) : std::vector<std::string>{}});
        }
    }
    if (before.recommendation.path != after.recommendation.path) {
        DiffValue vb, va;
        vb.kind = va.kind = DiffValue::Kind::Path;
        vb.path = before.recommendation.path;
        va.path = after.recommendation.path;
        out.push_back({"recommendation", "path", vb, va, {after.recommendation.why.rule}});
    }
    return out;
}

std::string canonicalText(const DiffValue& v) {
    switch (v.kind) {
    case DiffValue::Kind::Money:
        return v.money.toString();
    case DiffValue::Kind::Verdict:
        return std::string(nameOf(v.verdict));
    case DiffValue::Kind::Integer:
        return std::to_string(v.integer);
    case DiffValue::Kind::Days:
        return std::to_string(v.days.min) + "-" + std::to_string(v.days.max);
    case DiffValue::Kind::Percent:
        return v.rate.toPercentString();
    case DiffValue::Kind::Path:
        return v.path ? std::string(nameOf(*v.path)) : std::string("none");
    }
    return {};
}

} // namespace creditpath
