#pragma once
// The one adapter between core results and Qt Charts (STYLE.md: Charts stays behind it, so a
// later move to Qt Graphs is contained). Each function returns a new QChart the caller owns;
// the same charts are shown in the window and rendered into the PDF report.
#include "evaluation/evaluation.h"
#include "evaluation/monte_carlo.h"
#include "scenario/scenario.h"

#include <QLocale>
#include <QString>

#include <string>
#include <vector>

class QChart;

namespace creditpath::ui::charts {

struct ChartStyle {
    QLocale locale;
    qreal basePointSize = 10;  // screen-share mode and print raise it
    bool forPrint = false;     // print: no animations, white background, no hover
    bool legendBeside = false; // right of the plot: a short, wide chart keeps its plot height
    // The window states the burn-down's headline (covered through, forfeited) in a row under
    // the chart and names it on its tab: in screen share the chart leaves out its title, so a
    // 768-pixel screen keeps the axis title and a readable plot.
    bool headlineBelow = false;
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
// With a band, the P10-P90 of each month's out of pocket is drawn around its line.
QChart* makeBurnDownChart(const Evaluation& evaluation, PathId path, const ChartStyle& style,
                          const MonthlyBand* band = nullptr,
                          const std::vector<OutOfPocketOverlay>& overlays = {});
// Fills, in place, the band of a window's burn-down chart of `path` (made without one, or with
// an older one); without a band, empties it. False when the chart has no band to fill, or the
// band is another path's: then the chart is made again.
bool fillOutOfPocketBand(QChart* chart, PathId path, const MonthlyBand* band,
                         const ChartStyle& style);
// Low-typical-high band per path with the expected value marked.
QChart* makeValueRangeChart(const Evaluation& evaluation, const ChartStyle& style);
// Day 0 to money, one bar per step (Gantt), grouped by layer.
QChart* makeTimelineChart(const Evaluation& evaluation, PathId path, const ChartStyle& style);
// Issue 11: the tornado of a sensitivity, largest swing on top, as the change from the base;
// without one (still computing, or no spend yet) an empty chart that says so.
QChart* makeTornadoChart(const Sensitivity* sensitivity, const Scenario& scenario,
                         const ChartStyle& style);
// A tornado input as people read it ("Spend row 2 (Database)", "Approval: Build for Startups").
QString sensitivityInputName(const std::string& input, const Scenario& scenario);
QString sensitivityMeasureName(const Sensitivity& sensitivity);

} // namespace creditpath::ui::charts
