#include "timeline.h"

#include <cstdio>

namespace creditpath {

std::vector<TimelineStep> datedTimeline(const std::vector<TimelineStepSpec>& steps,
                                        std::chrono::sys_days start) {
    std::vector<TimelineStep> out;
    out.reserve(steps.size());
    for (const auto& s : steps)
        out.push_back({s.id, s.text, s.layer, s.rule, s.dayFrom, s.dayTo, s.founderMinutes,
                       start + std::chrono::days(s.dayFrom), start + std::chrono::days(s.dayTo)});
    return out;
}

std::string toIsoDate(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::optional<std::chrono::sys_days> parseIsoDate(std::string_view text) {
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    const std::string s(text);
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m),
                                          std::chrono::day(d)};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days(ymd);
}

std::chrono::sys_days todayUtc() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

} // namespace creditpath
