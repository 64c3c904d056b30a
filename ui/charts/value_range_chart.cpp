// Value ranges of all paths as horizontal range bars sharing one logarithmic dollar axis: face
// value low to typical and typical to high, the usable value (what the bill absorbs before
// expiry) and the expected value marked on each bar.
//
// Why this design: the paths' values span two to three orders of magnitude (SPP saves about
// $20K, the Stack awards $150K, the Accelerator's high is $1,000,000). On a linear axis that
// one high flattens every other path into a few pixels (the old vertical bars). A log axis
// gives each path the same room for its spread and keeps ratios comparable ("the Stack is
// worth about seven times SPP"), which is the comparison this chart is for; the exact figures
// are in the table and on hover, never read off the axis. Horizontal bars put the full path
// names on the left, where they need no rotation and never collide.
#include "chart_common.h"
#include "format/display_text.h"
#include "plot_value.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

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

// The axis in decades (log10 of dollars): from the decade below the smallest non-zero figure
// to the decade above the largest. Zero has no logarithm: it is drawn at the left edge.
struct LogRange {
    int fromDecade = 3;
    int toDecade = 6;
    qreal position(const Money& amount) const {
        const qreal dollars = plotValue(amount);
        return dollars < 1 ? qreal(fromDecade) : std::max(qreal(fromDecade), std::log10(dollars));
    }
};

LogRange rangeOf(const std::vector<PathResult>& paths) {
    qreal smallest = 0, largest = 0;
    auto take = [&](const Money& m) {
        const qreal v = plotValue(m);
        if (v >= 1) {
            smallest = smallest == 0 ? v : std::min(smallest, v);
            largest = std::max(largest, v);
        }
    };
    for (const PathResult& p : paths)
        for (const Money* m :
             {&p.value.low, &p.value.high, &p.usableValue.typical, &p.expectedValue})
            take(*m);
    if (largest == 0)
        return {};
    LogRange r;
    r.fromDecade = int(std::floor(std::log10(smallest)));
    r.toDecade = std::max(r.fromDecade + 1, int(std::ceil(std::log10(largest))));
    return r;
}

// $1K, $3K, $10K, $30K ... at their logarithms: a log axis labelled in money, in the locale.
// Two marks a decade (1 and 3, about half a decade apart) stay apart at screen-share sizes.
QCategoryAxis* dollarAxis(const LogRange& range, const QLocale& locale) {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int decade = range.fromDecade; decade <= range.toDecade; ++decade)
        for (int mantissa : {1, 3}) {
            if (decade == range.toDecade && mantissa > 1)
                break;
            const auto dollars = std::int64_t(mantissa * std::pow(10.0, decade) + 0.5);
            axis->append(formatMoneyCompact(Money::fromWhole(dollars), locale),
                         std::log10(qreal(dollars)));
        }
    // A little room on both sides, so a bar ending at $1M still shows its end.
    axis->setRange(range.fromDecade - 0.05, range.toDecade + 0.05);
    axis->setTitleText(tr("USD over the horizon (log scale)"));
    return axis;
}

QLineSeries* segment(qreal from, qreal to, qreal row, const QColor& color, qreal width) {
    auto* line = new QLineSeries;
    line->append(from, row);
    line->append(to, row);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setCapStyle(Qt::FlatCap);
    line->setPen(pen);
    return line;
}

QScatterSeries* marks(const QString& name, QScatterSeries::MarkerShape shape, const QColor& color,
                      qreal size) {
    auto* s = new QScatterSeries;
    s->setName(name);
    s->setMarkerShape(shape);
    s->setMarkerSize(size);
    s->setColor(color);
    s->setBorderColor(Qt::black);
    return s;
}

// Shows a legend entry only for the first series of its kind (one per path otherwise).
void nameOnce(QChart* chart, QLineSeries* series, const QString& name, bool first) {
    series->setName(name);
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(first);
}

} // namespace

