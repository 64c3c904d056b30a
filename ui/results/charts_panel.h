#pragma once
// The three charts of chart_factory in tabs, rebuilt when the evaluation or the selected path
// changes.
#include "charts/chart_factory.h"

#include <QTabWidget>

class QChartView;

namespace creditpath::ui {

class ScenarioDocument;

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    ChartsPanel(ScenarioDocument* document, QLocale locale, QWidget* parent = nullptr);
    void setPath(PathId path);
    void setBasePointSize(qreal size);
    QChart* burnDownChart() const;
    QChart* valueRangeChart() const;
    QChart* timelineChart() const;

private:
    void rebuild();
    ScenarioDocument* document_;
    charts::ChartStyle style_;
    PathId path_ = PathId::Stack;
    QChartView* burnDown_;
    QChartView* valueRange_;
    QChartView* timeline_;
};

} // namespace creditpath::ui
