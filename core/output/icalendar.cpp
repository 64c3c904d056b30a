#include "icalendar.h"

#include "evaluation/timeline.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace creditpath {
namespace {

using namespace std::chrono;

std::string compactDate(sys_days day) {
    std::string iso = toIsoDate(day);
    std::erase(iso, '-');
    return iso;
}

// FNV-1a, 32 bits: a stable short tag for the scenario inside UIDs.
std::string inputTag(const Scenario& scenario, sys_days start) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : scenario.name + "|" + toIsoDate(start)) {
        h ^= c;
        h *= 16777619u;
    }
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", h);
    return buf;
}

// "USD 100,000.00": the calendar is a file, like the CSV, so it is not localised.
std::string usd(const Money& amount) {
    const std::string plain = amount.toString();
    const bool negative = !plain.empty() && plain.front() == '-';
    const std::string digits = plain.substr(negative ? 1 : 0, plain.find('.') - (negative ? 1 : 0));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return std::string("USD ") + (negative ? "-" : "") + grouped + plain.substr(plain.find('.'));
}

std::string poolTitle(std::string_view id) {
    if (id == "portfolio")
        return "Activate Portfolio";
    if (id == "build")
        return "Build for Startups";
    if (id == "bedrock_poc")
        return "Bedrock POC";
    if (id == "genai_accelerator")
        return "Generative AI Accelerator";
    if (id == "map")
        return "MAP";
    return std::string(id);
}

// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
std::string escapeText(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

// RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF + space,
// never inside a UTF-8 sequence.
void appendFolded(std::string& out, const std::string& line) {
    std::size_t start = 0, limit = 75;
    while (line.size() - start > limit) {
        std::size_t cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.substr(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.substr(start);
    out += "\r\n";
}

} // namespace

std::optional<sys_days> stackLandingDay(const Evaluation& evaluation) {
    const PathResult& stack = evaluation.path(PathId::Stack);
    if (stack.verdict == Verdict::NotEligible || stack.timeline.empty())
        return std::nullopt;
    return stack.timeline.back().dateTo;
}

sys_days addMonths(sys_days from, int count) {
    const year_month_day ymd(from);
    const year_month target = year_month(ymd.year(), ymd.month()) + months(count);
    const auto last = year_month_day_last(target.year(), month_day_last(target.month())).day();
    return sys_days(year_month_day(target.year(), target.month(), std::min(ymd.day(), last)));
}

std::vector<CalendarEvent> reminderEvents(const Evaluation& evaluation, const Scenario& scenario) {
    std::vector<CalendarEvent> events;
    const auto landing = stackLandingDay(evaluation);
    if (!landing)
        return events;
    const std::string tag = inputTag(scenario, evaluation.startDate);
    const std::string landed = toIsoDate(*landing);
    for (const Pool& pool : evaluation.burnDown.pools) {
        const sys_days expiry = addMonths(*landing, pool.expiresMonth);
        events.push_back(
            {std::string(pool.id) + "-expiry-" + compactDate(expiry) + "-" + tag + "@creditpath",
             expiry,
             poolTitle(pool.id) + " credits expire",
             "Rule BD-3: any " + poolTitle(pool.id) + " balance left at the end of month " +
                 std::to_string(pool.expiresMonth) + " after the balances landed (" + landed +
                 ") is forfeited. Award: " + usd(pool.award) + ". Scenario: " + scenario.name + ".",
             {"-P60D", "-P30D"}});
    }
    const bool hasPocPool = [&] {
        for (const Pool& p : evaluation.burnDown.pools)
            if (p.id == "bedrock_poc")
                return true;
        return false;
    }();
    if (scenario.bedrockPoc.enabled && hasPocPool) {
        const sys_days checkpoint = *landing + days(scenario.bedrockPoc.windowDays);
        events.push_back(
            {"bedrock_poc-checkpoint-" + compactDate(checkpoint) + "-" + tag + "@creditpath",
             checkpoint,
             "Bedrock POC " + std::to_string(scenario.bedrockPoc.windowDays) + "-day checkpoint",
             "Rules BP-3 and BD-3: the POC window ends today. A completed POC keeps the Bedrock "
             "POC credits until month 24; an incomplete one forfeits them after month 12. "
             "Scenario: " +
                 scenario.name + ".",
             {"PT0S"}});
    }
    return events;
}

std::string reminderCalendar(const Evaluation& evaluation, const Scenario& scenario) {
    std::string out;
    const std::string stamp = compactDate(evaluation.startDate) + "T000000Z";
    appendFolded(out, "BEGIN:VCALENDAR");
    appendFolded(out, "VERSION:2.0");
    appendFolded(out, "PRODID:-//CreditPath//Credit reminders//EN");
    appendFolded(out, "CALSCALE:GREGORIAN");
    appendFolded(out, "METHOD:PUBLISH");
    appendFolded(out, "X-WR-CALNAME:" + escapeText("CreditPath: " + scenario.name));
    for (const CalendarEvent& e : reminderEvents(evaluation, scenario)) {
        appendFolded(out, "BEGIN:VEVENT");
        appendFolded(out, "UID:" + e.uid);
        appendFolded(out, "DTSTAMP:" + stamp);
        appendFolded(out, "DTSTART;VALUE=DATE:" + compactDate(e.day));
        appendFolded(out, "DTEND;VALUE=DATE:" + compactDate(e.day + days(1)));
        appendFolded(out, "SUMMARY:" + escapeText(e.summary));
        appendFolded(out, "DESCRIPTION:" + escapeText(e.description));
        appendFolded(out, "TRANSP:TRANSPARENT");
        for (const std::string& trigger : e.alarmTriggers) {
            appendFolded(out, "BEGIN:VALARM");
            appendFolded(out, "ACTION:DISPLAY");
            appendFolded(out, "DESCRIPTION:" + escapeText(e.summary));
            appendFolded(out, "TRIGGER:" + trigger);
            appendFolded(out, "END:VALARM");
        }
        appendFolded(out, "END:VEVENT");
    }
    appendFolded(out, "END:VCALENDAR");
    return out;
}

} // namespace creditpath
