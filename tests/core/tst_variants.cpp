// Scenario variants (issue 11): RFC 7396 merge patches created and applied, variants read with
// field paths, byte-stable round trips, and the side-by-side comparison worked by hand.
#include "evaluation/timeline.h"
#include "output/evaluation_json.h"
#include "scenario/file_io.h"
#include "scenario/merge_patch.h"
#include "scenario/scenario_json.h"
#include "scenario/variants.h"
#include "test_support.h"
#include "variants/comparison.h"

#include <QTest>

using namespace creditpath;

namespace {

std::string variantsFile() {
    return readTextFile(test::testDataPath("variants.creditpath.json"));
}

QStringList problemsOf(const std::string& json) {
    QStringList out;
    try {
        parseScenario(json);
    } catch (const InvalidDocument& e) {
        for (const auto& p : e.problems())
            out << QString::fromStdString(p.toString());
    }
    return out;
}

// The reference scenario with `variants` set to this JSON text.
std::string withVariants(const std::string& variants) {
    std::string text = serializeScenario(test::referenceScenario());
    const auto end = text.rfind('}');
    return text.substr(0, end) + ", \"variants\": " + variants + "}";
}

std::vector<VariantEvaluation> variantEvaluations(const Scenario& base) {
    return evaluateVariants(base, Rulebook::builtIn(), {*parseIsoDate("2026-11-26")});
}

} // namespace

