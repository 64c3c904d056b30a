#pragma once
// How credit pools meet monthly invoices (rules BD-1..BD-6).
#include "charges.h"
#include "evaluation.h"

#include <memory>

namespace creditpath {

// Applies the pools to every month of the schedule: earliest expiry first; on ties the pool
// with the fewest eligible categories, then the older one (BD-2). Each pool pays only its
// eligible categories; the rest, and every BD-6 charge, is out of pocket. A balance still held
// at the end of its expiry month is forfeited (BD-3).
// Months 1..horizon of the schedule are used. Without `keepMonths` only the totals, the
// covered-through month and what is left are kept (usable value needs no month rows).
// Ties follow `tieBreak` (the rulebook's BD-2 parameter).
// Figures that fit 64-bit cents run on the kernel (burn_down_kernel.h); others on Money.
// The month rows are made when first read: from a copy of `charges`, or, given the schedule
// as the evaluation shares it, from that.
BurnDown computeBurnDown(PathId path, std::vector<Pool> pools, const ChargeSchedule& charges,
                         int horizonMonths, PoolTieBreak tieBreak, bool keepMonths = true);
using SharedCharges = std::shared_ptr<const ChargeSchedule>;
BurnDown computeBurnDown(PathId path, std::vector<Pool> pools, const SharedCharges& charges,
                         int horizonMonths, PoolTieBreak tieBreak, bool keepMonths = true);
// The same over Money alone, whatever the figures: the reference the kernel is tested against.
BurnDown computeBurnDownReference(PathId path, std::vector<Pool> pools,
                                  const ChargeSchedule& charges, int horizonMonths,
                                  PoolTieBreak tieBreak);

// The first `months` months of a longer run, with the totals, the covered-through month and
// the balances left recounted for them: a run is month by month, so its first months are the
// burn-down of the shorter horizon. `months` must not exceed the run's.
BurnDown firstMonthsOf(const BurnDown& run, int months);

// BD-2's order, exposed for views that list pools the way they are drawn down.
void sortByApplicationOrder(std::vector<Pool>& pools, PoolTieBreak tieBreak);
// Whether BD-2 applies `a` before `b`: the one comparison behind every ordering of pools.
bool appliedBefore(const Pool& a, const Pool& b, PoolTieBreak tieBreak);

// BD-1: the burn-down month in which a pool with this expiry (months counted as BD-3 states
// them) last pays. Counted from the billing month the credits are issued in, the clock has
// already run one month when the first invoice they pay arrives.
int creditExpiryMonth(int statedMonth, const BillingRules& billing);

} // namespace creditpath
