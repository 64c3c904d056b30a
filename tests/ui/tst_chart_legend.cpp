// The window's chart legend wraps instead of eliding (issue 10: "Bedrock P…" in a narrow
// window) and shortens only a name wider than the whole strip, keeping it in the tooltip.
#include "charts/chart_legend.h"
#include "layout/flow_layout.h"
#include "results/charts_panel.h"
#include "rulebook/rulebook.h"
#include "window/app_settings.h"
#include "window/main_window.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace creditpath;
using namespace creditpath::ui;
using namespace creditpath::ui::charts;

namespace {

// Three pools, two lines and a dashed expiry line, named as the burn-down names them.
QChart* burnDownLike(const QString& extraLine = {}) {
    auto* chart = new QChart;
    auto* bars = new QStackedBarSeries;
    for (const char* pool : {"Portfolio", "Build", "Bedrock POC"})
        bars->append(new QBarSet(QString::fromLatin1(pool)));
    chart->addSeries(bars);
    QStringList lines{QStringLiteral("Charges"), QStringLiteral("Out of pocket"),
                      QStringLiteral("Expiry, month 24")};
    if (!extraLine.isEmpty())
        lines << extraLine;
    for (const QString& name : lines) {
        auto* line = new QLineSeries;
        line->setName(name);
        line->append(0, 1);
        chart->addSeries(line);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// The chart of a view on screen, as the window has it (a legend marker counts as visible
// only in a scene on screen).
QChart* shown(QChartView& view) {
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("the chart view was not shown");
    return view.chart();
}

// Lays the strip out at `width` with the height it asks for.
void layOut(ChartLegend& legend, int width) {
    legend.resize(width, legend.heightForWidth(width));
}

std::set<int> rowsOf(const ChartLegend& legend) {
    std::set<int> rows;
    for (const LegendEntry* e : legend.entries())
        rows.insert(e->y());
    return rows;
}

} // namespace

class TstChartLegend : public QObject {
    Q_OBJECT
private slots:
    void takesOverTheChartsLegend() {
        QChartView view(burnDownLike());
        QChart* chart = shown(view);
        ChartLegend legend;
        legend.showLegendOf(chart);
        QVERIFY(!chart->legend()->isVisible());
        QStringList names;
        for (const LegendEntry* e : legend.entries())
            names << e->name();
        QCOMPARE(names, (QStringList{"Portfolio", "Build", "Bedrock POC", "Charges",
                                     "Out of pocket", "Expiry, month 24"}));
    }

    // Narrow: more rows, every name whole. Wide: one row.
    void wrapsInsteadOfEliding() {
        QChartView view(burnDownLike());
        QChart* chart = shown(view);
        ChartLegend legend;
        legend.showLegendOf(chart);
        layOut(legend, 2000);
        QCOMPARE(rowsOf(legend).size(), std::size_t(1));
        // Each entry as wide as its name, the next one the same gap (14 px) further: a short
        // name ("Build") takes no more room than it needs.
        const QList<LegendEntry*> entries = legend.entries();
        for (qsizetype i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries[i - 1]->width(), entries[i - 1]->sizeHint().width());
            QCOMPARE(entries[i]->x(), entries[i - 1]->geometry().right() + 1 + 14);
        }
        const int oneRow = legend.height();
        layOut(legend, 260);
        QVERIFY2(rowsOf(legend).size() >= 3, "six entries in 260 px take three rows or more");
        QVERIFY(legend.height() >= 3 * oneRow / 2);
        for (const LegendEntry* e : legend.entries()) {
            QVERIFY2(e->showsWholeName(), qPrintable(e->name()));
            QVERIFY(e->geometry().right() < legend.width());
        }
    }

    // A variant name wider than the strip is the one entry shortened; its tooltip keeps it.
    void onlyANameWiderThanTheStripIsShortened() {
        const QString longName =
            QStringLiteral("Series A closes in March, $50K POC with the customer's letter of "
                           "intent, Build six months later");
        QChartView view(burnDownLike(longName));
        QChart* chart = shown(view);
        ChartLegend legend;
        legend.showLegendOf(chart);
        layOut(legend, 300);
        for (const LegendEntry* e : legend.entries()) {
            QCOMPARE(e->showsWholeName(), e->name() != longName);
            QCOMPARE(e->toolTip(), e->name());
            QVERIFY(e->geometry().right() < legend.width());
        }
    }

    // Screen share puts a chart's legend beside the plot: Qt's legend stays, the strip hides.
    void aLegendBesideThePlotStaysInTheChart() {
        QChartView view(burnDownLike());
        QChart* chart = shown(view);
        chart->legend()->setAlignment(Qt::AlignRight);
        ChartLegend legend;
        legend.showLegendOf(chart);
        QVERIFY(chart->legend()->isVisible());
        QVERIFY(legend.entries().isEmpty());
        QVERIFY(legend.isHidden());
    }

    // The figures under the burn-down: one row when it fits, else the next row, never wider
    // than the widest figure (French, sharing a laptop's screen, made the window 1,512 px wide).
    void figuresWrapRatherThanWiden() {
        QWidget strip;
        auto* flow = new FlowLayout(16, 2, &strip);
        flow->setContentsMargins(4, 2, 4, 2);
        QList<QLabel*> figures;
        for (const char* text : {"Cumul", "Couvert jusqu'au mois 23", "Reste à charge 75 360,00 $",
                                 "Perdus à l'expiration 0,00 $"}) {
            figures << new QLabel(QString::fromUtf8(text));
            flow->addWidget(figures.last());
        }
        int oneRow = 8 + 3 * 16, widest = 0;
        for (const QLabel* f : figures) {
            oneRow += f->sizeHint().width();
            widest = std::max(widest, f->minimumSizeHint().width());
        }
        const int line = figures.first()->sizeHint().height();
        QCOMPARE(flow->sizeHint(), QSize(oneRow, line + 4));
        QCOMPARE(flow->minimumSize().width(), widest + 8);
        QCOMPARE(flow->heightForWidth(oneRow), line + 4);
        QCOMPARE(flow->heightForWidth(oneRow - 1), 2 * line + 2 + 4);
        // Laid out one pixel short of one row: the last figure opens the second row.
        strip.resize(oneRow - 1, flow->heightForWidth(oneRow - 1));
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QCOMPARE(figures[0]->pos(), QPoint(4, 2));
        QCOMPARE(figures[2]->y(), 2);
        QCOMPARE(figures[3]->pos(), QPoint(4, 2 + line + 2));
        // With every figure hidden the row takes no room, margins included.
        for (QLabel* f : figures)
            f->hide();
        QCOMPARE(flow->sizeHint(), QSize(0, 0));
        QCOMPARE(flow->minimumSize(), QSize(0, 0));
        QCOMPARE(flow->heightForWidth(oneRow), 0);
    }

    // The window at 960 px: the burn-down's legend names every entry in full.
    void narrowWindowShowsWholeNames() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(Rulebook::builtIn(), &settings,
                          QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(window.files()->load(QStringLiteral(CREDITPATH_SEED_SCENARIO)));
        window.setWindowState(Qt::WindowNoState);
        window.resize(960, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartLegend* legend = window.findChild<ChartsPanel*>()->legend(0);
        QTRY_VERIFY(legend->entries().size() >= 6);
        QTRY_VERIFY(legend->isVisible() && legend->width() > 0);
        QVERIFY(rowsOf(*legend).size() >= 2);
        for (const LegendEntry* e : legend->entries())
            QVERIFY2(e->showsWholeName(), qPrintable(e->name()));
    }
};

QTEST_MAIN(TstChartLegend)
#include "tst_chart_legend.moc"
