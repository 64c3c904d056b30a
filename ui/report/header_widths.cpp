#include "header_widths.h"

#include <QFontMetricsF>
#include <QImage>

#include <cmath>

namespace creditpath::ui::report {
namespace {

// Measures in points: an image at 72 dots per inch (2835 dots per metre) as the device.
qreal longestWordPoints(const WordCell& cell, QFont font) {
    font.setBold(cell.bold);
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(2835);
    device.setDotsPerMeterY(2835);
    const QFontMetricsF metrics(font, &device);
    qreal widest = 0;
    for (const QString& word : cell.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

} // namespace

QList<qreal> widthsForWholeWords(const QList<qreal>& percents, const QList<QList<WordCell>>& cells,
                                 const QFont& font, qreal tableWidthPoints,
                                 qreal cellPaddingPoints) {
    constexpr qreal kStep = 0.25;
    QList<qreal> widths = percents;
    QList<qreal> needed;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        qreal widest = 0;
        for (const WordCell& cell : cells.value(i))
            widest = std::max(widest, longestWordPoints(cell, font));
        // Padding both sides and a point for the border.
        needed << (widest + 2 * cellPaddingPoints + 1) * 100 / tableWidthPoints;
    }
    for (qsizetype i = 0; i < widths.size(); ++i) {
        if (widths[i] == 0)
            continue;
        while (widths[i] < needed[i]) {
            // The donor: the sized column with the most room above its own need.
            qsizetype donor = -1;
            for (qsizetype j = 0; j < widths.size(); ++j)
                if (j != i && widths[j] - kStep >= needed[j] &&
                    (donor < 0 || widths[j] - needed[j] > widths[donor] - needed[donor]))
                    donor = j;
            if (donor < 0)
                break; // nothing to spare: the table is simply too narrow
            widths[donor] -= kStep;
            widths[i] += kStep;
        }
    }
    return widths;
}

} // namespace creditpath::ui::report
