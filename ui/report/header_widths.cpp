#include "header_widths.h"

#include <QFontMetricsF>
#include <QImage>

#include <cmath>

namespace creditpath::ui::report {
namespace {

// Measures in points: an image at 72 dots per inch (2835 dots per metre) as the device.
qreal longestWordPoints(const QString& text, const QFont& font) {
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(2835);
    device.setDotsPerMeterY(2835);
    const QFontMetricsF metrics(font, &device);
    qreal widest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

} // namespace

QList<int> widthsForWholeWords(const QList<int>& percents, const QStringList& headers,
                               const QFont& headerFont, qreal tableWidthPoints,
                               qreal cellPaddingPoints) {
    QList<int> widths = percents;
    QList<int> needed;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const qreal points =
            longestWordPoints(headers.value(i), headerFont) + 2 * cellPaddingPoints + 2;
        needed << int(std::ceil(points * 100 / tableWidthPoints));
    }
    for (qsizetype i = 0; i < widths.size(); ++i) {
        if (widths[i] == 0)
            continue;
        while (widths[i] < needed[i]) {
            // The donor: the sized column with the most room above its own need.
            qsizetype donor = -1;
            for (qsizetype j = 0; j < widths.size(); ++j)
                if (j != i && widths[j] > needed[j] &&
                    (donor < 0 || widths[j] - needed[j] > widths[donor] - needed[donor]))
                    donor = j;
            if (donor < 0)
                break; // nothing to spare: the table is simply too narrow
            --widths[donor];
            ++widths[i];
        }
    }
    return widths;
}

} // namespace creditpath::ui::report
