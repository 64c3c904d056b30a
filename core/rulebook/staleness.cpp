#include "staleness.h"

#include "evaluation/timeline.h"

namespace creditpath {

bool isStale(const RuleInfo& rule, const Rulebook& rulebook, std::chrono::sys_days today) {
    using namespace std::chrono;
    const auto verified = parseIsoDate(rule.verified);
    if (!verified)
        return true;
    // Month arithmetic on the calendar: 2026-05-31 + 6 months is the last day of November.
    year_month_day limit = year_month_day(*verified) + months(rulebook.params().staleAfterMonths);
    if (!limit.ok())
        limit = limit.year() / limit.month() / last;
    return sys_days(limit) < today;
}

std::vector<std::string> staleRules(const Rulebook& rulebook, std::chrono::sys_days today) {
    std::vector<std::string> out;
    for (const RuleInfo& r : rulebook.rules())
        if (isStale(r, rulebook, today))
            out.push_back(r.id);
    return out;
}

} // namespace creditpath