QChart* makeValueRangeChart(const Evaluation& evaluation, const ChartStyle& style) {
    // Short enough for screen-share sizes: the legend says what each mark is.
    QChart* chart = newChart(tr("Value of each path (log scale)"), style);
    const std::vector<PathResult>& paths = evaluation.paths;
    const LogRange range = rangeOf(paths);
    const qreal barWidth = style.basePointSize * 1.8;
    const QColor lowColor(0x90, 0xca, 0xf9), highColor(0x15, 0x65, 0xc0);
    // A single figure (low = high) still shows as a short bar: 2% of a decade either side.
    const qreal nib = 0.02;

    auto* usable = marks(tr("Usable"), QScatterSeries::MarkerShapeRectangle,
                         QColor(0x26, 0x32, 0x38), style.basePointSize * 1.1);
    auto* expected = marks(tr("Expected"), QScatterSeries::MarkerShapeCircle,
                           QColor(0xff, 0xa0, 0x00), style.basePointSize * 1.3);
    // A path worth nothing sits at the axis' left end; the legend gives its figure, in the
    // document's money format (cents on paper).
    const Money zero;
    auto* none = marks(tr("No value (%1)")
                           .arg(style.forPrint ? formatMoney(zero, style.locale)
                                               : formatMoneyShort(zero, style.locale)),
                       QScatterSeries::MarkerShapeCircle, QColor(0xbd, 0xbd, 0xbd),
                       style.basePointSize * 0.8);

    auto* yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis->setReverse(true); // the table's order, top to bottom
    std::vector<QLineSeries*> bars;
    bool firstBar = true;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const PathResult& p = paths[i];
        const qreal row = qreal(i);
        yAxis->append(pathShortName(p.id), row);
        if (p.value.high.isZero()) {
            none->append(range.position(Money()), row);
            continue;
        }
        qreal low = range.position(p.value.low), typical = range.position(p.value.typical),
              high = range.position(p.value.high);
        if (high - low < 2 * nib) {
            low -= nib;
            high += nib;
            typical = std::clamp(typical, low + nib, high - nib);
        }
        QLineSeries* lower = segment(low, typical, row, lowColor, barWidth);
        QLineSeries* upper = segment(typical, high, row, highColor, barWidth);
        chart->addSeries(lower);
        chart->addSeries(upper);
        nameOnce(chart, lower, tr("Face value low–typical"), firstBar);
        nameOnce(chart, upper, tr("typical–high"), firstBar);
        firstBar = false;
        bars.push_back(lower);
        bars.push_back(upper);
        usable->append(range.position(p.usableValue.typical), row);
        expected->append(range.position(p.expectedValue), row);
    }
    for (QScatterSeries* s : {usable, expected, none}) {
        if (s->count() > 0)
            chart->addSeries(s);
        else
            delete s;
    }
    yAxis->setRange(-0.6, qreal(paths.size()) - 0.4);

    QCategoryAxis* xAxis = dollarAxis(range, style.locale);
    styleAxis(xAxis, style);
    styleAxis(yAxis, style);
    addAxes(chart, xAxis, yAxis);

    if (!style.forPrint) {
        // Every mark of a row answers with that path's exact figures, computed by the core.
        const QLocale locale = style.locale;
        auto tipAt = [paths, locale](const QPointF& point, bool state) {
            const auto i =
                std::size_t(std::clamp(int(std::lround(point.y())), 0, int(paths.size()) - 1));
            showHoverText(pathTip(paths[i], locale), state);
        };
        for (QLineSeries* bar : bars)
            QObject::connect(bar, &QLineSeries::hovered, chart, tipAt);
        for (QAbstractSeries* s : chart->series())
            if (auto* scatter = qobject_cast<QScatterSeries*>(s))
                QObject::connect(scatter, &QScatterSeries::hovered, chart, tipAt);
    }
    return chart;
}

} // namespace creditpath::ui::charts
