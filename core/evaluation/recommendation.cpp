#include "recommendation.h"

#include "messages.h"

#include <algorithm>

namespace creditpath {
namespace {

// Fit before poor fit; then the objective's own order; expected value breaks ties.
using Better = bool (*)(const PathResult&, const PathResult&);

bool moreValue(const PathResult& a, const PathResult& b) {
    if (a.expectedValue != b.expectedValue)
        return a.expectedValue > b.expectedValue;
    return a.founderMinutes < b.founderMinutes;
}

bool lessTime(const PathResult& a, const PathResult& b) {
    if (a.founderMinutes != b.founderMinutes)
        return a.founderMinutes < b.founderMinutes;
    return a.expectedValue > b.expectedValue;
}

bool sooner(const PathResult& a, const PathResult& b) {
    if (a.daysToMoney.min != b.daysToMoney.min)
        return a.daysToMoney.min < b.daysToMoney.min;
    return moreValue(a, b);
}

const PathResult* best(const std::vector<const PathResult*>& candidates, Better better) {
    const PathResult* winner = nullptr;
    for (const PathResult* p : candidates) {
        if (!winner) {
            winner = p;
            continue;
        }
        const bool pFit = p->verdict == Verdict::Fit, wFit = winner->verdict == Verdict::Fit;
        if (pFit != wFit) {
            if (pFit)
                winner = p;
            continue;
        }
        if (better(*p, *winner))
            winner = p;
    }
    return winner;
}

} // namespace

Recommendation recommend(const std::vector<PathResult>& paths, Objective objective, int needed) {
    Recommendation rec;
    rec.objective = objective;
    std::vector<const PathResult*> eligible;
    for (const auto& p : paths)
        if (p.verdict != Verdict::NotEligible && p.expectedValue > Money())
            eligible.push_back(&p);

    const PathResult* chosen = nullptr;
    std::string code;
    switch (objective) {
    case Objective::CreditsWithinDays: {
        std::vector<const PathResult*> credit, inTime;
        for (const PathResult* p : eligible)
            if (isCreditPath(p->id))
                credit.push_back(p);
        for (const PathResult* p : credit)
            if (p->daysToMoney.max <= needed)
                inTime.push_back(p);
        if (!inTime.empty()) {
            chosen = best(inTime, moreValue);
            code = "recommend_credits_within_days";
        } else {
            chosen = best(credit, sooner);
            code = "recommend_credits_none_in_time";
        }
        break;
    }
    case Objective::LargestExpectedValue:
        chosen = best(eligible, moreValue);
        code = "recommend_largest_expected_value";
        break;
    case Objective::LeastFounderTime:
        chosen = best(eligible, lessTime);
        code = "recommend_least_founder_time";
        break;
    }
    if (!chosen) {
        rec.why = makeReason("PD-4", Severity::Info, "recommend_nothing");
        return rec;
    }
    rec.path = chosen->id;
    rec.why = makeReason("PD-4", Severity::Info, code, {integerArg("needed", needed)});
    return rec;
}

} // namespace creditpath
