#include "comparison_text.h"

#include "display_text.h"
#include "output/name_redaction.h"

#include <QCoreApplication>

namespace creditpath::ui {
namespace {

// lupdate files free tr() calls under the enclosing namespace; the context matches it.
QString tr(const char* text) {
    return QCoreApplication::translate("creditpath::ui", text);
}

} // namespace

QString comparisonRowName(ComparisonRowId row) {
    switch (row) {
    case ComparisonRowId::RecommendedPath:
        return tr("Recommended path");
    case ComparisonRowId::ExpectedValue:
        return tr("Expected usable value");
    case ComparisonRowId::OutOfPocket:
        return tr("Out of pocket over the horizon");
    case ComparisonRowId::CoveredThrough:
        return tr("Covered through month");
    case ComparisonRowId::Forfeited:
        return tr("Forfeited");
    case ComparisonRowId::DaysToMoney:
        return tr("Days to money");
    case ComparisonRowId::FounderMinutes:
        return tr("Founder time");
    }
    return {};
}

QString comparisonBetterText(Better better) {
    switch (better) {
    case Better::Higher:
        return tr("higher is better");
    case Better::Lower:
        return tr("lower is better");
    case Better::None:
        break;
    }
    return tr("the path whose figures the column shows");
}

QString comparisonCellText(ComparisonRowId row, const ComparisonCell& cell, const QLocale& locale,
                           MoneyStyle style) {
    switch (row) {
    case ComparisonRowId::RecommendedPath:
        return cell.path ? pathShortName(*cell.path) : tr("none fits");
    case ComparisonRowId::ExpectedValue:
    case ComparisonRowId::OutOfPocket:
    case ComparisonRowId::Forfeited:
        return style == MoneyStyle::Cents ? formatMoney(cell.money, locale)
                                          : formatMoneyShort(cell.money, locale);
    case ComparisonRowId::CoveredThrough:
        return locale.toString(cell.number);
    case ComparisonRowId::DaysToMoney:
        return tr("%1–%2").arg(locale.toString(cell.days.min), locale.toString(cell.days.max));
    case ComparisonRowId::FounderMinutes:
        return tr("%1 min").arg(locale.toString(cell.number));
    }
    return {};
}

QString comparisonColumnName(const ComparisonColumn& column, const std::string& hideName,
                             const QString& replacement) {
    if (column.name.empty())
        return tr("Base");
    if (hideName.empty())
        return QString::fromStdString(column.name);
    return QString::fromStdString(
        hideCompanyName(column.name, hideName, replacement.toStdString()));
}

} // namespace creditpath::ui
