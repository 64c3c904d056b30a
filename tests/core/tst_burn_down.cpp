// Burn-down (BD-1..BD-6) against the hand-worked figures of shared/scenarios/README.md,
// plus expiry, earmarking, ineligible charges, ordering and the charge formula.
#include "evaluation/burn_down.h"
#include "evaluation/charges.h"
#include "test_support.h"

#include <QTest>

#include <future>

using namespace creditpath;
using test::applied;
using test::usd;

class TestBurnDown : public QObject {
    Q_OBJECT
private slots:
    void referenceScenarioToTheCent() {
        const Evaluation ev = test::evaluateScenario(test::referenceScenario());
        const BurnDown& b = ev.burnDown;
        QCOMPARE(b.pools.size(), std::size_t(3));
        // BD-2 tie order: earmarked first, then the oldest general pool.
        QCOMPARE(b.pools[0].id, std::string("bedrock_poc"));
        QCOMPARE(b.pools[1].id, std::string("portfolio"));
        QCOMPARE(b.pools[2].id, std::string("build"));
        for (const auto& p : b.pools)
            QCOMPARE(p.expiresMonth, 24);
        QCOMPARE(b.months.size(), std::size_t(36));
        for (int m = 1; m <= 23; ++m) {
            const auto& row = b.months[static_cast<std::size_t>(m - 1)];
            QCOMPARE(row.charges, usd("6260.00"));
            QCOMPARE(applied(row, "bedrock_poc"), usd("1050.00"));
            QCOMPARE(applied(row, "portfolio") + applied(row, "build"), usd("5210.00"));
            QCOMPARE(row.outOfPocket, usd("0.00"));
        }
        // Portfolio alone pays until spent: 19 x 5210 = 98990, then 1010 in month 20.
        QCOMPARE(applied(b.months[18], "portfolio"), usd("5210.00"));
        QCOMPARE(applied(b.months[19], "portfolio"), usd("1010.00"));
        QCOMPARE(applied(b.months[19], "build"), usd("4200.00"));
        const auto& m24 = b.months[23];
        QCOMPARE(applied(m24, "bedrock_poc"), usd("850.00"));
        QCOMPARE(applied(m24, "portfolio") + applied(m24, "build"), usd("5170.00"));
        QCOMPARE(m24.outOfPocket, usd("240.00"));
        for (int m = 25; m <= 36; ++m)
            QCOMPARE(b.months[static_cast<std::size_t>(m - 1)].outOfPocket, usd("6260.00"));
        QCOMPARE(b.coveredThroughMonth, 23);
        QCOMPARE(b.totalOutOfPocket, usd("75360.00"));
        QCOMPARE(b.totalForfeited, usd("0.00"));
        QCOMPARE(ev.path(PathId::Stack).value.typical, usd("150000.00"));
        // Each pool paid its whole award: 23 x 1050 + 850; 19 x 5210 + 1010; the rest, Build.
        const PoolAmounts paid = paidByPool(b);
        QCOMPARE(paid.size(), std::size_t(3));
        QCOMPARE(paid[0].pool, std::string_view("bedrock_poc")); // the pools' order
        QCOMPARE(paid[0].amount, usd("25000.00"));
        QCOMPARE(amountOf(paid, "portfolio"), usd("100000.00"));
        QCOMPARE(amountOf(paid, "build"), usd("25000.00"));
        QCOMPARE(totalOf(paid), b.totalCharges - b.totalOutOfPocket);
    }

    // BD-3: an unfinished POC's credits expire at month 12; what is left is forfeited.
    void incompletePocForfeitsAtMonth12() {
        Scenario s = test::referenceScenario();
        s.bedrockPoc.pocCompletes = false;
        const Evaluation ev = test::evaluateScenario(s);
        const BurnDown& b = ev.burnDown;
        QCOMPARE(b.pools[0].id, std::string("bedrock_poc"));
        QCOMPARE(b.pools[0].expiresMonth, 12);
        // 25000 - 12 x 1050 = 12400 lost at the end of month 12.
        QCOMPARE(test::forfeited(b.months[11], "bedrock_poc"), usd("12400.00"));
        QCOMPARE(b.totalForfeited, usd("12400.00"));
        QCOMPARE(applied(b.months[12], "bedrock_poc"), usd("0.00"));
        // Paid, lost and held make each award: the POC paid 12 x 1050 and lost the rest.
        const PoolAmounts paid = paidByPool(b);
        QCOMPARE(amountOf(paid, "bedrock_poc"), usd("12600.00"));
        for (const Pool& p : b.pools) {
            Money lost;
            for (const Forfeiture& f : b.forfeitures)
                if (f.pool == p.id)
                    lost += f.amount;
            QCOMPARE(amountOf(paid, p.id) + lost + amountOf(b.leftAtHorizon, p.id), p.award);
        }
        const Reason* r = test::findReason(ev.path(PathId::Stack), "BD-3", "forfeiture");
        QVERIFY(r);
        QCOMPARE(r->severity, Severity::Warning);
        QCOMPARE(r->kind, ReasonKind::Value);
        // Forfeiture lowers usable value; it does not make the stack a poor fit.
        QCOMPARE(ev.path(PathId::Stack).verdict, Verdict::Fit);
        QCOMPARE(ev.path(PathId::Stack).usableValue.typical, usd("137600.00"));
        QCOMPARE(ev.path(PathId::Stack).expectedValue, usd("110080.00")); // 137600 x 80 %
        // General pools hold 125000 - 12 x 5210 = 62480 after month 12 and pay all 6260 from
        // month 13: nine full months (13..21), short in month 22.
        QCOMPARE(b.coveredThroughMonth, 21);
    }

