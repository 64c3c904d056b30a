// The rulebook in the window, offscreen: every rule listed with its parameters, edits in
// place that re-evaluate and undo, refused edits naming the parameter, editions, "What
// changed", overrides kept with the scenario, stale rules, rule IDs in the results.
#include "document/scenario_document.h"
#include "evaluation/timeline.h"
#include "results/results_model.h"
#include "results/results_panel.h"
#include "rulebook/changes_model.h"
#include "rulebook/editions.h"
#include "rulebook/rulebook.h"
#include "rulebook/rulebook_model.h"
#include "rulebook/rulebook_view.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"
#include "window/app_settings.h"
#include "window/main_window.h"
#include "window/rulebook_actions.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

class TstRulebookView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    ScenarioDocument* doc() { return w().document(); }
    RulebookView* view() { return w().rulebookActions()->view(); }
    RulebookModel* model() { return view()->rulebookModel(); }
    // The value cell of a parameter ("PF-1", "ceiling").
    QModelIndex valueCell(const char* rule, const char* key) {
        const QModelIndex r = model()->ruleIndex(QString::fromLatin1(rule));
        for (int c = 0; c < model()->rowCount(r); ++c)
            if (model()->index(c, RulebookModel::IdColumn, r).data().toString() ==
                QLatin1String(key))
                return model()->index(c, RulebookModel::ValueColumn, r);
        return {};
    }
    Money portfolioOnly() { return doc()->evaluation().path(PathId::PortfolioOnly).value.typical; }

