// Issue 11's kernel equals the multi-precision reference to the cent: hand-worked rounding
// boundaries first, then thousands of generated lines, schedules and burn-downs (ramps,
// growth up and down, tiny and huge amounts, lines refused for outgrowing the limit).
#include "evaluation/burn_down.h"
#include "evaluation/burn_down_kernel.h"
#include "evaluation/charge_kernel.h"
#include "evaluation/charges.h"
#include "scenario/problems.h"
#include "test_support.h"

#include <QTest>

#include <optional>
#include <random>

using namespace creditpath;
using test::usd;

namespace {

std::string amountsText(const PoolAmounts& list) {
    std::string out;
    for (const auto& a : list)
        out += std::string(a.pool) + "=" + a.amount.toString() + " ";
    return out;
}

// "" when the two burn-downs agree in every figure, else where they first differ.
std::string firstDifference(const BurnDown& a, const BurnDown& b) {
    if (a.months.size() != b.months.size())
        return "month count";
    for (std::size_t i = 0; i < a.months.size(); ++i) {
        const BurnDownMonth &x = a.months[i], &y = b.months[i];
        const std::string at = " in month " + std::to_string(x.month);
        if (x.month != y.month || x.charges != y.charges || x.outOfPocket != y.outOfPocket)
            return "charges or out of pocket" + at;
        for (PoolAmounts BurnDownMonth::*lists :
             {&BurnDownMonth::applied, &BurnDownMonth::forfeited, &BurnDownMonth::balances})
            if (amountsText(x.*lists) != amountsText(y.*lists))
                return amountsText(x.*lists) + "against " + amountsText(y.*lists) + at;
    }
    if (a.coveredThroughMonth != b.coveredThroughMonth)
        return "covered-through month";
    if (a.totalOutOfPocket != b.totalOutOfPocket || a.totalForfeited != b.totalForfeited ||
        a.totalCharges != b.totalCharges)
        return "totals";
    if (amountsText(a.leftAtHorizon) != amountsText(b.leftAtHorizon))
        return "left at the horizon";
    return {};
}

SpendLine line(const char* monthly, const char* growth, std::optional<Ramp> ramp = {}) {
    SpendLine l;
    l.monthly = usd(monthly);
    l.growthPercentPerMonth = Rate::parsePercent(growth);
    l.ramp = ramp;
    return l;
}

// The reference's verdict on one month: the cents, or nullopt when it refuses the charge.
std::optional<std::int64_t> reference(const SpendLine& l, int m) {
    try {
        const Money c = chargeInMonth(l, m);
        if (c > Money::fromWhole(kMaxMonthlyCharge))
            return std::nullopt;
        return c.cents().convert_to<std::int64_t>();
    } catch (const MoneyError&) {
        return std::nullopt;
    }
}

// Amounts spread over every magnitude a file may hold: cents, typical bills, huge figures.
std::int64_t amountCents(std::mt19937_64& g) {
    switch (g() % 4) {
    case 0:
        return static_cast<std::int64_t>(g() % 200);
    case 1:
        return static_cast<std::int64_t>(g() % 10'000'000);
    case 2:
        return static_cast<std::int64_t>(g() % 1'000'000'000'000);
    default:
        return static_cast<std::int64_t>(g() % 100'000'000'000'001); // up to $1e12
    }
}

// Growth rates in ppm: round ones (where exact ties happen), random ones, negative ones.
std::int64_t growthPpm(std::mt19937_64& g) {
    static const std::int64_t round[] = {0,       10'000,   20'000,   25'000,    50'000,
                                         100'000, 250'000,  500'000,  1'000'000, -10'000,
                                         -50'000, -500'000, -990'000, 5'000,     125'000};
    switch (g() % 3) {
    case 0:
        return round[g() % std::size(round)];
    case 1:
        return static_cast<std::int64_t>(g() % 2'000'001) - 990'000;
    default:
        return static_cast<std::int64_t>(g() % 200'001) - 100'000;
    }
}

SpendLine generatedLine(std::mt19937_64& g) {
    SpendLine l;
    l.category = static_cast<Category>(g() % kCategoryCount);
    l.monthly = Money::fromCents(amountCents(g));
    l.growthPercentPerMonth = Rate::fromPartsPerMillion(growthPpm(g));
    if (g() % 3 == 0)
        l.ramp = Ramp{Money::fromCents(amountCents(g)), static_cast<int>(1 + g() % 24)};
    return l;
}

} // namespace

Q_DECLARE_METATYPE(SpendLine)

class TestChargeKernel : public QObject {
    Q_OBJECT
private slots:
    void handWorkedMonths_data() {
        QTest::addColumn<SpendLine>("spend");
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("expected");
        // 0.01 x 1.5 = 0.015: an exact tie, half-up to 0.02 (the exact path decides).
        QTest::newRow("tie up") << line("0.01", "50") << 2 << "0.02";
        // 0.01 x 1.5^2 = 0.0225 -> 0.02; 0.01 x 1.5^3 = 0.03375 -> 0.03.
        QTest::newRow("below tie") << line("0.01", "50") << 3 << "0.02";
        QTest::newRow("above") << line("0.01", "50") << 4 << "0.03";
        // 1250 x 1.02^2 = 1300.50: a tie at the cent's half, up.
        QTest::newRow("2% twice") << line("1250.00", "2") << 3 << "1300.50";
        // 0.05 x 0.9 = 0.045 -> 0.05 (tie up); x 0.9 again = 0.0405 -> 0.04.
        QTest::newRow("shrinking tie") << line("0.05", "-10") << 2 << "0.05";
        QTest::newRow("shrinking") << line("0.05", "-10") << 3 << "0.04";
        // Ramp 1000 -> 2000 over 3 months: 1000, 1333.33, 1666.67, then 2000 x 1.1.
        QTest::newRow("ramp third") << line("1000", "10", Ramp{usd("2000"), 3}) << 2 << "1333.33";
        QTest::newRow("ramp two thirds")
            << line("1000", "10", Ramp{usd("2000"), 3}) << 3 << "1666.67";
        QTest::newRow("ramp reached") << line("1000", "10", Ramp{usd("2000"), 3}) << 4 << "2000.00";
        QTest::newRow("after ramp") << line("1000", "10", Ramp{usd("2000"), 3}) << 5 << "2200.00";
        // 0.03 over 2 months down to 0: 0.03, 0.015 -> 0.02 (tie up).
        QTest::newRow("ramp tie") << line("0.03", "0", Ramp{usd("0"), 2}) << 2 << "0.02";
    }
    void handWorkedMonths() {
        QFETCH(SpendLine, spend);
        QFETCH(int, month);
        QFETCH(QString, expected);
        std::vector<std::int64_t> out(static_cast<std::size_t>(month));
        QCOMPARE(kernel::lineChargesInCents(spend, month, out.data()), 0);
        QCOMPARE(Money::fromCents(out.back()).toString(), expected.toStdString());
        QCOMPARE(chargeInMonth(spend, month).toString(), expected.toStdString());
    }

    // Exact ties cannot be told apart by the estimate: they must go to the reference.
    void tiesTakeTheExactPath() {
        const long before = kernel::referenceFallbacks();
        std::int64_t out[2];
        QCOMPARE(kernel::lineChargesInCents(line("0.01", "50"), 2, out), 0);
        QCOMPARE(kernel::referenceFallbacks(), before + 1);
        QCOMPARE(out[1], std::int64_t(2));
    }

    void thousandsOfGeneratedLines() {
        std::mt19937_64 g(20261127);
        int compared = 0;
        for (int n = 0; n < 4000; ++n) {
            const SpendLine l = generatedLine(g);
            const int months = n % 40 == 0 ? 240 : 1 + static_cast<int>(g() % 60);
            std::vector<std::int64_t> out(static_cast<std::size_t>(months));
            const int refused = kernel::lineChargesInCents(l, months, out.data());
            int expectedRefused = 0;
            for (int m = 1; m <= months; ++m) {
                const auto ref = reference(l, m);
                if (!ref) {
                    expectedRefused = m;
                    break;
                }
                if (out[static_cast<std::size_t>(m - 1)] != *ref)
                    QFAIL(qPrintable(QStringLiteral("line %1 month %2: kernel %3, reference %4")
                                         .arg(n)
                                         .arg(m)
                                         .arg(out[static_cast<std::size_t>(m - 1)])
                                         .arg(*ref)));
                ++compared;
            }
            QCOMPARE(refused, expectedRefused);
        }
        QVERIFY(compared > 100'000);
    }

    void schedulesEqualTheReference() {
        std::mt19937_64 g(7);
        for (int n = 0; n < 300; ++n) {
            std::vector<SpendLine> lines;
            const int count = 1 + static_cast<int>(g() % 12);
            for (int i = 0; i < count; ++i)
                lines.push_back(generatedLine(g));
            const int months = 1 + static_cast<int>(g() % 48);
            std::optional<ChargeSchedule> fast, ref;
            std::string fastError, refError;
            try {
                fast.emplace(lines, months);
            } catch (const InvalidDocument& e) {
                fastError = e.problems().front().path + e.problems().front().message;
            }
            try {
                ref.emplace(ChargeSchedule::reference(lines, months));
            } catch (const InvalidDocument& e) {
                refError = e.problems().front().path + e.problems().front().message;
            }
            QCOMPARE(fastError, refError);
            QCOMPARE(fast.has_value(), ref.has_value());
            if (!fast)
                continue;
            for (int m = 1; m <= months; ++m) {
                QCOMPARE(fast->total(m), ref->total(m));
                for (int c = 0; c < kCategoryCount; ++c)
                    QCOMPARE(fast->category(m, static_cast<Category>(c)),
                             ref->category(m, static_cast<Category>(c)));
            }
            const int from = 1 + static_cast<int>(g() % 12), to = static_cast<int>(g() % 60);
            QCOMPARE(fast->totalOver(from, to), ref->totalOver(from, to));
            QCOMPARE(fast->categoryOver(Category::Bedrock, from, to),
                     ref->categoryOver(Category::Bedrock, from, to));
        }
    }

    // Each month fits 64-bit cents, their sum over the horizon does not: sums fall back to Money
    // instead of wrapping.
    void sumsPast64BitsStayExact() {
        const SpendLine largest{Category::Compute, Money::fromWhole(kMaxMonthlyCharge), {}, {}, {}};
        const std::vector<SpendLine> lines(1000, largest); // 10^17 cents a month
        const ChargeSchedule schedule(lines, 120);
        QVERIFY(schedule.hasCents());
        const Money month = Money::fromWhole(kMaxMonthlyCharge) * Rate::parsePercent("100000");
        QCOMPARE(schedule.total(1), month);
        QCOMPARE(schedule.totalOver(1, 120), month * Rate::parsePercent("12000")); // 1.2e19 cents
        QCOMPARE(schedule.categoryOver(Category::Compute, 1, 120),
                 month * Rate::parsePercent("12000"));
    }

    // A bill whose months together pass what the kernel sums (2^62 cents): a thousand lines
    // at the largest charge over 120 months, 1.2 x 10^19 cents. Its burn-down runs on Money and
    // stays exact: one month's charges times 120, less the $100,000 Portfolio pays in month 1.
    void burnDownPast64BitsStaysExact() {
        const SpendLine largest{Category::Compute, Money::fromWhole(kMaxMonthlyCharge), {}, {}, {}};
        const ChargeSchedule schedule(std::vector<SpendLine>(1000, largest), 120);
        QVERIFY(schedule.hasCents());
        QVERIFY(!schedule.fitsKernel());
        Pool portfolio;
        portfolio.id = "portfolio";
        portfolio.award = usd("100000");
        portfolio.eligible.fill(true);
        const BurnDown b = computeBurnDown(PathId::PortfolioOnly, {portfolio}, schedule, 120,
                                           PoolTieBreak::OldestThenFewestServices);
        const Money month = Money::fromWhole(kMaxMonthlyCharge) * Rate::parsePercent("100000");
        QCOMPARE(b.totalCharges, month * Rate::parsePercent("12000"));
        QCOMPARE(b.totalOutOfPocket, month * Rate::parsePercent("12000") - usd("100000"));
        QCOMPARE(b.coveredThroughMonth, 0);
        QCOMPARE(b.months.size(), std::size_t(120));
        QVERIFY(!b.months.back().outOfPocket.isNegative());
        // Its first twelve months are the Money rows' first twelve, their totals recounted.
        const BurnDown year = firstMonthsOf(b, 12);
        QCOMPARE(year.months.size(), std::size_t(12));
        QCOMPARE(year.totalCharges, month * Rate::parsePercent("1200"));
        QCOMPARE(year.totalOutOfPocket, month * Rate::parsePercent("1200") - usd("100000"));
        QCOMPARE(amountOf(year.leftAtHorizon, "portfolio"), Money());
    }

    // The kernel burn-down's rows and totals equal the Money burn-down's over generated pools.
    // A third of the bills have no growth (months that repeat, which the kernel settles at
    // once), a third grow on some lines only, a third on every line.
    void burnDownTotalsEqualTheReference() {
        std::mt19937_64 g(11);
        const char* ids[] = {"portfolio", "build", "bedrock_poc"};
        int repeatingBills = 0;
        for (int n = 0; n < 3000; ++n) {
            std::vector<SpendLine> lines;
            for (int i = 0, count = 1 + static_cast<int>(g() % 8); i < count; ++i) {
                SpendLine l;
                l.category = static_cast<Category>(g() % kCategoryCount);
                l.monthly = Money::fromCents(static_cast<std::int64_t>(g() % 2'000'000));
                const bool grows = n % 3 == 2 || (n % 3 == 1 && g() % 2 == 0);
                if (grows)
                    l.growthPercentPerMonth =
                        Rate::fromPartsPerMillion(static_cast<std::int64_t>(g() % 60'001) - 20'000);
                lines.push_back(l);
            }
            const int horizon = 1 + static_cast<int>(g() % 48);
            const int run = horizon + static_cast<int>(g() % 12);
            const ChargeSchedule charges(lines, run);
            repeatingBills += charges.sameChargesUntil(1) > 1;
            std::vector<Pool> pools;
            for (int p = 0, count = static_cast<int>(g() % 4); p < count; ++p) {
                Pool pool;
                pool.id = ids[p];
                pool.award = Money::fromCents(static_cast<std::int64_t>(g() % 20'000'000));
                pool.expiresMonth = 1 + static_cast<int>(g() % 30);
                for (auto& e : pool.eligible)
                    e = g() % 3 != 0;
                pool.landingOrder = p;
                pools.push_back(pool);
            }
            // Both of BD-2's tie-breaks (a rulebook parameter) order the pools alike.
            const PoolTieBreak tieBreak = g() % 2 ? PoolTieBreak::OldestThenFewestServices
                                                  : PoolTieBreak::FewestServicesThenOldest;
            const BurnDown ref =
                computeBurnDownReference(PathId::Stack, pools, charges, run, tieBreak);
            // The burn-down the evaluation shows comes from the kernel: every row equal.
            const BurnDown fast = computeBurnDown(PathId::Stack, pools, charges, run, tieBreak);
            const std::string difference = firstDifference(fast, ref);
            QVERIFY2(difference.empty(), difference.c_str());
            const auto specs = kernel::poolSpecs(pools, tieBreak);
            QVERIFY(specs.has_value());
            std::vector<std::int64_t> monthly(static_cast<std::size_t>(horizon), -1);
            const auto k = kernel::runPools(specs->data(), static_cast<int>(specs->size()), charges,
                                            horizon, run, monthly.data());
            Money outOfPocket, forfeited = ref.totalForfeited, award;
            for (const auto& row : ref.months)
                if (row.month <= horizon) {
                    outOfPocket += row.outOfPocket;
                    QCOMPARE(Money::fromCents(monthly[std::size_t(row.month - 1)]),
                             row.outOfPocket);
                }
            for (const auto& left : ref.leftAtHorizon)
                forfeited += left.amount;
            for (const auto& p : pools)
                award += p.award;
            // Covered-through within the horizon: the reference's, capped at the horizon.
            const int covered = std::min(ref.coveredThroughMonth, horizon);
            QCOMPARE(Money::fromCents(k.outOfPocket), outOfPocket);
            QCOMPARE(k.coveredThroughMonth, covered);
            QCOMPARE(Money::fromCents(k.forfeited), forfeited);
            QCOMPARE(Money::fromCents(k.usable), award - forfeited);
        }
        QVERIFY(repeatingBills > 900);
    }
};

QTEST_GUILESS_MAIN(TestChargeKernel)
#include "tst_charge_kernel.moc"
