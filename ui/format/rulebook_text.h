#pragma once
// The rulebook's words for people: parameter values, units and choices, the figures of
// "What changed", and the name of the edition and overrides an evaluation used. Shared by the
// rulebook view, the status bar and the report. Rule titles stay as the rulebook writes them
// (English): they are data, not interface text.
#include "evaluation/evaluation_diff.h"
#include "rulebook/parameter_values.h"

#include <QLocale>
#include <QString>

namespace creditpath::ui {

QString unitName(ParameterUnit unit);
// "the next billing month", "fewest services, then oldest", "tagged post-migration spend"...
QString choiceName(const std::string& value);
// A parameter's value as people read it: "$100,000.00", "25%", "24", "days 18–21", "yes".
// Structured values show their JSON as they stand.
QString parameterValueText(const ParameterValue& value, const QLocale& locale);
// The text a cell editor starts from (what readers of typed numbers take back).
QString parameterEditText(const ParameterValue& value, const QLocale& locale);

// "Face value, typical", "Verdict", "Recommended path"...
QString figureName(const std::string& figure);
// A path id, or "Recommendation".
QString diffPathName(const std::string& path);
QString diffValueText(const DiffValue& value, const QLocale& locale);

// "2026-11 (seed)" or "2026-11 (seed) + AWS public pages, 2026 (5 changes)".
QString rulebookName(const Evaluation& evaluation);
// BD-1 and BD-2 as one sentence each, for the rulebook view and the report.
QString creditsStartText(const RulebookParameters& params);
QString tieBreakText(const RulebookParameters& params);

} // namespace creditpath::ui
