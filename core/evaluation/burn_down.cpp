#include "burn_down.h"

#include "burn_down_kernel.h"
#include "burn_down_rows.h"

#include <algorithm>

namespace creditpath {

bool appliedBefore(const Pool& a, const Pool& b, PoolTieBreak tieBreak) {
    if (a.expiresMonth != b.expiresMonth)
        return a.expiresMonth < b.expiresMonth;
    if (tieBreak == PoolTieBreak::OldestThenFewestServices && a.landingOrder != b.landingOrder)
        return a.landingOrder < b.landingOrder;
    if (a.eligibleCount() != b.eligibleCount())
        return a.eligibleCount() < b.eligibleCount();
    return a.landingOrder < b.landingOrder;
}

void sortByApplicationOrder(std::vector<Pool>& pools, PoolTieBreak tieBreak) {
    // A stable insertion sort: a path has a handful of pools, and std::stable_sort would
    // allocate a buffer for them. Each pool goes after the ones it does not precede.
    const auto before = [tieBreak](const Pool& a, const Pool& b) {
        return appliedBefore(a, b, tieBreak);
    };
    for (auto next = pools.begin(); next != pools.end(); ++next)
        std::rotate(std::upper_bound(pools.begin(), next, *next, before), next, next + 1);
}

int creditExpiryMonth(int statedMonth, const BillingRules& billing) {
    return billing.creditsFrom == CreditsApplyFrom::IssueMonth ? std::max(1, statedMonth - 1)
                                                               : statedMonth;
}

namespace {

PoolIds internedIds(const std::vector<Pool>& pools) {
    PoolIds ids;
    ids.reserve(pools.size());
    for (const auto& pool : pools)
        ids.push_back(internedPoolId(pool.id));
    return ids;
}

// BD-2..BD-6 over Money amounts, pools already in BD-2's order: the reference the cents
// kernel is proven against, and the path for figures beyond 64 bits.
BurnDown moneyBurnDown(PathId path, std::vector<Pool> pools, const ChargeSchedule& charges,
                       int horizonMonths, bool keepMonths) {
    BurnDown result;
    result.path = path;
    std::vector<Money> balance;
    const PoolIds ids = internedIds(pools);
    CategorySet anyEligible{};
    for (const auto& pool : pools) {
        balance.push_back(pool.award);
        for (std::size_t c = 0; c < anyEligible.size(); ++c)
            anyEligible[c] = anyEligible[c] || pool.eligible[c];
    }

    bool coveredSoFar = true;
    const int months = std::max(0, std::min(horizonMonths, charges.months()));
    std::vector<BurnDownMonth> rows;
    if (keepMonths)
        rows.reserve(static_cast<std::size_t>(months));
    for (int m = 1; m <= months; ++m) {
        BurnDownMonth row;
        row.month = m;
        row.charges = charges.total(m);
        CategoryAmounts open = charges.month(m);
        Money applied;
        for (std::size_t i = 0; i < pools.size(); ++i) {
            const Pool& pool = pools[i];
            if (m > pool.expiresMonth || balance[i].isZero())
                continue;
            Money payable;
            for (std::size_t c = 0; c < open.size(); ++c)
                if (pool.eligible[c])
                    payable += open[c];
            Money pay = min(balance[i], payable);
            if (pay.isZero())
                continue;
            balance[i] -= pay;
            applied += pay;
            if (keepMonths)
                row.applied.push_back({ids[i], pay});
            for (std::size_t c = 0; c < open.size() && !pay.isZero(); ++c) {
                if (!pool.eligible[c])
                    continue;
                const Money part = min(open[c], pay);
                open[c] -= part;
                pay -= part;
            }
        }
        row.outOfPocket = row.charges - applied;
        Money eligibleUnpaid;
        for (std::size_t c = 0; c < open.size(); ++c)
            if (anyEligible[c])
                eligibleUnpaid += open[c];
        coveredSoFar = coveredSoFar && eligibleUnpaid.isZero() && !pools.empty();
        if (coveredSoFar)
            result.coveredThroughMonth = m;
        for (std::size_t i = 0; i < pools.size(); ++i) {
            if (m == pools[i].expiresMonth && !balance[i].isZero()) {
                result.forfeitures.push_back({m, ids[i], balance[i]});
                if (keepMonths)
                    row.forfeited.push_back({ids[i], balance[i]});
                result.totalForfeited += balance[i];
                balance[i] = Money();
            }
            if (keepMonths)
                row.balances.push_back({ids[i], balance[i]});
        }
        result.totalOutOfPocket += row.outOfPocket;
        result.totalCharges += row.charges;
        if (keepMonths)
            rows.push_back(std::move(row));
    }
    if (keepMonths)
        result.months = MonthRows(rowsSource(std::move(rows)), static_cast<std::size_t>(months));
    for (std::size_t i = 0; i < pools.size(); ++i)
        result.leftAtHorizon.push_back({ids[i], balance[i]});
    result.pools = std::move(pools);
    return result;
}

// The same burn-down from the cents kernel: its totals now, from how the run ended; its month
// rows when a reader asks, by running it again with its trace (burn_down_rows.h). `shared` is
// the schedule as the evaluation shares it; without it the rows keep a copy.
BurnDown kernelBurnDown(PathId path, std::vector<Pool> pools, const kernel::PoolSpecs& specs,
                        const ChargeSchedule& charges, const SharedCharges* shared,
                        int horizonMonths, bool keepMonths) {
    BurnDown result;
    result.path = path;
    const int months = std::max(0, std::min(horizonMonths, charges.months()));
    const auto count = specs.size();
    kernel::RunEnd end;
    const kernel::RunTotals totals = kernel::runPools(
        specs.data(), static_cast<int>(count), charges, months, months, nullptr, nullptr, &end);
    result.coveredThroughMonth = totals.coveredThroughMonth;
    result.totalOutOfPocket = Money::fromCents(totals.outOfPocket);
    const PoolIds ids = internedIds(pools);
    std::int64_t forfeited = 0;
    for (const kernel::RunEnd::Forfeit& f : end.forfeits) {
        result.forfeitures.push_back(
            {f.month, ids[static_cast<std::size_t>(f.pool)], Money::fromCents(f.amount)});
        forfeited += f.amount;
    }
    result.totalCharges = charges.totalOver(1, months);
    result.totalForfeited = Money::fromCents(forfeited);
    // What each pool holds after the last month; with no month run, its award.
    for (std::size_t i = 0; i < count; ++i)
        result.leftAtHorizon.push_back({ids[i], Money::fromCents(end.held[i])});
    if (keepMonths)
        result.months = MonthRows(
            kernelSource(shared ? *shared : std::make_shared<const ChargeSchedule>(charges), specs,
                         ids, months),
            static_cast<std::size_t>(months));
    result.pools = std::move(pools);
    return result;
}

BurnDown anyBurnDown(PathId path, std::vector<Pool> pools, const ChargeSchedule& charges,
                     const SharedCharges* shared, int horizonMonths, PoolTieBreak tieBreak,
                     bool keepMonths) {
    sortByApplicationOrder(pools, tieBreak);
    if (charges.fitsKernel())
        if (const auto specs = kernel::poolSpecsInOrder(pools))
            return kernelBurnDown(path, std::move(pools), *specs, charges, shared, horizonMonths,
                                  keepMonths);
    return moneyBurnDown(path, std::move(pools), charges, horizonMonths, keepMonths);
}

} // namespace

BurnDown computeBurnDown(PathId path, std::vector<Pool> pools, const ChargeSchedule& charges,
                         int horizonMonths, PoolTieBreak tieBreak, bool keepMonths) {
    return anyBurnDown(path, std::move(pools), charges, nullptr, horizonMonths, tieBreak,
                       keepMonths);
}

BurnDown computeBurnDown(PathId path, std::vector<Pool> pools, const SharedCharges& charges,
                         int horizonMonths, PoolTieBreak tieBreak, bool keepMonths) {
    return anyBurnDown(path, std::move(pools), *charges, &charges, horizonMonths, tieBreak,
                       keepMonths);
}

BurnDown computeBurnDownReference(PathId path, std::vector<Pool> pools,
                                  const ChargeSchedule& charges, int horizonMonths,
                                  PoolTieBreak tieBreak) {
    sortByApplicationOrder(pools, tieBreak);
    return moneyBurnDown(path, std::move(pools), charges, horizonMonths, true);
}

BurnDown firstMonthsOf(const BurnDown& whole, int months) {
    if (static_cast<std::size_t>(months) >= whole.months.size())
        return whole;
    months = std::max(months, 0);
    // A kernel run is made again over the shorter horizon: its totals, forfeits and rows then
    // come from the one place that makes a kernel burn-down.
    const MonthRows::Source& source = *whole.months.source();
    if (source.charges)
        return kernelBurnDown(whole.path, whole.pools, source.pools, *source.charges,
                              &source.charges, months, true);
    // A Money run's rows are made already: the first of them, their totals recounted.
    BurnDown run;
    run.path = whole.path;
    run.pools = whole.pools;
    run.months = whole.months.first(static_cast<std::size_t>(months));
    run.coveredThroughMonth = std::min(whole.coveredThroughMonth, months);
    for (const Forfeiture& f : whole.forfeitures)
        if (f.month <= months) {
            run.forfeitures.push_back(f);
            run.totalForfeited += f.amount;
        }
    for (const BurnDownMonth& m : run.months) {
        run.totalOutOfPocket += m.outOfPocket;
        run.totalCharges += m.charges;
    }
    // Every month row lists every pool's balance, in application order, as leftAtHorizon does.
    if (months > 0)
        run.leftAtHorizon.assign(run.months.back().balances.begin(),
                                 run.months.back().balances.end());
    else
        for (const auto& p : run.pools)
            run.leftAtHorizon.push_back({internedPoolId(p.id), p.award});
    return run;
}

} // namespace creditpath
