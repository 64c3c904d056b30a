#include "footer_text.h"

#include <QFontMetricsF>
#include <QStringList>

namespace creditpath::ui::report {

QString fitFooter(const QString& line, const QString& name, const QFontMetricsF& metrics,
                  qreal width) {
    if (!line.contains(QStringLiteral("%1")))
        return line;
    auto fits = [&](const QString& text) { return metrics.horizontalAdvance(text) <= width; };
    const QString whole = line.arg(name);
    if (fits(whole))
        return whole;
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1) {
        words.removeLast();
        const QString shortened = line.arg(words.join(QLatin1Char(' ')) + QStringLiteral(" …"));
        if (fits(shortened))
            return shortened;
    }
    return line.arg(QStringLiteral("…"));
}

} // namespace creditpath::ui::report
