// The chart adapter builds complete charts from a real evaluation, without any view.
#include "charts/chart_factory.h"
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace creditpath;
using namespace creditpath::ui::charts;

class TstChartFactory : public QObject {
    Q_OBJECT
    Evaluation evaluation_;
    ChartStyle style_{QLocale(QLocale::English, QLocale::UnitedStates), 10, true};

private slots:
    void initTestCase() {
        const Scenario s = parseScenario(readTextFile(CREDITPATH_SEED_SCENARIO));
        evaluation_ = evaluate(s, Rulebook::builtIn(), {todayUtc()});
    }
    void burnDownHasOneStackedSetPerPool() {
        std::unique_ptr<QChart> chart(makeBurnDownChart(evaluation_, PathId::Stack, style_));
        auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), int(evaluation_.burnDown.pools.size()));
        QCOMPARE(bars->barSets().first()->count(), int(evaluation_.burnDown.months.size()));
        QVERIFY(chart->title().contains(QStringLiteral("month 23")));
    }
    // A distribution arriving fills the window's chart in place: the same series, in the same
    // order, the same legend and the same axis as a chart made with the band. The band's P90
    // ($400,000 in month 36) is above everything else, so the axis must grow to hold it.
    void bandFilledInPlaceIsTheBandMadeWithTheChart() {
        ChartStyle window = style_;
        window.forPrint = false;
        MonthlyBand band;
        band.path = PathId::Stack;
        for (int m = 1; m <= 36; ++m) {
            band.p10.push_back(Money::fromWhole(100 * m));
            band.p90.push_back(Money::fromWhole(m == 36 ? 400'000 : 9'000));
        }
        // In views, as the window shows them: legend markers are visible only in a shown chart.
        QChartView madeView(makeBurnDownChart(evaluation_, PathId::Stack, window, &band));
        QChartView filledView(makeBurnDownChart(evaluation_, PathId::Stack, window));
        for (QChartView* view : {&madeView, &filledView}) {
            view->resize(900, 500);
            view->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&filledView));
        QChart* made = madeView.chart();
        QChart* filled = filledView.chart();
        const auto yMax = [](QChart* c) {
            return qobject_cast<QValueAxis*>(c->axes(Qt::Vertical).value(0))->max();
        };
        QVERIFY(yMax(filled) < 400'000);
        QVERIFY(fillOutOfPocketBand(filled, PathId::Stack, &band, window));
        const auto describe = [](QChart* c) {
            QStringList out;
            for (QAbstractSeries* s : c->series()) {
                QString line = s->name();
                for (QLegendMarker* m : c->legend()->markers(s))
                    line += m->isVisible() ? QStringLiteral(" shown") : QStringLiteral(" hidden");
                if (auto* area = qobject_cast<QAreaSeries*>(s))
                    line += QStringLiteral(" %1 points, last %2")
                                .arg(area->upperSeries()->count())
                                .arg(area->upperSeries()->points().value(35).y());
                out << line;
            }
            return out;
        };
        QCOMPARE(describe(filled), describe(made));
        QVERIFY(describe(made).contains(QStringLiteral("P10–P90 shown 36 points, last 400000")));
        QCOMPARE(yMax(filled), yMax(made));
        QVERIFY(yMax(made) >= 400'000);
        // Another path's band is not this chart's: the caller makes the chart again.
        band.path = PathId::PortfolioOnly;
        QVERIFY(!fillOutOfPocketBand(filled, PathId::Stack, &band, window));
        // No band (the draws of an older state): the band is emptied and leaves the legend.
        QVERIFY(fillOutOfPocketBand(filled, PathId::Stack, nullptr, window));
        QVERIFY(describe(filled).contains(QStringLiteral("P10–P90 hidden 0 points, last 0")));
    }
    void valueRangeNamesEverySevenPathsOnce() {
        std::unique_ptr<QChart> chart(makeValueRangeChart(evaluation_, style_));
        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto* names = qobject_cast<QCategoryAxis*>(axes.first());
        QVERIFY(names);
        const QStringList labels = names->categoriesLabels();
        QCOMPARE(labels.size(), 7);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 7);
    }
    void valueAxisIsLogarithmicAndReachesEveryHigh() {
        // The $1,000,000 high and SPP's ~$20K both sit well inside the axis: one decade per
        // step, so the smallest path keeps its share of the width.
        std::unique_ptr<QChart> chart(makeValueRangeChart(evaluation_, style_));
        auto* axis = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QVERIFY(axis->categoriesLabels().contains(QStringLiteral("$1M")));
        QVERIFY(axis->categoriesLabels().contains(QStringLiteral("$10K")));
        QVERIFY(axis->max() >= 6.0);
        QVERIFY(axis->min() <= std::log10(22536.0));
        QVERIFY(axis->max() - axis->min() < 4.5);
    }
    void timelineHasOneBarPerStep() {
        std::unique_ptr<QChart> chart(makeTimelineChart(evaluation_, PathId::Stack, style_));
        QCOMPARE(chart->series().size(), int(evaluation_.path(PathId::Stack).timeline.size()));
    }
    void timelineNumbersTheDaysFromZero() {
        std::unique_ptr<QChart> chart(makeTimelineChart(evaluation_, PathId::Stack, style_));
        auto* days = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        QCOMPARE(days->min(), 0.0);
        QCOMPARE(days->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(days->tickInterval() >= 1);
        QVERIFY(days->max() / days->tickInterval() <= 12);
        QVERIFY(days->max() >= evaluation_.path(PathId::Stack).daysToMoney.max);
    }
    void pathWithoutBurnDownGivesTitledEmptyChart() {
        std::unique_ptr<QChart> chart(makeBurnDownChart(evaluation_, PathId::Edp, style_));
        QVERIFY(!chart->title().isEmpty());
    }
};

QTEST_MAIN(TstChartFactory)
#include "tst_chart_factory.moc"
