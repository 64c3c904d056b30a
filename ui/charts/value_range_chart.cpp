// Value ranges of all paths: a low-to-high band of face value split at the typical value,
// the usable value (what the bill absorbs before expiry) and the expected value marked on top.
#include "chart_common.h"
#include "format/display_text.h"
#include "plot_value.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace creditpath::ui::charts {
namespace {

// lupdate files free tr() calls under the enclosing namespace; the context matches it.
QString tr(const char* text) {
    return QCoreApplication::translate("creditpath::ui::charts", text);
}

QString pathTip(const PathResult& p, const QLocale& locale) {
    return pathName(p.id) + QLatin1Char('\n') + verdictName(p.verdict) + QLatin1Char('\n') +
           tr("Low %1, typical %2, high %3")
               .arg(formatMoney(p.value.low, locale), formatMoney(p.value.typical, locale),
                    formatMoney(p.value.high, locale)) +
           QLatin1Char('\n') +
           tr("Usable value %1").arg(formatMoney(p.usableValue.typical, locale)) +
           QLatin1Char('\n') + tr("Expected value %1").arg(formatMoney(p.expectedValue, locale));
}

} // namespace

QChart* makeValueRangeChart(const Evaluation& evaluation, const ChartStyle& style) {
    QChart* chart = newChart(
        tr("Value of each path (face value low to high; usable and expected marked)"), style);
    auto* base = new QBarSet(tr("Low"));
    auto* lower = new QBarSet(tr("Low to typical"));
    auto* upper = new QBarSet(tr("Typical to high"));
    base->setColor(QColor(0x90, 0xca, 0xf9));
    lower->setColor(QColor(0x42, 0xa5, 0xf5));
    upper->setColor(QColor(0x15, 0x65, 0xc0));
    auto* expected = new QScatterSeries;
    expected->setName(tr("Expected value"));
    expected->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    expected->setMarkerSize(style.basePointSize * 1.3);
    expected->setColor(QColor(0xff, 0xa0, 0x00));
    expected->setBorderColor(Qt::black);
    // Usable value: a dark bar across the band, where the bill stops absorbing the award.
    auto* usable = new QScatterSeries;
    usable->setName(tr("Usable value"));
    usable->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    usable->setMarkerSize(style.basePointSize * 1.1);
    usable->setColor(QColor(0x26, 0x32, 0x38));
    usable->setBorderColor(Qt::white);

    QStringList names;
    for (std::size_t i = 0; i < evaluation.paths.size(); ++i) {
        const PathResult& p = evaluation.paths[i];
        names << pathShortName(p.id);
        *base << plotValue(p.value.low);
        *lower << plotValue(p.value.typical - p.value.low);
        *upper << plotValue(p.value.high - p.value.typical);
        usable->append(qreal(i), plotValue(p.usableValue.typical));
        expected->append(qreal(i), plotValue(p.expectedValue));
    }
    auto* bars = new QStackedBarSeries;
    bars->append(base);
    bars->append(lower);
    bars->append(upper);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    chart->addSeries(usable);
    chart->addSeries(expected);

    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(names);
    attachAxes(chart, xAxis, tr("USD over the horizon"), style);

    if (!style.forPrint) {
        const std::vector<PathResult> paths = evaluation.paths;
        const QLocale locale = style.locale;
        QObject::connect(bars, &QStackedBarSeries::hovered, chart,
                         [paths, locale](bool status, int index, QBarSet*) {
                             if (index >= 0 && std::size_t(index) < paths.size())
                                 showHoverText(pathTip(paths[std::size_t(index)], locale), status);
                         });
        for (QScatterSeries* marks : {expected, usable})
            QObject::connect(marks, &QScatterSeries::hovered, chart,
                             [paths, locale](const QPointF& p, bool state) {
                                 const auto i = std::size_t(
                                     qBound(0, int(p.x() + 0.5), int(paths.size()) - 1));
                                 showHoverText(pathTip(paths[i], locale), state);
                             });
    }
    return chart;
}

} // namespace creditpath::ui::charts
