#include "burn_down.h"

#include "burn_down_kernel.h"

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

// The pools' ids as month rows carry them; inline for a path's few pools.
using PoolIds = boost::container::small_vector<std::string_view, 4>;
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
    if (keepMonths)
        result.months.reserve(static_cast<std::size_t>(months));
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
            result.months.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < pools.size(); ++i)
        result.leftAtHorizon.push_back({ids[i], balance[i]});
    result.pools = std::move(pools);
    return result;
}

// The same burn-down from the cents kernel's trace: the month rows are read off what each pool
// paid, forfeited and held.
BurnDown kernelBurnDown(PathId path, std::vector<Pool> pools, const kernel::PoolSpecs& specs,
                        const ChargeSchedule& charges, int horizonMonths, bool keepMonths) {
    BurnDown result;
    result.path = path;
    const int months = std::max(0, std::min(horizonMonths, charges.months()));
    const int count = static_cast<int>(specs.size());
    kernel::PoolTrace trace;
    const kernel::RunTotals totals =
        kernel::runPools(specs.data(), count, charges, months, months, nullptr, &trace);
    result.coveredThroughMonth = totals.coveredThroughMonth;
    result.totalOutOfPocket = Money::fromCents(totals.outOfPocket);

    const PoolIds ids = internedIds(pools);
    if (keepMonths)
        result.months.reserve(static_cast<std::size_t>(months));
    std::int64_t charged = 0, forfeited = 0;
    for (int m = 1; m <= months; ++m) {
        const auto row = static_cast<std::size_t>(m - 1) * static_cast<std::size_t>(count);
        charged += charges.totalCents(m);
        for (int i = 0; i < count; ++i)
            forfeited += trace.cells[row + static_cast<std::size_t>(i)].forfeited;
        if (!keepMonths)
            continue;
        BurnDownMonth& out = result.months.emplace_back();
        out.month = m;
        out.charges = charges.total(m);
        std::int64_t applied = 0;
        for (int i = 0; i < count; ++i) {
            const kernel::PoolTrace::Cell& cell = trace.cells[row + static_cast<std::size_t>(i)];
            const auto id = ids[static_cast<std::size_t>(i)];
            if (cell.paid != 0)
                out.applied.push_back({id, Money::fromCents(cell.paid)});
            applied += cell.paid;
            if (cell.forfeited != 0)
                out.forfeited.push_back({id, Money::fromCents(cell.forfeited)});
            out.balances.push_back({id, Money::fromCents(cell.held)});
        }
        out.outOfPocket = Money::fromCents(charges.totalCents(m) - applied);
    }
    result.totalCharges = Money::fromCents(charged);
    result.totalForfeited = Money::fromCents(forfeited);
    // What each pool holds after the last month; with no month run, its award.
    const std::size_t last =
        months > 0 ? static_cast<std::size_t>(months - 1) * static_cast<std::size_t>(count) : 0;
    for (int i = 0; i < count; ++i) {
        const std::int64_t left = months > 0 ? trace.cells[last + static_cast<std::size_t>(i)].held
                                             : specs[std::size_t(i)].award;
        result.leftAtHorizon.push_back({ids[static_cast<std::size_t>(i)], Money::fromCents(left)});
    }
    result.pools = std::move(pools);
    return result;
}

} // namespace

BurnDown computeBurnDown(PathId path, std::vector<Pool> pools, const ChargeSchedule& charges,
                         int horizonMonths, PoolTieBreak tieBreak, bool keepMonths) {
    sortByApplicationOrder(pools, tieBreak);
    if (charges.hasCents())
        if (const auto specs = kernel::poolSpecsInOrder(pools))
            return kernelBurnDown(path, std::move(pools), *specs, charges, horizonMonths,
                                  keepMonths);
    return moneyBurnDown(path, std::move(pools), charges, horizonMonths, keepMonths);
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
    BurnDown run;
    run.path = whole.path;
    run.pools = whole.pools;
    run.months.assign(whole.months.begin(), whole.months.begin() + months);
    run.coveredThroughMonth = std::min(whole.coveredThroughMonth, months);
    for (const auto& m : run.months) {
        run.totalOutOfPocket += m.outOfPocket;
        run.totalCharges += m.charges;
        for (const auto& f : m.forfeited)
            run.totalForfeited += f.amount;
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
