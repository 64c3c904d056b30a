#include "charge_kernel.h"

#include "charges.h"

#include <atomic>
#include <cmath>
#include <optional>

namespace creditpath::kernel {
namespace {

__extension__ typedef __int128 Wide;

constexpr std::int64_t kLimitCents = kMaxMonthlyCharge * 100;
// Amounts above this never reach the fast path (doubles hold integers exactly below 2^53).
constexpr std::int64_t kFastAmountLimit = std::int64_t(1) << 50;
constexpr double kUnit = 0x1p-53; // unit roundoff of a double

std::atomic<long> fallbacks{0};

std::optional<std::int64_t> toCents(const Money& m) {
    const auto& c = m.cents();
    if (c < -kFastAmountLimit || c > kFastAmountLimit)
        return std::nullopt;
    return c.convert_to<std::int64_t>();
}

// The reference for one month, reduced to cents; nullopt when it is refused.
std::optional<std::int64_t> referenceMonth(const SpendLine& line, int month) {
    fallbacks.fetch_add(1, std::memory_order_relaxed);
    try {
        const Money charge = chargeInMonth(line, month);
        if (charge > Money::fromWhole(kMaxMonthlyCharge))
            return std::nullopt;
        return toCents(charge);
    } catch (const MoneyError&) {
        return std::nullopt;
    }
}

// Half-up division of a non-negative numerator (FORMATS.md: once per month, ties up).
std::int64_t halfUp(Wide num, std::int64_t den) {
    const bool negative = num < 0;
    const Wide n = negative ? -num : num;
    const auto q = static_cast<std::int64_t>((n * 2 + den) / (Wide(den) * 2));
    return negative ? -q : q;
}

} // namespace

long referenceFallbacks() {
    return fallbacks.load(std::memory_order_relaxed);
}

int lineChargesInCents(const SpendLine& line, int months, std::int64_t* out) {
    const auto monthly = toCents(line.monthly);
    const auto to = line.ramp ? toCents(line.ramp->to) : monthly;
    const std::int64_t ppm = line.growthPercentPerMonth.partsPerMillion();
    const bool fast = monthly && to && ppm > -Rate::kScale && ppm <= 100 * Rate::kScale;
    int m = 1;
    auto put = [&](std::optional<std::int64_t> v) {
        if (!v || *v > kLimitCents)
            return false;
        out[m - 1] = *v;
        return true;
    };
    if (!fast) { // figures far outside what a file may hold: the reference, month by month
        for (; m <= months; ++m)
            if (!put(referenceMonth(line, m)))
                return m;
        return 0;
    }
    // Linear ramp months: exact in 128-bit integers.
    const int n = line.ramp ? line.ramp->months : 0;
    for (; m <= months && m <= n; ++m) {
        const Wide num = Wide(*monthly) * n + (Wide(*to) - *monthly) * (m - 1);
        if (!put(halfUp(num, n)))
            return m;
    }
    // Compounding from `to` (or `monthly`): estimate x_k = base·f^k, f = 1 + g.
    const std::int64_t base = *to;
    if (ppm == 0 || base == 0) {
        for (; m <= months; ++m)
            if (!put(base))
                return m;
        return 0;
    }
    const double f = static_cast<double>(Rate::kScale + ppm) / static_cast<double>(Rate::kScale);
    double x = static_cast<double>(base);
    for (int k = 0; m <= months; ++m, ++k) {
        if (k > 0)
            x *= f;
        // |x - exact| <= exact·((1 + u)^(2k + 1) - 1): one rounding of f, one per multiply.
        // (2k + 3)·u·x with a margin covers it while every product is a normal double.
        if (x > 2.0 * static_cast<double>(kLimitCents))
            return m;     // certainly above the limit (the error is far below a factor of 2)
        if (x < 1e-100) { // certainly below a quarter cent from here on (f < 1)
            for (; m <= months; ++m)
                out[m - 1] = 0;
            return 0;
        }
        const double bound = x * (2.0 * k + 3.0) * kUnit * 1.0625;
        const double whole = std::floor(x);
        const double frac = x - whole; // exact
        if (std::fabs(frac - 0.5) <= bound) {
            if (!put(referenceMonth(line, m)))
                return m;
            continue;
        }
        if (!put(static_cast<std::int64_t>(whole) + (frac > 0.5 ? 1 : 0)))
            return m;
    }
    return 0;
}

} // namespace creditpath::kernel
