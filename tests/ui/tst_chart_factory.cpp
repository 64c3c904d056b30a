// The chart adapter builds complete charts from a real evaluation, without any view.
#include "charts/chart_factory.h"
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QtTest>

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
    void valueRangeCoversSevenPaths() {
        std::unique_ptr<QChart> chart(makeValueRangeChart(evaluation_, style_));
        auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->count(), 7);
    }
    void timelineHasOneBarPerStep() {
        std::unique_ptr<QChart> chart(makeTimelineChart(evaluation_, PathId::Stack, style_));
        QCOMPARE(chart->series().size(), int(evaluation_.path(PathId::Stack).timeline.size()));
    }
    void pathWithoutBurnDownGivesTitledEmptyChart() {
        std::unique_ptr<QChart> chart(makeBurnDownChart(evaluation_, PathId::Edp, style_));
        QVERIFY(!chart->title().isEmpty());
    }
};

QTEST_MAIN(TstChartFactory)
#include "tst_chart_factory.moc"
