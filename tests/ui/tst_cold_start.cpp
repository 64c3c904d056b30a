// Issue 10, cold start: the application's window opens its file before making the panes from it,
// paints its first frame before the reasons, the charts and the later form pages, and builds them
// right after. Once built it must be the very window that the complete construction gives (fonts,
// masks, wraps, sizes, status bar), in every screen-share setting.
#include "forms/name_mask_highlighter.h"
#include "forms/spend_lines_model.h"
#include "forms/spend_page.h"
#include "results/charts_panel.h"
#include "results/distribution_runner.h"
#include "results/results_model.h"
#include "results/results_panel.h"
#include "rulebook/rulebook.h"
#include "window/app_settings.h"
#include "window/document_files.h"
#include "window/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

namespace {

QString describe(const QWidget* widget, const QWidget* window) {
    const QSizePolicy policy = widget->sizePolicy();
    const bool shown = widget->isVisibleTo(window);
    QString text = QStringLiteral("%1 '%2' font %3 shown %4 enabled %5 stretch %6/%7")
                       .arg(QString::fromLatin1(widget->metaObject()->className()),
                            widget->objectName(), widget->font().toString())
                       .arg(shown)
                       .arg(widget->isEnabled())
                       .arg(policy.horizontalStretch())
                       .arg(policy.verticalStretch());
    // Where it is and how large, for what is on screen (the pages behind other tabs are laid
    // out when they are first shown).
    if (shown)
        text += QStringLiteral(" at %1,%2 %3x%4")
                    .arg(widget->mapTo(window, QPoint(0, 0)).x())
                    .arg(widget->mapTo(window, QPoint(0, 0)).y())
                    .arg(widget->width())
                    .arg(widget->height());
    if (auto* label = qobject_cast<const QLabel*>(widget))
        text += QStringLiteral(" text '%1' wraps %2").arg(label->text()).arg(label->wordWrap());
    if (auto* edit = qobject_cast<const QLineEdit*>(widget))
        text += QStringLiteral(" text '%1' echo %2").arg(edit->text()).arg(edit->echoMode());
    if (auto* edit = qobject_cast<const QPlainTextEdit*>(widget))
        text += QStringLiteral(" text '%1' masked %2")
                    .arg(edit->toPlainText())
                    .arg(edit->document()->findChild<NameMaskHighlighter*>() != nullptr);
    if (auto* button = qobject_cast<const QAbstractButton*>(widget))
        text += QStringLiteral(" text '%1'").arg(button->text());
    if (auto* tabs = qobject_cast<const QTabWidget*>(widget))
        for (int i = 0; i < tabs->count(); ++i)
            text += QStringLiteral(" tab '%1'").arg(tabs->tabText(i));
    if (auto* table = qobject_cast<const QTableView*>(widget); table && table->model())
        text += QStringLiteral(" rows %1").arg(table->model()->rowCount());
    if (auto* form = qobject_cast<const QFormLayout*>(widget->layout()))
        text += QStringLiteral(" wrap %1").arg(form->rowWrapPolicy());
    return text;
}

// Everything a user could see or reach of the window, in an order that does not depend on
// when each widget was made.
QStringList describe(MainWindow& window) {
    QStringList lines;
    for (const QWidget* widget : window.findChildren<QWidget*>())
        lines << describe(widget, &window);
    for (const QAction* action : window.findChildren<QAction*>())
        lines << QStringLiteral("action '%1' checked %2 enabled %3")
                     .arg(action->text())
                     .arg(action->isChecked())
                     .arg(action->isEnabled());
    lines << window.windowTitle() << window.charts()->burnDownChart()->title()
          << window.statusBar()->currentMessage();
    lines.sort();
    return lines;
}

} // namespace

class TstColdStart : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;

    // As the application starts: the file opened before the panes are made from it.
    std::unique_ptr<MainWindow> open(MainWindow::Build build) {
        bool opened = false;
        const auto load = [&opened](DocumentFiles& files) {
            opened = files.load(QStringLiteral(CREDITPATH_SEED_SCENARIO));
        };
        auto window = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(),
                                                   QLocale(QLocale::English, QLocale::UnitedStates),
                                                   build, load);
        if (!opened)
            return nullptr;
        // Room for the whole window (offscreen's screen is 800 wide, narrower than the window's
        // minimum): on a smaller screen its width depends on when each pane got its final
        // minimum, with any construction (the distribution's figures come last).
        window->setWindowState(Qt::WindowNoState);
        window->resize(1400, 900);
        window->show();
        return window;
    }

