// Hovering a chart's bar or line shows that mark's exact figures, as the core computed them:
// real mouse-move events go to a chart view on screen and the tooltip is read back.
#include "charts/chart_factory.h"
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "format/display_text.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QMouseEvent>
#include <QToolTip>
#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui;
using namespace creditpath::ui::charts;

namespace {

// Moves the mouse over `view` to the chart point `value` of `series` (and, first, away from
// it, so the hover is entered anew); returns the tooltip then shown.
QString hoverAt(QChartView& view, QAbstractSeries* series, const QPointF& value) {
    QChart* chart = view.chart();
    const QPoint target = view.mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
    for (const QPoint& at : {QPoint(1, 1), target}) {
        QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TstChartHover : public QObject {
    Q_OBJECT
    const QLocale locale_{QLocale::English, QLocale::UnitedStates};
    ChartStyle style_{locale_, 10, false};
    Evaluation evaluation_;

    // A chart in a view the size of a laptop's chart area, laid out and on screen.
    void show(QChartView& view, QChart* chart) {
        QChart* old = view.chart(); // setChart releases the default chart without deleting it
        view.setChart(chart);
        delete old;
        view.resize(1000, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private slots:
    void initTestCase() {
        const Scenario s = parseScenario(readTextFile(CREDITPATH_SEED_SCENARIO));
        evaluation_ = evaluate(s, Rulebook::builtIn(), {todayUtc()});
    }

    void cleanup() {
        QToolTip::hideText();
        // The tooltip label deletes itself later: let it, so LeakSanitizer sees nothing left.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void valueBarShowsThePathsExactFigures() {
        QChartView view;
        show(view, makeValueRangeChart(evaluation_, style_));
        // The Accelerator's row (index 3): its face range from low to high.
        const PathResult& p = evaluation_.path(PathId::GenaiAccelerator);
        const auto row = qreal(3);
        QCOMPARE(evaluation_.paths[3].id, PathId::GenaiAccelerator);
        QAbstractSeries* bar = nullptr;
        for (QAbstractSeries* s : view.chart()->series())
            if (s->type() == QAbstractSeries::SeriesTypeLine && !bar)
                bar = s;
        QVERIFY(bar);
        // Halfway along the upper part of the bar, between typical ($300K) and high ($1M).
        const QString tip = hoverAt(view, bar, QPointF(5.75, row));
        QVERIFY2(tip.startsWith(pathName(p.id)), qPrintable(tip));
        for (const Money* m : {&p.value.low, &p.value.typical, &p.value.high,
                               &p.usableValue.typical, &p.expectedValue})
            QVERIFY2(tip.contains(formatMoney(*m, locale_)), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("$1,000,000.00")));
    }

    void burnDownBarShowsTheMonthsFigures() {
        QChartView view;
        show(view, makeBurnDownChart(evaluation_, PathId::Stack, style_));
        QAbstractSeries* bars = view.chart()->series().value(0);
        QCOMPARE(bars->type(), QAbstractSeries::SeriesTypeStackedBar);
        // Month 1 (index 0), low on the bar where every pool still has money.
        const BurnDownMonth& m = evaluation_.burnDown.months.front();
        const QString tip = hoverAt(view, bars, QPointF(0, 20000));
        QVERIFY2(tip.startsWith(QStringLiteral("Month 1\n")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Charges: ") + formatMoney(m.charges, locale_)),
                 qPrintable(tip));
        for (const PoolAmount& b : m.balances)
            QVERIFY2(tip.contains(formatMoney(b.amount, locale_)), qPrintable(tip));
    }

    void timelineBarShowsItsDaysAndDates() {
        QChartView view;
        show(view, makeTimelineChart(evaluation_, PathId::Stack, style_));
        const TimelineStep& step = evaluation_.path(PathId::Stack).timeline.front();
        QAbstractSeries* first = view.chart()->series().value(0);
        const QString tip = hoverAt(view, first, QPointF((step.dayFrom + step.dayTo + 1) / 2.0, 0));
        QVERIFY2(tip.startsWith(timelineStepName(step.id, step.text)), qPrintable(tip));
        QVERIFY2(tip.contains(formatDate(step.dateFrom, locale_)), qPrintable(tip));
    }

    void offTheMarksShowsNoTooltip() {
        // Off every mark nothing pops up: the tooltip belongs to what is under the mouse.
        QChartView view;
        show(view, makeValueRangeChart(evaluation_, style_));
        QMouseEvent move(QEvent::MouseMove, QPoint(2, 2),
                         view.viewport()->mapToGlobal(QPoint(2, 2)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QTRY_VERIFY(!QToolTip::isVisible());
    }
};

QTEST_MAIN(TstChartHover)
#include "tst_chart_hover.moc"
