#pragma once
// The four charts of chart_factory in tabs, rebuilt when the evaluation or the selected path
// changes.
#include "charts/chart_factory.h"

#include <QTabWidget>

class QChartView;
class QLabel;

namespace creditpath::ui {
namespace charts {
class ChartLegend;
}

class DistributionRunner;
class CompareView;
class ScenarioDocument;

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    ChartsPanel(ScenarioDocument* document, QLocale locale, QWidget* parent = nullptr);
    void setPath(PathId path);
    // Screen share: larger text, legends beside the charts so the plots keep their height.
    void setScreenShare(bool on);
    QChart* burnDownChart() const;
    QChart* valueRangeChart() const;
    QChart* timelineChart() const;
    QChart* tornadoChart() const;
    // The wrapping legend under a chart tab (0 burn-down .. 3 sensitivity).
    charts::ChartLegend* legend(int tab) const { return legends_[tab]; }
    // Issue 11: the distribution and tornado, computed off the UI thread after each change.
    DistributionRunner* distribution() const { return runner_; }
    // The figures under the burn-down: covered-through month, out of pocket, forfeited; each
    // with its derivation as tooltip.
    QLabel* burnDownFigure(int index) const { return figures_[index]; }
    CompareView* compareView() const { return compare_; }
    // Screen share hiding the company: its name is masked in variant names too.
    void setHiddenName(const QString& companyName);
    // Cold start: from holdCharts() to releaseCharts() no chart is drawn and the distribution
    // does not start, so the window's first frame does not wait for them.
    void holdCharts();
    void releaseCharts();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Charts are built for the tab on screen only, and again only when they are out of date.
    void invalidate();
    void ensureBuilt(int tab) const;
    void showFigures() const;
    // A distribution arrived: the burn-down shown has every figure but the band, so the band
    // fills in place (no chart made again). False when the chart must be made again.
    bool fillBand();
    void display(int tab, QChart* chart) const;
    void drawFirstTime(); // the chart on screen and the distribution's first run
    ScenarioDocument* document_;
    charts::ChartStyle style_;
    PathId path_ = PathId::Stack;
    QChartView* burnDown_;
    QChartView* valueRange_;
    QChartView* timeline_;
    QChartView* tornado_;
    DistributionRunner* runner_;
    charts::ChartLegend* legends_[4];
    QLabel* figures_[4];
    CompareView* compare_;
    bool overlay_ = false; // the variants' out-of-pocket lines on the burn-down
    QString hiddenName_;
    mutable bool dirty_[4] = {true, true, true, true};
    bool shownOnce_ = false;
    bool held_ = false;
};

} // namespace creditpath::ui
