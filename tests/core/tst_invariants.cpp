// Properties that must hold for every scenario, checked over many generated ones (fixed
// seed, so a failure reproduces): money is conserved month by month and pool by pool, no
// pool pays after its expiry, and the earmarked pool never pays non-Bedrock charges.
#include "evaluation/charges.h"
#include "test_support.h"

#include <QTest>

#include <random>

using namespace creditpath;

namespace {

Scenario randomScenario(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Scenario s = test::referenceScenario();
    s.horizonMonths = pick(1, 60);
    s.company.stage = static_cast<Stage>(pick(0, 5));
    s.build.enabled = pick(0, 1) == 1;
    s.bedrockPoc.enabled = pick(0, 3) > 0;
    s.bedrockPoc.pocCompletes = pick(0, 1) == 1;
    s.bedrockPoc.customerLoi = s.bedrockPoc.commitToScale = pick(0, 1) == 1;
    s.spendLines.clear();
    const int lines = pick(0, 8);
    for (int i = 0; i < lines; ++i) {
        SpendLine line;
        line.category = static_cast<Category>(pick(0, kCategoryCount - 1));
        line.monthly = Money::fromCents(pick(0, 2'000'000));
        if (pick(0, 2) == 0)
            line.ramp = Ramp{Money::fromCents(pick(0, 3'000'000)), pick(1, 12)};
        if (pick(0, 2) == 0)
            line.growthPercentPerMonth = Rate::fromPartsPerMillion(pick(-50'000, 80'000));
        s.spendLines.push_back(line);
    }
    return s;
}

Money sumFor(const PoolAmounts& list, std::string_view pool) {
    Money m;
    for (const auto& a : list)
        if (a.pool == pool)
            m += a.amount;
    return m;
}

} // namespace

class TestInvariants : public QObject {
    Q_OBJECT
private slots:
    void holdForGeneratedScenarios() {
        std::mt19937 rng(20261126);
        for (int i = 0; i < 400; ++i) {
            const Scenario s = randomScenario(rng);
            const Evaluation ev = test::evaluateScenario(s);
            const ChargeSchedule charges(s.spendLines, s.horizonMonths);
            std::vector<const BurnDown*> all{&ev.burnDown};
            for (const auto& b : ev.otherBurnDowns)
                all.push_back(&b);
            for (const BurnDown* b : all) {
                // Before any spend is entered nothing is projected.
                QCOMPARE(b->months.size(),
                         static_cast<std::size_t>(ev.needsSpend ? 0 : s.horizonMonths));
                for (const auto& row : b->months) {
                    QCOMPARE(row.appliedTotal() + row.outOfPocket, row.charges);
                    QVERIFY(!row.outOfPocket.isNegative());
                    for (const auto& a : row.applied)
                        QVERIFY(a.amount > Money());
                    const Money bedrock = charges.category(row.month, Category::Bedrock) +
                                          charges.category(row.month, Category::BedrockSupporting);
                    QVERIFY2(sumFor(row.applied, "bedrock_poc") <= bedrock,
                             "earmarked pool paid other charges");
                }
                for (const auto& pool : b->pools) {
                    Money paid, lost;
                    for (const auto& row : b->months) {
                        if (row.month > pool.expiresMonth)
                            QCOMPARE(sumFor(row.applied, pool.id), Money());
                        paid += sumFor(row.applied, pool.id);
                        lost += sumFor(row.forfeited, pool.id);
                    }
                    QCOMPARE(paid + lost + sumFor(b->leftAtHorizon, pool.id), pool.award);
                }
                Money oop;
                for (const auto& row : b->months)
                    oop += row.outOfPocket;
                QCOMPARE(oop, b->totalOutOfPocket);
            }
            for (const auto& p : ev.paths) {
                QVERIFY(p.value.low <= p.value.typical && p.value.typical <= p.value.high);
                QVERIFY(!p.reasons.empty());
                if (p.verdict == Verdict::NotEligible)
                    QCOMPARE(p.expectedValue, Money());
                // Usable + forfeited = face value at every level (nothing projected: both 0).
                const std::pair<Money, Money> levels[] = {
                    {p.usableValue.low, p.forfeited.low},
                    {p.usableValue.typical, p.forfeited.typical},
                    {p.usableValue.high, p.forfeited.high}};
                const Money faces[] = {p.value.low, p.value.typical, p.value.high};
                for (int l = 0; l < 3; ++l) {
                    QVERIFY(!levels[l].first.isNegative() && !levels[l].second.isNegative());
                    if (!ev.needsSpend)
                        QCOMPARE(levels[l].first + levels[l].second, faces[l]);
                }
                QVERIFY(p.expectedValue <= p.usableValue.typical);
                // The verdict is the worst fit reason: value reasons never set it.
                Severity worst = Severity::Info;
                for (const auto& r : p.reasons)
                    if (r.kind == ReasonKind::Fit)
                        worst = std::max(worst, r.severity);
                const Verdict expected = worst == Severity::Blocker   ? Verdict::NotEligible
                                         : worst == Severity::Warning ? Verdict::PoorFit
                                                                      : Verdict::Fit;
                QCOMPARE(p.verdict, expected);
                // The window and the report name the reason that set it.
                QCOMPARE(p.verdictReason() == nullptr, p.verdict == Verdict::Fit);
                if (p.verdictReason())
                    QCOMPARE(p.verdictReason()->severity, worst);
                for (const char* figure : {"value", "usable_value", "expected_value",
                                           "days_to_money", "founder_minutes"})
                    QVERIFY2(derivationOf(ev, p.id, figure), figure);
            }
            // Only a path that fits is recommended.
            if (ev.recommendation.path)
                QCOMPARE(ev.path(*ev.recommendation.path).verdict, Verdict::Fit);
        }
    }
};

QTEST_APPLESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