private slots:
    void init() {
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
        window_ = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(),
                                               QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(w().files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)));
        w().show();
        QVERIFY(QTest::qWaitForWindowExposed(&w()));
    }
    void cleanup() { window_.reset(); }

    // Not on the first paint: the view is built when the rulebook is first shown.
    void builtWhenFirstShown() {
        QVERIFY(!w().findChild<RulebookView*>());
        w().rulebookActions()->dock()->show();
        QVERIFY(w().findChild<RulebookView*>());
    }

    void listsEveryRuleWithParametersAndUnits() {
        QCOMPARE(model()->rowCount(), int(Rulebook::builtIn().rules().size()));
        int parameters = 0; // each under its rule, none left out
        for (int r = 0; r < model()->rowCount(); ++r)
            parameters += model()->rowCount(model()->index(r, 0));
        QCOMPARE(parameters, int(Rulebook::builtIn().parameterSpecs().size()));
        const QModelIndex pf1 = model()->ruleIndex(QStringLiteral("PF-1"));
        QCOMPARE(model()->index(pf1.row(), RulebookModel::TitleColumn).data().toString(),
                 QStringLiteral("Activate Portfolio ceiling"));
        QVERIFY(model()
                    ->index(pf1.row(), RulebookModel::SourceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("CloudRoute partner page")));
        const QModelIndex ceiling = valueCell("PF-1", "ceiling");
        QCOMPARE(ceiling.data().toString(), QStringLiteral("$100,000.00"));
        QCOMPARE(ceiling.siblingAtColumn(RulebookModel::UnitColumn).data().toString(),
                 QStringLiteral("USD"));
        QCOMPARE(valueCell("BD-1", "credits_apply_from").data().toString(),
                 QStringLiteral("the next billing month"));
        QCOMPARE(valueCell("TL-2", "days_stack").data().toString(), QStringLiteral("18–21"));
        // The billing assumptions are stated above the tree.
        QVERIFY(view()
                    ->findChild<QLabel*>(QStringLiteral("rulebookSummary"))
                    ->text()
                    .contains(QStringLiteral("Credits count from the next billing month (BD-1)")));
    }

    void filterByIdOrWord() {
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view()->tree()->model());
        view()->filter()->setText(QStringLiteral("bs-4"));
        QCOMPARE(proxy->rowCount(), 1);
        view()->filter()->setText(QStringLiteral("earmarked"));
        // BP-2's text and BD-2's text both say "earmarked".
        QCOMPARE(proxy->rowCount(), 2);
        view()->filter()->clear();
        QCOMPARE(proxy->rowCount(), model()->rowCount());
    }

    // Portfolio $100K -> $150K by typing in the cell; Ctrl+Z brings it back.
    void editChangesTheEvaluationAndUndoes() {
        QCOMPARE(portfolioOnly(), Money::parse("100000"));
        const int steps = doc()->undoStack()->count();
        QVERIFY(
            model()->setData(valueCell("PF-1", "ceiling"), QStringLiteral("150k"), Qt::EditRole));
        QCOMPARE(portfolioOnly(), Money::parse("150000"));
        QCOMPARE(valueCell("PF-1", "ceiling").data().toString(), QStringLiteral("$150,000.00"));
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QVERIFY(w().isWindowModified());
        // What changed: Portfolio only, face value typical, $100K -> $150K, PF-1.
        ChangesModel* changes = view()->changesModel();
        bool found = false;
        for (int r = 0; r < changes->rowCount(); ++r)
            if (changes->index(r, ChangesModel::PathColumn).data() == "Portfolio only" &&
                changes->index(r, ChangesModel::FigureColumn).data() == "Face value, typical") {
                QCOMPARE(changes->index(r, ChangesModel::BeforeColumn).data().toString(),
                         QStringLiteral("$100,000.00"));
                QCOMPARE(changes->index(r, ChangesModel::AfterColumn).data().toString(),
                         QStringLiteral("$150,000.00"));
                QCOMPARE(changes->index(r, ChangesModel::RuleColumn).data().toString(),
                         QStringLiteral("PF-1"));
                found = true;
            }
        QVERIFY(found);
        QVERIFY(w().statusBar()->currentMessage().contains(QStringLiteral("1 change")));

        doc()->undoStack()->undo();
        QCOMPARE(portfolioOnly(), Money::parse("100000"));
        QCOMPARE(valueCell("PF-1", "ceiling").data().toString(), QStringLiteral("$100,000.00"));
        QVERIFY(doc()->scenario().rulebookOverrides.empty());
        QCOMPARE(changes->rowCount(), 0);
        doc()->undoStack()->redo();
        QCOMPARE(portfolioOnly(), Money::parse("150000"));
    }

    void invalidEditIsRefusedNamingTheParameter_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << "PF-1"
                                  << "ceiling"
                                  << "-5"
                                  << "PF-1 ceiling: ";
        QTest::newRow("not a number") << "PF-1"
                                      << "ceiling"
                                      << "lots"
                                      << "PF-1 ceiling: ";
        QTest::newRow("odds over 100%") << "ST-2"
                                        << "approval_stack"
                                        << "150"
                                        << "ST-2 approval_stack: ";
        QTest::newRow("expiry month 0") << "BD-3"
                                        << "general_expiry_month"
                                        << "0"
                                        << "BD-3 general_expiry_month: ";
        QTest::newRow("days reversed") << "TL-2"
                                       << "days_stack"
                                       << "21-18"
                                       << "TL-2 days_stack: ";
    }
    void invalidEditIsRefusedNamingTheParameter() {
        QFETCH(QString, rule);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        const QString before = valueCell(rule.toLatin1(), key.toLatin1()).data().toString();
        const int steps = doc()->undoStack()->count();
        QSignalSpy refused(model(), &RulebookModel::editRefused);
        QVERIFY(!model()->setData(valueCell(rule.toLatin1(), key.toLatin1()), typed, Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.front().front().toString().startsWith(message),
                 qPrintable(refused.front().front().toString()));
        QVERIFY(view()->message()->isVisibleTo(view()));
        QCOMPARE(doc()->undoStack()->count(), steps);
        QVERIFY(doc()->scenario().rulebookOverrides.empty());
        QCOMPARE(valueCell(rule.toLatin1(), key.toLatin1()).data().toString(), before);
        QCOMPARE(portfolioOnly(), Money::parse("100000"));
    }

    // Edition menu: aws-2026 raises Portfolio to $200K and is one undo step.
    void editionSwitchIsNamedAndUndoable() {
        RulebookActions* actions = w().rulebookActions();
        QVERIFY(actions->editionActions().at(0)->isChecked());
        actions->editionActions().at(1)->trigger();
        QCOMPARE(portfolioOnly(), Money::parse("200000"));
        QVERIFY(actions->editionActions().at(1)->isChecked());
        QVERIFY(
            w().statusBar()->currentMessage().contains(QStringLiteral("AWS public pages, 2026")));
        QVERIFY(view()->tabs()->tabText(1).startsWith(QStringLiteral("What changed (")));
        QVERIFY(view()->changesModel()->rowCount() > 0);
        // An edition's figures carry their page and date.
        QCOMPARE(valueCell("PF-1", "ceiling")
                     .siblingAtColumn(RulebookModel::VerifiedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("2026-11-20 (verified)"));
        QCOMPARE(valueCell("ED-1", "min_annual")
                     .siblingAtColumn(RulebookModel::VerifiedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("2026-11-20 (estimate)"));
        doc()->undoStack()->undo();
        QCOMPARE(portfolioOnly(), Money::parse("100000"));
        QVERIFY(actions->editionActions().at(0)->isChecked());
    }

    // Saved with the scenario, read back the same; saved and loaded as an override file.
    void overridesTravelWithTheScenarioAndAsFiles() {
        w().rulebookActions()->switchEdition(QStringLiteral("aws-2026"));
        const QString path = dir_.filePath(QStringLiteral("mailed.creditpath.json"));
        QVERIFY(w().files()->saveTo(path));
        const std::string saved = readTextFile(path.toStdString());
        QVERIFY(saved.find("\"rulebook_overrides\"") != std::string::npos);
        const QString overrides = dir_.filePath(QStringLiteral("partner.json"));
        QVERIFY(w().rulebookActions()->saveOverrides(overrides));

        w().rulebookActions()->dropOverrides();
        QCOMPARE(portfolioOnly(), Money::parse("100000"));
        QVERIFY(w().rulebookActions()->loadOverrides(overrides));
        QCOMPARE(portfolioOnly(), Money::parse("200000"));

        QVERIFY(w().files()->load(path));
        QCOMPARE(portfolioOnly(), Money::parse("200000"));
        QVERIFY(w().files()->saveTo(path));
        QCOMPARE(readTextFile(path.toStdString()), saved); // byte for byte
        // A bad override file is refused and changes nothing.
        writeFileAtomically(dir_.filePath(QStringLiteral("bad.json")).toStdString(),
                            readTextFile(CREDITPATH_TEST_DATA_DIR "/bad-override.json"));
        QTimer::singleShot(0, [] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (top->inherits("QMessageBox"))
                    top->close();
        });
        QVERIFY(!w().rulebookActions()->loadOverrides(dir_.filePath(QStringLiteral("bad.json"))));
        QCOMPARE(portfolioOnly(), Money::parse("200000"));
    }

    // A choice is picked from the list the reader accepts: BD-1 from the issue month makes every
    // pool of the reference stack expire at month 23 instead of 24.
    void choiceParameters() {
        QVERIFY(model()->setData(valueCell("BD-1", "credits_apply_from"),
                                 QStringLiteral("issue_month"), Qt::EditRole));
        for (const Pool& p : doc()->evaluation().burnDown.pools)
            QCOMPARE(p.expiresMonth, 23);
        QCOMPARE(valueCell("BD-1", "credits_apply_from").data().toString(),
                 QStringLiteral("the billing month they are issued"));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->evaluation().burnDown.pools.front().expiresMonth, 24);
    }

    // Opening a mailed file that carries overrides asks; "Drop overrides" is one undo step.
    void openingAFileWithOverridesAsksToKeepThem_data() {
        QTest::addColumn<bool>("keep");
        QTest::newRow("keep") << true;
        QTest::newRow("drop") << false;
    }
    void openingAFileWithOverridesAsksToKeepThem() {
        QFETCH(bool, keep);
        bool asked = false;
        QTimer::singleShot(0, [&] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(top)) {
                    asked = true;
                    for (QAbstractButton* b : box->buttons())
                        if (b->text() == (keep ? QStringLiteral("Keep overrides")
                                               : QStringLiteral("Drop overrides")))
                            b->click();
                }
        });
        w().files()->openPath(QStringLiteral(CREDITPATH_TEST_DATA_DIR
                                             "/seed-reference-with-overrides.creditpath.json"));
        QVERIFY(asked);
        QCOMPARE(portfolioOnly(), Money::parse(keep ? "200000" : "100000"));
        QCOMPARE(doc()->scenario().rulebookOverrides.empty(), !keep);
        QCOMPARE(w().isWindowModified(), !keep);
        if (!keep) {
            doc()->undoStack()->undo();
            QCOMPARE(portfolioOnly(), Money::parse("200000"));
        }
    }

    // PD-6: with today a year past the seed's verification every rule reads as stale.
    void staleRulesAreMarked() {
        const QModelIndex pf1 = model()->ruleIndex(QStringLiteral("PF-1"));
        const QModelIndex verified = pf1.siblingAtColumn(RulebookModel::VerifiedColumn);
        QVERIFY(!verified.data(RulebookModel::StaleRole).toBool());
        model()->setToday(*parseIsoDate("2027-11-27"));
        QVERIFY(verified.data(RulebookModel::StaleRole).toBool());
        QCOMPARE(verified.data().toString(), QStringLiteral("2026-11-01 (stale)"));
    }

    // Sharing the screen with the company hidden: an override named after the company is not
    // read out in the rulebook or the status bar.
    void screenShareHidesTheCompanyInOverrideNames() {
        Scenario s = doc()->scenario();
        s.company.name = "Zentrix Robotics GmbH";
        s.rulebookOverrides = R"({"format": "creditpath-rulebook", "version": 1,
            "edition": "Zentrix partner figures",
            "rules": {"PF-1": {"params": {"ceiling": "120000.00"}}}})";
        doc()->replaceWith(s, QStringLiteral("test"));
        auto* summary = view()->findChild<QLabel*>(QStringLiteral("rulebookSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Zentrix partner figures")));
        w().redactNameAction()->setChecked(true);
        w().screenShareAction()->setChecked(true);
        doc()->undoStack()->undo();
        doc()->undoStack()->redo(); // the status bar follows the next evaluation
        QVERIFY2(!summary->text().contains(QStringLiteral("Zentrix")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("partner figures")));
        QVERIFY(!w().statusBar()->currentMessage().contains(QStringLiteral("Zentrix")));
        w().screenShareAction()->setChecked(false);
        QVERIFY(summary->text().contains(QStringLiteral("Zentrix partner figures")));
    }

    // A rule ID in the results opens the rulebook at that rule.
    void ruleIdsInTheResultsOpenTheRulebook() {
        QDockWidget* dock = w().rulebookActions()->dock();
        QVERIFY(!dock->isVisible());
        emit w().results()->ruleActivated(QStringLiteral("BS-4"));
        QVERIFY(dock->isVisible());
        const QModelIndex current = view()->tree()->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("BS-4"));
        // "Why this number" links every rule ID.
        QTableView* table = w().results()->resultsTable();
        table->setCurrentIndex(w().results()->resultsModel()->index(0, ResultsModel::ValueColumn));
        QVERIFY(w().results()->derivationLabel()->text().contains(
            QStringLiteral("<a href=\"rule:PF-1\">PF-1</a>")));
    }

    // The rulebook pictures in docs/screenshots/, when CREDITPATH_RULEBOOK_SHOTS=DIR is set
    // (under xvfb-run with QT_QPA_PLATFORM=xcb and a 1920x1080 screen): a wide window docks
    // the rulebook, a laptop's sharing window lets it float over the results.
    void pictures_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("sharing");
        QTest::newRow("wide") << QSize(1920, 1080) << false;
        QTest::newRow("laptop sharing") << QSize(1366, 741) << true;
    }
    void pictures() {
        QFETCH(QSize, size);
        QFETCH(bool, sharing);
        const QString shots = qEnvironmentVariable("CREDITPATH_RULEBOOK_SHOTS");
        if (shots.isEmpty())
            QSKIP("CREDITPATH_RULEBOOK_SHOTS is not set");
        QVERIFY(w().rulebookActions()->loadOverrides(
            QStringLiteral(CREDITPATH_TEST_DATA_DIR "/override-portfolio-200k.json")));
        w().screenShareAction()->setChecked(sharing);
        w().showNormal();
        w().setGeometry(QRect(QPoint(0, 0), size));
        QTest::qWait(300); // the staged build
        w().rulebookActions()->dock()->show();
        const auto take = [&](const QString& name) {
            QTest::qWait(300); // the rulebook's placement and layout
            // The screen, not the window: a floating rulebook is a window of its own.
            const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
            QVERIFY(screen.copy(QRect(QPoint(0, 0), size.expandedTo({0, 768})))
                        .save(shots + QLatin1Char('/') + name));
        };
        if (!sharing)
            take(QStringLiteral("rulebook-en-1920x1080.png"));
        view()->tabs()->setCurrentIndex(1);
        take(sharing ? QStringLiteral("rulebook-changes-en-1366x768-share.png")
                     : QStringLiteral("rulebook-changes-en-1920x1080.png"));
        w().screenShareAction()->setChecked(false);
    }
};

QTEST_MAIN(TstRulebookView)
#include "tst_rulebook_view.moc"
