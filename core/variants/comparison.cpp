#include "comparison.h"

namespace creditpath {
namespace {

ComparisonCell cellOf(ComparisonRowId row, const Evaluation& ev) {
    const PathId id = comparedPath(ev);
    const PathResult& path = ev.path(id);
    const BurnDown& burn = ev.shownBurnDown(id);
    ComparisonCell cell;
    switch (row) {
    case ComparisonRowId::RecommendedPath:
        cell.path = ev.recommendation.path;
        break;
    case ComparisonRowId::ExpectedValue:
        cell.money = path.expectedValue;
        break;
    case ComparisonRowId::OutOfPocket:
        cell.money = burn.totalOutOfPocket;
        break;
    case ComparisonRowId::CoveredThrough:
        cell.number = burn.coveredThroughMonth;
        break;
    case ComparisonRowId::Forfeited:
        cell.money = burn.totalForfeited;
        break;
    case ComparisonRowId::DaysToMoney:
        cell.days = path.daysToMoney;
        break;
    case ComparisonRowId::FounderMinutes:
        cell.number = path.founderMinutes;
        break;
    }
    return cell;
}

Better betterFor(ComparisonRowId row) {
    switch (row) {
    case ComparisonRowId::ExpectedValue:
    case ComparisonRowId::CoveredThrough:
        return Better::Higher;
    case ComparisonRowId::OutOfPocket:
    case ComparisonRowId::Forfeited:
    case ComparisonRowId::DaysToMoney:
    case ComparisonRowId::FounderMinutes:
        return Better::Lower;
    case ComparisonRowId::RecommendedPath:
        break;
    }
    return Better::None;
}

// <0 when a is less than b for the row's quantity; days: the later landing first, then the
// earlier one (the money arrives by `max` at the latest).
int compare(ComparisonRowId row, const ComparisonCell& a, const ComparisonCell& b) {
    auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (row) {
    case ComparisonRowId::ExpectedValue:
    case ComparisonRowId::OutOfPocket:
    case ComparisonRowId::Forfeited:
        return sign(a.money, b.money);
    case ComparisonRowId::CoveredThrough:
    case ComparisonRowId::FounderMinutes:
        return sign(a.number, b.number);
    case ComparisonRowId::DaysToMoney:
        if (const int c = sign(a.days.max, b.days.max); c != 0)
            return c;
        return sign(a.days.min, b.days.min);
    case ComparisonRowId::RecommendedPath:
        break;
    }
    return 0;
}

void markBest(ComparisonRow& row) {
    if (row.better == Better::None || row.cells.size() < 2)
        return;
    std::size_t best = 0;
    bool allEqual = true;
    for (std::size_t i = 1; i < row.cells.size(); ++i) {
        const int c = compare(row.id, row.cells[i], row.cells[best]);
        allEqual = allEqual && compare(row.id, row.cells[i], row.cells[0]) == 0;
        if ((row.better == Better::Higher && c > 0) || (row.better == Better::Lower && c < 0))
            best = i;
    }
    if (allEqual)
        return;
    for (auto& cell : row.cells)
        cell.best = compare(row.id, cell, row.cells[best]) == 0;
}

} // namespace

std::string_view nameOf(ComparisonRowId row) {
    switch (row) {
    case ComparisonRowId::RecommendedPath:
        return "recommended_path";
    case ComparisonRowId::ExpectedValue:
        return "expected_value";
    case ComparisonRowId::OutOfPocket:
        return "total_out_of_pocket";
    case ComparisonRowId::CoveredThrough:
        return "covered_through_month";
    case ComparisonRowId::Forfeited:
        return "total_forfeited";
    case ComparisonRowId::DaysToMoney:
        return "days_to_money";
    case ComparisonRowId::FounderMinutes:
        return "founder_minutes";
    }
    return "";
}

PathId comparedPath(const Evaluation& evaluation) {
    return evaluation.recommendation.path.value_or(PathId::Stack);
}

Comparison buildComparison(const Evaluation& base, const std::vector<VariantEvaluation>& variants) {
    Comparison out;
    std::vector<const Evaluation*> columns{&base};
    out.columns.push_back({std::string(), comparedPath(base)});
    for (const auto& v : variants) {
        columns.push_back(&v.evaluation);
        out.columns.push_back({v.name, comparedPath(v.evaluation)});
    }
    for (const ComparisonRowId id : kComparisonRows) {
        ComparisonRow row{id, betterFor(id), {}};
        for (const Evaluation* ev : columns)
            row.cells.push_back(cellOf(id, *ev));
        markBest(row);
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace creditpath
