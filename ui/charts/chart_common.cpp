#include "chart_common.h"

#include <QAbstractSeries>
#include <QValueAxis>

#include <QAbstractAxis>
#include <QChart>
#include <QCursor>
#include <QFont>
#include <QGraphicsLayout>
#include <QLegend>
#include <QToolTip>

namespace creditpath::ui::charts {

QChart* newChart(const QString& title, const ChartStyle& style) {
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(style.basePointSize * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(style.basePointSize);
    chart->legend()->setFont(legendFont);
    chart->legend()->setAlignment(style.legendBeside ? Qt::AlignRight : Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(style.locale);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The layout's default 9-pixel frame is height a short screen-share chart needs.
    chart->layout()->setContentsMargins(2, 2, 2, 2);
    if (style.forPrint)
        chart->setBackgroundRoundness(0);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const ChartStyle& style) {
    // Qt Charts cuts a label to "…" as soon as its box might touch a neighbour's, far too early
    // at screen-share sizes ("1", "4", "7" became "…"); the charts space labels themselves.
    axis->setTruncateLabels(false);
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(style.basePointSize * 0.9);
    axis->setLabelsFont(labels);
    QFont title = axis->titleFont();
    title.setPointSizeF(style.basePointSize);
    axis->setTitleFont(title);
}

void addAxes(QChart* chart, QAbstractAxis* xAxis, QAbstractAxis* yAxis) {
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
}

QValueAxis* attachAxes(QChart* chart, QAbstractAxis* xAxis, const QString& yTitle,
                       const ChartStyle& style) {
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(yTitle);
    yAxis->setMin(0);
    styleAxis(xAxis, style);
    styleAxis(yAxis, style);
    addAxes(chart, xAxis, yAxis);
    yAxis->applyNiceNumbers();
    return yAxis;
}

void showHoverText(const QString& text, bool visible) {
    if (visible)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace creditpath::ui::charts
