// The command line's exports: PDF without any display, calendar and CSV against goldens, and
// failures that say what went wrong, exit non-zero and leave no partial file.
#include "report_test_data.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace creditpath;

namespace {

struct Result {
    int exitCode = -1;
    QString out, err;
};

Result runCreditpath(const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREDITPATH_EXE), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList withReference(QStringList args) {
    return args << QStringLiteral("--start-date") << QLatin1String(test::kReferenceDay)
                << test::sourcePath(test::kReferenceScenario);
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstReportExportsCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QProcessEnvironment env_ = QProcessEnvironment::systemEnvironment();

private slots:
    void pdfNeedsNoDisplay() {
        QProcessEnvironment bare = env_;
        bare.remove(QStringLiteral("QT_QPA_PLATFORM"));
        bare.remove(QStringLiteral("DISPLAY"));
        bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QString pdf = dir_.filePath(QStringLiteral("cli.pdf"));
        const Result r =
            runCreditpath(withReference({QStringLiteral("--export-pdf"), pdf,
                                         QStringLiteral("--paper"), QStringLiteral("letter")}),
                          bare);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        QVERIFY(text.readAllStandardOutput().contains("$120,000.00"));
    }

    // A scenario with variants gets the comparison page (hand-worked figures in
    // core.tst_variants); one without does not; redaction reaches the variant names.
    void pdfComparesTheVariants() {
        auto pdfText = [this](const QString& scenario, const QStringList& extra) {
            const QString pdf = dir_.filePath(QStringLiteral("variants.pdf"));
            const Result r = runCreditpath(QStringList{QStringLiteral("--export-pdf"), pdf,
                                                       QStringLiteral("--start-date"),
                                                       QString::fromLatin1(test::kReferenceDay)} +
                                               extra + QStringList{scenario},
                                           env_);
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            text.waitForFinished();
            return QString::fromUtf8(text.readAllStandardOutput()) + r.err;
        };
        const QString variants = test::sourcePath("tests/data/variants.creditpath.json");
        const QString text = pdfText(variants, {});
        QVERIFY(text.contains(QStringLiteral("Variants side by side")));
        QVERIFY(text.contains(QStringLiteral("$50K POC with LOI")));
        QVERIFY(text.contains(QStringLiteral("✓ $140,000.00")));
        QVERIFY(text.contains(QStringLiteral("✓ $75,360.00")));
        QVERIFY(!pdfText(test::sourcePath(test::kReferenceScenario), {})
                     .contains(QStringLiteral("Variants side by side")));
        // A variant named after the company ("Reference Series-A SaaS + AI").
        QString file = QString::fromStdString(readTextFile(variants.toStdString()));
        file.replace(QStringLiteral("\"$50K POC with LOI\""),
                     QStringLiteral("\"Reference with the LOI\""));
        const QString renamed = dir_.filePath(QStringLiteral("renamed.creditpath.json"));
        writeFileAtomically(renamed.toStdString(), file.toStdString());
        const QString redacted = pdfText(renamed, {QStringLiteral("--redact-company")});
        QVERIFY(redacted.contains(QStringLiteral("[redacted] with the LOI")));
        QVERIFY(!redacted.contains(QStringLiteral("Reference")));
    }

    void badPaperIsAUsageError() {
        const QString pdf = dir_.filePath(QStringLiteral("bad-paper.pdf"));
        const Result r =
            runCreditpath(withReference({QStringLiteral("--export-pdf"), pdf,
                                         QStringLiteral("--paper"), QStringLiteral("a3")}),
                          env_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--paper")));
        QVERIFY(!QFile::exists(pdf));
    }

    void calendarMatchesGolden() {
        const QString ics = dir_.filePath(QStringLiteral("reminders.ics"));
        const Result r = runCreditpath(withReference({QStringLiteral("--export-ics"), ics}), env_);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileBytes(ics),
                 fileBytes(test::sourcePath("tests/golden/seed-reference.reminders.ics")));
    }

    // The file a spreadsheet opens: the same golden as `--evaluate --csv` (tests/cli), and
    // its columns add up to the reference totals.
    void csvMatchesGoldenAndAddsUp() {
        const QString csv = dir_.filePath(QStringLiteral("burn-down.csv"));
        const Result r = runCreditpath(withReference({QStringLiteral("--export-csv"), csv}), env_);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // RFC 4180 ends records with CRLF; the golden is stored with LF like every text file.
        const QByteArray bytes = fileBytes(csv).replace("\r\n", "\n");
        QCOMPARE(bytes, fileBytes(test::sourcePath("tests/golden/seed-reference.burn-down.csv")));
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        const qsizetype outCol = header.indexOf("out_of_pocket");
        QVERIFY(outCol > 0);
        qint64 cents = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            cents += qRound64(lines[i].trimmed().split(',').value(outCol).toDouble() * 100);
        QCOMPARE(cents, qint64(7536000));
        QCOMPARE(lines.size() - 1, 36);
    }

    void unwritablePathFails_data() {
        QTest::addColumn<QString>("option");
        QTest::newRow("pdf") << "--export-pdf";
        QTest::newRow("ics") << "--export-ics";
        QTest::newRow("csv") << "--export-csv";
    }
    void unwritablePathFails() {
        QFETCH(QString, option);
        const QString blocker = dir_.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where a folder should be
        file.close();
        const QString out = blocker + QStringLiteral("/out");
        const QStringList before = QDir(dir_.path()).entryList(QDir::Files);
        const Result r = runCreditpath(withReference({option, out}), env_);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir_.path()).entryList(QDir::Files), before);
    }
};

QTEST_GUILESS_MAIN(TstReportExportsCli)
#include "tst_report_exports_cli.moc"
