#pragma once
// Shared look and hover behaviour of the charts built by chart_factory.
#include "chart_factory.h"

#include <QString>

class QAbstractAxis;
class QChart;
class QValueAxis;

namespace creditpath::ui::charts {

// A chart with the title, fonts, theme and legend of the given style.
QChart* newChart(const QString& title, const ChartStyle& style);
// Axis labels and titles at the style's size.
void styleAxis(QAbstractAxis* axis, const ChartStyle& style);
// Adds `xAxis` below and `yAxis` left of the plot and attaches both to every series already in
// the chart.
void addAxes(QChart* chart, QAbstractAxis* xAxis, QAbstractAxis* yAxis);
// Styles and attaches `xAxis` and a new dollar value axis (from 0, nice numbers) to every
// series already in the chart; returns the value axis.
QValueAxis* attachAxes(QChart* chart, QAbstractAxis* xAxis, const QString& yTitle,
                       const ChartStyle& style);
// Shows text as a tooltip at the mouse position (screen only; print charts never hover).
void showHoverText(const QString& text, bool visible);

} // namespace creditpath::ui::charts
