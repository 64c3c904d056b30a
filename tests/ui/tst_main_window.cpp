// The main window end to end, offscreen: edits re-evaluate every view, undo, invalid input,
// save and open, screen-share redaction.
#include "charts/chart_factory.h"
#include "document/scenario_document.h"
#include "forms/field_binder.h"
#include "forms/spend_lines_model.h"
#include "forms/spend_page.h"
#include "results/alert_banner.h"
#include "results/charts_panel.h"
#include "results/results_model.h"
#include "results/results_panel.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"
#include "window/app_settings.h"
#include "window/export_actions.h"
#include "window/main_window.h"

#include <QAction>
#include <QChart>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

namespace {

int rowOf(MainWindow& w, PathId path) {
    ResultsModel* m = w.results()->resultsModel();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->pathAt(r) == path)
            return r;
    return -1;
}

QString cell(MainWindow& w, PathId path, int column) {
    return w.results()->resultsModel()->index(rowOf(w, path), column).data().toString();
}

QLineSeries* lineNamed(QChart* chart, const QString& name) {
    for (QAbstractSeries* s : chart->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries*>(s);
    return nullptr;
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    QLineEdit* field(const QString& path) { return w().findChild<QLineEdit*>(path); }

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

    // File -> Export writes the same files as the command line, atomically.
    void exportsFromTheWindow() {
        ExportActions* exports = w().exports();
        QVERIFY(exports);
        QString error;
        const QString csv = dir_.filePath(QStringLiteral("out.csv"));
        QVERIFY2(exports->writeTo(ExportActions::Kind::Csv, csv, &error), qPrintable(error));
        // RFC 4180 line ends on disk; the golden is kept with plain newlines.
        QCOMPARE(QString::fromStdString(readTextFile(csv.toStdString())).remove(QChar('\r')),
                 QString::fromStdString(
                     readTextFile(CREDITPATH_GOLDEN_DIR "/seed-reference.burn-down.csv")));
        const QString pdf = dir_.filePath(QStringLiteral("out.pdf"));
        QVERIFY2(exports->writeTo(ExportActions::Kind::Pdf, pdf, &error), qPrintable(error));
        QVERIFY(QString::fromStdString(readTextFile(pdf.toStdString())).startsWith("%PDF"));
        // The window's report carries the Uncertainty page the window's Monte Carlo shows: its
        // 10,000 draws with seed 1, the stack's P50 out of pocket being the burn-down's.
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished());
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("10,000 seeded draws (seed 1)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Sensitivity: ")));
        const QString ics = dir_.filePath(QStringLiteral("out.ics"));
        QVERIFY(exports->writeTo(ExportActions::Kind::Ics, ics, &error));
        QVERIFY(
            QString::fromStdString(readTextFile(ics.toStdString())).startsWith("BEGIN:VCALENDAR"));
        QVERIFY(!exports->writeTo(ExportActions::Kind::Json,
                                  QStringLiteral("/nonexistent/dir/e.json"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/e.json")));
    }

    void opensOnTheSeedReferenceResults() {
        QCOMPARE(cell(w(), PathId::Stack, ResultsModel::ExpectedColumn),
                 QStringLiteral("$120,000"));
        QCOMPARE(cell(w(), PathId::Stack, ResultsModel::UsableColumn), QStringLiteral("$150,000"));
        QCOMPARE(w().document()->evaluation().burnDown.coveredThroughMonth, 23);
        QVERIFY(w().charts()->burnDownChart()->title().contains(QStringLiteral("month 23")));
        QVERIFY(w().windowTitle().contains(QStringLiteral("seed-reference.creditpath.json")));
        QVERIFY(!w().isWindowModified());
    }

    void verdictSymbolsAreDrawnAtTheSizeAsked() {
        // Fit ✓ green, poor fit ! amber, not eligible × red: three different pictures, drawn
        // (not scaled from a small image) at the size a screen-share row asks for.
        const auto* model = w().results()->resultsModel();
        QList<QImage> seen;
        for (PathId id : {PathId::Stack, PathId::GenaiAccelerator, PathId::Map}) {
            const QModelIndex index = model->index(rowOf(w(), id), ResultsModel::VerdictColumn);
            const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(QSize(48, 48)).toImage();
            QCOMPARE(image.size(), QSize(48, 48));
            QVERIFY(image.pixelColor(24, 24).alpha() > 0); // drawn across the whole box
            QVERIFY(!seen.contains(image));
            seen << image;
        }
        const QColor fit = seen[0].pixelColor(8, 24), notEligible = seen[2].pixelColor(8, 24);
        QVERIFY(fit.green() > fit.red());
        QVERIFY(notEligible.red() > notEligible.green());
    }

    void typingIntoSpendCellChangesTableAndChart() {
        QTableView* table = w().spendPage()->table();
        const QString sppBefore = cell(w(), PathId::Spp, ResultsModel::ValueColumn);
        QLineSeries* charges = lineNamed(w().charts()->burnDownChart(), QStringLiteral("Charges"));
        QVERIFY(charges);
        QCOMPARE(charges->at(0).y(), 6260.0); // the seed mix's month-1 bill

        w().findChild<QTabWidget*>(QStringLiteral("formTabs"))->setCurrentWidget(w().spendPage());
        const QModelIndex monthly = table->model()->index(0, SpendLinesModel::MonthlyColumn);
        table->setCurrentIndex(monthly);
        table->edit(monthly);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("2,500.00"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("9000"));
        QTest::keyClick(editor, Qt::Key_Return);

        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(w().document()->scenario().spendLines[0].monthly, Money::fromWhole(9000));
        QVERIFY(cell(w(), PathId::Spp, ResultsModel::ValueColumn) != sppBefore);
        QVERIFY(w().document()->evaluation().burnDown.coveredThroughMonth < 23);
        charges = lineNamed(w().charts()->burnDownChart(), QStringLiteral("Charges"));
        QCOMPARE(charges->at(0).y(), 12760.0); // 6260 - 2500 + 9000
        QVERIFY(w().isWindowModified());
    }

    void typingIntoFieldChangesResults() {
        QLineEdit* budget = field(QStringLiteral("bedrock_poc.monthly_budget"));
        QVERIFY(budget);
        budget->selectAll();
        QTest::keyClick(budget, Qt::Key_Delete);
        QCOMPARE(budget->text(), QString());
        // Without a budget the BP-3 checklist names the gap and the stack says why.
        auto* checklist = w().findChild<QLabel*>(QStringLiteral("pocChecklist"));
        QVERIFY(checklist->text().contains(QStringLiteral("inference budget")));
        QTest::keyClicks(budget, QStringLiteral("1050"));
        QVERIFY(!checklist->text().contains(QStringLiteral("Missing")));
        QCOMPARE(w().document()->scenario().bedrockPoc.monthlyBudget, Money::fromWhole(1050));
    }

    void undoRestoresThePreviousEvaluation() {
        QLineEdit* arr = field(QStringLiteral("company.annual_recurring_revenue"));
        const QString sppBefore = cell(w(), PathId::Spp, ResultsModel::VerdictColumn);
        arr->selectAll();
        QTest::keyClicks(arr, QStringLiteral("100"));
        QCOMPARE(w().document()->scenario().company.annualRecurringRevenue, Money::fromWhole(100));
        w().document()->undoStack()->undo();
        QCOMPARE(w().document()->scenario().company.annualRecurringRevenue,
                 Money::fromWhole(1500000));
        QCOMPARE(cell(w(), PathId::Spp, ResultsModel::VerdictColumn), sppBefore);
        QCOMPARE(arr->text(), QStringLiteral("1,500,000.00")); // grouped as the locale groups
        QCOMPARE(cell(w(), PathId::Stack, ResultsModel::ExpectedColumn),
                 QStringLiteral("$120,000"));
        QCOMPARE(w().document()->evaluation().burnDown.coveredThroughMonth, 23);
        QVERIFY(!w().isWindowModified());
        w().document()->undoStack()->redo();
        QCOMPARE(arr->text(), QStringLiteral("100.00"));
    }

    void invalidInputShowsMessageAndKeepsResults() {
        QLineEdit* arr = field(QStringLiteral("company.annual_recurring_revenue"));
        arr->selectAll();
        QTest::keyClicks(arr, QStringLiteral("12"));
        QCOMPARE(w().document()->scenario().company.annualRecurringRevenue, Money::fromWhole(12));
        const QString stackValue = cell(w(), PathId::Stack, ResultsModel::ExpectedColumn);
        const QString sppVerdict = cell(w(), PathId::Spp, ResultsModel::VerdictColumn);
        const int commands = w().document()->undoStack()->count();
        QTest::keyClicks(arr, QStringLiteral("x"));
        const QString error =
            w().binder()->errorAt(QStringLiteral("company.annual_recurring_revenue"));
        // For people: the form label, the text as typed, what is expected (not a field path).
        QCOMPARE(error, QString::fromUtf8("Annual recurring revenue (USD): “12x” is not an "
                                          "amount; type one such as $1,200.50"));
        QCOMPARE(arr->text(), QStringLiteral("12x")); // nothing typed is thrown away
        // The last valid results stay.
        QCOMPARE(w().document()->scenario().company.annualRecurringRevenue, Money::fromWhole(12));
        QCOMPARE(w().document()->undoStack()->count(), commands);
        QCOMPARE(cell(w(), PathId::Stack, ResultsModel::ExpectedColumn), stackValue);
        QCOMPARE(cell(w(), PathId::Spp, ResultsModel::VerdictColumn), sppVerdict);
        // Another field's edit leaves the rejected text where it is.
        QLineEdit* region = field(QStringLiteral("company.region"));
        QTest::keyClicks(region, QStringLiteral("x"));
        QCOMPARE(arr->text(), QStringLiteral("12x"));
        // Correcting it clears the message.
        QTest::keyClick(arr, Qt::Key_Backspace);
        QCOMPARE(w().binder()->errorAt(QStringLiteral("company.annual_recurring_revenue")),
                 QString());
        QCOMPARE(w().document()->scenario().company.annualRecurringRevenue, Money::fromWhole(12));
    }

    void invalidSpendCellKeepsTextAndResults() {
        SpendLinesModel* model = w().spendPage()->model();
        const QModelIndex monthly = model->index(2, SpendLinesModel::MonthlyColumn);
        QVERIFY(!model->setData(monthly, QStringLiteral("-5"), Qt::EditRole));
        QCOMPARE(monthly.data().toString(), QStringLiteral("-5"));
        QCOMPARE(monthly.data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8("Monthly (USD), row 3: must be a non-negative amount, got "
                                   "“-5”"));
        QCOMPARE(w().document()->evaluation().burnDown.coveredThroughMonth, 23);
    }

    void spendLinesAddRemoveAndPreset() {
        SpendLinesModel* model = w().spendPage()->model();
        const int rows = model->rowCount();
        model->addLine();
        QCOMPARE(model->rowCount(), rows + 1);
        model->removeLine(rows);
        QCOMPARE(model->rowCount(), rows);
        model->applyReferenceMix();
        QCOMPARE(w().document()->scenario().spendLines, Rulebook::builtIn().params().referenceMix);
    }

    // The month totals behind the Spend tab are filled when the tab is shown, and follow the
    // edits made while it was hidden.
    void spendTotalsFollowEditsMadeWhileHidden() {
        auto* totals = w().findChild<QTableWidget*>(QStringLiteral("monthTotals"));
        auto* tabs = w().findChild<QTabWidget*>(QStringLiteral("formTabs"));
        QVERIFY(totals && tabs);
        QVERIFY(!totals->isVisible()); // the Company tab is in front
        Scenario s = w().document()->scenario();
        s.spendLines = {{Category::Compute, Money::fromWhole(1234), {}, {}, {}}};
        w().document()->reset(s);
        tabs->setCurrentWidget(w().spendPage());
        QVERIFY(totals->isVisible());
        QCOMPARE(totals->columnCount(), s.horizonMonths);
        QCOMPARE(totals->horizontalHeaderItem(0)->text(), QStringLiteral("M1"));
        QCOMPARE(totals->item(0, 0)->text(), QStringLiteral("$1,234"));
    }

    // The lines behind the Spend tab reach their table (which measures every cell) when the
    // tab is first shown: not on the window's first frame.
    void spendLinesWaitForTheirTab() {
        auto* lines = w().findChild<QTableView*>(QStringLiteral("spendLines"));
        QVERIFY(lines);
        QVERIFY(!lines->model());
        w().findChild<QTabWidget*>(QStringLiteral("formTabs"))->setCurrentWidget(w().spendPage());
        QCOMPARE(lines->model(), w().spendPage()->model());
        QCOMPARE(lines->model()->rowCount(), int(w().document()->scenario().spendLines.size()));
        QCOMPARE(lines->horizontalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    }

    // A narrow forms pane scrolls the spend lines sideways; no amount or header is cut.
    void narrowSpendLinesScrollInsteadOfCutting() {
        w().findChild<QTabWidget*>(QStringLiteral("formTabs"))->setCurrentWidget(w().spendPage());
        QTableView* lines = w().spendPage()->table();
        auto* split = w().findChild<QSplitter*>(QStringLiteral("panes"));
        QVERIFY(split);
        split->setSizes({1, 10000}); // the forms pane at its minimum
        QCoreApplication::processEvents();
        QHeaderView* header = lines->horizontalHeader();
        for (int c = 0; c < lines->model()->columnCount(); ++c) {
            const QString column = lines->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >=
                         static_cast<QAbstractItemView*>(lines)->sizeHintForColumn(c),
                     qPrintable(column));
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(column));
        }
        QVERIFY(lines->horizontalScrollBar()->maximum() > 0);
    }

    // The panes take their shares of the window it first shows at (forms 38 %, results 62 %;
    // within the results, the table and reasons 60 %, the charts 40 %), whatever each pane's
    // minimum.
    void panesTakeTheirSharesOfTheFirstWindow() {
        MainWindow window(Rulebook::builtIn(), settings_.get(),
                          QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(window.files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)));
        window.setWindowState(Qt::WindowNoState);
        window.resize(1400, 900); // room above every pane's minimum
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* split = window.findChild<QSplitter*>(QStringLiteral("panes"));
        QVERIFY(split);
        auto* right = qobject_cast<QSplitter*>(split->widget(1));
        QVERIFY(right);
        const auto near = [](int actual, int expected) { return std::abs(actual - expected) <= 2; };
        const QList<int> across = split->sizes(), down = right->sizes();
        const int width = across[0] + across[1], height = down[0] + down[1];
        QVERIFY2(near(across[0], width * 38 / 100), qPrintable(QString::number(across[0])));
        QVERIFY2(near(down[1], height * 40 / 100), qPrintable(QString::number(down[1])));
    }

    void saveThenOpenRoundTrips() {
        QLineEdit* name = field(QStringLiteral("company.name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Round Trip GmbH"));
        const Scenario edited = w().document()->scenario();
        const QString path = dir_.filePath(QStringLiteral("saved.creditpath.json"));
        QVERIFY(w().files()->saveTo(path));
        QVERIFY(!w().isWindowModified());
        QVERIFY(w().windowTitle().contains(QStringLiteral("saved.creditpath.json")));

        w().files()->loadExample(DocumentFiles::Example::Blank);
        QVERIFY(w().files()->load(path));
        QVERIFY(w().document()->scenario().sameContent(edited));
        QCOMPARE(name->text(), QStringLiteral("Round Trip GmbH"));
        QCOMPARE(QString::fromStdString(readTextFile(path.toStdString())),
                 QString::fromStdString(serializeScenario(w().document()->scenario())));
        QCOMPARE(settings_->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void screenShareRedactsTheAccountId() {
        QLineEdit* account = field(QStringLiteral("company.aws_account_id"));
        QTest::keyClicks(account, QStringLiteral("123456789012"));
        QCOMPARE(w().document()->scenario().company.awsAccountId, std::string("123456789012"));
        const qreal normalSize = w().centralWidget()->font().pointSizeF();
        w().screenShareAction()->trigger();
        QVERIFY(w().isScreenShare());
        QVERIFY(w().centralWidget()->font().pointSizeF() > normalSize);
        for (QLineEdit* e : w().findChildren<QLineEdit*>())
            QVERIFY(!e->displayText().contains(QStringLiteral("9012")));
        for (QLabel* l : w().findChildren<QLabel*>())
            QVERIFY(!l->text().contains(QStringLiteral("123456789012")));
        QVERIFY(!w().windowTitle().contains(QStringLiteral("123456789012")));
        QVERIFY(settings_->screenShare());
        w().screenShareAction()->trigger();
        QCOMPARE(account->displayText(), QStringLiteral("123456789012"));
    }

    void sinkingWarningsStandOutAboveResults() {
        QVERIFY(w().results()->alertBanner()->isHidden());
        // Build described as the Portfolio workload again: the overlap warning (BS-4).
        const Scenario& s = w().document()->scenario();
        QJsonArray services;
        for (const auto& name : s.portfolio.services)
            services.append(QString::fromStdString(name));
        QVERIFY(w().document()
                    ->setField(QStringLiteral("build.services"), services, QStringLiteral("x"))
                    .empty());
        QVERIFY(w().document()
                    ->setField(QStringLiteral("build.use_case"),
                               QString::fromStdString(s.portfolio.useCase), QStringLiteral("x"))
                    .empty());
        QVERIFY(!w().document()->evaluation().alerts.empty());
        QVERIFY(!w().results()->alertBanner()->isHidden());
        QVERIFY(w().results()->alertBanner()->allAlerts().contains(QStringLiteral("BS-4")));
        w().document()->undoStack()->undo();
        w().document()->undoStack()->undo();
        QVERIFY(w().results()->alertBanner()->isHidden());
    }

    void newExamplesLoad() {
        w().files()->loadExample(DocumentFiles::Example::GcpFrankfurt);
        QCOMPARE(w().document()->scenario().migration.from, MigrationSource::Gcp);
        QLineEdit* cost = field(QStringLiteral("migration.total_cost"));
        const QString mapBefore = cell(w(), PathId::Map, ResultsModel::ValueColumn);
        cost->selectAll();
        QTest::keyClicks(cost, QStringLiteral("2000000"));
        QVERIFY(cell(w(), PathId::Map, ResultsModel::ValueColumn) != mapBefore);
        w().files()->loadExample(DocumentFiles::Example::Blank);
        QVERIFY(w().document()->scenario().spendLines.empty());
        QVERIFY(w().document()->undoStack()->isClean());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
