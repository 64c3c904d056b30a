// Hostile input never crashes, hangs or silently changes a figure: every reader turns what the
// JSON library, the file system or the engine would choke on into a problem with a field path.
#include "evaluation/evaluator.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace creditpath;

namespace {

std::string reference() {
    return readTextFile(test::testDataPath("seed-reference.creditpath.json"));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

// The problems of reading, then evaluating, a scenario text.
std::vector<Problem> problemsOf(const std::string& text) {
    try {
        test::evaluateScenario(parseScenario(text));
    } catch (const InvalidDocument& e) {
        return e.problems();
    }
    return {};
}

std::vector<Problem> overrideProblems(const std::string& text) {
    Rulebook rb = Rulebook::builtIn();
    try {
        rb.applyOverride(text, "o.json");
    } catch (const InvalidDocument& e) {
        return e.problems();
    }
    return {};
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void scenariosAreRefusedWithTheirField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const std::string ref = reference();
        QTest::newRow("1e400 as the file") << "1e400"
                                           << ""
                                           << "number out of range";
        QTest::newRow("1e400 in a field")
            << QString::fromStdString(
                   replaced(ref, "\"horizon_months\": 36", "\"horizon_months\": 1e400"))
            << "horizon_months"
            << "number out of range";
        QTest::newRow("huge integer digits")
            << QString::fromStdString(replaced(ref, "\"horizon_months\": 36",
                                               "\"horizon_months\": " + std::string(400, '9')))
            << "horizon_months"
            << "number out of range";
        QTest::newRow("50000 levels under an unknown field")
            << QString::fromStdString(replaced(ref, "\"horizon_months\": 36",
                                               "\"x\": " + std::string(50000, '[') +
                                                   std::string(50000, ']') +
                                                   ", \"horizon_months\": 36"))
            << "x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
               "[0][0][0][0][0]"
            << "nests deeper than 32 levels";
        QTest::newRow("duplicate key")
            << QString::fromStdString(replaced(ref, "\"horizon_months\": 36",
                                               "\"horizon_months\": 36, \"horizon_months\": 12"))
            << "horizon_months"
            << "appears twice";
        QTest::newRow("duplicate key in a line")
            << QString::fromStdString(replaced(ref, "\"monthly\": \"2500.00\"",
                                               "\"monthly\": \"2500.00\", \"monthly\": \"1\""))
            << "spend.lines[0].monthly"
            << "appears twice";
        QTest::newRow("more than a trillion")
            << QString::fromStdString(
                   replaced(ref, "\"monthly\": \"2500.00\"", "\"monthly\": \"2000000000000\""))
            << "spend.lines[0].monthly"
            << "must be at most 1000000000000.00";
        // Valid to the reader, but 2500 x 1.3^(m-1) passes $1,000,000,000,000 in month 77.
        QTest::newRow("growth outgrows every bill")
            << QString::fromStdString(
                   replaced(replaced(ref, "\"horizon_months\": 36", "\"horizon_months\": 240"),
                            "\"monthly\": \"2500.00\"",
                            "\"monthly\": \"2500.00\", \"growth_percent_per_month\": \"30\""))
            << "spend.lines[0].growth_percent_per_month"
            << "charge of month 77";
        QTest::newRow("larger than 4 MiB")
            << QString::fromStdString(replaced(ref, "\"horizon_months\": 36",
                                               "\"x\": \"" + std::string(5u << 20, 'a') +
                                                   "\", \"horizon_months\": 36"))
            << ""
            << "larger than the 4 MiB";
        QTest::newRow("broken syntax") << "{\"format\": "
                                       << ""
                                       << "is not valid JSON at byte";
    }
    void scenariosAreRefusedWithTheirField() {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto problems = problemsOf(text.toStdString());
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(problems.front().path), path);
        QVERIFY2(QString::fromStdString(problems.front().message).contains(message),
                 problems.front().message.c_str());
    }

