// The PDF report of the reference scenario, read back as a founder's PDF viewer would:
// its text (pdftotext), its pages (pdfinfo) and its pixels (pdftoppm).
#include "evaluation/monte_carlo.h"
#include "evaluation/sensitivity.h"
#include "report/footer_text.h"
#include "report/header_widths.h"
#include "report/pdf_exporter.h"
#include "report/report_builder.h"
#include "report_test_data.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui::report;

namespace {

// Designed length of the reference report: title block with the summary (its derivations run
// onto page 2, where the comparison + value chart follow them), burn-down, month-by-month
// table, timeline, reasons, rules cited, assumptions, materials pack.
constexpr int kReferencePages = 9;

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString& pdf) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(info).captured(1).toInt();
}

QFont footerFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    return font;
}

} // namespace

class TstPdfReport : public QObject {
    Q_OBJECT
    test::Reference ref_ = test::loadReference();
    QTemporaryDir dir_;
    QString a4_;

    ReportOptions options(Paper paper = Paper::A4) const {
        ReportOptions o;
        o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        o.paper = paper;
        o.date = QDate(2026, 11, 26);
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        a4_ = dir_.filePath(QStringLiteral("reference-a4.pdf"));
        QString error;
        QVERIFY2(exportPdfReport(ref_.evaluation, ref_.scenario, options(), a4_, &error),
                 qPrintable(error));
    }

