#include "burn_down_kernel.h"

#include "burn_down.h"

#include <algorithm>

namespace creditpath::kernel {
namespace {
constexpr std::size_t kMaxPools = 8; // a path applies for at most three
} // namespace

std::optional<std::vector<PoolSpec>> poolSpecs(std::vector<Pool> pools, PoolTieBreak tieBreak) {
    if (pools.size() > kMaxPools)
        return std::nullopt;
    sortByApplicationOrder(pools, tieBreak);
    std::vector<PoolSpec> out;
    out.reserve(pools.size());
    constexpr std::int64_t kMaxAward = std::int64_t(1) << 60;
    for (const auto& p : pools) {
        if (p.award.cents() < 0 || p.award.cents() > kMaxAward)
            return std::nullopt;
        PoolSpec s{p.award.cents().convert_to<std::int64_t>(), p.expiresMonth, 0};
        for (std::size_t c = 0; c < p.eligible.size(); ++c)
            if (p.eligible[c])
                s.eligible |= std::uint32_t(1) << c;
        out.push_back(s);
    }
    return out;
}

RunTotals runPools(const PoolSpec* pools, int count, const ChargeSchedule& charges, int horizon,
                   int runMonths, std::int64_t* monthlyOutOfPocket) {
    if (monthlyOutOfPocket)
        std::fill_n(monthlyOutOfPocket, std::max(horizon, 0), std::int64_t(0));
    std::int64_t balance[kMaxPools];
    std::uint32_t anyEligible = 0;
    RunTotals r;
    count = std::min(count, static_cast<int>(kMaxPools));
    for (int i = 0; i < count; ++i) {
        balance[i] = pools[i].award;
        anyEligible |= pools[i].eligible;
        r.usable += pools[i].award;
    }
    bool coveredSoFar = count > 0;
    const int months = std::max(0, std::min(runMonths, charges.months()));
    for (int m = 1; m <= months; ++m) {
        std::int64_t open[kCategoryCount];
        std::copy_n(charges.centsOfMonth(m), kCategoryCount, open);
        std::int64_t applied = 0;
        for (int i = 0; i < count; ++i) {
            if (m > pools[i].expiresMonth || balance[i] == 0)
                continue;
            const std::uint32_t mask = pools[i].eligible;
            std::int64_t payable = 0;
            for (int c = 0; c < kCategoryCount; ++c)
                if (mask >> c & 1u)
                    payable += open[c];
            std::int64_t pay = std::min(balance[i], payable);
            balance[i] -= pay;
            applied += pay;
            for (int c = 0; c < kCategoryCount && pay != 0; ++c) {
                if (!(mask >> c & 1u))
                    continue;
                const std::int64_t part = std::min(open[c], pay);
                open[c] -= part;
                pay -= part;
            }
        }
        if (m <= horizon) {
            r.outOfPocket += charges.totalCents(m) - applied;
            if (monthlyOutOfPocket)
                monthlyOutOfPocket[m - 1] = charges.totalCents(m) - applied;
            if (coveredSoFar) {
                for (int c = 0; c < kCategoryCount; ++c)
                    if ((anyEligible >> c & 1u) && open[c] != 0)
                        coveredSoFar = false;
                if (coveredSoFar)
                    r.coveredThroughMonth = m;
            }
        }
        for (int i = 0; i < count; ++i)
            if (m == pools[i].expiresMonth) {
                r.forfeited += balance[i];
                balance[i] = 0;
            }
    }
    for (int i = 0; i < count; ++i)
        r.forfeited += balance[i];
    r.usable -= r.forfeited;
    return r;
}

} // namespace creditpath::kernel
