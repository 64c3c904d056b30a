// No lost work: unsaved changes are written to a recovery file and offered back after a kill;
// a save keeps the previous versions (NAME~, NAME.~2~, …); unknown fields stay with their line.
#include "document/scenario_document.h"
#include "forms/spend_lines_model.h"
#include "forms/spend_page.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"
#include "window/app_settings.h"
#include "window/document_files.h"
#include "window/document_recovery.h"
#include "window/main_window.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <nlohmann/json.hpp>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

class TstDocumentRecovery : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;
    QString scenarioPath_;

    MainWindow& w() { return *window_; }
    void openWindow() {
        window_ = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(),
                                               QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(w().files()->load(scenarioPath_));
    }
    void editHorizon(int months) {
        QVERIFY(w().document()
                    ->setField(QStringLiteral("horizon_months"), months, QStringLiteral("Horizon"))
                    .empty());
    }

private slots:
    void init() {
        QFile::remove(dir_.filePath(QStringLiteral("settings.ini")));
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
        scenarioPath_ = dir_.filePath(QStringLiteral("mine.creditpath.json"));
        QFile::remove(scenarioPath_);
        QVERIFY(QFile::copy(QStringLiteral(CREDITPATH_SEED_SCENARIO), scenarioPath_));
        QFile::remove(scenarioPath_ + QLatin1Char('~'));
        openWindow();
    }
    void cleanup() { window_.reset(); }

    void aKilledSessionIsOfferedBack() {
        editHorizon(48);
        QVERIFY(!w().recovery()->available());
        w().recovery()->saveNow(); // the minute's tick, or focus loss
        QVERIFY(w().recovery()->available());
        QCOMPARE(parseScenario(readTextFile(settings_->recoveryFile().toStdString())).horizonMonths,
                 48);
        window_.reset(); // as after kill -9: no close event, so nothing removed the recovery
        openWindow();
        QVERIFY(w().recovery()->available());
        QCOMPARE(w().document()->scenario().horizonMonths, 36); // the file as saved
        QVERIFY(w().recovery()->restore());
        QCOMPARE(w().document()->scenario().horizonMonths, 48);
        QCOMPARE(w().files()->filePath(), QFileInfo(scenarioPath_).absoluteFilePath());
        QVERIFY(!w().document()->undoStack()->isClean()); // unsaved until the user saves
        w().document()->undoStack()->undo();              // one step back to the file
        QCOMPARE(w().document()->scenario().horizonMonths, 36);
    }

    void savingOrUndoingToTheSavedStateRemovesTheRecovery() {
        editHorizon(24);
        w().recovery()->saveNow();
        QVERIFY(w().recovery()->available());
        w().document()->undoStack()->undo(); // back to the saved state
        QVERIFY(!w().recovery()->available());
        editHorizon(24);
        w().recovery()->saveNow();
        QVERIFY(w().files()->saveTo(scenarioPath_));
        QVERIFY(!w().recovery()->available());
    }

    void aSaveKeepsThePreviousVersion() {
        const std::string before = readTextFile(scenarioPath_.toStdString());
        editHorizon(30);
        QVERIFY(w().files()->saveTo(scenarioPath_));
        QCOMPARE(readTextFile((scenarioPath_ + QLatin1Char('~')).toStdString()), before);
        QCOMPARE(parseScenario(readTextFile(scenarioPath_.toStdString())).horizonMonths, 30);
    }

    void theBackupCountIsASetting() {
        settings_->setBackupsToKeep(2);
        for (int months : {30, 31, 32}) {
            editHorizon(months);
            QVERIFY(w().files()->saveTo(scenarioPath_));
        }
        const auto horizonIn = [](const QString& path) {
            return parseScenario(readTextFile(path.toStdString())).horizonMonths;
        };
        QCOMPARE(horizonIn(scenarioPath_), 32);
        QCOMPARE(horizonIn(scenarioPath_ + QLatin1Char('~')), 31);
        QCOMPARE(horizonIn(scenarioPath_ + QStringLiteral(".~2~")), 30);
        settings_->setBackupsToKeep(0);
        editHorizon(33);
        QVERIFY(w().files()->saveTo(scenarioPath_));
        QCOMPARE(horizonIn(scenarioPath_ + QLatin1Char('~')), 31); // none made
        QFile::remove(scenarioPath_ + QStringLiteral(".~2~"));
    }

    void unknownFieldsStayWithTheirSpendLine() {
        // Two lines with fields this version does not know; removing the first must not move
        // its fields onto the line that moves up, and the file's key order survives the edit.
        const std::string text = R"({
  "format": "creditpath-scenario",
  "version": 1,
  "x_owner": "Ana",
  "name": "Unknowns",
  "spend": {
    "lines": [
      {"x_tag": "first", "category": "compute", "monthly": "100.00"},
      {"x_tag": "second", "category": "storage_cdn", "monthly": "200.00", "x_only_second": true}
    ]
  }
})";
        writeFileAtomically(scenarioPath_.toStdString(), text);
        QVERIFY(w().files()->load(scenarioPath_));
        w().spendPage()->model()->removeLine(0);
        const std::string saved = serializeScenario(w().document()->scenario());
        const auto doc = nlohmann::ordered_json::parse(saved);
        QCOMPARE(doc["spend"]["lines"].size(), std::size_t(1));
        QCOMPARE(doc["spend"]["lines"][0]["x_tag"], "second");
        QCOMPARE(doc["spend"]["lines"][0]["x_only_second"], true);
        QCOMPARE(doc["spend"]["lines"][0]["monthly"], "200.00");
        QCOMPARE(doc.begin().key(), "format");
        QCOMPARE(std::next(doc.begin(), 2).key(), "x_owner"); // where the file had it
        QCOMPARE(doc["spend"]["lines"][0].begin().key(), "x_tag");
        // Undo brings the first line back with its own fields.
        w().document()->undoStack()->undo();
        const auto undone =
            nlohmann::ordered_json::parse(serializeScenario(w().document()->scenario()));
        QCOMPARE(undone["spend"]["lines"][0]["x_tag"], "first");
        QVERIFY(!undone["spend"]["lines"][0].contains("x_only_second"));
        QCOMPARE(undone["spend"]["lines"][1]["x_tag"], "second");
    }
};

QTEST_MAIN(TstDocumentRecovery)
#include "tst_document_recovery.moc"