class TestVariants : public QObject {
    Q_OBJECT
private slots:
    void mergePatchIsCreatedAndGivesTheTargetBack_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("patch");
        QTest::newRow("same") << R"({"a":1})"
                              << R"({"a":1})"
                              << "{}";
        QTest::newRow("changed member") << R"({"a":1,"b":"x"})"
                                        << R"({"a":2,"b":"x"})"
                                        << R"({"a":2})";
        QTest::newRow("removed member is null") << R"({"a":1,"b":{"c":true}})"
                                                << R"({"a":1})"
                                                << R"({"b":null})";
        QTest::newRow("added member") << R"({"a":1})"
                                      << R"({"a":1,"n":{"m":"5.00"}})"
                                      << R"({"n":{"m":"5.00"}})";
        QTest::newRow("nested change only")
            << R"({"poc":{"loi":false,"budget":"1050.00","days":60}})"
            << R"({"poc":{"loi":true,"budget":"5000.00","days":60}})"
            << R"({"poc":{"loi":true,"budget":"5000.00"}})";
        QTest::newRow("nested removal") << R"({"poc":{"loi":false,"budget":"1050.00"}})"
                                        << R"({"poc":{"loi":false}})"
                                        << R"({"poc":{"budget":null}})";
        QTest::newRow("array replaced wholesale")
            << R"({"lines":[{"c":"compute","m":"1"},{"c":"db","m":"2"}]})"
            << R"({"lines":[{"c":"compute","m":"1"},{"c":"db","m":"3"}]})"
            << R"({"lines":[{"c":"compute","m":"1"},{"c":"db","m":"3"}]})";
        QTest::newRow("array shortened") << R"({"s":["ECS","S3"]})"
                                         << R"({"s":["ECS"]})"
                                         << R"({"s":["ECS"]})";
        QTest::newRow("object becomes text") << R"({"a":{"b":1}})"
                                             << R"({"a":"x"})"
                                             << R"({"a":"x"})";
    }
    void mergePatchIsCreatedAndGivesTheTargetBack() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, patch);
        const std::string made = createMergePatch(from.toStdString(), to.toStdString());
        QCOMPARE(QString::fromStdString(made), patch);
        QCOMPARE(QString::fromStdString(applyMergePatch(from.toStdString(), made)), to);
    }

    void oldFilesHaveNoVariants() {
        QVERIFY(test::referenceScenario().variants.empty());
        const std::string text = readTextFile(test::testDataPath("seed-reference.creditpath.json"));
        QVERIFY(serializeScenario(parseScenario(text)).find("variants") == std::string::npos);
    }

    void readsVariantsAndAppliesThem() {
        const Scenario base = parseScenario(variantsFile());
        QCOMPARE(base.variants.size(), std::size_t(2));
        QCOMPARE(base.variants[0].name, std::string("$50K POC with LOI"));
        const Scenario loi = applyVariant(base, 0);
        QVERIFY(loi.variants.empty());
        QVERIFY(loi.bedrockPoc.customerLoi);
        QCOMPARE(loi.bedrockPoc.monthlyBudget, std::optional(test::usd("5000")));
        QCOMPARE(loi.spendLines[2].monthly, test::usd("5000"));
        QCOMPARE(loi.bedrockPoc.useCase, base.bedrockPoc.useCase); // not in the patch: the base's
        const Scenario lean = applyVariant(base, 1);
        QVERIFY(!lean.build.enabled);
        QVERIFY(!lean.bedrockPoc.enabled);
        QCOMPARE(lean.spendLines, base.spendLines);
    }

    void filesWithVariantsRoundTripByteForByte() {
        const std::string text = variantsFile();
        const Scenario s = parseScenario(text);
        QCOMPARE(serializeScenario(s), text); // unknown x_note of a variant included
        QVERIFY(text.find("\"x_note\": \"ask after the LOI is signed\"") != std::string::npos);
        // An explicit empty list stays as stated.
        const std::string empty = serializeScenario(parseScenario(withVariants("[]")));
        QCOMPARE(serializeScenario(parseScenario(empty)), empty);
        QVERIFY(empty.find("\"variants\": []") != std::string::npos);
    }

    void editsOfVariantsAreSaved() {
        Scenario s = parseScenario(variantsFile());
        s.variants[1].name = "Lean";
        s.variants.erase(s.variants.begin());
        const Scenario back = parseScenario(serializeScenario(s));
        QCOMPARE(back.variants.size(), std::size_t(1));
        QCOMPARE(back.variants[0].name, std::string("Lean"));
        QVERIFY(!applyVariant(back, 0).build.enabled);
        s.variants.clear(); // the last one deleted: the member goes
        QVERIFY(serializeScenario(s).find("variants") == std::string::npos);
    }

    void invalidVariantsNameTheVariantAndField_data() {
        QTest::addColumn<QString>("variants");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("not a list")
            << R"({"name": "x"})" << QStringList{R"(variants: must be a list, got {"name":"x"})"};
        {
            std::string many = "[";
            for (int i = 0; i < 101; ++i)
                many += (i ? ",{\"name\":\"v" : "{\"name\":\"v") + std::to_string(i) +
                        "\",\"patch\":{}}";
            QTest::newRow("too many") << QString::fromStdString(many + "]")
                                      << QStringList{"variants: at most 100 variants, got 101"};
        }
        QTest::newRow("empty name")
            << R"([{"name": "  ", "patch": {}}])"
            << QStringList{"variants[0].name: a variant needs a name that is not "
                           "empty"};
        QTest::newRow("no name") << R"([{"patch": {}}])"
                                 << QStringList{
                                        "variants[0].name: a variant needs a name that is not "
                                        "empty"};
        QTest::newRow("duplicate name")
            << R"([{"name": "A", "patch": {}}, {"name": "A", "patch": {}}])"
            << QStringList{R"(variants[1].name: "A" is already the name of another variant)"};
        QTest::newRow("patch not an object")
            << R"([{"name": "A", "patch": [1]}])"
            << QStringList{"variants[0].patch: must be an object (a JSON merge patch over the "
                           "scenario), got [1]"};
        QTest::newRow("nested variants")
            << R"([{"name": "A", "patch": {"variants": []}}])"
            << QStringList{"variants[0].patch.variants: a variant's patch cannot hold variants "
                           "of its own"};
        QTest::newRow("patched field invalid")
            << R"([{"name": "Cheap", "patch": {}}, {"name": "$50K POC with LOI", "patch":
                  {"spend": {"lines": [{"category": "compute", "monthly": "-5"}]}}}])"
            << QStringList{"variants[1] (\"$50K POC with LOI\").patch \u2192 "
                           "spend.lines[0].monthly: must be a non-negative amount, got \"-5\""};
        QTest::newRow("patch removes what is required")
            << R"([{"name": "No spend", "patch": {"spend": null}}])"
            << QStringList{"variants[0] (\"No spend\").patch \u2192 spend: is required"};
    }
    void invalidVariantsNameTheVariantAndField() {
        QFETCH(QString, variants);
        QFETCH(QStringList, problems);
        QCOMPARE(problemsOf(withVariants(variants.toStdString())), problems);
    }

    void problemPathsLeadBackToTheVariantField() {
        const auto f =
            variantFieldOf("variants[12] (\"a \u2192 b\").patch \u2192 spend.lines[0].monthly");
        QVERIFY(f);
        QCOMPARE(f->index, std::size_t(12));
        QCOMPARE(f->field, std::string("spend.lines[0].monthly"));
        QCOMPARE(variantFieldOf("variants[3].name")->field, std::string());
        QVERIFY(!variantFieldOf("spend.lines[0].monthly"));
        QVERIFY(!variantFieldOf("variants[x]"));
    }

    void savedEditsBecomeAPatchThatGivesThemBack() {
        const Scenario base = test::referenceScenario();
        Scenario edited = base;
        edited.bedrockPoc.customerLoi = true;
        edited.bedrockPoc.monthlyBudget.reset();
        edited.spendLines.pop_back();
        edited.company.region.clear();
        const std::string patch = variantPatchFor(base, edited);
        QCOMPARE(QString::fromStdString(patch).count("null"), 2); // budget and region removed
        Scenario withVariant = base;
        withVariant.variants.push_back({"Edited", patch});
        QVERIFY(applyVariant(withVariant, 0).sameContent(edited));
        QCOMPARE(variantPatchFor(base, base), std::string("{}"));
    }

    // Base: the reference mix, $6,260 a month over 36 months = $225,360 of charges. The stack
    // ($150,000, 80 % approval) covers 150,000 / 6,260 = 23.96 → month 23, leaves $75,360 out of
    // pocket, expects 0.8 × 150,000 = $120,000. "$50K POC with LOI": Bedrock $5,000 a month
    // ($10,210 in all, $367,560 over 36 months), POC award $50,000 → $175,000 of credits:
    // 175,000 / 10,210 = 17.1 → month 17, out of pocket $192,560, expected $140,000.
    // "Portfolio only, no Build": $100,000 at 92 %: expected $92,000, month 15 (15.97), out of
    // pocket $125,360, 11–18 days, 30 minutes (TL-3, ST-3) against the stack's 18–21 and 70.
    void comparisonWorkedByHand() {
        const Scenario base = parseScenario(variantsFile());
        const Evaluation ev = test::evaluateScenario(base);
        const Comparison c = buildComparison(ev, variantEvaluations(base));
        QCOMPARE(c.columns.size(), std::size_t(3));
        QCOMPARE(c.columns[0].name, std::string());
        QCOMPARE(c.columns[2].name, std::string("Portfolio only, no Build"));
        QCOMPARE(c.columns[2].path, PathId::PortfolioOnly);
        QCOMPARE(c.rows.size(), std::size_t(7));
        auto row = [&](ComparisonRowId id) -> const ComparisonRow& {
            for (const auto& r : c.rows)
                if (r.id == id)
                    return r;
            QTest::qFail("row missing", __FILE__, __LINE__);
            return c.rows.front();
        };
        auto bests = [&](ComparisonRowId id) {
            QList<int> out;
            for (std::size_t i = 0; i < row(id).cells.size(); ++i)
                if (row(id).cells[i].best)
                    out << int(i);
            return out;
        };
        const auto& rec = row(ComparisonRowId::RecommendedPath);
        QCOMPARE(rec.better, Better::None);
        QCOMPARE(rec.cells[0].path, std::optional(PathId::Stack));
        QCOMPARE(rec.cells[2].path, std::optional(PathId::PortfolioOnly));
        QCOMPARE(bests(ComparisonRowId::RecommendedPath), QList<int>{});

        const auto& expected = row(ComparisonRowId::ExpectedValue);
        QCOMPARE(expected.better, Better::Higher);
        QCOMPARE(expected.cells[0].money, test::usd("120000"));
        QCOMPARE(expected.cells[1].money, test::usd("140000"));
        QCOMPARE(expected.cells[2].money, test::usd("92000"));
        QCOMPARE(bests(ComparisonRowId::ExpectedValue), QList<int>{1});

        const auto& out = row(ComparisonRowId::OutOfPocket);
        QCOMPARE(out.better, Better::Lower);
        QCOMPARE(out.cells[0].money, test::usd("75360"));
        QCOMPARE(out.cells[1].money, test::usd("192560"));
        QCOMPARE(out.cells[2].money, test::usd("125360"));
        QCOMPARE(bests(ComparisonRowId::OutOfPocket), QList<int>{0});

        QCOMPARE(row(ComparisonRowId::CoveredThrough).cells[0].number, 23);
        QCOMPARE(row(ComparisonRowId::CoveredThrough).cells[1].number, 17);
        QCOMPARE(row(ComparisonRowId::CoveredThrough).cells[2].number, 15);
        QCOMPARE(bests(ComparisonRowId::CoveredThrough), QList<int>{0});

        // Nothing forfeited anywhere: a tie marks no column.
        QCOMPARE(row(ComparisonRowId::Forfeited).cells[1].money, test::usd("0"));
        QCOMPARE(bests(ComparisonRowId::Forfeited), QList<int>{});

        QCOMPARE(row(ComparisonRowId::DaysToMoney).cells[2].days, (DayRange{11, 18}));
        QCOMPARE(row(ComparisonRowId::DaysToMoney).cells[0].days, (DayRange{18, 21}));
        QCOMPARE(bests(ComparisonRowId::DaysToMoney), QList<int>{2});
        QCOMPARE(row(ComparisonRowId::FounderMinutes).cells[0].number, 70);
        QCOMPARE(row(ComparisonRowId::FounderMinutes).cells[2].number, 30);
        QCOMPARE(bests(ComparisonRowId::FounderMinutes), QList<int>{2});
    }

    void tiedBestColumnsAreAllMarked() {
        Scenario base = test::referenceScenario();
        base.variants = {{"Same", "{}"}, {"Lean", R"({"build":{"enabled":false}})"}};
        const Comparison c =
            buildComparison(test::evaluateScenario(base), variantEvaluations(base));
        const auto& minutes = c.rows[std::size_t(ComparisonRowId::FounderMinutes)];
        QCOMPARE(minutes.cells[0].number, 70);
        QCOMPARE(minutes.cells[1].number, 70);
        QVERIFY(minutes.cells[2].number < 70);
        QVERIFY(!minutes.cells[0].best && !minutes.cells[1].best && minutes.cells[2].best);
        const auto& expected = c.rows[std::size_t(ComparisonRowId::ExpectedValue)];
        QVERIFY(expected.cells[0].best && expected.cells[1].best && !expected.cells[2].best);
    }

    void evaluationJsonListsVariantsOnlyWhenThereAreSome() {
        const Scenario base = parseScenario(variantsFile());
        const Evaluation ev = test::evaluateScenario(base);
        QCOMPARE(evaluationToJson(ev, {}), evaluationToJson(ev));
        const std::string json = evaluationToJson(ev, variantEvaluations(base));
        QVERIFY(json.find("\"variants\": [\n    {\n      \"name\": \"$50K POC with LOI\",\n      "
                          "\"evaluation\": {\n        \"format\": \"creditpath-evaluation\"") !=
                std::string::npos);
        QCOMPARE(QString::fromStdString(json).count("\"variants\""), 1);
    }

    void engineRefusalNamesTheVariant() {
        // Growth that outgrows every bill over the horizon is refused by the engine, not the
        // reader: the variant is still named.
        Scenario base = test::referenceScenario();
        base.variants = {{"Hypergrowth",
                          R"({"horizon_months":240,"spend":{"lines":[{"category":"compute",)"
                          R"("monthly":"1000000000000","growth_percent_per_month":"100"}]}})"}};
        try {
            variantEvaluations(base);
            QFAIL("the engine accepted a charge past one trillion");
        } catch (const InvalidDocument& e) {
            QVERIFY(QString::fromStdString(e.problems().front().path)
                        .startsWith("variants[0] (\"Hypergrowth\").patch \u2192 spend.lines[0]"));
        }
    }
};

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
