// Issue 11's tornado on a case worked by hand. Portfolio only ($100,000, 92 % approval),
// compute $10,000 and storage $1,000 a month (storage ±50 %), no growth, 12-month horizon:
// approved, 132,000 - 100,000 = 32,000 out of pocket; refused, 132,000. Expected:
// 0.92 x 32,000 + 0.08 x 132,000 = 40,000.
#include "evaluation/sensitivity.h"
#include "test_support.h"

#include <QTest>

using namespace creditpath;
using test::usd;

namespace {

Scenario handMade() {
    Scenario s = test::referenceScenario();
    s.horizonMonths = 12;
    s.build.enabled = false;
    s.bedrockPoc.enabled = false;
    SpendLine compute, storage;
    compute.category = Category::Compute;
    compute.monthly = usd("10000");
    storage.category = Category::StorageCdn;
    storage.monthly = usd("1000");
    storage.uncertaintyPercent = Rate::parsePercent("50");
    s.spendLines = {compute, storage};
    return s;
}

} // namespace

class TestSensitivity : public QObject {
    Q_OBJECT
private slots:
    void tornadoByHand() {
        const Scenario s = handMade();
        const Evaluation ev = test::evaluateScenario(s);
        const auto t = computeSensitivity(s, Rulebook::builtIn(), ev);
        QVERIFY(t.has_value());
        QCOMPARE(t->measure, std::string("expected_out_of_pocket"));
        QCOMPARE(t->base, usd("40000.00"));
        QCOMPARE(t->bars.size(), std::size_t(5));
        // Largest swing first.
        QCOMPARE(t->bars[0].input, std::string("approval.portfolio"));
        QCOMPARE(t->bars[0].low, usd("132000.00")); // refused
        QCOMPARE(t->bars[0].high, usd("32000.00")); // approved
        // Compute ±20 % (UN-2's default): 9,000 or 13,000 a month.
        // 0.92 x 8,000 + 0.08 x 108,000 = 16,000; 0.92 x 56,000 + 0.08 x 156,000 = 64,000.
        QCOMPARE(t->bars[1].input, std::string("spend.lines[0]"));
        QCOMPARE(t->bars[1].lowSetting, std::string("-20"));
        QCOMPARE(t->bars[1].low, usd("16000.00"));
        QCOMPARE(t->bars[1].high, usd("64000.00"));
        // Storage ±50 % (its own uncertainty): 10,500 or 11,500 a month: 34,000 and 46,000.
        QCOMPARE(t->bars[2].input, std::string("spend.lines[1]"));
        QCOMPARE(t->bars[2].highSetting, std::string("+50"));
        QCOMPARE(t->bars[2].low, usd("34000.00"));
        QCOMPARE(t->bars[2].high, usd("46000.00"));
        // Flat spend: neither growth nor a later start changes anything (kept in input order).
        QCOMPARE(t->bars[3].input, std::string("spend.growth"));
        QCOMPARE(t->bars[3].swing(), usd("0.00"));
        QCOMPARE(t->bars[4].input, std::string("start_month"));
        QCOMPARE(t->bars[4].swing(), usd("0.00"));
    }

    // Growing spend: a later start means bigger bills once credits land, so it now swings.
    void laterStartCostsMoreWhenSpendGrows() {
        Scenario s = handMade();
        s.spendLines[0].growthPercentPerMonth = Rate::parsePercent("5");
        const Evaluation ev = test::evaluateScenario(s);
        const auto t = computeSensitivity(s, Rulebook::builtIn(), ev);
        QVERIFY(t.has_value());
        const auto start = std::find_if(t->bars.begin(), t->bars.end(),
                                        [](const auto& b) { return b.input == "start_month"; });
        QVERIFY(start != t->bars.end());
        QVERIFY(start->high > start->low);
        for (std::size_t i = 1; i < t->bars.size(); ++i)
            QVERIFY(t->bars[i - 1].swing() >= t->bars[i].swing());
    }

    // The objective "largest expected value" measures expected usable credits instead.
    void usableByObjective() {
        Scenario s = handMade();
        s.objective = Objective::LargestExpectedValue;
        const Evaluation ev = test::evaluateScenario(s);
        const auto t = computeSensitivity(s, Rulebook::builtIn(), ev);
        QVERIFY(t.has_value());
        QCOMPARE(t->measure, std::string("expected_usable"));
        // 132,000 of bills over the 24 months to expiry absorb all 100,000: 0.92 x 100,000.
        QCOMPARE(t->base, usd("92000.00"));
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
