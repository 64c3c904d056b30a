// Variants in the window (issue 11): the forms edit the base or a variant, "Save as variant…",
// rename and delete are undoable edits, the Compare view formats the core's table, the
// burn-down overlays the variants, and screen share hides the company in variant names.
#include "document/scenario_document.h"
#include "results/charts_panel.h"
#include "results/compare_view.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"
#include "window/app_settings.h"
#include "window/main_window.h"
#include "window/variant_bar.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

namespace {

const QString kVariantsFile = QStringLiteral(CREDITPATH_TEST_DATA_DIR "/variants.creditpath.json");

} // namespace

class TstVariantsView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    ScenarioDocument& doc() { return *window_->document(); }
    void open(const QString& file) {
        window_ = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(),
                                               QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(w().files()->load(file));
        w().resize(1366, 768);
        w().show();
        QVERIFY(QTest::qWaitForWindowExposed(&w()));
    }
    QTableWidget* table() { return w().charts()->compareView()->table(); }

private slots:
    void init() {
        QVERIFY(dir_.isValid());
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
    }
    void cleanup() {
        window_.reset();
        settings_.reset();
    }

    void editsOfAVariantChangeOnlyItsPatch() {
        open(kVariantsFile);
        const Scenario base = doc().fileScenario();
        QCOMPARE(w().variantBar()->selector()->count(), 3);
        w().variantBar()->selector()->setCurrentIndex(1); // "$50K POC with LOI"
        QCOMPARE(doc().selectedVariant(), 0);
        QVERIFY(doc().scenario().bedrockPoc.customerLoi);
        QCOMPARE(doc().evaluation().path(PathId::Stack).expectedValue, Money::parse("140000"));
        QVERIFY(doc()
                    .setField(QStringLiteral("bedrock_poc.window_days"), 45, QStringLiteral("edit"))
                    .empty());
        QCOMPARE(doc().scenario().bedrockPoc.windowDays, 45);
        QCOMPARE(doc().fileScenario().bedrockPoc.windowDays, 60); // the base is untouched
        const std::string patch = doc().fileScenario().variants[0].patch;
        QVERIFY(patch.find("\"window_days\":45") != std::string::npos);
        QVERIFY(patch.find("\"customer_loi\":true") != std::string::npos); // the rest stays
        // An invalid value is the variant's own problem, at the field; nothing changes.
        const auto problems =
            doc().setField(QStringLiteral("bedrock_poc.window_days"), 0, QStringLiteral("edit"));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems.front().path, std::string("bedrock_poc.window_days"));
        doc().undoStack()->undo();
        QVERIFY(doc().fileScenario().sameContent(base));
        QCOMPARE(doc().scenario().bedrockPoc.windowDays, 60);
        QCOMPARE(doc().selectedVariant(), 0);
    }

    void saveAsVariantTakesTheEditsSinceTheSave() {
        open(QStringLiteral(CREDITPATH_SEED_SCENARIO));
        QVERIFY(
            doc().setField(QStringLiteral("build.enabled"), false, QStringLiteral("edit")).empty());
        QVERIFY(doc().saveAsVariant(QStringLiteral("No Build")).empty());
        QVERIFY(doc().fileScenario().build.enabled); // the base as it was saved
        QCOMPARE(doc().fileScenario().variants.size(), std::size_t(1));
        QCOMPARE(doc().fileScenario().variants[0].patch,
                 std::string(R"({"build":{"enabled":false}})"));
        QCOMPARE(doc().selectedVariant(), 0); // the forms keep showing the edits
        QVERIFY(!doc().scenario().build.enabled);
        QCOMPARE(w().variantBar()->selector()->currentText(), QStringLiteral("No Build"));
        // One undo step back: the edit on the base again, no variant.
        doc().undoStack()->undo();
        QVERIFY(doc().fileScenario().variants.empty());
        QVERIFY(!doc().fileScenario().build.enabled);
        QCOMPARE(doc().selectedVariant(), -1);
        QCOMPARE(w().variantBar()->selector()->count(), 1);
    }

    void namesMustBeUniqueAndNotEmpty() {
        open(kVariantsFile);
        const auto taken = doc().saveAsVariant(QStringLiteral("$50K POC with LOI"));
        QCOMPARE(taken.size(), std::size_t(1));
        QCOMPARE(taken.front().code, std::string("variant_name_taken"));
        QCOMPARE(taken.front().path, std::string("variants[2].name"));
        QCOMPARE(doc().saveAsVariant(QStringLiteral("  ")).front().code,
                 std::string("variant_name_empty"));
        QCOMPARE(doc().undoStack()->count(), 0);
        // A copy of the base (nothing edited since the save): an empty patch.
        QVERIFY(doc().saveAsVariant(QStringLiteral("Copy")).empty());
        QCOMPARE(doc().fileScenario().variants[2].patch, std::string("{}"));
    }

    void renameAndDeleteAreUndoable() {
        open(kVariantsFile);
        doc().selectVariant(1);
        QVERIFY(doc().renameVariant(1, QStringLiteral("Lean")).empty());
        QCOMPARE(w().variantBar()->selector()->itemText(2), QStringLiteral("Lean"));
        QCOMPARE(doc().renameVariant(1, QStringLiteral("$50K POC with LOI")).front().code,
                 std::string("variant_name_taken"));
        w().variantBar()->deleteAction()->trigger();
        QCOMPARE(doc().fileScenario().variants.size(), std::size_t(1));
        QCOMPARE(doc().selectedVariant(), -1);
        QCOMPARE(w().variantBar()->selector()->count(), 2);
        doc().undoStack()->undo();
        QCOMPARE(doc().fileScenario().variants[1].name, std::string("Lean"));
        doc().undoStack()->undo();
        QCOMPARE(doc().fileScenario().variants[1].name, std::string("Portfolio only, no Build"));
        QCOMPARE(w().variantBar()->selector()->itemText(2),
                 QStringLiteral("Portfolio only, no Build"));
        // Unchanged, the file saves as it was read.
        QCOMPARE(serializeScenario(doc().fileScenario()),
                 readTextFile(kVariantsFile.toStdString()));
    }

    // 2,500 growing 25 % a month passes one trillion within 120 months (2,500 × 1.25^119 ≈ 8e14),
    // not within 36 (2,500 × 1.25^35 ≈ 6.2 million): a longer horizon on the base breaks the
    // variant.
    void aBaseEditThatBreaksAVariantNamesIt() {
        open(QStringLiteral(CREDITPATH_SEED_SCENARIO));
        Scenario s = doc().fileScenario();
        s.variants = {{"Fast growth",
                       R"({"spend":{"lines":[{"category":"compute",)"
                       R"("monthly":"2500.00","growth_percent_per_month":"25"}]}})"}};
        doc().reset(s);
        auto* horizon = w().findChild<QSpinBox*>(QStringLiteral("horizon_months"));
        QVERIFY(horizon);
        horizon->setValue(120);
        QCOMPARE(doc().fileScenario().horizonMonths, 36); // refused: the last good state stays
        auto* error = w().findChild<QLabel*>(QStringLiteral("error:horizon_months"));
        QVERIFY(error && !error->isHidden());
        QVERIFY2(error->text().startsWith(QStringLiteral("Variant “Fast growth”: ")),
                 qPrintable(error->text()));
    }

    // A file whose variant the engine refuses is not opened; the open scenario stays.
    void aFileWithAnUnevaluableVariantIsRefused() {
        open(kVariantsFile);
        doc().selectVariant(0);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.creditpath.json"));
        Scenario s = doc().fileScenario();
        s.horizonMonths = 120;
        s.variants = {{"Fast growth",
                       R"({"spend":{"lines":[{"category":"compute",)"
                       R"("monthly":"2500.00","growth_percent_per_month":"25"}]}})"}};
        writeFileAtomically(bad.toStdString(), serializeScenario(s));
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!w().files()->load(bad));
        QCOMPARE(doc().fileScenario().variants.size(), std::size_t(2));
        QCOMPARE(doc().selectedVariant(), 0);
        QVERIFY(doc().scenario().bedrockPoc.customerLoi);
    }

    void compareViewShowsTheCoreTable() {
        open(kVariantsFile);
        w().charts()->setCurrentWidget(w().charts()->compareView());
        QCOMPARE(table()->columnCount(), 3);
        QCOMPARE(table()->rowCount(), 7);
        QCOMPARE(table()->horizontalHeaderItem(0)->text(), QStringLiteral("Base (editing)"));
        QCOMPARE(table()->horizontalHeaderItem(1)->text(), QStringLiteral("$50K POC with LOI"));
        QCOMPARE(table()->verticalHeaderItem(1)->text(), QStringLiteral("Expected usable value"));
        QCOMPARE(table()->verticalHeaderItem(1)->toolTip(), QStringLiteral("higher is better"));
        QCOMPARE(table()->item(0, 2)->text(), QStringLiteral("Portfolio only"));
        QCOMPARE(table()->item(1, 0)->text(), QStringLiteral("$120,000"));
        QCOMPARE(table()->item(1, 1)->text(), QStringLiteral("✓ $140,000"));
        QVERIFY(table()->item(1, 1)->font().bold());
        QCOMPARE(table()->item(2, 0)->text(), QStringLiteral("✓ $75,360"));
        QCOMPARE(table()->item(4, 0)->text(), QStringLiteral("$0")); // a tie: nobody best
        QCOMPARE(table()->item(6, 2)->text(), QStringLiteral("✓ 30 min"));
        // A column header picks that scenario for the forms.
        table()->horizontalHeader()->sectionClicked(2);
        QCOMPARE(doc().selectedVariant(), 1);
        QCOMPARE(table()->horizontalHeaderItem(2)->text(),
                 QStringLiteral("Portfolio only, no Build (editing)"));
        QCOMPARE(w().variantBar()->selector()->currentIndex(), 2);
        if (const QByteArray shots = qgetenv("CREDITPATH_VARIANT_SHOTS"); !shots.isEmpty()) {
            doc().selectVariant(-1);
            QTest::qWait(50);
            w().grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/compare-view.png"));
        }
    }

    void burnDownOverlaysTheVariants() {
        open(kVariantsFile);
        const int plain = int(w().charts()->burnDownChart()->series().size());
        w().charts()->compareView()->overlayCheck()->setChecked(true);
        QChart* chart = w().charts()->burnDownChart();
        QCOMPARE(int(chart->series().size()), plain + 2);
        QStringList names;
        for (auto* s : chart->series())
            names << s->name();
        QVERIFY(names.contains(QStringLiteral("$50K POC with LOI")));
        // With a variant in the forms, the base is overlaid instead of it.
        doc().selectVariant(0);
        names.clear();
        for (auto* s : w().charts()->burnDownChart()->series())
            names << s->name();
        QVERIFY(names.contains(QStringLiteral("Base")));
        QVERIFY(!names.contains(QStringLiteral("$50K POC with LOI")));
        if (const QByteArray shots = qgetenv("CREDITPATH_VARIANT_SHOTS"); !shots.isEmpty()) {
            doc().selectVariant(-1);
            w().charts()->setCurrentIndex(0);
            QTest::qWait(50);
            w().grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/overlay.png"));
        }
    }

    void screenShareHidesTheCompanyInVariantNames() {
        open(kVariantsFile);
        QVERIFY(doc().renameVariant(0, QStringLiteral("Reference with the LOI")).empty());
        w().redactNameAction()->setChecked(true);
        w().screenShareAction()->setChecked(true);
        QCOMPARE(w().variantBar()->selector()->itemText(1), QStringLiteral("••• with the LOI"));
        QCOMPARE(table()->horizontalHeaderItem(1)->text(), QStringLiteral("••• with the LOI"));
        for (int i = 0; i < doc().undoStack()->count(); ++i)
            QVERIFY(!doc().undoStack()->text(i).contains(QStringLiteral("Reference")));
        w().charts()->compareView()->overlayCheck()->setChecked(true);
        for (auto* s : w().charts()->burnDownChart()->series())
            QVERIFY(!s->name().contains(QStringLiteral("Reference")));
        if (const QByteArray shots = qgetenv("CREDITPATH_VARIANT_SHOTS"); !shots.isEmpty()) {
            w().charts()->setCurrentWidget(w().charts()->compareView());
            QTest::qWait(50);
            w().grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/compare-share.png"));
        }
        w().screenShareAction()->setChecked(false);
        QCOMPARE(w().variantBar()->selector()->itemText(1),
                 QStringLiteral("Reference with the LOI"));
    }
};

QTEST_MAIN(TstVariantsView)
#include "tst_variants_view.moc"
