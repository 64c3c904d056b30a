#include "comparison_text.h"

#include "evaluation/messages.h"

#include <algorithm>
#include <sstream>

namespace creditpath {
namespace {

std::string rowLabel(ComparisonRowId row) {
    switch (row) {
    case ComparisonRowId::RecommendedPath:
        return "recommended path";
    case ComparisonRowId::ExpectedValue:
        return "expected usable value";
    case ComparisonRowId::OutOfPocket:
        return "out of pocket (horizon)";
    case ComparisonRowId::CoveredThrough:
        return "covered through month";
    case ComparisonRowId::Forfeited:
        return "forfeited";
    case ComparisonRowId::DaysToMoney:
        return "days to money";
    case ComparisonRowId::FounderMinutes:
        return "founder minutes";
    }
    return "";
}

std::string cellText(ComparisonRowId row, const ComparisonCell& cell) {
    switch (row) {
    case ComparisonRowId::RecommendedPath:
        return cell.path ? std::string(nameOf(*cell.path)) : "none";
    case ComparisonRowId::ExpectedValue:
    case ComparisonRowId::OutOfPocket:
    case ComparisonRowId::Forfeited:
        return formatUsd(cell.money);
    case ComparisonRowId::CoveredThrough:
    case ComparisonRowId::FounderMinutes:
        return std::to_string(cell.number);
    case ComparisonRowId::DaysToMoney:
        return std::to_string(cell.days.min) + "-" + std::to_string(cell.days.max);
    }
    return "";
}

} // namespace

std::string comparisonSummary(const Comparison& c) {
    if (c.columns.size() < 2)
        return {};
    std::vector<std::vector<std::string>> table(c.rows.size() + 1);
    table[0].push_back("Variants side by side");
    for (const auto& col : c.columns)
        table[0].push_back(col.name.empty() ? "base" : col.name);
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const ComparisonRow& row = c.rows[r];
        table[r + 1].push_back(rowLabel(row.id));
        for (const auto& cell : row.cells)
            table[r + 1].push_back(cellText(row.id, cell) + (cell.best ? " *" : ""));
    }
    std::vector<std::size_t> widths(table[0].size(), 0);
    for (const auto& line : table)
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    std::ostringstream out;
    for (const auto& line : table) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const std::string fill(widths[i] - line[i].size(), ' ');
            text += i == 0 ? line[i] + fill : "  " + fill + line[i];
        }
        out << text << "\n";
    }
    out << "* best of the row (more value or coverage, less cost, time or forfeiture)\n";
    return out.str();
}

} // namespace creditpath
