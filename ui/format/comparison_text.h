#pragma once
// The words and numbers of the variants comparison (core: variants/comparison.h), shared by the
// window's Compare view and the report so both read the same.
#include "display_text.h"
#include "variants/comparison.h"

#include <QLocale>
#include <QString>

namespace creditpath::ui {

QString comparisonRowName(ComparisonRowId row); // "Expected usable value", ...
QString comparisonBetterText(Better better);    // "higher is better", ...
// Amounts in whole dollars (the window), or to the cent (MoneyStyle::Cents, the report).
QString comparisonCellText(ComparisonRowId row, const ComparisonCell& cell, const QLocale& locale,
                           MoneyStyle style = MoneyStyle::Natural);
// "Base", or the variant's name with the company's name hidden when `hideName` is not empty.
QString comparisonColumnName(const ComparisonColumn& column, const std::string& hideName,
                             const QString& replacement);

} // namespace creditpath::ui
