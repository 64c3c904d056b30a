#include "charts_panel.h"

#include "document/scenario_document.h"

#include <QChart>
#include <QChartView>

namespace creditpath::ui {
namespace {

QChartView* newView(const QString& name) {
    auto* view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ChartsPanel::ChartsPanel(ScenarioDocument* document, QLocale locale, QWidget* parent)
    : QTabWidget(parent), document_(document), style_{std::move(locale), 10, false},
      burnDown_(newView(QStringLiteral("burnDownView"))),
      valueRange_(newView(QStringLiteral("valueRangeView"))),
      timeline_(newView(QStringLiteral("timelineView"))) {
    addTab(burnDown_, tr("Burn-down"));
    addTab(valueRange_, tr("Value ranges"));
    addTab(timeline_, tr("Timeline"));
    connect(document_, &ScenarioDocument::changed, this, &ChartsPanel::rebuild);
    rebuild();
}

void ChartsPanel::setPath(PathId path) {
    path_ = path;
    rebuild();
}

void ChartsPanel::setBasePointSize(qreal size) {
    style_.basePointSize = size;
    rebuild();
}

QChart* ChartsPanel::burnDownChart() const { return burnDown_->chart(); }
QChart* ChartsPanel::valueRangeChart() const { return valueRange_->chart(); }
QChart* ChartsPanel::timelineChart() const { return timeline_->chart(); }

void ChartsPanel::rebuild() {
    const Evaluation& e = document_->evaluation();
    // The burn-down follows the selected path when it is a credit path, else the stack's.
    const PathId burnPath = e.burnDownFor(path_) ? path_ : PathId::Stack;
    replaceChart(burnDown_, charts::makeBurnDownChart(e, burnPath, style_));
    replaceChart(valueRange_, charts::makeValueRangeChart(e, style_));
    replaceChart(timeline_, charts::makeTimelineChart(e, path_, style_));
}

} // namespace creditpath::ui
