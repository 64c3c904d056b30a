#include "charts_panel.h"

#include "charts/chart_legend.h"

#include "compare_view.h"
#include "distribution_runner.h"
#include "document/scenario_document.h"
#include "format/comparison_text.h"
#include "format/display_text.h"
#include "layout/flow_layout.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace creditpath::ui {
namespace {

// Screen share on a laptop has no height to spare: the chart gives way first, so the results
// table keeps every row and the status bar stays on a 1366x741 screen.
constexpr int kChartMinimum = 220, kSharedChartMinimum = 140;

QChartView* newView(const QString& name) {
    auto* view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartMinimum);
    return view;
}

// A chart tab: the chart above its wrapping legend.
QWidget* chartWithLegend(QChartView* view, charts::ChartLegend* legend) {
    auto* tab = new QWidget;
    auto* column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(view, 1);
    column->addWidget(legend);
    return tab;
}

} // namespace

ChartsPanel::ChartsPanel(ScenarioDocument* document, QLocale locale, QWidget* parent)
    : QTabWidget(parent), document_(document), style_{std::move(locale), 10, false},
      burnDown_(newView(QStringLiteral("burnDownView"))),
      valueRange_(newView(QStringLiteral("valueRangeView"))),
      timeline_(newView(QStringLiteral("timelineView"))),
      tornado_(newView(QStringLiteral("tornadoView"))),
      runner_(new DistributionRunner(document, this)) {
    setDocumentMode(true); // no frame around the charts, like the forms' tabs (main_window.cpp)
    for (auto*& legend : legends_)
        legend = new charts::ChartLegend;
    QWidget* burnDownTab = chartWithLegend(burnDown_, legends_[0]);
    auto* column = static_cast<QVBoxLayout*>(burnDownTab->layout());
    // The figures wrap onto a second row rather than widen the pane (French, screen share).
    auto* row = new FlowLayout(16, 2); // not the chart column's spacing, which is none
    row->setContentsMargins(4, 2, 4, 2);
    for (int i = 0; i < 4; ++i) {
        figures_[i] = new QLabel;
        figures_[i]->setObjectName(QStringLiteral("burnDownFigure%1").arg(i));
        row->addWidget(figures_[i]);
    }
    column->addLayout(row);
    addTab(burnDownTab, tr("Burn-down"));
    addTab(chartWithLegend(valueRange_, legends_[1]), tr("Value ranges"));
    addTab(chartWithLegend(timeline_, legends_[2]), tr("Timeline"));
    addTab(chartWithLegend(tornado_, legends_[3]), tr("Sensitivity"));
    compare_ = new CompareView(document_, style_.locale);
    addTab(compare_, tr("Compare"));
    connect(compare_, &CompareView::overlayToggled, this, [this](bool on) {
        overlay_ = on;
        invalidate();
    });
    connect(document_, &ScenarioDocument::changed, this, &ChartsPanel::invalidate);
    // A finished distribution redraws what shows it: the band and the range under the
    // burn-down, in place; the tornado.
    connect(runner_, &DistributionRunner::updated, this, [this] {
        dirty_[3] = true;
        if (!fillBand())
            dirty_[0] = true;
        if (isVisible())
            ensureBuilt(currentIndex());
    });
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) { ensureBuilt(tab); });
}

void ChartsPanel::setPath(PathId path) {
    path_ = path;
    runner_->setBandPath(document_->evaluation().shownBurnDown(path_).path);
    invalidate();
}

void ChartsPanel::setHiddenName(const QString& companyName) {
    compare_->setHiddenName(companyName);
    if (hiddenName_ == companyName)
        return;
    hiddenName_ = companyName;
    invalidate();
}

