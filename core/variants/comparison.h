#pragma once
// "Variants side by side": the key figures of the base and of each variant, one column each,
// with the best column of each row. Built here once; the window, the report and the command
// line only format it.
#include "variant_evaluation.h"

#include <optional>
#include <string>
#include <vector>

namespace creditpath {

// Which way is better for a row: more usable value, less out of pocket, … or neither (the
// recommended path names a path, it has no order).
enum class Better { Higher, Lower, None };

enum class ComparisonRowId {
    RecommendedPath,
    ExpectedValue,  // expected usable value of the column's path (PD-2)
    OutOfPocket,    // over the horizon, from the path's burn-down
    CoveredThrough, // the last month the credits cover the whole eligible bill
    Forfeited,      // credit balances lost at expiry (BD-3)
    DaysToMoney,    // {min, max} days until the money lands
    FounderMinutes, // founder time the path costs
};
inline constexpr ComparisonRowId kComparisonRows[] = {
    ComparisonRowId::RecommendedPath, ComparisonRowId::ExpectedValue, ComparisonRowId::OutOfPocket,
    ComparisonRowId::CoveredThrough,  ComparisonRowId::Forfeited,     ComparisonRowId::DaysToMoney,
    ComparisonRowId::FounderMinutes};
std::string_view nameOf(ComparisonRowId); // "recommended_path", "expected_value", …

struct ComparisonCell {
    std::optional<PathId> path; // RecommendedPath: nullopt when nothing fits
    Money money;                // ExpectedValue, OutOfPocket, Forfeited
    int number = 0;             // CoveredThrough (month), FounderMinutes
    DayRange days;              // DaysToMoney
    bool best = false;
};

struct ComparisonRow {
    ComparisonRowId id = ComparisonRowId::RecommendedPath;
    Better better = Better::None;
    std::vector<ComparisonCell> cells; // one per column
};

struct ComparisonColumn {
    std::string name;            // empty for the base
    PathId path = PathId::Stack; // whose figures the column shows
};

struct Comparison {
    std::vector<ComparisonColumn> columns; // the base first, then the variants in file order
    std::vector<ComparisonRow> rows;       // kComparisonRows order
};

// Each column shows the figures of its recommended path, or of the stack when nothing is
// recommended. Best: the columns whose value is best for the row, marked only when the
// columns differ (a tie among all marks none).
Comparison buildComparison(const Evaluation& base, const std::vector<VariantEvaluation>& variants);

// The path whose figures a column of this evaluation shows (the rule above).
PathId comparedPath(const Evaluation& evaluation);

} // namespace creditpath
