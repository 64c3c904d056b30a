#pragma once
// The one adapter between core results and Qt Charts (STYLE.md: Charts stays behind it, so a
// later move to Qt Graphs is contained). Each function returns a new QChart the caller owns;
// the same charts are shown in the window and rendered into the PDF report.
#include "evaluation/evaluation.h"

#include <QLocale>
#include <QString>

#include <vector>

class QChart;

namespace creditpath::ui::charts {

struct ChartStyle {
    QLocale locale;
    qreal basePointSize = 10;  // screen-share mode and print raise it
    bool forPrint = false;     // print: no animations, white background, no hover
    bool legendBeside = false; // right of the plot: a short, wide chart keeps its plot height
};

// Remaining balance per pool, stacked in expiration order, charges and out-of-pocket as lines,
// expiry months marked, forfeited money called out. nullptr-safe: returns an empty chart with
// a title when the path has no burn-down.
// `overlays`: other scenarios' monthly out-of-pocket lines (the variants), dashed, one colour
// each, named in the legend by the scenario's name alone (the legend is short of room).
struct OutOfPocketOverlay {
    QString name;
    BurnDown burnDown;
};
QChart* makeBurnDownChart(const Evaluation& evaluation, PathId path, const ChartStyle& style,
                          const std::vector<OutOfPocketOverlay>& overlays = {});
// Low-typical-high band per path with the expected value marked.
QChart* makeValueRangeChart(const Evaluation& evaluation, const ChartStyle& style);
// Day 0 to money, one bar per step (Gantt), grouped by layer.
QChart* makeTimelineChart(const Evaluation& evaluation, PathId path, const ChartStyle& style);

} // namespace creditpath::ui::charts
