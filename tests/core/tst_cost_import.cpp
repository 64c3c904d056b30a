// Cost Explorer exports (the CLI's JSON and the console's CSV, files made by hand) into spend
// lines: the last full month by category, exact sums rounded once, unmapped services counted
// as other and listed, tax / credits / refunds left out and listed, the trend offered.
#include "evaluation/timeline.h"
#include "import/cost_export.h"
#include "import/service_categories.h"
#include "import/spend_import.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"
#include "test_support.h"

#include <QTest>

using namespace creditpath;
using namespace creditpath::test;

namespace {
const auto kToday = *parseIsoDate("2026-11-27");

std::string importFile(const char* name) {
    return readTextFile(testDataPath(std::string("imports/") + name));
}

// The problems a text raises, as the command line prints them.
QStringList problemsOf(const std::string& text) {
    try {
        importSpend(readCostExport(text), kToday);
    } catch (const InvalidDocument& e) {
        QStringList out;
        for (const auto& p : e.problems())
            out << QString::fromStdString(p.toString());
        return out;
    }
    return {};
}
} // namespace

class TestCostImport : public QObject {
    Q_OBJECT
private slots:
    void mapsServiceNamesOfBothFormats_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category"); // "" = unmapped, "-" = not spend, "=" = total
        QTest::newRow("api ec2") << "Amazon Elastic Compute Cloud - Compute"
                                 << "compute";
        QTest::newRow("csv ec2") << "EC2-Instances($)"
                                 << "compute";
        QTest::newRow("api rds") << "Amazon Relational Database Service"
                                 << "database";
        QTest::newRow("csv s3") << "S3($)"
                                << "storage_cdn";
        QTest::newRow("api vpc") << "Amazon Virtual Private Cloud"
                                 << "networking";
        QTest::newRow("api cloudwatch") << "AmazonCloudWatch"
                                        << "observability";
        QTest::newRow("bedrock") << "Amazon Bedrock"
                                 << "bedrock";
        QTest::newRow("model edition") << "Claude 3.5 Sonnet (Amazon Bedrock Edition)"
                                       << "bedrock";
        QTest::newRow("enterprise support") << "AWS Support (Enterprise)"
                                            << "enterprise_support";
        QTest::newRow("tax") << "Tax"
                             << "-";
        QTest::newRow("csv tax") << "Tax($)"
                                 << "-";
        QTest::newRow("refund") << "Refund"
                                << "-";
        QTest::newRow("total") << "Total costs($)"
                               << "=";
        QTest::newRow("unknown") << "Acme Analytics SaaS"
                                 << "";
    }
    void mapsServiceNamesOfBothFormats() {
        QFETCH(QString, name);
        QFETCH(QString, category);
        const ServiceMapping m = mapService(name.toStdString());
        if (category == "-")
            QCOMPARE(m.kind, ServiceKind::NotSpend);
        else if (category == "=")
            QCOMPARE(m.kind, ServiceKind::Total);
        else if (category.isEmpty())
            QVERIFY(m.kind == ServiceKind::Spend && !m.category);
        else
            QCOMPARE(QString::fromUtf8(std::string(nameOf(m.category.value())).c_str()), category);
    }

    // Both files state the same months by hand (tests/data/imports): October 2026 is the last
    // full month (November is open on 2026-11-27). Worked by hand:
    //   compute  2315.25 + 184.7549           = 2500.0049 -> 2500.00
    //   database 1250.005                                 -> 1250.01 (half-up, once)
    //   storage  423.995                                  ->  424.00
    //   bedrock  1050 + 0.0051                = 1050.0051 -> 1050.01
    //   other    99.99 (Acme Analytics SaaS, unmapped)    ->   99.99
    //   left out: Tax 312.50 and CloudWatch -10 (a credit)  = 322.50
    //   trend: total July 4000.00 -> October 5324.00 over 3 months: 4000 x 1.1^3 = 5324, 10 %
    void importsTheLastFullMonth_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("cli json") << "cost-explorer-by-service.json"
                                  << int(CostExport::Format::CliJson)
                                  << QStringList{"Tax", "AmazonCloudWatch"};
        QTest::newRow("console csv")
            << "cost-explorer-by-service.csv" << int(CostExport::Format::ConsoleCsv)
            << QStringList{"Tax", "CloudWatch"};
        QTest::newRow("long csv") << "cost-explorer-by-service-long.csv"
                                  << int(CostExport::Format::ConsoleCsv)
                                  << QStringList{"Tax", "AmazonCloudWatch"};
    }
    void importsTheLastFullMonth() {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QStringList, excluded);
        const CostExport costs = readCostExport(importFile(qPrintable(file)));
        QCOMPARE(int(costs.format), format);
        const SpendImport imported = importSpend(costs, kToday);
        QCOMPARE(imported.month, "2026-10");
        const std::vector<SpendLine> expected{
            {Category::Compute, usd("2500.00"), std::nullopt, Rate(), Rate()},
            {Category::Database, usd("1250.01"), std::nullopt, Rate(), Rate()},
            {Category::StorageCdn, usd("424.00"), std::nullopt, Rate(), Rate()},
            {Category::Bedrock, usd("1050.01"), std::nullopt, Rate(), Rate()},
            {Category::Other, usd("99.99"), std::nullopt, Rate(), Rate()},
        };
        QCOMPARE(imported.lines.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(imported.lines[i] == expected[i],
                     (std::to_string(i) + " " + imported.lines[i].monthly.toString()).c_str());
        QCOMPARE(imported.unmapped, std::vector<std::string>{"Acme Analytics SaaS"});
        QStringList left;
        for (const auto& name : imported.excluded)
            left << QString::fromStdString(name);
        QCOMPARE(left, excluded);
        QCOMPARE(imported.excludedAmount, usd("322.50"));
        QCOMPARE(imported.openMonths, std::vector<std::string>{"2026-11"});
        QVERIFY(imported.trend);
        QCOMPARE(imported.trend->toPercentString(), "10");
        QCOMPARE(imported.trendMonths, 4);
    }

    // Replacing the lines keeps every other field; the trend is applied only when asked.
    void replacesSpendLinesAndKeepsTheRest() {
        const Scenario before = referenceScenario();
        const SpendImport imported =
            importSpend(readCostExport(importFile("cost-explorer-by-service.json")), kToday);
        const Scenario plain = withImportedSpend(before, imported, false);
        QCOMPARE(plain.spendLines.size(), std::size_t(5));
        QCOMPARE(plain.spendLines[0].growthPercentPerMonth, Rate());
        QCOMPARE(plain.company.name, before.company.name);
        QVERIFY(plain.bedrockPoc.useCase == before.bedrockPoc.useCase);
        const Scenario grown = withImportedSpend(before, imported, true);
        for (const auto& line : grown.spendLines)
            QCOMPARE(line.growthPercentPerMonth.toPercentString(), "10");
        // Saved and read back, it is the same scenario.
        QVERIFY(parseScenario(serializeScenario(grown)).sameContent(grown));
    }

    // A trend needs three closed months; a 2-month export offers none.
    void noTrendFromTwoMonths() {
        const std::string csv = "Service,EC2-Instances($)\n2026-09-01,100\n2026-10-01,200\n";
        const SpendImport imported = importSpend(readCostExport(csv), kToday);
        QVERIFY(!imported.trend);
        QCOMPARE(imported.lines.front().monthly, usd("200.00"));
    }

    // A compound trend rounds to the nearest tenth of a percent: 1000 -> 810 over two
    // months is exactly -10 %; 1000 -> 800 is -10.557... % -> -10.6 %.
    void trendRoundsToATenthOfAPercent() {
        const auto trendOf = [](const char* last) {
            std::string csv = "Service,S3\n2026-08-01,1000\n2026-09-01,1\n2026-10-01,";
            csv += last; // appended, not `string + "..."`: GCC 12 misreads that (-Warray-bounds)
            csv += '\n';
            return importSpend(readCostExport(csv), kToday).trend->toPercentString();
        };
        QCOMPARE(trendOf("810"), "-10");
        QCOMPARE(trendOf("800"), "-10.6");
    }

    void badInputNamesTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("csv amount") << "Service,S3($)\n2026-09-01,12\n2026-10-01,abc\n"
                                    << "row 3, column \"S3($)\": must be an amount like 1234.56, "
                                       "got \"abc\"";
        QTest::newRow("csv month") << "Service,S3($)\nQ3 2026,12\n"
                                   << "row 2, column 1: must be the month's first day like "
                                      "2026-08-01 (a monthly report), got \"Q3 2026\"";
        QTest::newRow("csv duplicate month") << "Service,S3\n2026-09-01,1\n2026-09-01,2\n"
                                             << "row 3: names the month 2026-09-01 a second time";
        QTest::newRow("long csv month")
            << "Service,Date,Cost\nS3,2026-10-01,1\nS3,Q3,2\n"
            << "row 3, column \"Date\": must be the month's first day like 2026-08-01 (a "
               "monthly report), got \"Q3\"";
        QTest::newRow("csv open quote") << "Service,\"S3\n2026-09-01,1\n"
                                        << "row 1: has a quote that is never closed";
        QTest::newRow("json euro")
            << R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01"},"Groups":[{"Keys":["S3"],"Metrics":{"UnblendedCost":{"Amount":"1","Unit":"EUR"}}}]}]})"
            << "ResultsByTime[0].Groups[0].Metrics.UnblendedCost.Unit: must be \"USD\" (AWS "
               "credits are in US dollars), got \"EUR\"";
        QTest::newRow("json not grouped")
            << R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01"},"Total":{},"Groups":[]}]})"
            << "ResultsByTime: has no costs by service: run the command with --group-by "
               "Type=DIMENSION,Key=SERVICE";
        QTest::newRow("json daily")
            << R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-05"},"Groups":[]}]})"
            << "ResultsByTime[0].TimePeriod.Start: must be the first day of a month like "
               "2026-08-01 (run with --granularity MONTHLY)";
        QTest::newRow("json float amount")
            << R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01"},"Groups":[{"Keys":["S3"],"Metrics":{"UnblendedCost":{"Amount":1.5,"Unit":"USD"}}}]}]})"
            << "ResultsByTime[0].Groups[0].Metrics.UnblendedCost.Amount: must be an amount as "
               "text, like \"1234.56\"";
        QTest::newRow("only open months") << "Service,S3\n2026-11-01,5\n"
                                          << "holds no month that is over yet (an import takes "
                                             "the last full month)";
        QTest::newRow("too large") << "Service,S3,EC2-Instances\n2026-10-01,999999999999999,"
                                      "999999999999999\n"
                                   << "row 2, column \"EC2-Instances\": makes the month's compute "
                                      "spend more than 1000000000000.00 (one trillion)";
    }
    void badInputNamesTheField() {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QCOMPARE(problemsOf(text.toStdString()), QStringList{problem});
    }

    // Hostile input is refused like the scenario reader refuses it: size, depth, no crash.
    void hostileInputIsRefused() {
        QVERIFY(!problemsOf(std::string(5u << 20, '1')).isEmpty());
        QVERIFY(!problemsOf(std::string(100, '{')).isEmpty());
        QVERIFY(!problemsOf("").isEmpty());
        std::string wideHeader(3000, ',');
        wideHeader += "\n2026-10-01,1\n";
        QVERIFY(!problemsOf(wideHeader).isEmpty());
        // Amounts past any Money (1e35 dollars each) are refused, never an overflow.
        QCOMPARE(problemsOf("Service,S3,Tax\n2026-10-01,999999999999999E+20,1\n"),
                 QStringList{"row 2, column \"S3\": makes the month's storage_cdn spend more "
                             "than 1000000000000.00 (one trillion)"});
        QCOMPARE(problemsOf("Service,S3,Tax\n2026-10-01,1,999999999999999E+20\n"),
                 QStringList{"leaves out more than 1000000000000.00 (one trillion) of tax, "
                             "credits and refunds in 2026-10"});
    }
};

QTEST_APPLESS_MAIN(TestCostImport)
#include "tst_cost_import.moc"
