#pragma once
// Reminders as an RFC 5545 calendar: one all-day event when each pool of the stack expires
// (alarms 60 and 30 days before it, BD-3) and one at the Bedrock POC's checkpoint (the end of
// its window: passing it keeps the 24-month expiry). Deterministic: UIDs and DTSTAMP derive
// from the scenario and the evaluation's start date, so the same inputs give the same bytes.
#include "evaluation/evaluation.h"
#include "scenario/scenario.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace creditpath {

struct CalendarEvent {
    std::string uid;
    std::chrono::sys_days day;
    std::string summary;
    std::string description;
    std::vector<std::string> alarmTriggers; // "-P60D", "PT0S", ...
};

// The day the stack's balances land (last step of its timeline), if the stack has one.
std::optional<std::chrono::sys_days> stackLandingDay(const Evaluation& evaluation);
// `months` calendar months after `day`, clamped to the end of a shorter month.
std::chrono::sys_days addMonths(std::chrono::sys_days day, int months);

std::vector<CalendarEvent> reminderEvents(const Evaluation& evaluation, const Scenario& scenario);
// The whole VCALENDAR text, CRLF line ends, lines folded at 75 octets.
std::string reminderCalendar(const Evaluation& evaluation, const Scenario& scenario);

} // namespace creditpath