private slots:
    void init() {
        QFile::remove(dir_.filePath(QStringLiteral("settings.ini")));
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
    }
    void cleanup() { settings_.reset(); }

    void theFirstFrameComesBeforeTheReasonsAndCharts() {
        auto window = open(MainWindow::Build::FirstFrameFirst);
        QVERIFY(window);
        // What the first frame shows: the menus, the forms, the results without their reasons,
        // the charts' tabs without a chart.
        auto* burnDown = window->findChild<QChartView*>(QStringLiteral("burnDownView"));
        auto* reasons = window->results()->findChild<QTableView*>(QStringLiteral("reasonsTable"));
        QVERIFY(!window->isBuilt());
        QVERIFY(!reasons->model()); // given its model (and measured) after the first frame
        QVERIFY(!window->findChild<QPlainTextEdit*>(QStringLiteral("portfolio.use_case")));
        QVERIFY(!window->findChild<QTableView*>(QStringLiteral("spendLines")));
        QCOMPARE(window->results()->resultsModel()->rowCount(), 7);
        QVERIFY(window->screenShareAction());
        QVERIFY(burnDown->chart()->series().isEmpty());
        // The rest follows once the window has painted, without anyone asking for it.
        QTRY_VERIFY(window->isBuilt());
        QVERIFY(!burnDown->chart()->series().isEmpty());
        QVERIFY(reasons->model()->rowCount() > 0);
        QVERIFY(window->findChild<QPlainTextEdit*>(QStringLiteral("portfolio.use_case")));
        QVERIFY(window->findChild<QTableView*>(QStringLiteral("spendLines")));
    }

    // The Spend tab chosen before the window built its page: the page is there at once, not
    // an empty frame first.
    void aTabChosenEarlyShowsItsPageAtOnce() {
        auto window = open(MainWindow::Build::FirstFrameFirst);
        QVERIFY(window);
        QVERIFY(!window->isBuilt());
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("formTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(window->spendPage()); // no event loop pass after this
        auto* lines = window->findChild<QTableView*>(QStringLiteral("spendLines"));
        QVERIFY(lines);
        QVERIFY(lines->isVisible());
        QCOMPARE(lines->model(), window->spendPage()->model());
    }

    void finishBuildingBuildsAtOnce() {
        auto window = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(),
                                                   QLocale(QLocale::English, QLocale::UnitedStates),
                                                   MainWindow::Build::FirstFrameFirst);
        window->finishBuilding(); // never shown, so never painted
        QVERIFY(window->isBuilt());
        QVERIFY(window->findChild<QPlainTextEdit*>(QStringLiteral("portfolio.use_case")));
    }

    void theBuiltWindowIsTheCompleteOne_data() {
        QTest::addColumn<bool>("share");
        QTest::addColumn<bool>("hideName");
        QTest::newRow("normal") << false << false;
        QTest::newRow("screen share") << true << false;
        QTest::newRow("screen share hiding the name") << true << true;
    }
    void theBuiltWindowIsTheCompleteOne() {
        QFETCH(bool, share);
        QFETCH(bool, hideName);
        settings_->setScreenShare(share);
        settings_->setRedactCompanyName(hideName);
        auto complete = open(MainWindow::Build::Complete);
        QVERIFY(complete);
        QVERIFY(QTest::qWaitForWindowExposed(complete.get()));
        // The chart follows the first frame, the distribution (figures under it) follows that.
        QTRY_VERIFY(complete->charts()->distribution()->evaluation());
        QTRY_VERIFY(!complete->charts()->distribution()->running());
        QTest::qWait(50); // and the layout that makes room for them
        const QStringList expected = describe(*complete);
        QVERIFY(expected.size() > 100); // the whole window, not an empty one
        complete.reset();

        auto staged = open(MainWindow::Build::FirstFrameFirst);
        QVERIFY(staged);
        QVERIFY(QTest::qWaitForWindowExposed(staged.get()));
        QTRY_VERIFY(staged->isBuilt());
        QTRY_VERIFY(staged->charts()->distribution()->evaluation());
        QTRY_VERIFY(!staged->charts()->distribution()->running());
        QTest::qWait(50);
        QCOMPARE(describe(*staged), expected);
        // The results table shows every path whole: the panes were made for the opened file at
        // the normal size, and screen share enlarged the header after the table had fitted.
        auto* table = staged->results()->findChild<QTableView*>(QStringLiteral("resultsTable"));
        QCOMPARE(table->model()->rowCount(), 7);
        QVERIFY2(table->viewport()->height() >= table->verticalHeader()->length(),
                 qPrintable(QStringLiteral("rows %1 px, room %2 px")
                                .arg(table->verticalHeader()->length())
                                .arg(table->viewport()->height())));
    }
};

QTEST_MAIN(TstColdStart)
#include "tst_cold_start.moc"
