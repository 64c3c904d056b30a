// The command line's data exchange: --import-spend (Cost Explorer JSON or CSV into a scenario,
// atomic, bad input exits 2 naming row and field) and --export-ace (Partner Central records).
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

Result run(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(CREDITPATH_EXE), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString importFile(const char* name) {
    return test::sourcePath("tests/data/imports/") + QLatin1String(name);
}

} // namespace

class TstDataExchangeCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void importsSpendKeepingTheRest_data() {
        QTest::addColumn<QString>("costs");
        QTest::newRow("json") << importFile("cost-explorer-by-service.json");
        QTest::newRow("csv") << importFile("cost-explorer-by-service.csv");
    }
    void importsSpendKeepingTheRest() {
        QFETCH(QString, costs);
        const QString out = dir_.filePath(QStringLiteral("imported.creditpath.json"));
        const Result r =
            run({QStringLiteral("--import-spend"), costs,
                 test::sourcePath(test::kReferenceScenario), out, QStringLiteral("--start-date"),
                 QStringLiteral("2026-11-27"), QStringLiteral("--apply-trend")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Spend lines from 2026-10, the last full month")));
        QVERIFY(r.out.contains(QStringLiteral("counted as other: Acme Analytics SaaS")));
        QVERIFY(r.out.contains(QStringLiteral("322.50 in total")));
        QVERIFY(r.out.contains(QStringLiteral("10 % a month, applied")));
        const Scenario imported = parseScenario(readTextFile(out.toStdString()));
        const Scenario reference = test::loadReference().scenario;
        QCOMPARE(imported.spendLines.size(), std::size_t(5));
        QCOMPARE(imported.spendLines[0].monthly, Money::parse("2500.00"));
        QCOMPARE(imported.spendLines[0].growthPercentPerMonth, Rate::parsePercent("10"));
        QCOMPARE(imported.company.name, reference.company.name);
        QVERIFY(imported.bedrockPoc == reference.bedrockPoc);
        QVERIFY(imported.build == reference.build);
    }

    // Bad input: exit 2, nothing on stdout, the file and its row/field named, the output file
    // left as it was.
    void badCostsExitTwoNamingRowAndField() {
        const QString costs = dir_.filePath(QStringLiteral("costs.csv"));
        QFile f(costs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Service,S3($)\n2026-09-01,12\n2026-10-01,abc\n");
        f.close();
        const QString out = dir_.filePath(QStringLiteral("kept.creditpath.json"));
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.write("previous");
        kept.close();
        const Result r = run({QStringLiteral("--import-spend"), costs,
                              test::sourcePath(test::kReferenceScenario), out,
                              QStringLiteral("--start-date"), QStringLiteral("2026-11-27")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, costs + QStringLiteral(": row 3, column \"S3($)\": must be an amount like "
                                               "1234.56, got \"abc\"\n"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous"));
    }

    void missingArgumentsExitTwo() {
        const Result r =
            run({QStringLiteral("--import-spend"), importFile("cost-explorer-by-service.csv"),
                 test::sourcePath(test::kReferenceScenario)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--import-spend")));
        const Result missing =
            run({QStringLiteral("--import-spend"), dir_.filePath(QStringLiteral("none.csv")),
                 test::sourcePath(test::kReferenceScenario), dir_.filePath(QStringLiteral("o"))});
        QCOMPARE(missing.exitCode, 2);
    }

    void exportsPartnerCentralRecords() {
        const QString folder = dir_.filePath(QStringLiteral("ace/out"));
        const Result r =
            run({QStringLiteral("--export-ace"), folder, QStringLiteral("--start-date"),
                 QLatin1String(test::kReferenceDay), test::sourcePath(test::kReferenceScenario)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{"bedrock-poc.CreateOpportunity.json", "build.CreateOpportunity.json",
                              "portfolio.CreateOpportunity.json"}));
        QFile portfolio(QDir(folder).filePath(QStringLiteral("portfolio.CreateOpportunity.json")));
        QVERIFY(portfolio.open(QIODevice::ReadOnly));
        QVERIFY(portfolio.readAll().contains("\"Amount\": \"4750.00\""));
    }
};

QTEST_GUILESS_MAIN(TstDataExchangeCli)
#include "tst_data_exchange_cli.moc"