void ChartsPanel::setScreenShare(bool on) {
    style_.basePointSize = on ? 15 : 10;
    style_.legendBeside = on;
    for (QChartView* view : {burnDown_, valueRange_, timeline_, tornado_})
        view->setMinimumHeight(on ? kSharedChartMinimum : kChartMinimum);
    style_.headlineBelow = on;
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
QChart* ChartsPanel::tornadoChart() const {
    ensureBuilt(3);
    return tornado_->chart();
}

void ChartsPanel::holdCharts() {
    held_ = true;
}

void ChartsPanel::releaseCharts() {
    if (!held_)
        return;
    held_ = false;
    if (isVisible()) // else showEvent() draws them when the panel is shown
        drawFirstTime();
}

void ChartsPanel::drawFirstTime() {
    shownOnce_ = true;
    ensureBuilt(currentIndex());
    runner_->begin();
}

void ChartsPanel::showEvent(QShowEvent* event) {
    // Held (the application's start), releaseCharts() draws the chart after the first frame.
    // Otherwise it is drawn as soon as the event loop runs, once the show has finished.
    if (held_) {
        // releaseCharts() draws it.
    } else if (!shownOnce_) {
        shownOnce_ = true;
        QTimer::singleShot(0, this, &ChartsPanel::drawFirstTime);
    } else {
        ensureBuilt(currentIndex());
    }
    QTabWidget::showEvent(event);
}

void ChartsPanel::invalidate() {
    for (bool& d : dirty_)
        d = true;
    if (isVisible() && !held_)
        ensureBuilt(currentIndex());
}

void ChartsPanel::ensureBuilt(int tab) const {
    if (tab < 0 || tab > 3 || !dirty_[tab])
        return;
    dirty_[tab] = false;
    const Evaluation& e = document_->evaluation();
    switch (tab) {
    case 0: {
        // The burn-down follows the selected path when it is a credit path, else the stack's.
        const PathId shown = e.shownBurnDown(path_).path;
        // Overlaid: the same path's out of pocket in every other scenario of the file.
        std::vector<charts::OutOfPocketOverlay> overlays;
        const Comparison table = document_->comparison();
        const auto& variants = document_->variantEvaluations();
        for (int i = -1; overlay_ && i < int(variants.size()); ++i) {
            if (i == document_->selectedVariant())
                continue;
            const Evaluation& other =
                i < 0 ? document_->baseEvaluation() : variants[std::size_t(i)].evaluation;
            overlays.push_back(
                {comparisonColumnName(table.columns[std::size_t(i + 1)], hiddenName_.toStdString(),
                                      QStringLiteral("•••")),
                 other.shownBurnDown(shown)});
        }
        // With the distribution of this very state, the out-of-pocket band too.
        const Evaluation* drawn = runner_->evaluation();
        display(0, charts::makeBurnDownChart(drawn ? *drawn : e, shown, style_, runner_->band(),
                                             overlays));
        showFigures();
        break;
    }
    case 1:
        display(1, charts::makeValueRangeChart(e, style_));
        break;
    case 2:
        display(2, charts::makeTimelineChart(e, path_, style_));
        break;
    case 3: {
        const Evaluation* drawn = runner_->evaluation();
        display(3, charts::makeTornadoChart(drawn && drawn->sensitivity ? &*drawn->sensitivity
                                                                        : nullptr,
                                            document_->scenario(), style_));
        break;
    }
    }
}

bool ChartsPanel::fillBand() {
    if (dirty_[0] || held_)
        return false;
    const PathId shown = document_->evaluation().shownBurnDown(path_).path;
    if (!charts::fillOutOfPocketBand(burnDown_->chart(), shown, runner_->band(), style_))
        return false;
    legends_[0]->showLegendOf(burnDown_->chart());
    showFigures();
    return true;
}

void ChartsPanel::display(int tab, QChart* chart) const {
    QChartView* const views[] = {burnDown_, valueRange_, timeline_, tornado_};
    QChart* old = views[tab]->chart();
    views[tab]->setChart(chart);
    delete old;
    legends_[tab]->showLegendOf(chart);
}

void ChartsPanel::showFigures() const {
    const Evaluation& e = document_->evaluation();
    const BurnDown& bd = e.shownBurnDown(path_);
    const PathResult& path = e.path(bd.path);
    const QLocale& locale = style_.locale;
    const std::vector<Derivation> derivations = derivationsOf(path, &bd);
    auto tip = [&](std::string_view figure) {
        const Derivation* d = findDerivation(derivations, figure);
        return d ? derivationText(*d, locale) : QString();
    };
    // Every figure names the path it belongs to.
    figures_[0]->setText(QStringLiteral("<b>%1</b>").arg(pathShortName(bd.path).toHtmlEscaped()));
    figures_[0]->setToolTip(pathName(bd.path));
    figures_[1]->setText(tr("Covered through month %1").arg(bd.coveredThroughMonth));
    figures_[1]->setToolTip(tip("covered_through_month"));
    // With the distribution of this very state: the range the out of pocket falls in.
    const Evaluation* drawn = runner_->evaluation();
    const Distribution* spread =
        drawn && drawn->path(bd.path).distribution ? &*drawn->path(bd.path).distribution : nullptr;
    figures_[2]->setText(
        spread ? tr("Out of pocket %1 (P10–P90 %2–%3)")
                     .arg(formatMoney(bd.totalOutOfPocket, locale),
                          formatMoneyCompact(spread->outOfPocket.low, locale),
                          formatMoneyCompact(spread->outOfPocket.high, locale))
               : tr("Out of pocket %1").arg(formatMoney(bd.totalOutOfPocket, locale)));
    figures_[2]->setToolTip(tip("total_out_of_pocket"));
    figures_[3]->setText(tr("Forfeited %1").arg(formatMoney(bd.totalForfeited, locale)));
    figures_[3]->setToolTip(tip("total_forfeited"));
    figures_[3]->setStyleSheet(bd.totalForfeited.isZero() ? QString()
                                                          : QStringLiteral("color: #b71c1c;"));
}

} // namespace creditpath::ui
