#pragma once
// From a cost export to spend lines: the last full month's cost by service, mapped to the
// spend categories (service_categories.h), gross of credits (credit, refund and tax entries
// and negative amounts are left out and listed), with the trend of the last months offered as
// growth. Amounts are summed exactly and rounded once per line, by Money's one rule.
#include "cost_export.h"
#include "scenario/scenario.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace creditpath {

struct SpendImport {
    std::string month;                   // "2026-10": the last full month, taken as `monthly`
    std::vector<SpendLine> lines;        // one per category that has spend, in category order
    std::vector<std::string> unmapped;   // services the table does not know: counted as other
    std::vector<std::string> excluded;   // not spend: tax, credits, refunds, negative amounts
    Money excludedAmount;                // what those came to in that month (as a positive sum)
    std::vector<std::string> openMonths; // months left out as not closed yet ("2026-11")
    std::optional<Rate> trend;           // compound growth a month of the total, to 0.1 %
    int trendMonths = 0;                 // the months the trend spans (first to last, inclusive)
};

// `today` decides which months are over. Throws InvalidDocument when no month is over or an
// amount leaves the range a scenario takes.
SpendImport importSpend(const CostExport& costs, std::chrono::sys_days today);

// The scenario with its spend lines replaced (every other field kept), each line growing by
// the trend when `applyTrend` and a trend was found.
Scenario withImportedSpend(Scenario scenario, const SpendImport& imported, bool applyTrend);

// What the import did, in English, for the command line.
std::string importSummary(const SpendImport& imported, bool trendApplied);

} // namespace creditpath
