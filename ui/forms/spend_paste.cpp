#include "spend_paste.h"

#include "choices.h"
#include "format/display_text.h"
#include "import/service_categories.h"
#include "spend_lines_model.h"
#include "typed_input.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace creditpath::ui {
namespace {

// A paste of more lines than any spend table needs is a mistake, not a plan.
constexpr int kMaxPastedLines = 500;

std::optional<QString> categoryFrom(const QString& cell) {
    const QString text = cell.trimmed();
    for (const auto& [name, display] : choicesOf<Category>(categoryName))
        if (text.compare(name, Qt::CaseInsensitive) == 0 ||
            text.compare(display, Qt::CaseInsensitive) == 0)
            return name;
    const ServiceMapping service = mapService(text.toStdString());
    if (service.kind == ServiceKind::Spend && service.category)
        return QString::fromUtf8(std::string(nameOf(*service.category)).c_str());
    return std::nullopt;
}

QString header(int column) {
    return SpendLinesModel::columnTitle(column);
}

} // namespace

PastedLines readSpendPaste(const QString& text, const QLocale& locale, int firstRow) {
    PastedLines out;
    QStringList rows = text.split(QLatin1Char('\n'));
    for (QString& r : rows)
        if (r.endsWith(QLatin1Char('\r')))
            r.chop(1);
    rows.removeAll(QString());
    if (rows.size() > kMaxPastedLines + 1) {
        out.problems << QCoreApplication::translate(
                            "SpendPaste", "At most %1 lines can be pasted at once; the clipboard "
                                          "holds %2.")
                            .arg(kMaxPastedLines)
                            .arg(rows.size());
        return out;
    }
    // A first row whose category and amount both fail to read is a header: skipped, unless it
    // is the only row (then its problems are what the user needs to see).
    if (rows.size() > 1) {
        const QStringList first = rows.front().split(QLatin1Char('\t'));
        const bool amount =
            first.size() > 1 &&
            !readTyped(first[1], TypedKind::Money, QString(), locale).problem.has_value();
        if (!categoryFrom(first[0]) && !amount)
            rows.removeFirst();
    }
    for (int i = 0; i < rows.size(); ++i) {
        const int row = firstRow + i;
        const QStringList cells = rows[i].split(QLatin1Char('\t'));
        const auto problem = [&](int column, const Problem& p) {
            out.problems << peopleMessage(p, header(column), row, cells.value(column));
        };
        QJsonObject line;
        if (const auto category = categoryFrom(cells[0])) {
            line[QStringLiteral("category")] = *category;
        } else {
            out.problems << QCoreApplication::translate(
                                "SpendPaste", "%1, row %2: “%3” is neither a category nor an AWS "
                                              "service CreditPath knows")
                                .arg(header(SpendLinesModel::CategoryColumn), QString::number(row),
                                     cells[0].trimmed());
        }
        const auto money = [&](int column) -> QJsonValue {
            const TypedValue v =
                readTyped(cells.value(column), TypedKind::Money, QString(), locale);
            if (v.problem)
                problem(column, *v.problem);
            return v.value;
        };
        const QJsonValue monthly = money(SpendLinesModel::MonthlyColumn);
        line[QStringLiteral("monthly")] = monthly.isNull() ? QStringLiteral("0") : monthly;
        const QJsonValue rampTo = money(SpendLinesModel::RampToColumn);
        const QString months = cells.value(SpendLinesModel::RampMonthsColumn).trimmed();
        if (!rampTo.isNull()) {
            bool ok = false;
            const int n = months.isEmpty() ? 6 : months.toInt(&ok);
            line[QStringLiteral("ramp")] =
                QJsonObject{{QStringLiteral("to"), rampTo},
                            {QStringLiteral("months"),
                             ok || months.isEmpty() ? QJsonValue(n) : QJsonValue(months)}};
        }
        const TypedValue growth = readTyped(cells.value(SpendLinesModel::GrowthColumn),
                                            TypedKind::Percent, QString(), locale);
        if (growth.problem)
            problem(SpendLinesModel::GrowthColumn, *growth.problem);
        else if (!growth.value.isNull())
            line[QStringLiteral("growth_percent_per_month")] = growth.value;
        out.lines.append(line);
    }
    return out;
}

} // namespace creditpath::ui
