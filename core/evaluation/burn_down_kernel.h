#pragma once
// The burn-down's totals in 64-bit cents (issue 11's kernel): the same rules as
// computeBurnDown() (BD-2 order, eligibility, BD-3 forfeiture at expiry, BD-6 out of pocket),
// without month rows, strings or allocation, for the usable values and every Monte Carlo draw.
#include "charges.h"
#include "evaluation.h"

#include <boost/container/static_vector.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace creditpath::kernel {

struct PoolSpec {
    std::int64_t award = 0;
    int expiresMonth = 0;
    std::uint32_t eligible = 0; // bit c: category c
};

struct RunTotals {
    std::int64_t outOfPocket = 0; // months 1..horizon
    int coveredThroughMonth = 0;  // within the horizon
    std::int64_t usable = 0;      // awards less what expired unspent over the whole run
    std::int64_t forfeited = 0;   // forfeited at expiry plus balances left at the run's end
};

// A path applies for at most three pools: kept inline, so a run allocates nothing for them.
inline constexpr std::size_t kMaxPools = 8;
using PoolSpecs = boost::container::static_vector<PoolSpec, kMaxPools>;

// The pools in BD-2's order as kernel pools; nullopt when an award does not fit the kernel
// (or there are more than kMaxPools).
std::optional<PoolSpecs> poolSpecs(const std::vector<Pool>& pools, PoolTieBreak tieBreak);
// The same for pools already in BD-2's order, kept in it.
std::optional<PoolSpecs> poolSpecsInOrder(const std::vector<Pool>& pools);

// What every pool did in every month, for the burn-down's month rows: month m's pool i is at
// [(m - 1) * count + i]. `forfeited` is the balance lost at the end of the month (BD-3),
// `held` the balance after it.
struct PoolTrace {
    struct Cell {
        std::int64_t paid = 0, forfeited = 0, held = 0;
    };
    std::vector<Cell> cells; // one list, so a traced run allocates once
};

// How a run ended, for a burn-down's totals without its rows: each balance lost at expiry
// (BD-3), in month order, and what each pool holds after the last month.
struct RunEnd {
    struct Forfeit {
        int month = 0, pool = 0; // pool: index into the run's pools
        std::int64_t amount = 0;
    };
    boost::container::static_vector<Forfeit, kMaxPools> forfeits; // a pool expires once
    std::int64_t held[kMaxPools] = {};
};

// Runs months 1..runMonths (clamped to the schedule, which must fit the kernel:
// ChargeSchedule::fitsKernel). Out of pocket and the covered-through month count months
// 1..horizon only, as the shown burn-down does.
// `monthlyOutOfPocket`, when given, receives months 1..horizon's out of pocket; `trace`, when
// given, what each pool did in each month run; `end`, how the run ended.
RunTotals runPools(const PoolSpec* pools, int count, const ChargeSchedule& charges, int horizon,
                   int runMonths, std::int64_t* monthlyOutOfPocket = nullptr,
                   PoolTrace* trace = nullptr, RunEnd* end = nullptr);

} // namespace creditpath::kernel
