// Issue 11 in the window: the distribution runs off the UI thread after each change, the
// latest state wins, and the burn-down chart draws the P10–P90 band of out of pocket while
// the Sensitivity tab draws the tornado. Figures are the core's (tst_monte_carlo works them).
#include "charts/chart_factory.h"
#include "charts/chart_legend.h"
#include "document/scenario_document.h"
#include "evaluation/timeline.h"
#include "results/charts_panel.h"
#include "results/distribution_runner.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui;

namespace {

QAbstractSeries* seriesNamed(QChart* chart, const QString& name) {
    for (QAbstractSeries* s : chart->series())
        if (s->name() == name)
            return s;
    return nullptr;
}

// Waits for the runner's result for the document's current state.
bool waitForResult(DistributionRunner* runner) {
    QSignalSpy spy(runner, &DistributionRunner::updated);
    for (int i = 0; i < 100 && !runner->evaluation(); ++i)
        spy.wait(200);
    return runner->evaluation() != nullptr;
}

} // namespace

class TstDistributionView : public QObject {
    Q_OBJECT
    Rulebook rulebook_ = Rulebook::builtIn();

private slots:
    void bandAndTornadoOfTheReference() {
        ScenarioDocument document(rulebook_, *parseIsoDate("2026-11-26"));
        document.reset(parseScenario(readTextFile(CREDITPATH_SEED_SCENARIO)));
        ChartsPanel panel(&document, QLocale(QLocale::English, QLocale::UnitedStates));
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Drawn before the draws are done: the band is in place, empty, out of the legend.
        const QPointer<QChart> before = panel.burnDownChart();
        const auto legendNames = [&panel] {
            QStringList names;
            for (const auto* entry : panel.legend(0)->entries())
                names << entry->name();
            return names;
        };
        if (!panel.distribution()->evaluation())
            QVERIFY(!legendNames().contains(QStringLiteral("P10–P90")));
        QVERIFY(waitForResult(panel.distribution()));
        // The arrival fills the band of the chart shown: the same chart, not a new one, with
        // the band in its legend after the out-of-pocket line.
        QVERIFY2(before, "the chart was made again");
        QCOMPARE(panel.burnDownChart(), before.data());
        const QStringList names = legendNames();
        QCOMPARE(names.indexOf(QStringLiteral("P10–P90")),
                 names.indexOf(QStringLiteral("Out of pocket")) + 1);
        const Evaluation* drawn = panel.distribution()->evaluation();
        const Distribution& d = *drawn->path(PathId::Stack).distribution;
        QCOMPARE(d.draws, DistributionRunner::kDefaultDraws);
        // P50 of the stack's out of pocket is the burn-down's own figure (80 % full approval).
        QCOMPARE(d.outOfPocket.typical, document.evaluation().burnDown.totalOutOfPocket);
        const MonthlyBand* band = panel.distribution()->band();
        QVERIFY(band);
        QCOMPARE(band->p10.size(), std::size_t(36));
        // Month 1 is covered whenever Portfolio is approved (92 %): P10 pays nothing; in the
        // worst tenth of draws more is paid.
        QCOMPARE(band->p10[0], Money());
        QVERIFY(band->p90[35] >= band->p10[35]);
        QVERIFY(seriesNamed(panel.burnDownChart(), QStringLiteral("P10–P90")));
        QVERIFY(qobject_cast<QAreaSeries*>(
            seriesNamed(panel.burnDownChart(), QStringLiteral("P10–P90"))));
        // The row under the chart gives the range: P10 $75,360, P90 $100,360 (tst_monte_carlo).
        QCOMPARE(panel.burnDownFigure(2)->text(),
                 QStringLiteral("Out of pocket $75,360.00 (P10–P90 $75.3K–$100.3K)"));
        // Screen share: no room in the legend row for the band; the row above names it.
        panel.setScreenShare(true);
        auto* area = seriesNamed(panel.burnDownChart(), QStringLiteral("P10–P90"));
        QVERIFY(area);
        QVERIFY(!panel.burnDownChart()->legend()->markers(area).first()->isVisible());
        panel.setScreenShare(false);
        panel.setCurrentIndex(3);
        QChart* tornado = panel.tornadoChart();
        QVERIFY2(tornado->title().startsWith(QStringLiteral("Expected out of pocket")),
                 qPrintable(tornado->title()));
        auto* bars = qobject_cast<QAbstractBarSeries*>(tornado->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->count(), int(drawn->sensitivity->bars.size()));
        // For looking at: CREDITPATH_SHOT_DIR=dir saves both tabs as PNG.
        const QString shots = qEnvironmentVariable("CREDITPATH_SHOT_DIR");
        if (!shots.isEmpty()) {
            panel.grab().save(shots + QStringLiteral("/tornado-tab.png"));
            panel.setCurrentIndex(0);
            panel.grab().save(shots + QStringLiteral("/burn-down-band.png"));
        }
    }

    // Edits while a run is under way: the result shown is the last state's, never a stale one.
    void latestStateWins() {
        ScenarioDocument document(rulebook_, *parseIsoDate("2026-11-26"));
        document.reset(parseScenario(readTextFile(CREDITPATH_SEED_SCENARIO)));
        DistributionRunner runner(&document);
        runner.begin();
        for (const char* amount : {"3000.00", "3500.00", "4000.00"})
            QVERIFY(document
                        .setField(QStringLiteral("spend.lines[0].monthly"),
                                  QString::fromLatin1(amount), QStringLiteral("Monthly"))
                        .empty());
        QVERIFY(!runner.evaluation()); // nothing shown for a state that has no result yet
        QVERIFY(waitForResult(&runner));
        const Evaluation* drawn = runner.evaluation();
        QCOMPARE(drawn->burnDown.totalOutOfPocket, document.evaluation().burnDown.totalOutOfPocket);
        QCOMPARE(drawn->path(PathId::Stack).distribution->outOfPocket.typical,
                 document.evaluation().burnDown.totalOutOfPocket);
    }
};

QTEST_MAIN(TstDistributionView)
#include "tst_distribution_view.moc"
