#include "recommendation.h"

#include "messages.h"

#include <algorithm>

namespace creditpath {
namespace {

bool moreValue(const PathResult* a, const PathResult* b) {
    if (a->expectedValue != b->expectedValue)
        return a->expectedValue > b->expectedValue;
    return a->founderMinutes < b->founderMinutes;
}

bool lessTime(const PathResult* a, const PathResult* b) {
    if (a->founderMinutes != b->founderMinutes)
        return a->founderMinutes < b->founderMinutes;
    return a->expectedValue > b->expectedValue;
}

// The reason that keeps a path out: its worst fit reason, or, for a path that fits but may
// land after the deadline, its timing reason.
const Reason* whatKeepsOut(const PathResult& p, bool mustLandInTime) {
    const Reason* worst = p.verdictReason();
    if (worst || !mustLandInTime)
        return worst;
    for (const auto& r : p.reasons)
        if (r.code == "may_land_late")
            return &r;
    return nullptr;
}

} // namespace

Recommendation recommend(const std::vector<PathResult>& paths, Objective objective, int needed,
                         bool needsSpend) {
    Recommendation rec;
    rec.objective = objective;
    if (needsSpend) {
        rec.why = makeReason("PD-4", Severity::Info, "recommend_needs_spend");
        return rec;
    }
    const bool creditsOnly = objective == Objective::CreditsWithinDays;
    std::vector<const PathResult*> candidates;
    for (const auto& p : paths) {
        if (creditsOnly && !isCreditPath(p.id))
            continue;
        const bool inTime = !creditsOnly || p.daysToMoney.max <= needed;
        if (p.verdict == Verdict::Fit && inTime && p.expectedValue > Money()) {
            candidates.push_back(&p);
            continue;
        }
        if (const Reason* r = whatKeepsOut(p, creditsOnly))
            rec.ruledOut.push_back({*r, {p.id}});
    }
    if (candidates.empty()) {
        rec.why = creditsOnly ? makeReason("PD-4", Severity::Info, "recommend_none_within_days",
                                           {integerArg("needed", needed)})
                              : makeReason("PD-4", Severity::Info, "recommend_none_fit");
        return rec;
    }
    rec.ruledOut.clear();
    const bool byTime = objective == Objective::LeastFounderTime;
    const PathResult* chosen =
        *std::min_element(candidates.begin(), candidates.end(), byTime ? lessTime : moreValue);
    rec.path = chosen->id;
    const MessageArg value = moneyArg("value", chosen->expectedValue);
    switch (objective) {
    case Objective::CreditsWithinDays:
        rec.why = makeReason("PD-4", Severity::Info, "recommend_credits_within_days",
                             {value, integerArg("needed", needed)});
        break;
    case Objective::LargestExpectedValue:
        rec.why = makeReason("PD-4", Severity::Info, "recommend_largest_expected_value", {value});
        break;
    case Objective::LeastFounderTime:
        rec.why = makeReason("PD-4", Severity::Info, "recommend_least_founder_time",
                             {integerArg("minutes", chosen->founderMinutes), value});
        break;
    }
    return rec;
}

} // namespace creditpath