    void headlineFiguresAndRuleIdsAppear_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("scenario") << "Seed page reference mix (Series-A average)";
        QTest::newRow("company") << "Reference Series-A SaaS + AI";
        QTest::newRow("edition") << "2026-11 (seed)";
        QTest::newRow("currency") << "US dollars (USD)";
        QTest::newRow("expected value") << "$120,000.00";
        QTest::newRow("covered through") << "through month 23";
        QTest::newRow("out of pocket") << "$75,360.00";
        QTest::newRow("forfeited") << "Total forfeited: $0.00";
        QTest::newRow("month table total") << "$225,360.00";
        // Issue 7: usable value beside face value, and the recommended path's derivations.
        QTest::newRow("usable value") << "Usable value  $150,000.00";
        QTest::newRow("figures name their path")
            << "Headline figures of Stack: Portfolio + Build + Bedrock POC";
        QTest::newRow("derivations") << "Why these figures: Stack: Portfolio + Build + Bedrock POC";
        QTest::newRow("expected derivation") << QString::fromUtf8(
            "Expected $120,000.00 = usable $150,000.00 (PF-1 $100,000.00 + BS-1 $25,000.00 "
            "+ BP-1 $25,000.00) × 80% approval.");
        // Reasons print as "[RULE] sentence"; the recommendation cites its rule in the summary.
        for (const char* rule : {"PF-1", "BS-1", "BS-2", "BS-4", "BP-1", "BP-2", "TL-2", "TL-3",
                                 "ST-2", "BD-3", "GA-1", "MA-2", "SP-2", "ED-1"})
            QTest::newRow(rule) << QStringLiteral("[%1]").arg(QLatin1String(rule));
        QTest::newRow("recommendation rule") << "(rule PD-4)";
        QTest::newRow("timeline rule") << "TL-1";
        QTest::newRow("rule source") << "CloudRoute partner page, 'Activate Portfolio ($100K)'";
        QTest::newRow("draft use case") << "Retrieval-augmented support assistant";
        QTest::newRow("draft eval") << "500 held-out historical tickets";
        QTest::newRow("page numbers") << "Page 9 of 9";
    }
    void headlineFiguresAndRuleIdsAppear() {
        QFETCH(QString, text);
        static const QString pdfText = [this] {
            QString t = run(QStringLiteral("pdftotext"), {a4_, QStringLiteral("-")});
            return t.replace(QLatin1Char('\n'), QLatin1Char(' '));
        }();
        QVERIFY2(!pdfText.isEmpty(), "pdftotext found no text: are fonts installed?");
        QVERIFY2(pdfText.contains(text), qPrintable(text));
    }

    void pageCountAsDesigned_data() {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("pages");
        QTest::newRow("A4") << int(Paper::A4) << "595 x 842 pts (A4)" << kReferencePages;
        // Letter is shorter: the value chart no longer fits under the comparison on page 2
        // and moves whole to page 3.
        QTest::newRow("Letter") << int(Paper::Letter) << "612 x 792 pts (letter)"
                                << kReferencePages + 1;
    }
    void pageCountAsDesigned() {
        QFETCH(int, paper);
        QFETCH(QString, size);
        QFETCH(int, pages);
        const QString path = dir_.filePath(QStringLiteral("paper-%1.pdf").arg(paper));
        QVERIFY(
            exportPdfReport(ref_.evaluation, ref_.scenario, options(Paper(paper)), path, nullptr));
        QCOMPARE(pageCount(path), pages);
        QVERIFY2(run(QStringLiteral("pdfinfo"), {path}).contains(size), qPrintable(size));
    }

    void everyPageHasFooterAndPageNumber() {
        for (int page = 1; page <= kReferencePages; ++page) {
            const QString text =
                run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page), a4_, QStringLiteral("-")});
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(kReferencePages)),
                     qPrintable(QString::number(page)));
            QVERIFY(text.contains(QStringLiteral("amounts in USD")));
        }
    }

    void pagesAreNotBlank() {
        const QString prefix = dir_.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), a4_, prefix});
        const QStringList pngs = QDir(dir_.path()).entryList({QStringLiteral("page-*.png")});
        QCOMPARE(pngs.size(), kReferencePages);
        for (const QString& png : pngs) {
            const QImage image(dir_.filePath(png));
            QVERIFY(!image.isNull());
            qint64 inked = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qGray(image.pixel(x, y)) < 200)
                        ++inked;
            // A page with only the footer inks well under 0.5 % of its pixels.
            const double share = double(inked) / (image.width() * image.height());
            QVERIFY2(share > 0.005, qPrintable(png + QStringLiteral(": %1").arg(share)));
        }
    }

    void chartsAreVectorsNotImages() {
        const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), a4_});
        QCOMPARE(list.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
    }

    void redactionHidesTheCompany() {
        ReportOptions o = options();
        o.redactCompany = true;
        const QString path = dir_.filePath(QStringLiteral("redacted.pdf"));
        QVERIFY(exportPdfReport(ref_.evaluation, ref_.scenario, o, path, nullptr));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(!text.contains(QStringLiteral("Reference Series-A SaaS")));
        QVERIFY(text.contains(QStringLiteral("[redacted]")));
        // The scenario name (which often carries the company's) and the revenue SP-2 quotes
        // ($1,500,000 ARR) go too: in the pages, the footers and the PDF's metadata.
        const QString name = QStringLiteral("Seed page reference mix");
        QVERIFY(run(QStringLiteral("pdftotext"), {a4_, QStringLiteral("-")}).contains(name));
        QVERIFY(!text.contains(name));
        QVERIFY(!text.contains(QStringLiteral("1,500,000")));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(!info.contains(name), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Scenario (name hidden)")));
    }

    // The assumptions page names the edition and overrides, lists the stale rules and what the
    // overrides change; a redacted report hides a company-named override.
    void assumptionsNameTheRulebook() {
        Scenario scenario = ref_.scenario;
        scenario.company.name = "Zentrix Robotics GmbH";
        Rulebook rb = Rulebook::builtIn();
        rb.applyOverride(R"({"format": "creditpath-rulebook", "version": 1,
            "edition": "Zentrix partner figures",
            "rules": {"PF-1": {"params": {"ceiling": "200000.00"}}}})",
                         "zentrix.json");
        const Evaluation ev = evaluate(scenario, rb, {*parseIsoDate(test::kReferenceDay)});
        ReportOptions o = options();
        o.rulebook = &rb;
        o.date = QDate(2027, 6, 1); // seven months after the seed's verification: all stale
        const QString path = dir_.filePath(QStringLiteral("overrides.pdf"));
        QVERIFY(exportPdfReport(ev, scenario, o, path, nullptr));
        const QString text =
            run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(QStringLiteral("Edition and overrides: 2026-11 (seed) + Zentrix "
                                              "partner figures (1 change")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Credits count from the next billing month (BD-1)")));
        // (Plural forms come from the English translation, which this test does not load.)
        QVERIFY(text.contains(QStringLiteral("Stale rules: verified more than 6 month")));
        QVERIFY(text.contains(QStringLiteral("ago: PF-1, PF-2, PF-3")));
        QVERIFY(text.contains(
            QStringLiteral("What the overrides change against the shipped edition:")));
        const QRegularExpression row(QStringLiteral(
            "Portfolio only +Face value, typical +\\$100,000\\.00 +\\$200,000\\.00 +PF-1"));
        QVERIFY(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                .contains(row));
        o.redactCompany = true;
        QVERIFY(exportPdfReport(ev, scenario, o, path, nullptr));
        const QString redacted = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(!redacted.contains(QStringLiteral("Zentrix"), Qt::CaseInsensitive),
                 qPrintable(redacted));
        // Redaction drops the revenue, never the comparison: the same rows are listed.
        QVERIFY(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                .contains(row));
    }

    void redactionScrubsTheNameFromFreeText() {
        // People write their own name into use cases; a redacted report hides it there too.
        Scenario scenario = ref_.scenario;
        scenario.company.name = "Zentrix Robotics GmbH";
        scenario.portfolio.useCase = "Zentrix runs its fleet telemetry on EKS.";
        scenario.bedrockPoc.useCase = "A support assistant for ZENTRIX Robotics customers.";
        ReportOptions o = options();
        o.redactCompany = true;
        const QString path = dir_.filePath(QStringLiteral("scrubbed.pdf"));
        QVERIFY(exportPdfReport(ref_.evaluation, scenario, o, path, nullptr));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(!text.contains(QStringLiteral("zentrix"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("runs its fleet telemetry on EKS")));
        o.redactCompany = false; // and nothing is scrubbed when not asked
        QVERIFY(exportPdfReport(ref_.evaluation, scenario, o, path, nullptr));
        QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                    .contains(QStringLiteral("Zentrix runs its fleet")));
    }

    void footerCutsTheNameAfterAWholeWord_data() {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<QString>("expected");
        const QString line = QStringLiteral("CreditPath report · %1 · amounts in USD");
        const QString name = QStringLiteral("Seed page reference mix (Series-A average)");
        const QFontMetricsF m(footerFont());
        QTest::newRow("room for all") << m.horizontalAdvance(line.arg(name)) + 1 << line.arg(name);
        QTest::newRow("two words short")
            << m.horizontalAdvance(line.arg(QStringLiteral("Seed page reference mix …"))) + 1
            << line.arg(QStringLiteral("Seed page reference mix …"));
        QTest::newRow("not even a word") << m.horizontalAdvance(line.arg(QStringLiteral("…"))) + 1
                                         << line.arg(QStringLiteral("…"));
    }
    void footerCutsTheNameAfterAWholeWord() {
        QFETCH(qreal, width);
        QFETCH(QString, expected);
        const QString line = QStringLiteral("CreditPath report · %1 · amounts in USD");
        const QString name = QStringLiteral("Seed page reference mix (Series-A average)");
        QCOMPARE(fitFooter(line, name, QFontMetricsF(footerFont()), width), expected);
    }

    void theTitleBlockSharesPageOneWithTheRecommendation() {
        const QString page1 =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-l"), QStringLiteral("1"), a4_, QStringLiteral("-")});
        QVERIFY(page1.contains(QStringLiteral("AWS credit path comparison")));
        QVERIFY2(page1.contains(QStringLiteral("Recommended:")), qPrintable(page1));
        QVERIFY(page1.contains(QStringLiteral("Expected value")));
        // One money format: cents everywhere, in the tables and in the sentences.
        const QString all = run(QStringLiteral("pdftotext"), {a4_, QStringLiteral("-")});
        QVERIFY(all.contains(QStringLiteral("$150,000.00")));
        // The headline amounts never appear in whole dollars, in a table or a sentence.
        const QRegularExpression wholeDollars(QStringLiteral("\\$1[025]0,000(?![.\\d])"));
        QVERIFY2(!wholeDollars.match(all).hasMatch(),
                 qPrintable(wholeDollars.match(all).captured()));
        // Sources are citations, never repository paths.
        QVERIFY(all.contains(QStringLiteral("CloudRoute partner page")));
        for (const char* path : {"shared/seed", "RULES.md", "Seed page ("})
            QVERIFY2(!all.contains(QLatin1String(path)), path);
    }

    void tableWordsAreNeverBrokenAcrossLines() {
        // German "Chance" in a 5% column at 6.5 pt: the column widens, its neighbour with most
        // room gives, and the total stays.
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(6.5);
        const QList<QList<WordCell>> cells{{{QStringLiteral("Weg"), true}},
                                           {{QStringLiteral("Chance"), true}},
                                           {{QStringLiteral("Gründer"), true}}};
        const QList<qreal> widths = widthsForWholeWords({60, 5, 35}, cells, font, 493, 2.5);
        QVERIFY2(widths[1] >= 7, qPrintable(QString::number(widths[1]))); // ~34 pt: "Chance"
        QCOMPARE(widths[0] + widths[1] + widths[2], 100.0);
        QCOMPARE(widths[2], 35.0); // the widest slack was the first column's
    }

    void notEligibleRowsKeepTheTypeSize() {
        const auto document = buildReport(ref_.evaluation, ref_.scenario, options());
        auto sizeInTable = [&](const QString& text) {
            for (QTextCursor c = document->find(text); !c.isNull(); c = document->find(text, c))
                if (c.currentTable())
                    return c.charFormat().fontPointSize();
            return 0.0;
        };
        const qreal greyed = sizeInTable(QStringLiteral("Migration Acceleration"));
        QVERIFY(greyed > 0);
        QCOMPARE(greyed, sizeInTable(QStringLiteral("Portfolio only")));
    }

    // Issue 11: with draws and the tornado the report gains its uncertainty page(s); the
    // figures are the core's (P50 of the stack's out of pocket is the burn-down's $75,360).
    void uncertaintyPageWithDraws() {
        Evaluation ev = ref_.evaluation;
        MonteCarloOptions draws;
        draws.draws = 2000;
        draws.seed = 1;
        draws.threads = 2;
        addDistributions(ref_.scenario, Rulebook::builtIn(), ev, draws);
        ev.sensitivity = computeSensitivity(ref_.scenario, Rulebook::builtIn(), ev);
        QVERIFY(ev.sensitivity.has_value());
        const QString path = dir_.filePath(QStringLiteral("uncertainty.pdf"));
        QVERIFY(exportPdfReport(ev, ref_.scenario, options(), path, nullptr));
        QVERIFY(pageCount(path) > kReferencePages);
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Uncertainty")));
        QVERIFY(text.contains(QStringLiteral("2,000 seeded draws (seed 1)")));
        QVERIFY(text.contains(QStringLiteral("$75,360.00")));
        QVERIFY(text.contains(QStringLiteral("Sensitivity: ")));
        QVERIFY(text.contains(QStringLiteral("Spend row 1 (Compute)")));
        QVERIFY(text.contains(QStringLiteral("Credits land later")));
    }

    void unwritablePathFailsCleanly() {
        // Root may write anywhere, so "unwritable" is a path under a regular file.
        const QString blocker = dir_.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/report.pdf");
        const QStringList before = QDir(dir_.path()).entryList(QDir::Files);
        QString error;
        QVERIFY(!exportPdfReport(ref_.evaluation, ref_.scenario, options(), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir_.path()).entryList(QDir::Files), before);
    }
};

QTEST_MAIN(TstPdfReport)
#include "tst_pdf_report.moc"
