// Getting data in and out of the window the way people work: forgiving amounts under English
// and German rules with messages for people, spreadsheet paste, Cost Explorer import, copy of
// the results table, Open Recent -> Clear list, drag and drop, Save As on Ctrl+Shift+S.
#include "document/scenario_document.h"
#include "evaluation/timeline.h"
#include "forms/field_binder.h"
#include "forms/spend_lines_model.h"
#include "forms/spend_page.h"
#include "forms/typed_input.h"
#include "results/results_model.h"
#include "results/results_panel.h"
#include "rulebook/rulebook.h"
#include "window/app_settings.h"
#include "window/export_actions.h"
#include "window/export_notice.h"
#include "window/main_window.h"
#include "window/spend_import.h"

#include <QAction>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

class TstDataExchange : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    QLineEdit* field(const QString& path) { return w().findChild<QLineEdit*>(path); }
    void open(const QLocale& locale) {
        window_ = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(), locale);
        QVERIFY(w().files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)));
    }
    void type(QLineEdit* edit, const QString& text) {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    // Pasted whole: one edit with the full text (typing commits each prefix that reads).
    void paste(QLineEdit* edit, const QString& text) {
        edit->selectAll();
        QGuiApplication::clipboard()->setText(text);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->text(), text);
    }
    QString arrError() {
        return w().binder()->errorAt(QStringLiteral("company.annual_recurring_revenue"));
    }
    Money arr() { return *w().document()->scenario().company.annualRecurringRevenue; }
    SpendLinesModel* spend() { return w().spendPage()->model(); }
    QLabel* spendProblems() { return w().findChild<QLabel*>(QStringLiteral("spendProblems")); }

