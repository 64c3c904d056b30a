#include "burn_down_kernel.h"

#include "burn_down.h"

#include <algorithm>
#include <bit>

namespace creditpath::kernel {
namespace {

std::optional<PoolSpec> specOf(const Pool& p) {
    // At most kMaxPools awards of 2^59 cents sum below 2^62: no run's sum passes 64 bits.
    constexpr std::int64_t kMaxAward = std::int64_t(1) << 59;
    if (p.award.cents() < 0 || p.award.cents() > kMaxAward)
        return std::nullopt;
    PoolSpec s{p.award.cents().convert_to<std::int64_t>(), p.expiresMonth, 0};
    for (std::size_t c = 0; c < p.eligible.size(); ++c)
        if (p.eligible[c])
            s.eligible |= std::uint32_t(1) << c;
    return s;
}

using PoolOrder = boost::container::static_vector<const Pool*, kMaxPools>;

std::optional<PoolOrder> poolsOf(const std::vector<Pool>& pools) {
    if (pools.size() > kMaxPools)
        return std::nullopt;
    PoolOrder order;
    for (const auto& p : pools)
        order.push_back(&p);
    return order;
}

std::optional<PoolSpecs> specsOf(const PoolOrder& order) {
    PoolSpecs out;
    for (const Pool* p : order) {
        const auto spec = specOf(*p);
        if (!spec)
            return std::nullopt;
        out.push_back(*spec);
    }
    return out;
}

} // namespace

std::optional<PoolSpecs> poolSpecs(const std::vector<Pool>& pools, PoolTieBreak tieBreak) {
    auto order = poolsOf(pools);
    if (!order)
        return std::nullopt;
    // A stable insertion sort of at most kMaxPools pointers: the pools (and their strings) are
    // not copied, and nothing is allocated as std::stable_sort's buffer would be.
    for (std::size_t i = 1; i < order->size(); ++i)
        for (std::size_t j = i; j > 0 && appliedBefore(*(*order)[j], *(*order)[j - 1], tieBreak);
             --j)
            std::swap((*order)[j], (*order)[j - 1]);
    return specsOf(*order);
}

std::optional<PoolSpecs> poolSpecsInOrder(const std::vector<Pool>& pools) {
    const auto order = poolsOf(pools);
    return order ? specsOf(*order) : std::nullopt;
}

namespace {

// One body for both kinds of run; `kTraced` is a template argument so the untraced run (every
// Monte Carlo draw, every level's totals) carries no trace test in its inner loops.
template <bool kTraced>
RunTotals run(const PoolSpec* pools, int count, const ChargeSchedule& charges, int horizon,
              int runMonths, std::int64_t* monthlyOutOfPocket, PoolTrace* trace, RunEnd* end) {
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
    if constexpr (kTraced) {
        const auto cells = static_cast<std::size_t>(months) * static_cast<std::size_t>(count);
        trace->cells.assign(cells, {});
    }
    // A pool pays in month m while it holds money and has not expired.
    const auto canPay = [&](int i, int m) { return balance[i] != 0 && m <= pools[i].expiresMonth; };
    const auto anyCanPay = [&](int m) {
        for (int i = 0; i < count; ++i)
            if (canPay(i, m))
                return true;
        return false;
    };
    // The months after m that charge what m did repeat what m did while every pool that paid
    // can pay as much again and none reaches its expiry (a pool that paid only part of what
    // it could has nothing left): they are settled at once, without visiting their categories.
    // A bill without growth runs like this for months. Within the horizon only, so its totals
    // and covered-through month count every month. Returns how many months were settled.
    const auto repeatMonth = [&](int m, const std::int64_t* paid, std::int64_t applied) {
        int repeats = std::min(charges.sameChargesUntil(m), months) - m;
        if (m < horizon)
            repeats = std::min(repeats, horizon - m);
        for (int i = 0; i < count && repeats > 0; ++i) {
            if (paid[i] > 0)
                repeats = static_cast<int>(std::min<std::int64_t>(repeats, balance[i] / paid[i]));
            if (balance[i] > 0 && pools[i].expiresMonth > m)
                repeats = std::min(repeats, pools[i].expiresMonth - m - 1);
        }
        if (repeats <= 0)
            return 0;
        const std::int64_t outOfPocket = charges.totalCents(m) - applied;
        for (int j = 1; j <= repeats; ++j) {
            if constexpr (kTraced) {
                const auto row =
                    static_cast<std::size_t>(m + j - 1) * static_cast<std::size_t>(count);
                for (int i = 0; i < count; ++i) {
                    PoolTrace::Cell& cell = trace->cells[row + static_cast<std::size_t>(i)];
                    cell.paid = paid[i];
                    cell.held = balance[i] - j * paid[i];
                }
            }
            if (monthlyOutOfPocket && m < horizon)
                monthlyOutOfPocket[m + j - 1] = outOfPocket;
        }
        for (int i = 0; i < count; ++i)
            balance[i] -= repeats * paid[i];
        if (m < horizon) {
            r.outOfPocket += repeats * outOfPocket;
            if (coveredSoFar)
                r.coveredThroughMonth = m + repeats;
        }
        return repeats;
    };
    int m = 1;
    for (; m <= months && anyCanPay(m); ++m) {
        const auto row = static_cast<std::size_t>(m - 1) * static_cast<std::size_t>(count);
        // Categories still unpaid this month: pools visit only those (a bill has few). Until a
        // pool pays a category in part, each unpaid one still holds its whole charge, so the
        // month's charges are read in place and copied only at the first part payment.
        std::uint32_t unpaid = charges.chargedCategories(m);
        const std::int64_t* charged = charges.centsOfMonth(m);
        std::int64_t partlyPaid[kCategoryCount];
        const std::int64_t* open = charged;
        std::int64_t applied = 0;
        std::int64_t paid[kMaxPools] = {};
        for (int i = 0; i < count; ++i) {
            if (!canPay(i, m))
                continue;
            const std::uint32_t mask = pools[i].eligible & unpaid;
            std::int64_t payable = 0;
            for (std::uint32_t bits = mask; bits != 0; bits &= bits - 1)
                payable += open[std::countr_zero(bits)];
            std::int64_t pay = std::min(balance[i], payable);
            balance[i] -= pay;
            applied += pay;
            paid[i] = pay;
            if constexpr (kTraced)
                trace->cells[row + static_cast<std::size_t>(i)].paid = pay;
            // Enough to pay all it may: every one of its categories is settled (each unpaid
            // category holds a positive amount, as charges are never negative).
            if (pay == payable) {
                unpaid &= ~mask;
                continue;
            }
            if (open == charged) {
                for (std::uint32_t bits = unpaid; bits != 0; bits &= bits - 1)
                    partlyPaid[std::countr_zero(bits)] = charged[std::countr_zero(bits)];
                open = partlyPaid;
            }
            for (std::uint32_t bits = mask; bits != 0 && pay != 0; bits &= bits - 1) {
                const int c = std::countr_zero(bits);
                const std::int64_t part = std::min(partlyPaid[c], pay);
                partlyPaid[c] -= part;
                pay -= part;
                if (partlyPaid[c] == 0)
                    unpaid &= ~(std::uint32_t(1) << c);
            }
        }
        if (m <= horizon) {
            r.outOfPocket += charges.totalCents(m) - applied;
            if (monthlyOutOfPocket)
                monthlyOutOfPocket[m - 1] = charges.totalCents(m) - applied;
            coveredSoFar = coveredSoFar && (anyEligible & unpaid) == 0;
            if (coveredSoFar)
                r.coveredThroughMonth = m;
        }
        for (int i = 0; i < count; ++i) {
            if (m == pools[i].expiresMonth) {
                if constexpr (kTraced)
                    trace->cells[row + static_cast<std::size_t>(i)].forfeited = balance[i];
                if (end && balance[i] != 0)
                    end->forfeits.push_back({m, i, balance[i]});
                r.forfeited += balance[i];
                balance[i] = 0;
            }
            if constexpr (kTraced)
                trace->cells[row + static_cast<std::size_t>(i)].held = balance[i];
        }
        m += repeatMonth(m, paid, applied);
    }
    // Every pool spent or expired: the rest of the bill is paid out of pocket, and the trace's
    // rows stay zero (nothing paid, forfeited or held).
    for (const int last = std::min(months, horizon); m <= last; ++m) {
        r.outOfPocket += charges.totalCents(m);
        if (monthlyOutOfPocket)
            monthlyOutOfPocket[m - 1] = charges.totalCents(m);
        coveredSoFar = coveredSoFar && (anyEligible & charges.chargedCategories(m)) == 0;
        if (coveredSoFar)
            r.coveredThroughMonth = m;
    }
    for (int i = 0; i < count; ++i) {
        r.forfeited += balance[i];
        if (end)
            end->held[i] = balance[i];
    }
    r.usable -= r.forfeited;
    return r;
}

} // namespace

RunTotals runPools(const PoolSpec* pools, int count, const ChargeSchedule& charges, int horizon,
                   int runMonths, std::int64_t* monthlyOutOfPocket, PoolTrace* trace, RunEnd* end) {
    return trace ? run<true>(pools, count, charges, horizon, runMonths, monthlyOutOfPocket, trace,
                             end)
                 : run<false>(pools, count, charges, horizon, runMonths, monthlyOutOfPocket,
                              nullptr, end);
}

} // namespace creditpath::kernel
