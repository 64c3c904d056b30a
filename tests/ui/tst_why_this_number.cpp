// Issue 7 in the window: every figure says where it comes from (tooltip and click), the
// empty state is calm, alerts and exports name the path they belong to.
#include "document/scenario_document.h"
#include "results/alert_banner.h"
#include "results/charts_panel.h"
#include "results/reasons_title.h"
#include "results/results_model.h"
#include "results/results_panel.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "window/app_settings.h"
#include "window/document_files.h"
#include "window/export_actions.h"
#include "window/main_window.h"

#include <QFontMetrics>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace creditpath;
using namespace creditpath::ui;

class TstWhyThisNumber : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    ResultsModel* model() { return w().results()->resultsModel(); }
    int rowOf(PathId path) {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->pathAt(r) == path)
                return r;
        return -1;
    }
    QVariant cellData(PathId path, int column, int role) {
        return model()->index(rowOf(path), column).data(role);
    }
    void open(const char* file) {
        QVERIFY(w().files()->load(QStringLiteral(CREDITPATH_TEST_DATA_DIR "/") +
                                  QString::fromLatin1(file)));
    }

private slots:
    void init() {
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
        window_ = std::make_unique<MainWindow>(Rulebook::builtIn(), settings_.get(),
                                               QLocale(QLocale::English, QLocale::UnitedStates));
        open("founder-forfeits-build.creditpath.json");
        // A laptop's window: the offscreen screen is only 800x600, which the first start
        // fills (maximized); a window of its own size needs the normal state.
        w().setWindowState(Qt::WindowNoState);
        w().resize(1280, 800);
        w().show();
        QVERIFY(QTest::qWaitForWindowExposed(&w()));
    }
    void cleanup() { window_.reset(); }

    void everyFigureHasItsDerivationAsTooltip() {
        for (int column :
             {ResultsModel::ValueColumn, ResultsModel::UsableColumn, ResultsModel::ExpectedColumn,
              ResultsModel::DaysColumn, ResultsModel::MinutesColumn})
            for (int row = 0; row < model()->rowCount(); ++row)
                QVERIFY2(!model()->index(row, column).data(Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
        // 144000 x 80 %: the arithmetic with the actual amounts and the rules.
        const QString expected =
            cellData(PathId::Stack, ResultsModel::ExpectedColumn, Qt::ToolTipRole).toString();
        QCOMPARE(expected, QString::fromUtf8("Expected $115,200 = usable $144,000 (PF-1 $100,000 "
                                             "+ BS-1 $25,000 + BP-1 $25,000 − BD-3 $6,000) × 80% "
                                             "approval. (PF-1, BS-1, BP-1, BD-3, PD-2, ST-2)"));
        QCOMPARE(cellData(PathId::Stack, ResultsModel::UsableColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("$144,000"));
        // The verdict says which rule set it: forfeiture does not.
        QCOMPARE(cellData(PathId::Stack, ResultsModel::VerdictColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("Fit"));
        QVERIFY(cellData(PathId::GenaiAccelerator, ResultsModel::VerdictColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("GA-1")));
    }

    void clickingAFigureShowsWhereItComesFrom() {
        QTableView* table = w().results()->resultsTable();
        QLabel* why = w().results()->derivationLabel();
        QVERIFY(why->isHidden());
        const QModelIndex usable = model()->index(rowOf(PathId::Stack), ResultsModel::UsableColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(usable).center());
        QVERIFY(why->isVisible());
        QVERIFY(why->text().contains(QStringLiteral("Why this number")));
        QVERIFY(why->text().contains(QStringLiteral("$6,000 expiring unused")));
    }

    // The line above the reasons tells how to reach a figure's derivation when there is room;
    // narrower, it keeps the path's name whole and the hint moves into its tooltip, so the
    // title never asks for more width than the name needs.
    void theReasonsTitleHintMovesIntoItsTooltipWhenNarrow() {
        const QString hint = QStringLiteral("click a figure above to see where it comes from");
        QWidget host;
        auto* title = new ReasonsTitle(&host);
        title->setPathName(QStringLiteral("Portfolio + Build"));
        // Qt's own measure of each text, for comparison.
        QLabel shortLabel(QStringLiteral("<b>Why:</b> Portfolio + Build"));
        QLabel wholeLabel(QStringLiteral("<b>Why:</b> Portfolio + Build (") + hint +
                          QStringLiteral(")"));
        const int shortWidth = shortLabel.sizeHint().width();
        const int wholeWidth = wholeLabel.sizeHint().width();
        QCOMPARE(title->minimumSizeHint().width(), shortWidth);
        host.show(); // a hidden label learns of its size only when shown
        QVERIFY(QTest::qWaitForWindowExposed(&host));

        title->resize(wholeWidth, 30);
        QVERIFY(title->showsHint());
        QCOMPARE(title->text(), wholeLabel.text());
        QVERIFY(title->toolTip().isEmpty());

        title->resize(wholeWidth - 1, 30);
        QVERIFY(!title->showsHint());
        QCOMPARE(title->text(), shortLabel.text());
        QCOMPARE(title->toolTip(), hint);
        QCOMPARE(title->minimumSizeHint().width(), shortWidth);

        title->resize(wholeWidth + 40, 30); // room again
        QVERIFY(title->showsHint());
        title->setPathName(QStringLiteral("Stack: Portfolio + Build + Bedrock POC"));
        QVERIFY(title->minimumSizeHint().width() > shortWidth); // the longer name, whole
        QVERIFY(!title->showsHint());                           // no longer fits the hint
        QVERIFY(title->text().contains(QStringLiteral("Bedrock POC")));
    }

    void recommendationStatesTheRuleItApplied() {
        QLabel* rec = w().results()->recommendationLabel();
        QVERIFY(rec->text().contains(QStringLiteral("Stack")));
        QVERIFY(rec->text().contains(
            QStringLiteral("Largest expected usable value ($115,200) among paths that fit and "
                           "land within 30 days")));
        // The banner names the path that forfeits.
        AlertBanner* banner = w().results()->alertBanner();
        QVERIFY(!banner->isHidden());
        QVERIFY(
            banner->allAlerts().contains(QStringLiteral("Stack: Portfolio + Build + Bedrock POC")));
        QVERIFY(banner->allAlerts().contains(QStringLiteral("$6,000")));
    }

    void burnDownFiguresNameTheirPathAndExplainThemselves() {
        ChartsPanel* charts = w().charts();
        charts->burnDownChart(); // builds the tab
        QCOMPARE(charts->burnDownFigure(0)->text(), QStringLiteral("<b>Stack</b>"));
        QCOMPARE(charts->burnDownFigure(3)->text(), QStringLiteral("Forfeited $6,000.00"));
        QVERIFY(charts->burnDownFigure(3)->toolTip().contains(
            QStringLiteral("Build $6,000 at month 24")));
        QVERIFY(charts->burnDownFigure(1)->toolTip().contains(QStringLiteral("months 1")));
        // Another path selected: its own burn-down and figures.
        w().results()->selectPath(PathId::PortfolioOnly);
        charts->burnDownChart();
        QCOMPARE(charts->burnDownFigure(0)->text(), QStringLiteral("<b>Portfolio only</b>"));
        QCOMPARE(charts->burnDownFigure(3)->text(), QStringLiteral("Forfeited $0.00"));
    }

    // File -> Export burn-down CSV writes the path on screen.
    void csvExportWritesThePathOnScreen() {
        w().results()->selectPath(PathId::PortfolioOnly);
        QString error;
        const QString csv = dir_.filePath(QStringLiteral("shown.csv"));
        QVERIFY2(w().exports()->writeTo(ExportActions::Kind::Csv, csv, &error), qPrintable(error));
        const QString header =
            QString::fromStdString(readTextFile(csv.toStdString())).section(QChar('\n'), 0, 0);
        QVERIFY(header.contains(QStringLiteral("paid_portfolio")));
        QVERIFY(!header.contains(QStringLiteral("paid_build")));
        const QString paths = dir_.filePath(QStringLiteral("paths.csv"));
        QVERIFY(w().exports()->writeTo(ExportActions::Kind::PathsCsv, paths, &error));
        QVERIFY(QString::fromStdString(readTextFile(paths.toStdString()))
                    .contains(QStringLiteral("stack,fit,100000.00,150000.00,175000.00,100000.00,"
                                             "144000.00")));
    }

    // A narrow window keeps path names whole: face values go compact, exact on hover.
    void narrowTablesShortenFaceValuesNotPathNames() {
        QVERIFY(!model()->isCompact());
        w().resize(700, 700);
        QTRY_VERIFY(model()->isCompact());
        QCOMPARE(cellData(PathId::Stack, ResultsModel::ValueColumn, Qt::DisplayRole).toString(),
                 QString::fromUtf8("$100K – $150K – $175K"));
        QVERIFY(cellData(PathId::Stack, ResultsModel::ValueColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("$150,000")));
        w().resize(1900, 1000);
        QTRY_VERIFY(!model()->isCompact());
    }

    // Narrower than even compact figures allow: the table scrolls sideways, and no column (the
    // path names least) is cut.
    void narrowestTablesScrollInsteadOfCutting() {
        w().resize(520, 700);
        QTableView* table = w().results()->resultsTable();
        QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex cell = model()->index(row, ResultsModel::PathColumn);
            const QVariant font = cell.data(Qt::FontRole); // bold: the recommended row
            const QFontMetrics fm(font.isValid() ? font.value<QFont>() : table->font());
            const QString name = cell.data().toString();
            QVERIFY2(table->columnWidth(ResultsModel::PathColumn) >= fm.horizontalAdvance(name),
                     qPrintable(name));
        }
        // The scroll bar is part of the table's height: the last row stays in view.
        const int lastRowBottom = table->rowViewportPosition(model()->rowCount() - 1) +
                                  table->rowHeight(model()->rowCount() - 1);
        QVERIFY(lastRowBottom <= table->viewport()->height());
        w().resize(1280, 800);
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    }

    void blankScenarioIsCalm() {
        w().files()->loadExample(DocumentFiles::Example::Blank);
        QVERIFY(w().results()->alertBanner()->isHidden());
        QVERIFY(w().results()->recommendationLabel()->text().contains(
            QStringLiteral("Enter your projected monthly AWS spend")));
        for (int column : {ResultsModel::VerdictColumn, ResultsModel::UsableColumn,
                           ResultsModel::ExpectedColumn})
            QCOMPARE(cellData(PathId::Stack, column, Qt::DisplayRole).toString(),
                     QString::fromUtf8("—"));
        // The stack counts only what is applied for: Portfolio.
        QCOMPARE(cellData(PathId::Stack, ResultsModel::ValueColumn, Qt::DisplayRole).toString(),
                 QString::fromUtf8("$100,000 – $100,000 – $100,000"));
        w().charts()->burnDownChart();
        QCOMPARE(w().charts()->burnDownFigure(3)->text(), QStringLiteral("Forfeited $0.00"));
    }
};

QTEST_MAIN(TstWhyThisNumber)
#include "tst_why_this_number.moc"
