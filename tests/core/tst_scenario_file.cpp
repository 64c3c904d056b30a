// Scenario files v1: validation with field paths, unknown fields kept, byte-stable
// round trips, version refusal, atomic saves, numbered backups.
#include "scenario/backups.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace creditpath;

namespace {

std::vector<Problem> problemsOf(const std::string& json) {
    try {
        parseScenario(json);
    } catch (const InvalidDocument& e) {
        return e.problems();
    }
    return {};
}

QStringList messages(const std::vector<Problem>& problems) {
    QStringList out;
    for (const auto& p : problems)
        out << QString::fromStdString(p.toString());
    return out;
}

const char* kMinimal = R"({"format": "creditpath-scenario", "version": 1, "spend": {"lines": []}})";

} // namespace

class TestScenarioFile : public QObject {
    Q_OBJECT
private slots:
    void loadsTheReferenceScenario() {
        const Scenario s = test::referenceScenario();
        QCOMPARE(s.horizonMonths, 36);
        QCOMPARE(s.company.stage, Stage::SeriesA);
        QCOMPARE(s.spendLines.size(), std::size_t(7));
        QCOMPARE(s.spendLines[2].category, Category::Bedrock);
        QCOMPARE(s.spendLines[2].monthly, Money::parse("1050"));
        QVERIFY(s.build.enabled);
        QCOMPARE(s.bedrockPoc.evalExamplesPerWeek, 500);
        QCOMPARE(s.portfolio.services.size(), std::size_t(6));
    }

    void minimalFileUsesDefaults() {
        const Scenario s = parseScenario(kMinimal);
        QCOMPARE(s.horizonMonths, 36);
        QVERIFY(!s.build.enabled);
        QVERIFY(!s.bedrockPoc.enabled);
        QCOMPARE(s.migration.from, MigrationSource::None);
    }

