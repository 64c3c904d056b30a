// The rulebook as data: every rule of RULES.md with text, source and verified date; partial
// overrides that change figures and are named in the evaluation; bad overrides refused.
#include "scenario/problems.h"
#include "test_support.h"

#include <QTest>

using namespace creditpath;

class TestRulebook : public QObject {
    Q_OBJECT
private slots:
    void shipsEveryRuleWithProvenance() {
        const Rulebook& rb = Rulebook::builtIn();
        QCOMPARE(QString::fromStdString(rb.edition()), QString("2026-11 (seed)"));
        for (const char* id : {"PF-1", "PF-2", "PF-3", "PF-4", "PF-5", "BS-1", "BS-2", "BS-3",
                               "BS-4", "BP-1", "BP-2", "BP-3", "ST-1", "ST-2", "ST-3", "TL-1",
                               "TL-2", "TL-3", "TL-4", "BD-1", "BD-2", "BD-3", "BD-4", "BD-5",
                               "BD-6", "GA-1", "GA-2", "MA-1", "MA-2", "SP-1", "SP-2", "ED-1"}) {
            const RuleInfo* r = rb.rule(id);
            QVERIFY2(r, id);
            QVERIFY2(!r->text.empty() && !r->source.empty() && !r->verified.empty(), id);
        }
    }

    void parametersComeFromTheFile() {
        const auto& p = Rulebook::builtIn().params();
        QCOMPARE(p.portfolioCeiling, Money::parse("100000"));
        QCOMPARE(p.buildCeiling, Money::parse("25000"));
        QCOMPARE(p.pocLarge, Money::parse("50000"));
        QCOMPARE(p.approvalStack, Rate::parsePercent("80"));
        QCOMPARE(p.generalExpiryMonth, 24);
        QCOMPARE(p.referenceMix.size(), std::size_t(7));
        // BD-6 categories are never eligible, whatever PF-1 lists.
        QVERIFY(!p.generalEligible[static_cast<std::size_t>(Category::Marketplace)]);
        QVERIFY(p.pocEligible[static_cast<std::size_t>(Category::BedrockSupporting)]);
        QVERIFY(!p.pocEligible[static_cast<std::size_t>(Category::Compute)]);
    }

    void overrideChangesFiguresAndIsNamed() {
        Rulebook rb = Rulebook::builtIn();
        rb.applyOverride(R"({"format": "creditpath-rulebook", "version": 1, "edition": "2026 drift",
            "rules": {"PF-1": {"params": {"ceiling": "200000.00"}, "verified": "2026-11-20"},
                      "ST-2": {"params": {"approval_stack": "80"}}}})",
                         "drift.json");
        QCOMPARE(rb.params().portfolioCeiling, Money::parse("200000"));
        QCOMPARE(rb.overrides().size(), std::size_t(1));
        const auto& changed = rb.overrides().front().changed;
        // Only values that differ count as changed.
        QCOMPARE(changed, (std::vector<std::string>{"PF-1.verified", "PF-1.ceiling"}));
        const Evaluation ev = test::evaluateScenario(test::referenceScenario(), rb);
        QCOMPARE(ev.path(PathId::Stack).value.typical, Money::parse("250000"));
        QCOMPARE(ev.rulebookOverrides.front().origin, std::string("drift.json"));
        QCOMPARE(Rulebook::builtIn().params().portfolioCeiling, Money::parse("100000"));
    }

    void badOverrideIsRefusedAndChangesNothing() {
        Rulebook rb = Rulebook::builtIn();
        try {
            rb.applyOverride(R"({"format": "creditpath-rulebook", "version": 1,
                "rules": {"XX-9": {}, "PF-1": {"params": {"ceiling": "lots", "colour": "red"}}}})",
                             "bad.json");
            QFAIL("expected InvalidDocument");
        } catch (const InvalidDocument& e) {
            QStringList m;
            for (const auto& p : e.problems())
                m << QString::fromStdString(p.toString());
            QVERIFY2(m.contains("rules.XX-9: is not a rule of edition 2026-11 (seed)"),
                     qPrintable(m.join('\n')));
            QVERIFY(m.contains("rules.PF-1.params.colour: is not a parameter of PF-1"));
        }
        try {
            rb.applyOverride(R"({"format": "creditpath-rulebook", "version": 1,
                "rules": {"PF-1": {"params": {"ceiling": "lots"}}}})",
                             "bad.json");
            QFAIL("expected InvalidDocument");
        } catch (const InvalidDocument& e) {
            QCOMPARE(
                QString::fromStdString(e.problems().front().toString()),
                QString("rules.PF-1.params.ceiling: must be a non-negative amount, got \"lots\""));
        }
        QCOMPARE(rb.params().portfolioCeiling, Money::parse("100000"));
        QVERIFY(rb.overrides().empty());
    }
};

QTEST_APPLESS_MAIN(TestRulebook)
#include "tst_rulebook.moc"
