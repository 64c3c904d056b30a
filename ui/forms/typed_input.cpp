#include "typed_input.h"

#include "format/display_text.h"

#include <QCoreApplication>

namespace creditpath::ui {
namespace {

QString exampleFor(TypedKind kind, const QLocale& locale) {
    return kind == TypedKind::Money ? formatMoney(Money::parse("1200.50"), locale)
                                    : formatPercent(Rate::parsePercent("2.5"), locale);
}

QString suggestionFor(TypedKind kind, const std::string& canonical, const QLocale& locale) {
    try {
        return kind == TypedKind::Money ? formatMoney(Money::parse(canonical), locale)
                                        : formatPercent(Rate::parsePercent(canonical), locale);
    } catch (const MoneyError&) {
        return QString::fromStdString(canonical);
    }
}

} // namespace

NumberStyle numberStyle(const QLocale& locale) {
    return {locale.decimalPoint().toStdString(), locale.groupSeparator().toStdString()};
}

TypedValue readTyped(const QString& typed, TypedKind kind, const QString& path,
                     const QLocale& locale) {
    const TypedNumber t = readTypedNumber(typed.toStdString(), kind, numberStyle(locale));
    if (t.blank)
        return {QJsonValue(), std::nullopt};
    if (t.ok())
        return {QJsonValue(QString::fromStdString(t.canonical)), std::nullopt};
    InputArgs args{{"got", "\"" + typed.toStdString() + "\""},
                   {"example", exampleFor(kind, locale).toStdString()}};
    if (!t.suggestion.empty())
        args.emplace_back("suggestion", suggestionFor(kind, t.suggestion, locale).toStdString());
    return {QJsonValue(), Problem(path.toStdString(), t.problem, std::move(args))};
}

QString peopleMessage(const Problem& problem, const QString& label, int row, const QString& typed) {
    QString sentence;
    if (const char* templ = problem.code.empty() ? nullptr : inputMessageTemplate(problem.code)) {
        sentence = QCoreApplication::translate("Input", templ);
        for (const auto& [name, value] : problem.args) {
            const QString shown = name == "got"
                                      ? QCoreApplication::translate("Input", "“%1”").arg(typed)
                                      : QString::fromStdString(value);
            sentence.replace(QLatin1Char('{') + QString::fromStdString(name) + QLatin1Char('}'),
                             shown);
        }
    } else {
        // Problems outside the catalogue (structure, required fields) keep the core's words.
        sentence = QString::fromStdString(problem.message);
    }
    if (row > 0)
        return QCoreApplication::translate("Input", "%1, row %2: %3")
            .arg(label, QString::number(row), sentence);
    return QCoreApplication::translate("Input", "%1: %2").arg(label, sentence);
}

} // namespace creditpath::ui
