#include "text_summary.h"

#include "evaluation/messages.h"

#include <algorithm>
#include <sstream>

namespace creditpath {
namespace {

std::string pad(std::string s, std::size_t width, bool right = false) {
    if (s.size() >= width)
        return s;
    const std::string fill(width - s.size(), ' ');
    return right ? fill + s : s + fill;
}

std::string verdictLabel(Verdict v) {
    switch (v) {
    case Verdict::Fit:
        return "fit";
    case Verdict::PoorFit:
        return "poor fit";
    case Verdict::NotEligible:
        return "not eligible";
    }
    return "";
}

std::string pathList(const std::vector<PathId>& paths) {
    std::string out;
    for (PathId id : paths)
        out += (out.empty() ? "" : ", ") + std::string(nameOf(id));
    return out;
}

} // namespace

std::string evaluationSummary(const Evaluation& ev, const std::string& name) {
    std::ostringstream out;
    out << "CreditPath evaluation: " << name << "\n";
    out << "Rulebook " << ev.rulebookEdition;
    for (const auto& o : ev.rulebookOverrides)
        out << " + override " << o.origin;
    out << "; horizon " << ev.horizonMonths << " months\n\n";
    out << pad("path", 19) << pad("verdict", 14) << pad("low", 12, true) << pad("typical", 12, true)
        << pad("high", 12, true) << pad("usable", 12, true) << pad("expected", 12, true)
        << pad("days", 10, true) << pad("minutes", 9, true) << "\n";
    for (const auto& p : ev.paths) {
        out << pad(std::string(nameOf(p.id)), 19) << pad(verdictLabel(p.verdict), 14)
            << pad(formatUsd(p.value.low), 12, true) << pad(formatUsd(p.value.typical), 12, true)
            << pad(formatUsd(p.value.high), 12, true)
            << pad(formatUsd(p.usableValue.typical), 12, true)
            << pad(formatUsd(p.expectedValue), 12, true)
            << pad(std::to_string(p.daysToMoney.min) + "-" + std::to_string(p.daysToMoney.max), 10,
                   true)
            << pad(std::to_string(p.founderMinutes), 9, true) << "\n";
    }
    out << "\nRecommended (" << nameOf(ev.recommendation.objective)
        << "): " << (ev.recommendation.path ? std::string(nameOf(*ev.recommendation.path)) : "none")
        << " - " << ev.recommendation.why.text() << "\n";
    for (const auto& n : ev.recommendation.ruledOut)
        out << "  " << pathList(n.paths) << ": [" << n.reason.rule << "] " << n.reason.text()
            << "\n";
    if (ev.recommendation.path) {
        out << "Why these figures (" << nameOf(*ev.recommendation.path) << "):\n";
        for (const auto& d : derivationsOf(ev, *ev.recommendation.path))
            out << "  " << d.figure << ": " << d.text() << "\n";
    }
    if (!ev.alerts.empty()) {
        out << "\nAlerts:\n";
        for (const auto& a : ev.alerts)
            out << "  [" << a.reason.rule << " " << nameOf(a.reason.severity) << "] "
                << pathList(a.paths) << ": " << a.reason.text() << "\n";
    }
    for (const auto& p : ev.paths) {
        out << "\n" << nameOf(p.id) << ":\n";
        for (const auto& r : p.reasons)
            out << "  [" << r.rule << " " << nameOf(r.severity) << "] " << r.text() << "\n";
    }
    const BurnDown& b = ev.burnDown;
    out << "\nStack burn-down: covered through month " << b.coveredThroughMonth
        << "; out of pocket " << formatUsd(b.totalOutOfPocket) << " over " << b.months.size()
        << " months; forfeited " << formatUsd(b.totalForfeited) << "\n";
    return out.str();
}

std::string pathsCsv(const Evaluation& ev) {
    std::ostringstream out;
    out << "path,verdict,value_low,value_typical,value_high,usable_low,usable_typical,"
           "usable_high,forfeited_low,forfeited_typical,forfeited_high,expected_value,"
           "approval_odds_percent,days_min,days_max,founder_minutes,recommended\r\n";
    for (const auto& p : ev.paths) {
        out << nameOf(p.id) << "," << nameOf(p.verdict);
        for (const ValueRange* r : {&p.value, &p.usableValue, &p.forfeited})
            out << "," << r->low.toString() << "," << r->typical.toString() << ","
                << r->high.toString();
        out << "," << p.expectedValue.toString() << "," << p.approvalOdds.toPercentString() << ","
            << p.daysToMoney.min << "," << p.daysToMoney.max << "," << p.founderMinutes << ","
            << (ev.recommendation.path == p.id ? "yes" : "no") << "\r\n";
    }
    return out.str();
}

std::string burnDownCsv(const BurnDown& b) {
    std::ostringstream out;
    out << "month,charges";
    for (const auto& p : b.pools)
        out << ",paid_" << p.id;
    out << ",out_of_pocket";
    for (const auto& p : b.pools)
        out << ",forfeited_" << p.id;
    for (const auto& p : b.pools)
        out << ",balance_" << p.id;
    out << "\r\n";
    for (const auto& m : b.months) {
        out << m.month << "," << m.charges.toString();
        for (const auto& p : b.pools)
            out << "," << amountOf(m.applied, p.id).toString();
        out << "," << m.outOfPocket.toString();
        for (const auto& p : b.pools)
            out << "," << amountOf(m.forfeited, p.id).toString();
        for (const auto& p : b.pools)
            out << "," << amountOf(m.balances, p.id).toString();
        out << "\r\n";
    }
    return out.str();
}

} // namespace creditpath
