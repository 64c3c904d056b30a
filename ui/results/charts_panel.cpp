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
    connect(document_, &ScenarioDocument::changed, this, &ChartsPanel::invalidate);
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) { ensureBuilt(tab); });
}

void ChartsPanel::setPath(PathId path) {
    path_ = path;
    invalidate();
}

void ChartsPanel::setBasePointSize(qreal size) {
    style_.basePointSize = size;
    invalidate();
}

QChart* ChartsPanel::burnDownChart() const {
    ensureBuilt(0);
    return burnDown_->chart();
}
QChart* ChartsPanel::valueRangeChart() const {
    ensureBuilt(1);
    return valueRange_->chart();
}
QChart* ChartsPanel::timelineChart() const {
    ensureBuilt(2);
    return timeline_->chart();
}

void ChartsPanel::showEvent(QShowEvent* event) {
    ensureBuilt(currentIndex());
    QTabWidget::showEvent(event);
}

void ChartsPanel::invalidate() {
    for (bool& d : dirty_)
        d = true;
    if (isVisible())
        ensureBuilt(currentIndex());
}

void ChartsPanel::ensureBuilt(int tab) const {
    if (tab < 0 || tab > 2 || !dirty_[tab])
        return;
    dirty_[tab] = false;
    const Evaluation& e = document_->evaluation();
    switch (tab) {
    case 0: {
        // The burn-down follows the selected path when it is a credit path, else the stack's.
        const PathId burnPath = e.burnDownFor(path_) ? path_ : PathId::Stack;
        replaceChart(burnDown_, charts::makeBurnDownChart(e, burnPath, style_));
        break;
    }
    case 1:
        replaceChart(valueRange_, charts::makeValueRangeChart(e, style_));
        break;
    case 2:
        replaceChart(timeline_, charts::makeTimelineChart(e, path_, style_));
        break;
    }
}

} // namespace creditpath::ui
