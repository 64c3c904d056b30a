#include "burn_down.h"

#include <algorithm>

namespace creditpath {

void sortByApplicationOrder(std::vector<Pool>& pools, PoolTieBreak tieBreak) {
    const bool oldestFirst = tieBreak == PoolTieBreak::OldestThenFewestServices;
    std::stable_sort(pools.begin(), pools.end(), [oldestFirst](const Pool& a, const Pool& b) {
        if (a.expiresMonth != b.expiresMonth)
            return a.expiresMonth < b.expiresMonth;
        if (oldestFirst && a.landingOrder != b.landingOrder)
            return a.landingOrder < b.landingOrder;
        if (a.eligibleCount() != b.eligibleCount())
            return a.eligibleCount() < b.eligibleCount();
        return a.landingOrder < b.landingOrder;
    });
}

int creditExpiryMonth(int statedMonth, const BillingRules& billing) {
    return billing.creditsFrom == CreditsApplyFrom::IssueMonth ? std::max(1, statedMonth - 1)
                                                               : statedMonth;
}

BurnDown computeBurnDown(PathId path, std::vector<Pool> pools, const ChargeSchedule& charges,
                         int horizonMonths, PoolTieBreak tieBreak, bool keepMonths) {
    sortByApplicationOrder(pools, tieBreak);
    BurnDown result;
    result.path = path;
    std::vector<Money> balance;
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
        if (keepMonths) {
            row.applied.reserve(pools.size());
            row.balances.reserve(pools.size());
        }
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
                row.applied.push_back({pool.id, pay});
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
                    row.forfeited.push_back({pools[i].id, balance[i]});
                result.totalForfeited += balance[i];
                balance[i] = Money();
            }
            if (keepMonths)
                row.balances.push_back({pools[i].id, balance[i]});
        }
        result.totalOutOfPocket += row.outOfPocket;
        result.totalCharges += row.charges;
        if (keepMonths)
            result.months.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < pools.size(); ++i)
        result.leftAtHorizon.push_back({pools[i].id, balance[i]});
    result.pools = std::move(pools);
    return result;
}

} // namespace creditpath