    // BD-6: Marketplace, upfront commitments and Enterprise support are always out of pocket.
    void ineligibleChargesStayOnTheInvoice() {
        Scenario s = test::referenceScenario();
        s.spendLines.push_back({Category::Marketplace, usd("300"), {}, {}, {}});
        s.spendLines.push_back({Category::EnterpriseSupport, usd("100"), {}, {}, {}});
        s.spendLines.push_back({Category::UpfrontCommitments, usd("50"), {}, {}, {}});
        const BurnDown b = test::evaluateScenario(s).burnDown;
        QCOMPARE(b.months[0].charges, usd("6710.00"));
        QCOMPARE(b.months[0].outOfPocket, usd("450.00"));
        QCOMPARE(b.coveredThroughMonth, 23); // ineligible charges do not break coverage
    }

    // BD-2 / BP-2: earmarked credits never pay general charges.
    void earmarkedPoolPaysOnlyBedrock() {
        Scenario s = test::referenceScenario();
        s.spendLines.erase(s.spendLines.begin() + 2); // no Bedrock spend at all
        const Evaluation ev = test::evaluateScenario(s);
        for (const auto& row : ev.burnDown.months)
            QCOMPARE(applied(row, "bedrock_poc"), usd("0"));
        QCOMPARE(ev.burnDown.totalForfeited, usd("25000.00"));
    }

    // BD-2: the earliest expiry goes first, whatever its kind.
    void earliestExpiryFirst() {
        std::vector<Pool> pools{
            {"late", usd("100"), 24, Rulebook::builtIn().params().generalEligible, 0, "PF-1",
             "BD-3", false},
            {"early", usd("100"), 6, Rulebook::builtIn().params().generalEligible, 1, "BS-1",
             "BD-3", false}};
        const ChargeSchedule charges({{Category::Compute, usd("50"), {}, {}, {}}}, 4);
        const BurnDown b = computeBurnDown(PathId::PortfolioOnly, pools, charges, 4,
                                           PoolTieBreak::FewestServicesThenOldest);
        QCOMPARE(b.pools.front().id, std::string("early"));
        QCOMPARE(applied(b.months[0], "early"), usd("50"));
        QCOMPARE(applied(b.months[2], "late"), usd("50"));
    }

    // FORMATS.md charge formula: ramp then compounding, rounded once per month.
    void chargeFormula() {
        SpendLine ramp{Category::Bedrock,
                       usd("1050.00"),
                       Ramp{usd("5000.00"), 6},
                       Rate::parsePercent("2"),
                       {}};
        QCOMPARE(chargeInMonth(ramp, 1), usd("1050.00"));
        QCOMPARE(chargeInMonth(ramp, 2), usd("1708.33")); // 1050 + 3950/6
        QCOMPARE(chargeInMonth(ramp, 6), usd("4341.67")); // 1050 + 3950*5/6
        QCOMPARE(chargeInMonth(ramp, 7), usd("5000.00"));
        QCOMPARE(chargeInMonth(ramp, 8), usd("5100.00"));
        QCOMPARE(chargeInMonth(ramp, 9), usd("5202.00"));
        SpendLine growth{Category::Compute, usd("1000.00"), {}, Rate::parsePercent("2.5"), {}};
        QCOMPARE(chargeInMonth(growth, 1), usd("1000.00"));
        QCOMPARE(chargeInMonth(growth, 3), usd("1050.63"));  // 1000 * 1.025^2 = 1050.625
        QCOMPARE(chargeInMonth(growth, 13), usd("1344.89")); // 1000 * 1.025^12 = 1344.8888...
    }

