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

// The reference scenario's window at 1920x1080, its focus at the end of the revenue field.
struct SeedWindow {
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{Rulebook::builtIn(), &settings,
                      QLocale(QLocale::English, QLocale::UnitedStates)};
    QLineEdit* arr = nullptr;

    bool open() {
        if (!window.files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)))
            return false;
        window.setWindowState(Qt::WindowNoState); // the first start fills the small screen
        window.resize(1920, 1080);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        arr = window.findChild<QLineEdit*>(QStringLiteral("company.annual_recurring_revenue"));
        if (!arr)
            return false;
        arr->setFocus();
        arr->end(false);
        return true;
    }
    // Alternately type and delete a digit: each keystroke is one valid edit.
    void edit(int n) { QTest::keyClick(arr, n % 2 == 0 ? Qt::Key_5 : Qt::Key_Backspace); }
};

void report(const char* what, std::vector<qint64> samples, const char* unit) {
    std::sort(samples.begin(), samples.end());
    const auto ms = [&](std::size_t i) { return double(samples[i]) / 1e6; };
    qInfo("%s: median %.2f ms, 90th percentile %.2f ms, slowest %.2f ms over %zu %s", what,
          ms(samples.size() / 2), ms(samples.size() * 9 / 10), ms(samples.size() - 1),
          samples.size(), unit);
}

class TstEditBenchmark : public QObject {
    Q_OBJECT
private slots:
    void oneEditUpdatesEveryView() {
        SeedWindow w;
        QVERIFY(w.open());
        std::vector<qint64> samples;
        int n = 0;
        QBENCHMARK {
            QElapsedTimer timer;
            timer.start();
            w.edit(n++);
            // Views update synchronously; repaint so drawing is part of the measure.
            w.window.repaint();
            samples.push_back(timer.nsecsElapsed());
        }
        report("edit -> all views updated and painted", samples, "edits");
        // Measured, not asserted (target: 16 ms): a timed assertion fails on a loaded machine.
        QVERIFY(!samples.empty());
    }

    // The other half of a keystroke's wait: the Monte Carlo result of the last edit arriving
    // on the UI thread (distribution, band, tornado drawn) just before the key is handled.
    void distributionArrivalOnTheUiThread() {
        SeedWindow w;
        QVERIFY(w.open());
        DistributionRunner* runner = w.window.charts()->distribution();
        std::vector<qint64> samples;
        for (int n = 0; n < 24; ++n) {
            w.edit(n);
            w.window.repaint();
            // The run's result arrives while the test waits; then what its arrival makes the
            // window do (every view of the distribution, band and tornado redrawn) is timed
            // by announcing it once more.
            QVERIFY(QTest::qWaitFor([&] { return runner->evaluation() != nullptr; }, 30000));
            QElapsedTimer timer;
            timer.start();
            emit runner->updated();
            w.window.repaint();
            samples.push_back(timer.nsecsElapsed());
        }
        report("distribution arrival -> shown and painted", samples, "runs");
    }
};

QTEST_MAIN(TstEditBenchmark)
#include "tst_edit_benchmark.moc"
