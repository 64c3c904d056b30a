#pragma once
// Spend lines pasted from a spreadsheet: tab-separated rows in the table's column order
// (category, monthly, ramp to, ramp months, growth %), with or without a header row. A
// category is its name as the table shows it, its file name ("storage_cdn") or an AWS service
// name ("Amazon Simple Storage Service", through the core's service table). Amounts are read
// like typed ones (typed_input.h): the locale's separators, never a guess.
#include <QJsonArray>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace creditpath::ui {

struct PastedLines {
    QJsonArray lines;     // as the file format writes them
    QStringList problems; // for people: column header and the row the line would take
};

// `firstRow` is the table row (counted from 1) the first pasted line would take.
PastedLines readSpendPaste(const QString& text, const QLocale& locale, int firstRow);

} // namespace creditpath::ui