private slots:
    void init() {
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
        open(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { window_.reset(); }

    void formsAcceptWhatPeopleType_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("dollars and groups") << "$2,000,000"
                                            << "2000000.00";
        QTest::newRow("millions") << "2M"
                                  << "2000000.00";
        QTest::newRow("thousands") << "2.5k"
                                   << "2500.00";
        QTest::newRow("currency after") << "1300 USD"
                                        << "1300.00";
    }
    void formsAcceptWhatPeopleType() {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QLineEdit* edit = field(QStringLiteral("company.annual_recurring_revenue"));
        type(edit, typed);
        QCOMPARE(QString::fromStdString(arr().toString()), stored);
        QCOMPARE(arrError(), QString());
        QCOMPARE(edit->text(), typed); // what was typed stays as typed
    }

    // A stored amount shows grouped the way the interface language groups, and what is shown
    // reads back as the same amount (no field ever shows a text its own reader refuses).
    void shownAmountsAreGroupedAndReadBack_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en millions") << "en_US"
                                     << "1500000.00"
                                     << "1,500,000.00";
        QTest::newRow("en hundreds") << "en_US"
                                     << "950.00"
                                     << "950.00";
        QTest::newRow("en thousand") << "en_US"
                                     << "1000.00"
                                     << "1,000.00";
        QTest::newRow("de millions") << "de_DE"
                                     << "1500000.00"
                                     << "1.500.000,00";
        QTest::newRow("fr millions") << "fr_FR"
                                     << "1500000.00" << QString::fromUtf8("1\u202f500\u202f000,00");
        QTest::newRow("ja negative") << "ja_JP"
                                     << "-25000.50"
                                     << "-25,000.50";
        QTest::newRow("percent") << "de_DE"
                                 << "2.5"
                                 << "2,5";
    }
    void shownAmountsAreGroupedAndReadBack() {
        QFETCH(QString, locale);
        QFETCH(QString, canonical);
        QFETCH(QString, shown);
        const QLocale l(locale);
        QCOMPARE(FieldBinder::localNumber(canonical, l), shown);
        const TypedKind kind = canonical == "2.5" ? TypedKind::Percent : TypedKind::Money;
        const TypedValue back = readTyped(shown, kind, QStringLiteral("x"), l);
        QVERIFY(!back.problem);
        QCOMPARE(back.value.toString(), canonical == "2.5" ? QStringLiteral("2.5") : canonical);
    }

    // German rules: "1.200,50" is 1200.50; "1050.50" is refused with the suggestion and never
    // stored as 105050.00; the message names the field, quotes the text, says what is meant.
    void germanRulesNeverRescale() {
        open(QLocale(QLocale::German, QLocale::Germany));
        QLineEdit* edit = field(QStringLiteral("company.annual_recurring_revenue"));
        paste(edit, QStringLiteral("1.200,50"));
        QCOMPARE(arr(), Money::parse("1200.50"));
        paste(edit, QStringLiteral("1050.50"));
        QCOMPARE(arr(), Money::parse("1200.50")); // the last good value stays, never 105050
        QCOMPARE(arrError(),
                 QString::fromUtf8("Annual recurring revenue (USD): “1050.50” can be read more "
                                   "than one way; did you mean 1.050,50\u00a0$? Type it that way "
                                   "to use it"));
        QCOMPARE(edit->text(), QStringLiteral("1050.50"));
        type(edit, QStringLiteral("1.050,50 $"));
        QCOMPARE(arr(), Money::parse("1050.50"));
        QCOMPARE(arrError(), QString()); // gone as soon as it is fixed
    }

    // The table's message names the column and the row as the table numbers it (row 3, not
    // lines[2]), quotes what was typed and says what is expected; it goes once fixed.
    void spendCellMessagesAreForPeople() {
        const QModelIndex monthly = spend()->index(2, SpendLinesModel::MonthlyColumn);
        QVERIFY(!spend()->setData(monthly, QStringLiteral("-5"), Qt::EditRole));
        const QString expected =
            QString::fromUtf8("Monthly (USD), row 3: must be a non-negative amount, got “-5”");
        QCOMPARE(monthly.data(Qt::ToolTipRole).toString(), expected);
        QCOMPARE(spendProblems()->text(), expected);
        QVERIFY(!spendProblems()->isHidden());
        QVERIFY(!spend()->setData(monthly, QStringLiteral("12,34"), Qt::EditRole));
        QCOMPARE(monthly.data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8("Monthly (USD), row 3: “12,34” can be read more than one way; "
                                   "did you mean $12.34? Type it that way to use it"));
        QVERIFY(spend()->setData(monthly, QStringLiteral("$1,234"), Qt::EditRole));
        QCOMPARE(w().document()->scenario().spendLines[2].monthly, Money::parse("1234"));
        QVERIFY(spendProblems()->isHidden());
        const QModelIndex growth = spend()->index(0, SpendLinesModel::GrowthColumn);
        QVERIFY(spend()->setData(growth, QStringLiteral("2 %"), Qt::EditRole));
        QCOMPARE(w().document()->scenario().spendLines[0].growthPercentPerMonth,
                 Rate::parsePercent("2"));
    }

    // The account ID's message never repeats what was typed (it is hidden when sharing).
    void accountIdMessageNeverShowsTheId() {
        QLineEdit* account = field(QStringLiteral("company.aws_account_id"));
        type(account, QStringLiteral("1234-5678-901"));
        const QString error = w().binder()->errorAt(QStringLiteral("company.aws_account_id"));
        QCOMPARE(error, QStringLiteral("AWS account ID: must be 12 digits, as the AWS console "
                                       "shows them (1234-5678-9012)"));
        type(account, QStringLiteral("1234 5678 9012"));
        QCOMPARE(w().document()->scenario().company.awsAccountId, std::string("123456789012"));
    }

    // A spreadsheet paste with a header row, an AWS service name and a category name: two
    // lines appended, one undo step removes both.
    void pasteAppendsLinesAsOneUndoStep() {
        const int rows = spend()->rowCount();
        const int commands = w().document()->undoStack()->count();
        QVERIFY(spend()->pasteLines(QStringLiteral("Category\tMonthly\tRamp to\tRamp months\t"
                                                   "Growth\r\nAmazon Bedrock\t$1,200\r\n"
                                                   "Storage & CDN\t2.5k\t3000\t4\t2 %\r\n")));
        QCOMPARE(spend()->rowCount(), rows + 2);
        QCOMPARE(w().document()->undoStack()->count(), commands + 1);
        const auto& lines = w().document()->scenario().spendLines;
        QCOMPARE(lines[rows].category, Category::Bedrock);
        QCOMPARE(lines[rows].monthly, Money::parse("1200"));
        QCOMPARE(lines[rows + 1].category, Category::StorageCdn);
        QCOMPARE(lines[rows + 1].monthly, Money::parse("2500"));
        QCOMPARE(lines[rows + 1].ramp->to, Money::parse("3000"));
        QCOMPARE(lines[rows + 1].ramp->months, 4);
        QCOMPARE(lines[rows + 1].growthPercentPerMonth, Rate::parsePercent("2"));
        w().document()->undoStack()->undo();
        QCOMPARE(spend()->rowCount(), rows);
    }

    void badPasteChangesNothingAndSaysWhere() {
        const int rows = spend()->rowCount();
        QVERIFY(!spend()->pasteLines(QStringLiteral("compute\t100\nwidgets\tabc\n")));
        QCOMPARE(spend()->rowCount(), rows);
        QCOMPARE(spendProblems()->text(),
                 QString::fromUtf8("Category, row %1: “widgets” is neither a category nor an AWS "
                                   "service CreditPath knows\nMonthly (USD), row %1: “abc” is not "
                                   "an amount; type one such as $1,200.50")
                     .arg(rows + 2));
    }

    // One bad row alone is reported, not taken for a header.
    void singleBadRowIsReported() {
        QVERIFY(!spend()->pasteLines(QStringLiteral("widgets\t12x")));
        QVERIFY(spendProblems()->text().contains(QString::fromUtf8("“widgets”")));
        QVERIFY(spendProblems()->text().contains(QString::fromUtf8("“12x” is not an amount")));
    }

    // Edit -> Copy: tab-separated text and HTML, a header and one line per path, whole figures.
    void copiesResultsAsTsvAndHtml() {
        w().copyResultsTable();
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        const QStringList lines = mime->text().trimmed().split(QLatin1Char('\n'));
        ResultsModel* model = w().results()->resultsModel();
        QCOMPARE(lines.size(), model->rowCount() + 1);
        for (const QString& line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), model->columnCount() - 1);
        QCOMPARE(lines[0].split(QLatin1Char('\t'))[ResultsModel::ExpectedColumn],
                 model->headerData(ResultsModel::ExpectedColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString());
        QVERIFY(mime->text().contains(QStringLiteral("\t$120,000\t")));
        QVERIFY(mime->html().startsWith(QStringLiteral("<table")));
        QCOMPARE(mime->html().count(QStringLiteral("<tr>")), model->rowCount() + 1);
        QVERIFY(mime->html().contains(QStringLiteral("<td>$120,000</td>")));
    }

    // File -> Import spend from the hand-made Cost Explorer CSV: five lines, one undo step.
    void importsSpendFromTheWindow() {
        SpendImport imported;
        QString error;
        QVERIFY2(w().spendImporter()->read(QStringLiteral(CREDITPATH_TEST_DATA_DIR
                                                          "/imports/cost-explorer-by-service.csv"),
                                           *parseIsoDate("2026-11-27"), &imported, &error),
                 qPrintable(error));
        const QString summary = w().spendImporter()->summary(imported);
        QVERIFY(summary.contains(QStringLiteral("2026-10")));
        QVERIFY(summary.contains(QStringLiteral("Acme Analytics SaaS")));
        QVERIFY(summary.contains(QStringLiteral("Tax, CloudWatch, $322.50")));
        QVERIFY(summary.contains(QStringLiteral("10%")));
        const auto before = w().document()->scenario().spendLines;
        w().spendImporter()->apply(imported, true);
        const auto& lines = w().document()->scenario().spendLines;
        QCOMPARE(lines.size(), std::size_t(5));
        QCOMPARE(lines[1].monthly, Money::parse("1250.01"));
        QCOMPARE(lines[1].growthPercentPerMonth, Rate::parsePercent("10"));
        w().document()->undoStack()->undo();
        QVERIFY(w().document()->scenario().spendLines == before);
        QVERIFY(!w().spendImporter()->read(QStringLiteral(CREDITPATH_SEED_SCENARIO),
                                           *parseIsoDate("2026-11-27"), &imported, &error));
        QVERIFY(!error.isEmpty());
    }

    // Many unknown services: the summary names eight and counts the rest.
    void longServiceListsAreShortened() {
        QString csv = QStringLiteral("Service");
        QString row = QStringLiteral("\n2026-10-01");
        for (int i = 1; i <= 10; ++i) {
            csv += QStringLiteral(",Widget %1($)").arg(i);
            row += QStringLiteral(",1");
        }
        const QString path = dir_.filePath(QStringLiteral("many.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((csv + row + QLatin1Char('\n')).toUtf8());
        file.close();
        SpendImport imported;
        QString error;
        QVERIFY2(w().spendImporter()->read(path, *parseIsoDate("2026-11-27"), &imported, &error),
                 qPrintable(error));
        QCOMPARE(imported.unmapped.size(), std::size_t(10));
        QVERIFY(w().spendImporter()->summary(imported).contains(
            QStringLiteral("Widget 7, Widget 8 and 2 more")));
    }

    void openRecentHasClearList() {
        QVERIFY(!settings_->recentFiles().isEmpty()); // the seed scenario, opened in init()
        QAction* clear = nullptr;
        for (QAction* a : w().recentMenu()->actions())
            if (a->text() == QStringLiteral("&Clear list"))
                clear = a;
        QVERIFY(clear);
        clear->trigger();
        QVERIFY(settings_->recentFiles().isEmpty());
        QVERIFY(!w().recentMenu()->isEnabled());
    }

    void dropOpensAScenario() {
        w().files()->loadExample(DocumentFiles::Example::Blank);
        auto mime = std::make_unique<QMimeData>();
        mime->setUrls({QUrl::fromLocalFile(QStringLiteral(CREDITPATH_SEED_SCENARIO))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(&w(), &drop);
        QCOMPARE(w().files()->filePath(),
                 QFileInfo(QStringLiteral(CREDITPATH_SEED_SCENARIO)).absoluteFilePath());
    }

    // File -> Export -> Partner Central records: three files; the status bar says so and
    // offers the folder; while sharing the screen the account ID stays out of the files.
    void exportsPartnerCentralRecordsAndSaysSo() {
        type(field(QStringLiteral("company.aws_account_id")), QStringLiteral("1234-5678-9012"));
        const QString folder = dir_.filePath(QStringLiteral("ace"));
        QVERIFY(w().exports()->exportPartnerCentralTo(folder));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
        QCOMPARE(w().exportNotice()->message(),
                 QStringLiteral("Wrote 3 Partner Central record(s) to %1")
                     .arg(QDir::toNativeSeparators(folder)));
        QCOMPARE(w().exportNotice()->target(), folder);
        QCOMPARE(w().exportNotice()->openButton()->text(), QStringLiteral("Open folder"));
        QFile portfolio(QDir(folder).filePath(QStringLiteral("portfolio.CreateOpportunity.json")));
        QVERIFY(portfolio.open(QIODevice::ReadOnly));
        QVERIFY(portfolio.readAll().contains("\"AwsAccountId\": \"123456789012\""));
        w().screenShareAction()->trigger();
        const QString shared = dir_.filePath(QStringLiteral("ace-shared"));
        QVERIFY(w().exports()->exportPartnerCentralTo(shared));
        for (const QString& name : QDir(shared).entryList(QDir::Files)) {
            QFile f(QDir(shared).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("123456789012"));
        }
        w().screenShareAction()->trigger();
        const QString csv = dir_.filePath(QStringLiteral("out.paths.csv"));
        QVERIFY(w().exports()->exportTo(ExportActions::Kind::PathsCsv, csv));
        QCOMPARE(w().exportNotice()->message(), QStringLiteral("Wrote out.paths.csv"));
        QCOMPARE(w().exportNotice()->openButton()->text(), QStringLiteral("Open"));
    }

    // Terms of the trade explain themselves on hover, with their rule IDs.
    void tradeTermsExplainThemselves() {
        const auto vc = w().findChild<QWidget*>(QStringLiteral("company.vc_in_activate_portfolio"));
        QVERIFY(vc->toolTip().contains(QStringLiteral("(PF-5)")));
        QCOMPARE(vc->whatsThis(), vc->toolTip());
        QVERIFY(w().findChild<QWidget*>(QStringLiteral("company.partner_attestation"))
                    ->toolTip()
                    .contains(QStringLiteral("PF-5")));
        QVERIFY(spend()
                    ->headerData(SpendLinesModel::CategoryColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("earmarked")));
        QVERIFY(spend()
                    ->headerData(SpendLinesModel::RampToColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Ramp:")));
        const QString expected =
            w().results()
                ->resultsModel()
                ->headerData(ResultsModel::ExpectedColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY(expected.contains(QStringLiteral("(PD-2, ST-2)")));
        QCoreApplication::processEvents(); // the Bedrock POC page is built after the first paint
        bool checklist = false;
        for (QWidget* box : w().findChildren<QGroupBox*>())
            checklist = checklist || box->toolTip().contains(QStringLiteral("(BP-3)"));
        QVERIFY(checklist);
    }

    // Print and preview draw the report's pages on the paper setting (here to a PDF printer).
    void printsTheReportOnThePaperSetting() {
        settings_->setReportPaper(QStringLiteral("letter"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir_.filePath(QStringLiteral("printed.pdf")));
        w().exports()->setUpPrinter(printer);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::Letter);
        QVERIFY(w().exports()->printTo(printer) >= 5);
        QVERIFY(QFileInfo(printer.outputFileName()).size() > 10000);
    }

    void ctrlVOnTheTablePastes() {
        w().show();
        w().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w()));
        w().findChild<QTabWidget*>(QStringLiteral("formTabs"))->setCurrentWidget(w().spendPage());
        const int rows = spend()->rowCount();
        QGuiApplication::clipboard()->setText(QStringLiteral("networking\t$330\n"));
        QTableView* table = w().spendPage()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(spend()->rowCount(), rows + 1);
        QCOMPARE(w().document()->scenario().spendLines.back().category, Category::Networking);
    }

    void saveAsIsCtrlShiftS() {
        QAction* saveAs = nullptr;
        for (QAction* a : w().findChildren<QAction*>())
            if (a->text() == QStringLiteral("Save &As…"))
                saveAs = a;
        QVERIFY(saveAs);
        QCOMPARE(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    }
};

QTEST_MAIN(TstDataExchange)
#include "tst_data_exchange.moc"
