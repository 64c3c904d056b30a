#pragma once
// What the reader of a report chooses: language/locale, redaction, paper and the date printed.
#include "variants/variant_evaluation.h"

#include <QDate>
#include <QLocale>

namespace creditpath {
class Rulebook;
}

namespace creditpath::ui::report {

enum class Paper { A4, Letter };

struct ReportOptions {
    QLocale locale;             // money and dates; the language comes from installed translators
    bool redactCompany = false; // screen-share redaction: no company name, account ID or ARR
    Paper paper = Paper::A4;
    QDate date;                         // printed on the cover; invalid: today
    const Rulebook* rulebook = nullptr; // for rule sources; nullptr: the built-in edition
    // The scenario's variants, evaluated: a comparison page when there are any.
    std::vector<VariantEvaluation> variants;
};

} // namespace creditpath::ui::report