    void overridesAreRefusedWithTheirField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        const QString head = R"({"format": "creditpath-rulebook", "version": 1, "rules": )";
        QTest::newRow("format a number") << R"({"format": 1, "version": 1, "rules": {}})"
                                         << "format";
        QTest::newRow("version a string")
            << R"({"format": "creditpath-rulebook", "version": "1", "rules": {}})"
            << "version";
        QTest::newRow("title an object") << head + R"({"PF-1": {"title": {"a": 1}}}})"
                                         << "rules.PF-1.title";
        QTest::newRow("rule not an object") << head + R"({"PF-1": 5}})"
                                            << "rules.PF-1";
        // 4294967296 would wrap to 0 through a 32-bit read.
        QTest::newRow("days past 32 bits")
            << head + R"({"TL-2": {"params": {"days_stack": [0, 4294967296]}}}})"
            << "rules.TL-2.params.days_stack";
        QTest::newRow("unknown message code")
            << head +
                   R"({"PD-5": {"params": {"combinations": [{"paths": ["stack", "map"], "allowed": true, "code": "nope"}]}}}})"
            << "rules.PD-5.params.combinations[0].code";
        QTest::newRow("steps not a list")
            << head + R"({"TL-1": {"params": {"timelines": {"stack": {"a": 1}}}}}})"
            << "rules.TL-1.params.timelines.stack";
        QTest::newRow("duplicate rule") << head + R"({"PF-1": {}, "PF-1": {}}})"
                                        << "rules.PF-1";
    }
    void overridesAreRefusedWithTheirField() {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const auto problems = overrideProblems(text.toStdString());
        QVERIFY(!problems.empty());
        QCOMPARE(QString::fromStdString(problems.front().path), path);
    }

    void specialFilesAreRefusedBeforeTheyAreRead() {
        QVERIFY_THROWS_EXCEPTION(FileError, readTextFile("/dev/zero"));
        QTemporaryDir dir;
        const std::string fifo = dir.filePath(QStringLiteral("pipe")).toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        try {
            readTextFile(fifo); // would block forever if it were opened
            QFAIL("a FIFO was read");
        } catch (const FileError& e) {
            QVERIFY(std::string(e.what()).find("not a regular file") != std::string::npos);
        }
        const std::string big = dir.filePath(QStringLiteral("big.json")).toStdString();
        writeFileAtomically(big, std::string(kMaxReadBytes + 1, ' '));
        try {
            readTextFile(big);
            QFAIL("an oversized file was read");
        } catch (const FileError& e) {
            QVERIFY(std::string(e.what()).find("larger than the 4 MiB") != std::string::npos);
        }
    }

    // A write killed before its rename leaves a temporary; the next write removes it.
    void staleTemporariesGoWithTheNextWrite() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.json"));
        const QString stale = dir.filePath(QStringLiteral(".out.json.tmp12345"));
        const QString other = dir.filePath(QStringLiteral(".other.json.tmp1"));
        writeFileAtomically(stale.toStdString(), "half");
        writeFileAtomically(other.toStdString(), "not ours");
        writeFileAtomically(out.toStdString(), "{}");
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(other));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void accountIdInTheConsolesFormIsStoredAsDigits() {
        const std::string ref = reference();
        const std::string withId =
            replaced(ref, "\"region\"", "\"aws_account_id\": \"X\", \"region\"");
        QCOMPARE(
            parseScenario(replaced(withId, "\"X\"", "\"1234-5678-9012\"")).company.awsAccountId,
            std::string("123456789012"));
        QCOMPARE(
            parseScenario(replaced(withId, "\"X\"", "\"1234 5678 9012\"")).company.awsAccountId,
            std::string("123456789012"));
        const auto problems = problemsOf(replaced(withId, "\"X\"", "\"9876-5432-101x\""));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems.front().path, std::string("company.aws_account_id"));
        QVERIFY(problems.front().message.find("101x") == std::string::npos); // never echoed
        QVERIFY(problems.front().message.find("5432") == std::string::npos);
        // Written as a JSON number, it is refused and not echoed either.
        const auto number = problemsOf(replaced(withId, "\"X\"", "987654321012"));
        QCOMPARE(number.size(), std::size_t(1));
        QCOMPARE(number.front().toString(),
                 std::string("company.aws_account_id: must be 12 digits, as the AWS console "
                             "shows them (1234-5678-9012)"));
    }
};

QTEST_APPLESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
