#include "usable_value.h"

#include "burn_down.h"
#include "burn_down_kernel.h"

#include <algorithm>

namespace creditpath {
namespace {

Money awardOf(const std::vector<Pool>& pools) {
    Money total;
    for (const auto& p : pools)
        total += p.award;
    return total;
}

int lastExpiry(const std::vector<Pool>& pools) {
    int last = 0;
    for (const auto& p : pools)
        last = std::max(last, p.expiresMonth);
    return last;
}

bool samePools(const std::vector<Pool>& a, const std::vector<Pool>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Pool& x, const Pool& y) {
        return x.id == y.id && x.award == y.award && x.expiresMonth == y.expiresMonth;
    });
}

struct LevelRun {
    Money usable, forfeited;
};

LevelRun usableOf(const BurnDown& toExpiry, const std::vector<Pool>& pools) {
    // Everything not absorbed by the end of its expiry month is lost: the run reaches every
    // expiry, so nothing is left over.
    LevelRun r;
    r.forfeited = toExpiry.totalForfeited;
    for (const auto& left : toExpiry.leftAtHorizon)
        r.forfeited += left.amount;
    r.usable = awardOf(pools) - r.forfeited;
    return r;
}

int runMonths(const std::vector<Pool>& pools, int horizon) {
    return std::max(horizon, lastExpiry(pools));
}

// A level's totals: by the cents kernel when the figures fit it, else by the Money burn-down.
LevelRun totalsOf(PathId id, const std::vector<Pool>& pools, const ChargeSchedule& charges,
                  int horizon, PoolTieBreak tieBreak) {
    if (charges.fitsKernel())
        if (const auto specs = kernel::poolSpecs(pools, tieBreak)) {
            const auto run = kernel::runPools(specs->data(), static_cast<int>(specs->size()),
                                              charges, horizon, runMonths(pools, horizon));
            return {Money::fromCents(run.usable), Money::fromCents(run.forfeited)};
        }
    return usableOf(computeBurnDown(id, pools, charges, runMonths(pools, horizon), tieBreak, false),
                    pools);
}

} // namespace

int monthsToLastExpiry(const RulebookParameters& r) {
    return std::max(
        {r.generalExpiryMonth, r.pocIncompleteExpiryMonth, r.gaExpiryMonth, r.mapExpiryMonth});
}

CreditValue creditValue(PathId id, const PoolLevels& levels, const SharedCharges& shared,
                        int horizon, bool needsSpend, PoolTieBreak tieBreak) {
    CreditValue v;
    v.face = {awardOf(levels.low), awardOf(levels.typical), awardOf(levels.high)};
    if (needsSpend) {
        v.typicalToExpiry.path = id;
        v.typicalToExpiry.pools = levels.typical;
        return v;
    }
    // The typical level keeps its burn-down: its forfeitures are named in the reasons, and over
    // a horizon past every expiry it is the burn-down the path shows (rows made when read).
    v.typicalToExpiry =
        computeBurnDown(id, levels.typical, shared, runMonths(levels.typical, horizon), tieBreak);
    const ChargeSchedule& charges = *shared;
    const LevelRun typical = usableOf(v.typicalToExpiry, levels.typical);
    // Other levels need only their totals; levels holding the same pools share one run.
    auto level = [&](const std::vector<Pool>& pools) {
        if (samePools(pools, levels.typical))
            return typical;
        return totalsOf(id, pools, charges, horizon, tieBreak);
    };
    const LevelRun low = level(levels.low), high = level(levels.high);
    v.usable = {low.usable, typical.usable, high.usable};
    v.forfeited = {low.forfeited, typical.forfeited, high.forfeited};
    v.expectedUsable = level(levels.expected).usable;
    return v;
}

} // namespace creditpath