    // BD-1: month 1 is the first invoice; the horizon bounds the table.
    void horizonBoundsTheTable() {
        Scenario s = test::referenceScenario();
        s.horizonMonths = 12;
        const BurnDown b = test::evaluateScenario(s).burnDown;
        QCOMPARE(b.months.size(), std::size_t(12));
        QCOMPARE(b.months.front().month, 1);
        QCOMPARE(b.totalOutOfPocket, usd("0"));
        QCOMPARE(b.leftAtHorizon.size(), std::size_t(3));
        Money left;
        for (const auto& l : b.leftAtHorizon)
            left += l.amount;
        QCOMPARE(left, usd("150000") - usd("6260") * 12);
    }

    // The shown burn-down of a shorter horizon is the first months of the run to expiry
    // (firstMonthsOf), its totals recounted without reading rows: the same, row for row and
    // total for total, as a run over the shorter horizon. The unfinished POC loses $12,400 at
    // the end of month 12: counted over 12 months, not over 11. Compute grows, so no two
    // months charge the same.
    void firstMonthsAreTheShorterRun() {
        Scenario s = test::referenceScenario();
        s.bedrockPoc.pocCompletes = false;
        QCOMPARE(s.spendLines[0].category, Category::Compute);
        s.spendLines[0].growthPercentPerMonth = Rate::parsePercent("2.5");
        const std::vector<Pool> pools = test::evaluateScenario(s).burnDown.pools;
        const ChargeSchedule charges(s.spendLines, 36);
        const auto tie = PoolTieBreak::OldestThenFewestServices;
        const BurnDown whole = computeBurnDown(PathId::Stack, pools, charges, 36, tie);
        for (int months : {12, 11, 1, 0}) {
            const BurnDown first = firstMonthsOf(whole, months);
            const BurnDown direct = computeBurnDown(PathId::Stack, pools, charges, months, tie);
            QCOMPARE(first.months.size(), std::size_t(months));
            for (std::size_t i = 0; i < first.months.size(); ++i) {
                QCOMPARE(first.months[i].outOfPocket, direct.months[i].outOfPocket);
                QCOMPARE(first.months[i].appliedTotal(), direct.months[i].appliedTotal());
            }
            QCOMPARE(first.totalOutOfPocket, direct.totalOutOfPocket);
            QCOMPARE(first.totalCharges, direct.totalCharges);
            QCOMPARE(first.totalForfeited, direct.totalForfeited);
            QCOMPARE(first.forfeitures.size(), direct.forfeitures.size());
            QCOMPARE(first.coveredThroughMonth, direct.coveredThroughMonth);
            QCOMPARE(totalOf(first.leftAtHorizon), totalOf(direct.leftAtHorizon));
            QCOMPARE(amountOf(first.leftAtHorizon, "bedrock_poc"),
                     amountOf(direct.leftAtHorizon, "bedrock_poc"));
        }
        QCOMPARE(firstMonthsOf(whole, 12).totalForfeited, usd("12400.00"));
        QCOMPARE(firstMonthsOf(whole, 11).totalForfeited, usd("0.00"));
        QCOMPARE(amountOf(firstMonthsOf(whole, 11).leftAtHorizon, "bedrock_poc"),
                 usd("25000") - usd("1050") * 11);
        QCOMPARE(totalOf(firstMonthsOf(whole, 0).leftAtHorizon), usd("150000"));
    }

    // Month rows are made when first read: a copy kept after its burn-down is gone still reads
    // them, and two threads reading at once see the same rows (the sanitizer suite runs this).
    void monthRowsAreMadeOnceForEveryReader() {
        MonthRows rows;
        {
            const BurnDown b = test::evaluateScenario(test::referenceScenario()).burnDown;
            rows = b.months;
        }
        const auto readAll = [rows] {
            Money paid;
            for (const BurnDownMonth& m : rows)
                paid += m.appliedTotal();
            return paid;
        };
        auto first = std::async(std::launch::async, readAll);
        auto second = std::async(std::launch::async, readAll);
        // Months 1..24 pay everything but month 24's $240 (referenceScenarioToTheCent).
        QCOMPARE(first.get(), usd("6260.00") * 24 - usd("240.00"));
        QCOMPARE(second.get(), usd("6260.00") * 24 - usd("240.00"));
        QCOMPARE(rows.size(), std::size_t(36));
        QCOMPARE(rows.back().month, 36);
    }
};

QTEST_APPLESS_MAIN(TestBurnDown)
#include "tst_burn_down.moc"
