#pragma once
// The window's side of forgiving input: QLocale's separators handed to the core's reader of
// typed numbers, and problems turned into messages for people: the form label (and the row
// as the table numbers it), what was typed, what is expected, in the interface language.
#include "input/typed_number.h"
#include "scenario/problems.h"

#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <optional>

namespace creditpath::ui {

NumberStyle numberStyle(const QLocale& locale);

// A typed money or percent text read for the document: `value` is the canonical string (or
// null when blank), or `problem` says why it was refused.
struct TypedValue {
    QJsonValue value;
    std::optional<Problem> problem;
};
TypedValue readTyped(const QString& typed, TypedKind kind, const QString& path,
                     const QLocale& locale);

// "Monthly (USD), row 1: must be a non-negative amount, got “-5”", translated. `typed` stands
// in for the value the core quoted; `row` is 0 for a form field.
QString peopleMessage(const Problem& problem, const QString& label, int row, const QString& typed);

} // namespace creditpath::ui
