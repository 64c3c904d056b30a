// Speed of one edit: typing a digit re-evaluates the scenario and updates every view (forms,
// results, reasons, month totals, all three charts). Target: median at most 16 ms. And what
// the Monte Carlo result of an edit costs the UI thread when it arrives.
#include "document/scenario_document.h"
#include "results/charts_panel.h"
#include "results/distribution_runner.h"
#include "rulebook/rulebook.h"
#include "window/app_settings.h"
#include "window/main_window.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace creditpath;
using namespace creditpath::ui;

class TstEditBenchmark : public QObject {
    Q_OBJECT
private slots:
    void oneEditUpdatesEveryView() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(Rulebook::builtIn(), &settings,
                          QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(window.files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)));
        window.setWindowState(Qt::WindowNoState); // the first start fills the small screen
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* arr =
            window.findChild<QLineEdit*>(QStringLiteral("company.annual_recurring_revenue"));
        QVERIFY(arr);
        arr->setFocus();
        arr->end(false);

        std::vector<qint64> samples;
        int digit = 0;
        QBENCHMARK {
            QElapsedTimer timer;
            timer.start();
            // Alternately type and delete a digit: each keystroke is one valid edit.
            if (digit++ % 2 == 0)
                QTest::keyClick(arr, Qt::Key_5);
            else
                QTest::keyClick(arr, Qt::Key_Backspace);
            // Views update synchronously; repaint so drawing is part of the measure.
            window.repaint();
            samples.push_back(timer.nsecsElapsed());
        }
        std::sort(samples.begin(), samples.end());
        const auto ms = [&](std::size_t i) { return double(samples[i]) / 1e6; };
        qInfo("edit -> all views updated and painted: median %.2f ms, 90th percentile %.2f ms, "
              "slowest %.2f ms over %zu edits",
              ms(samples.size() / 2), ms(samples.size() * 9 / 10), ms(samples.size() - 1),
              samples.size());
        // Measured, not asserted (target: 16 ms): a timed assertion fails on a loaded machine.
        QVERIFY(!samples.empty());
    }

    // The other half of a keystroke's wait: the Monte Carlo result of the last edit arriving
    // on the UI thread (distribution, band, tornado drawn) just before the key is handled.
    void distributionArrivalOnTheUiThread() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(Rulebook::builtIn(), &settings,
                          QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(window.files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)));
        window.setWindowState(Qt::WindowNoState);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* arr =
            window.findChild<QLineEdit*>(QStringLiteral("company.annual_recurring_revenue"));
        QVERIFY(arr);
        arr->setFocus();
        arr->end(false);
        DistributionRunner* runner = window.charts()->distribution();
        std::vector<qint64> samples;
        for (int edit = 0; edit < 24; ++edit) {
            QTest::keyClick(arr, edit % 2 == 0 ? Qt::Key_5 : Qt::Key_Backspace);
            window.repaint();
            // Let the run start, then wait for it off the clock.
            QTest::qWait(1);
            QVERIFY(QTest::qWaitFor([&] { return !runner->running(); }, 30000));
            QElapsedTimer timer;
            timer.start();
            QCoreApplication::processEvents(); // the finished run's result is delivered
            window.repaint();
            samples.push_back(timer.nsecsElapsed());
            QVERIFY(runner->evaluation()); // it did arrive, for the state on screen
        }
        std::sort(samples.begin(), samples.end());
        const auto ms = [&](std::size_t i) { return double(samples[i]) / 1e6; };
        qInfo("distribution arrival -> shown and painted: median %.2f ms, 90th percentile "
              "%.2f ms, slowest %.2f ms over %zu runs",
              ms(samples.size() / 2), ms(samples.size() * 9 / 10), ms(samples.size() - 1),
              samples.size());
    }
};

QTEST_MAIN(TstEditBenchmark)
#include "tst_edit_benchmark.moc"
