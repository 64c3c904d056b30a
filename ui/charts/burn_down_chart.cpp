// Burn-down of one credit path: balances per pool stacked in expiration order, with charges,
// out-of-pocket, expiry markers and forfeitures.
#include "chart_common.h"
#include "format/display_text.h"
#include "plot_value.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace creditpath::ui::charts {
namespace {

// lupdate files free tr() calls under the enclosing namespace; the context matches it.
QString tr(const char* text) {
    return QCoreApplication::translate("creditpath::ui::charts", text);
}

QString monthTip(const BurnDown& bd, int index, const QLocale& locale) {
    const BurnDownMonth& m = bd.months[std::size_t(index)];
    QString text = tr("Month %1").arg(m.month) + QLatin1Char('\n');
    text += tr("Charges: %1").arg(formatMoney(m.charges, locale)) + QLatin1Char('\n');
    for (const auto& a : m.applied)
        text += tr("Paid by %1: %2").arg(poolName(a.pool), formatMoney(a.amount, locale)) +
                QLatin1Char('\n');
    text += tr("Out of pocket: %1").arg(formatMoney(m.outOfPocket, locale));
    for (const auto& b : m.balances)
        text += QLatin1Char('\n') +
                tr("%1 balance: %2").arg(poolName(b.pool), formatMoney(b.amount, locale));
    for (const auto& f : m.forfeited)
        text += QLatin1Char('\n') +
                tr("%1 forfeited: %2").arg(poolName(f.pool), formatMoney(f.amount, locale));
    return text;
}

QLineSeries* monthLine(const BurnDown& bd, const QString& name, bool outOfPocket,
                       const ChartStyle& style) {
    auto* line = new QLineSeries;
    line->setName(name);
    for (std::size_t i = 0; i < bd.months.size(); ++i) {
        const Money& v = outOfPocket ? bd.months[i].outOfPocket : bd.months[i].charges;
        line->append(qreal(i), plotValue(v));
    }
    QPen pen = line->pen();
    pen.setWidthF(style.basePointSize / 4);
    pen.setColor(outOfPocket ? QColor(0xc6, 0x28, 0x28) : QColor(0x21, 0x21, 0x21));
    line->setPen(pen);
    return line;
}

// Issue 11: P10 to P90 of each month's out of pocket over the draws, a translucent band in the
// out-of-pocket colour. A window's chart has the series before its band arrives, empty, so the
// band fills in place (fillOutOfPocketBand) and keeps its place among the series and legend.
const char* const kBandObjectName = "outOfPocketBand";
const char* const kBandMonthsProperty = "months";
const char* const kPeakProperty = "peak"; // the chart's highest figure but the band's

// The value axis from zero to the highest figure, the band's P90 included (Qt's own range
// leaves an area series out), in round steps.
void fitValueAxis(QChart* chart, const MonthlyBand* band, std::size_t months) {
    auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    qreal top = chart->property(kPeakProperty).toReal();
    for (std::size_t i = 0; band && i < months; ++i)
        top = std::max(top, plotValue(band->p90[i]));
    if (!axis || top <= 0)
        return;
    axis->setRange(0, top);
    axis->applyNiceNumbers();
}

bool bandFits(const MonthlyBand* band, PathId path, std::size_t months) {
    return band && band->path == path && band->p10.size() >= months && band->p90.size() >= months;
}

// The band's points (none without a band), and its legend entry: shown with points, unless
// screen share's legend row has no room for it (the row under the chart gives its figures).
void setBand(QChart* chart, QAreaSeries* area, const MonthlyBand* band, std::size_t months,
             const ChartStyle& style) {
    QList<QPointF> upper, lower;
    for (std::size_t i = 0; band && i < months; ++i) {
        upper.append({qreal(i), plotValue(band->p90[i])});
        lower.append({qreal(i), plotValue(band->p10[i])});
    }
    area->upperSeries()->replace(upper);
    area->lowerSeries()->replace(lower);
    for (QLegendMarker* marker : chart->legend()->markers(area))
        marker->setVisible(band && !style.headlineBelow);
}

// The area series does not own its boundaries: parent them to it.
QAreaSeries* addOutOfPocketBand(QChart* chart, const MonthlyBand* band, std::size_t months,
                                const ChartStyle& style) {
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setObjectName(QLatin1String(kBandObjectName));
    area->setProperty(kBandMonthsProperty, qulonglong(months));
    // Short: the legend row is narrow in the window; the colour ties it to "Out of pocket".
    area->setName(tr("P10–P90"));
    area->setColor(QColor(0xc6, 0x28, 0x28, 0x40));
    area->setBorderColor(QColor(0xc6, 0x28, 0x28, 0x80));
    chart->addSeries(area);
    setBand(chart, area, band, months, style);
    return area;
}

} // namespace

