// The application timeline of one path as a Gantt chart: one bar per step, coloured by layer.
#include "chart_common.h"
#include "format/display_text.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <map>

namespace creditpath::ui::charts {
namespace {

// lupdate files free tr() calls under the enclosing namespace; the context matches it.
QString tr(const char* text) {
    return QCoreApplication::translate("creditpath::ui::charts", text);
}

QColor layerColor(std::string_view layer) {
    if (layer == "portfolio")
        return QColor(0x15, 0x65, 0xc0);
    if (layer == "build")
        return QColor(0x2e, 0x7d, 0x32);
    if (layer == "bedrock_poc")
        return QColor(0x6a, 0x1b, 0x9a);
    if (layer == "all")
        return QColor(0x61, 0x61, 0x61);
    return QColor(0xef, 0x6c, 0x00);
}

// The day axis' label step: the smallest of 1, 2, 5, 10, 20, 30, 60, 90 days that keeps at
// most twelve numbers on the axis.
int dayInterval(int lastDay) {
    for (int step : {1, 2, 5, 10, 20, 30, 60})
        if (lastDay / step <= 12)
            return step;
    return 90;
}

} // namespace

QChart* makeTimelineChart(const Evaluation& evaluation, PathId path, const ChartStyle& style) {
    const PathResult& result = evaluation.path(path);
    QChart* chart = newChart(
        tr("Timeline, money on day %1-%2").arg(result.daysToMoney.min).arg(result.daysToMoney.max),
        style);
    auto* yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis->setReverse(true);
    auto* xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Day after the inquiry"));
    xAxis->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing with localized numbers
    styleAxis(xAxis, style);
    styleAxis(yAxis, style);

    std::map<std::string_view, bool> layerShown;
    int lastDay = 1;
    const int count = int(result.timeline.size());
    for (int i = 0; i < count; ++i) {
        const TimelineStep& step = result.timeline[std::size_t(i)];
        auto* bar = new QLineSeries;
        bar->setName(layerName(step.layer));
        // A one-day step still gets a visible bar: it occupies its whole day.
        bar->append(step.dayFrom, i);
        bar->append(step.dayTo + 1, i);
        QPen pen(layerColor(step.layer));
        pen.setWidthF(style.basePointSize * 1.6);
        pen.setCapStyle(Qt::FlatCap);
        bar->setPen(pen);
        chart->addSeries(bar);
        lastDay = std::max(lastDay, step.dayTo + 1);
        yAxis->append(timelineStepName(step.id, step.text), i);
        const bool firstOfLayer = !layerShown[step.layer];
        layerShown[step.layer] = true;
        for (QLegendMarker* marker : chart->legend()->markers(bar))
            marker->setVisible(firstOfLayer);
        if (!style.forPrint) {
            const QString tip = timelineStepName(step.id, step.text) + QLatin1Char('\n') +
                                tr("Day %1-%2 (%3 to %4)")
                                    .arg(step.dayFrom)
                                    .arg(step.dayTo)
                                    .arg(formatDate(step.dateFrom, style.locale),
                                         formatDate(step.dateTo, style.locale)) +
                                QLatin1Char('\n') +
                                tr("Founder time: %1 min").arg(step.founderMinutes) +
                                QLatin1Char('\n') + tr("Rule %1").arg(QString::fromUtf8(step.rule));
            QObject::connect(bar, &QLineSeries::hovered, chart,
                             [tip](const QPointF&, bool state) { showHoverText(tip, state); });
        }
    }
    yAxis->setRange(-0.5, std::max(0, count - 1) + 0.5);
    // Every day numbered at a step that keeps about ten labels, starting at day 0.
    const int interval = dayInterval(lastDay);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(interval);
    xAxis->setMinorTickCount(interval > 1 && interval % 5 == 0 ? 4 : 0);
    xAxis->setRange(0, (lastDay + interval - 1) / interval * interval);
    addAxes(chart, xAxis, yAxis);
    return chart;
}

} // namespace creditpath::ui::charts
