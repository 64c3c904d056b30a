#pragma once
// Application timelines (TL-1..TL-3 and each program's own), dated from a start day.
#include "evaluation.h"

#include <chrono>
#include <optional>
#include <string>

namespace creditpath {

std::vector<TimelineStep> datedTimeline(const std::vector<TimelineStepSpec>& steps,
                                        std::chrono::sys_days start);

// ISO dates, "2026-11-26", for files and the command line.
std::string toIsoDate(std::chrono::sys_days day);
std::optional<std::chrono::sys_days> parseIsoDate(std::string_view text);
std::chrono::sys_days todayUtc();

} // namespace creditpath
