// The chart adapter builds complete charts from a real evaluation, without any view.
#include "charts/chart_factory.h"
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
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
