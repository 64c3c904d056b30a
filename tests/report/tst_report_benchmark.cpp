// How long the full reference report takes: build the document and print every page to PDF.
// Target (issue 4): at most 1 s. Run `tst_report_benchmark -iterations 5` for a steadier figure.
#include "report/pdf_exporter.h"
#include "report/report_builder.h"
#include "report_test_data.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui::report;

class TstReportBenchmark : public QObject {
    Q_OBJECT
    test::Reference ref_ = test::loadReference();

private slots:
    void buildAndPrintReference() {
        ReportOptions options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        options.date = QDate(2026, 11, 26);
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK {
            const auto document = buildReport(ref_.evaluation, ref_.scenario, options);
            QBuffer pdf;
            pdf.open(QIODevice::WriteOnly);
            pages = printDocument(*document, options.paper, QStringLiteral("benchmark"), pdf);
        }
        QCOMPARE(pages, 9);
        qInfo("full reference report: %lld ms for the whole benchmark run", timer.elapsed());
    }
};

QTEST_MAIN(TstReportBenchmark)
#include "tst_report_benchmark.moc"