QChart* makeBurnDownChart(const Evaluation& evaluation, PathId path, const ChartStyle& style,
                          const MonthlyBand* band,
                          const std::vector<OutOfPocketOverlay>& overlays) {
    const BurnDown* bd = evaluation.burnDownFor(path);
    if (!bd || bd->months.empty())
        return newChart(tr("No burn-down for %1").arg(pathName(path)), style);

    // Short enough for screen-share sizes; the path is named where the chart is shown.
    QString title = tr("Burn-down, covered through month %1").arg(bd->coveredThroughMonth);
    if (!bd->totalForfeited.isZero())
        title += tr(", %1 forfeited").arg(formatMoney(bd->totalForfeited, style.locale));
    QChart* chart = newChart(style.headlineBelow ? QString() : title, style);
    // Up to eight entries (pools, lines, expiries): beside the plot they would not fit its
    // height, so they stay in a row below even in screen share.
    chart->legend()->setAlignment(Qt::AlignBottom);

    std::vector<Pool> pools = bd->pools;
    std::stable_sort(pools.begin(), pools.end(), [](const Pool& a, const Pool& b) {
        return a.expiresMonth != b.expiresMonth ? a.expiresMonth < b.expiresMonth
                                                : a.landingOrder < b.landingOrder;
    });

    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.9);
    Money peak;
    for (const auto& m : bd->months)
        peak = max(peak, max(totalOf(m.balances), m.charges));
    for (const Pool& pool : pools) {
        auto* set = new QBarSet(poolName(pool.id));
        for (const auto& m : bd->months)
            *set << plotValue(amountOf(m.balances, pool.id));
        bars->append(set);
    }
    chart->addSeries(bars);

    QLineSeries* charges = monthLine(*bd, tr("Charges"), false, style);
    QLineSeries* outOfPocket = monthLine(*bd, tr("Out of pocket"), true, style);
    chart->addSeries(charges);
    chart->addSeries(outOfPocket);
    const std::size_t months = bd->months.size();
    const bool withBand = bandFits(band, path, months);
    if (withBand || !style.forPrint) // a printed chart is never filled later
        addOutOfPocketBand(chart, withBand ? band : nullptr, months, style);
    // Variants: the same out-of-pocket line, dashed, in colours apart from the pools' and the
    // base's red.
    static const QColor kOverlayColours[] = {QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                                             QColor(0xef, 0x6c, 0x00), QColor(0x55, 0x8b, 0x2f)};
    std::vector<QLineSeries*> overlayLines;
    for (std::size_t i = 0; i < overlays.size(); ++i) {
        const BurnDown& other = overlays[i].burnDown;
        QLineSeries* line = monthLine(other, overlays[i].name, true, style);
        QPen pen = line->pen();
        pen.setStyle(Qt::DashLine);
        pen.setColor(kOverlayColours[i % std::size(kOverlayColours)]);
        line->setPen(pen);
        chart->addSeries(line);
        overlayLines.push_back(line);
        for (const auto& m : other.months)
            peak = max(peak, m.outOfPocket);
    }

    auto* forfeited = new QScatterSeries;
    forfeited->setName(tr("Forfeited"));
    forfeited->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    forfeited->setMarkerSize(style.basePointSize * 1.4);
    forfeited->setColor(QColor(0xff, 0x6f, 0x00));
    for (std::size_t i = 0; i < bd->months.size(); ++i) {
        const Money lost = totalOf(bd->months[i].forfeited);
        if (!lost.isZero())
            forfeited->append(qreal(i), plotValue(lost));
    }
    if (forfeited->count() > 0) {
        forfeited->setPointLabelsVisible(true);
        forfeited->setPointLabelsFormat(tr("forfeited"));
        // A callout a viewer reads: it grows with the style (screen share, print).
        QFont callout = forfeited->pointLabelsFont();
        callout.setPointSizeF(style.basePointSize * 0.9);
        forfeited->setPointLabelsFont(callout);
        chart->addSeries(forfeited);
    } else {
        delete forfeited;
        forfeited = nullptr;
    }

    // One dashed marker per expiry month, naming the pools that expire then.
    std::map<int, QStringList> expiring;
    for (const Pool& pool : pools)
        if (pool.expiresMonth >= 1 && pool.expiresMonth <= int(bd->months.size()))
            expiring[pool.expiresMonth] << poolName(pool.id);
    for (const auto& [month, names] : expiring) {
        auto* mark = new QLineSeries;
        mark->setName(tr("Expiry, month %1").arg(month));
        if (!style.forPrint) {
            const QString tip =
                tr("Month %1: %2 expire").arg(month).arg(names.join(QStringLiteral(", ")));
            QObject::connect(mark, &QLineSeries::hovered, chart,
                             [tip](const QPointF&, bool state) { showHoverText(tip, state); });
        }
        const qreal x = month - 1 + 0.5;
        mark->append(x, 0);
        mark->append(x, plotValue(peak));
        QPen pen(Qt::DashLine);
        pen.setWidthF(style.basePointSize / 6);
        pen.setColor(QColor(0x55, 0x55, 0x55));
        mark->setPen(pen);
        chart->addSeries(mark);
    }

    // Month labels thin out on long horizons so they never collide.
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = bd->months.size() > 18 ? 3 : 1;
    for (std::size_t i = 0; i < bd->months.size(); ++i)
        if (i % std::size_t(step) == 0)
            xAxis->append(QString::number(bd->months[i].month), qreal(i));
    xAxis->setRange(-0.5, qreal(bd->months.size()) - 0.5);
    xAxis->setTitleText(tr("Month after credits land"));
    attachAxes(chart, xAxis, tr("USD"), style);
    chart->setProperty(kPeakProperty, plotValue(peak));
    fitValueAxis(chart, withBand ? band : nullptr, months);

    if (!style.forPrint) {
        const QLocale locale = style.locale;
        const BurnDown copy = *bd;
        QObject::connect(bars, &QStackedBarSeries::hovered, chart,
                         [copy, locale](bool status, int index, QBarSet*) {
                             showHoverText(monthTip(copy, index, locale), status);
                         });
        for (std::size_t i = 0; i < overlays.size(); ++i) {
            const BurnDown other = overlays[i].burnDown;
            QObject::connect(overlayLines[i], &QLineSeries::hovered, chart,
                             [other, locale](const QPointF& p, bool state) {
                                 const int m =
                                     std::clamp(int(p.x() + 0.5), 0, int(other.months.size()) - 1);
                                 showHoverText(monthTip(other, m, locale), state);
                             });
        }
        for (QLineSeries* line : {charges, outOfPocket})
            QObject::connect(
                line, &QLineSeries::hovered, chart, [copy, locale](const QPointF& p, bool state) {
                    const int i = std::clamp(int(p.x() + 0.5), 0, int(copy.months.size()) - 1);
                    showHoverText(monthTip(copy, i, locale), state);
                });
    }
    return chart;
}

bool fillOutOfPocketBand(QChart* chart, PathId path, const MonthlyBand* band,
                         const ChartStyle& style) {
    if (!chart)
        return false;
    for (QAbstractSeries* series : chart->series()) {
        auto* area = qobject_cast<QAreaSeries*>(series);
        if (!area || area->objectName() != QLatin1String(kBandObjectName))
            continue;
        const auto months = std::size_t(area->property(kBandMonthsProperty).toULongLong());
        if (band && !bandFits(band, path, months))
            return false;
        setBand(chart, area, band, months, style);
        fitValueAxis(chart, band, months);
        return true;
    }
    return false;
}

} // namespace creditpath::ui::charts