    void reportsEveryProblemWithItsPath() {
        const auto problems = problemsOf(R"({
          "format": "creditpath-scenario", "version": 1, "horizon_months": 0,
          "company": {"stage": "series_z", "aws_account_id": "12ab"},
          "spend": {"lines": [
            {"category": "compute", "monthly": "2500.00"},
            {"category": "gpu", "monthly": "10"},
            {"category": "database", "monthly": "-5"},
            {"category": "bedrock", "monthly": 1050.5},
            {"category": "compute", "monthly": "1.234", "ramp": {"months": 3}}
          ]},
          "bedrock_poc": {"enabled": "yes"}
        })");
        const QStringList m = messages(problems);
        QVERIFY2(m.contains("horizon_months: must be a whole number from 1 to 240, got 0"),
                 qPrintable(m.join('\n')));
        QVERIFY(m.filter(QRegularExpression(
                             "^company\\.stage: must be one of pre_seed, .*got \"series_z\"$"))
                    .size() == 1);
        // The account ID is never repeated in a message (it is hidden on a shared screen).
        QVERIFY(m.contains("company.aws_account_id: must be 12 digits, as the AWS console shows "
                           "them (1234-5678-9012)"));
        QVERIFY(m.filter(QRegularExpression("^spend\\.lines\\[1\\]\\.category: must be one of"))
                    .size() == 1);
        QVERIFY(m.contains("spend.lines[2].monthly: must be a non-negative amount, got \"-5\""));
        QVERIFY(m.contains("spend.lines[3].monthly: must be a non-negative amount, got 1050.5"));
        QVERIFY(m.contains("spend.lines[4].monthly: must be a non-negative amount, got \"1.234\""));
        QVERIFY(m.contains("spend.lines[4].ramp.to: is required"));
        QVERIFY(m.contains("bedrock_poc.enabled: must be true or false, got \"yes\""));
        QCOMPARE(problems.size(), std::size_t(9));
    }

    void refusesUnknownVersionClearly() {
        const auto m = messages(problemsOf(
            R"({"format": "creditpath-scenario", "version": 2, "spend": {"lines": []}})"));
        QCOMPARE(
            m,
            QStringList{
                "version: unsupported scenario version 2; this CreditPath reads version 1 only"});
    }

    void refusesOtherFormatsAndBrokenJson() {
        QCOMPARE(
            messages(problemsOf(R"({"format": "creditpath-evaluation", "version": 1})")),
            QStringList{"format: must be \"creditpath-scenario\", got \"creditpath-evaluation\""});
        const auto broken = messages(problemsOf("{\"format\": "));
        QCOMPARE(broken.size(), 1);
        QVERIFY(broken.front().startsWith("the scenario is not valid JSON at byte 12 (in format)"));
        QCOMPARE(messages(problemsOf(R"({"format": "creditpath-scenario", "version": 1})")),
                 QStringList{"spend: is required"});
    }

    void acceptsJsonIntegersForMoney() {
        const Scenario s = parseScenario(
            R"({"format": "creditpath-scenario", "version": 1, "spend": {"lines": [{"category": "compute", "monthly": 2500}]}})");
        QCOMPARE(s.spendLines.front().monthly, Money::parse("2500.00"));
    }

    void keepsUnknownFieldsOnSave() {
        const std::string in =
            R"({"format": "creditpath-scenario", "version": 1, "x_partner_notes": {"owner": "Ana"},
            "company": {"name": "A", "x_crm_id": 42}, "spend": {"lines": [{"category": "compute", "monthly": "10", "x_tag": "eks"}]}})";
        const std::string out = serializeScenario(parseScenario(in));
        QVERIFY(out.find("\"x_partner_notes\": {\n    \"owner\": \"Ana\"\n  }") !=
                std::string::npos);
        QVERIFY(out.find("\"x_crm_id\": 42") != std::string::npos);
        QVERIFY(out.find("\"x_tag\": \"eks\"") != std::string::npos);
    }

    void roundTripIsByteStable() {
        const std::string first = serializeScenario(test::referenceScenario());
        const Scenario reloaded = parseScenario(first);
        QVERIFY(reloaded.sameContent(test::referenceScenario()));
        QCOMPARE(serializeScenario(reloaded), first);
        // An edit survives the trip, too.
        Scenario edited = reloaded;
        edited.spendLines[0].growthPercentPerMonth = Rate::parsePercent("2.5");
        edited.spendLines[1].ramp = Ramp{Money::parse("2000"), 6};
        const std::string second = serializeScenario(edited);
        QVERIFY(parseScenario(second).sameContent(edited));
        QCOMPARE(serializeScenario(parseScenario(second)), second);
    }

    // Issue 11's optional fields: read, written back byte for byte, absent when unset, and
    // refused with their field paths when out of range.
    void uncertaintyFieldsRoundTrip() {
        const std::string in =
            R"({"format": "creditpath-scenario", "version": 1, "spend": {"lines": [)"
            R"({"category": "compute", "monthly": "10", "uncertainty_percent": "25"}],)"
            R"( "growth_uncertainty_percent": "50"},)"
            R"( "bedrock_poc": {"enabled": true, "completion_probability_percent": "70"}})";
        const Scenario s = parseScenario(in);
        QCOMPARE(s.spendLines[0].uncertaintyPercent, Rate::parsePercent("25"));
        QCOMPARE(s.growthUncertaintyPercent, Rate::parsePercent("50"));
        QCOMPARE(s.bedrockPoc.completionProbabilityPercent,
                 std::optional(Rate::parsePercent("70")));
        const std::string saved = serializeScenario(s);
        QVERIFY(saved.find("\"uncertainty_percent\": \"25\"") != std::string::npos);
        QVERIFY(saved.find("\"growth_uncertainty_percent\": \"50\"") != std::string::npos);
        QVERIFY(saved.find("\"completion_probability_percent\": \"70\"") != std::string::npos);
        QCOMPARE(serializeScenario(parseScenario(saved)), saved);
        QVERIFY(parseScenario(saved).sameContent(s));
        // A file without them gains none.
        const std::string plain = serializeScenario(test::referenceScenario());
        QVERIFY(plain.find("uncertainty") == std::string::npos);
        QVERIFY(plain.find("completion_probability") == std::string::npos);
        const QStringList bad = messages(
            problemsOf(R"({"format": "creditpath-scenario", "version": 1, "spend": {"lines": [)"
                       R"({"category": "compute", "monthly": "10", "uncertainty_percent": "-5"}],)"
                       R"( "growth_uncertainty_percent": "900"},)"
                       R"( "bedrock_poc": {"completion_probability_percent": "120"}})"));
        QCOMPARE(bad.size(), 3);
        QVERIFY(bad[0].startsWith("spend.lines[0].uncertainty_percent: "));
        QVERIFY(bad[1].startsWith("spend.growth_uncertainty_percent: "));
        QVERIFY(bad[2].startsWith("bedrock_poc.completion_probability_percent: "));
    }

    void savesAtomically() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("a.creditpath.json").toStdString();
        writeFileAtomically(file, "first");
        writeFileAtomically(file, "second");
        QCOMPARE(readTextFile(file), std::string("second"));
        const std::filesystem::path missing = dir.filePath("no/such/dir/b.json").toStdString();
        QVERIFY_THROWS_EXCEPTION(FileError, writeFileAtomically(missing, "x"));
        // No temporary files are left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void backupsRotateAndKeepTheCount() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("a.creditpath.json").toStdString();
        QVERIFY(!rotateBackups(file, 3)); // nothing to keep yet
        for (const char* version : {"v1", "v2", "v3", "v4", "v5"}) {
            rotateBackups(file, 3);
            writeFileAtomically(file, version);
        }
        QCOMPARE(readTextFile(file), std::string("v5"));
        QCOMPARE(backupPath(file, 1).filename().string(), std::string("a.creditpath.json~"));
        QCOMPARE(backupPath(file, 2).filename().string(), std::string("a.creditpath.json.~2~"));
        QCOMPARE(readTextFile(backupPath(file, 1)), std::string("v4"));
        QCOMPARE(readTextFile(backupPath(file, 2)), std::string("v3"));
        QCOMPARE(readTextFile(backupPath(file, 3)), std::string("v2"));
        QVERIFY(!std::filesystem::exists(backupPath(file, 4))); // v1 is beyond the count
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
        // None kept: the file is replaced and no copy is made.
        QVERIFY(!rotateBackups(file, 0));
        writeFileAtomically(file, "v6");
        QCOMPARE(readTextFile(backupPath(file, 1)), std::string("v4"));
    }

    void readingAMissingFileNamesIt() {
        try {
            readTextFile("/nonexistent/file.json");
            QFAIL("expected FileError");
        } catch (const FileError& e) {
            QVERIFY(std::string(e.what()).find("/nonexistent/file.json") != std::string::npos);
        }
    }
};

QTEST_APPLESS_MAIN(TestScenarioFile)
#include "tst_scenario_file.moc"
