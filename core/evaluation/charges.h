#pragma once
// Month-by-month charges per category, from the spend lines (FORMATS.md formula), computed
// once per evaluation and shared by every burn-down and discount calculation.
#include "money/money.h"
#include "scenario/problems.h"
#include "scenario/scenario.h"

#include <array>
#include <cstdint>
#include <vector>

namespace creditpath {

using CategoryAmounts = std::array<Money, kCategoryCount>;

// The largest monthly charge of one line CreditPath projects (USD): far above any AWS bill,
// and low enough that no sum over lines, months and rates can overflow.
inline constexpr long long kMaxMonthlyCharge = 1'000'000'000'000;

// The charge of one line in month m (1-based). Ramp: linear from `monthly` to `ramp.to` over
// ramp.months months, then compounding by the growth rate; each month is computed exactly from
// the line's figures and rounded half-up to the cent once, so rounding never accumulates.
Money chargeInMonth(const SpendLine& line, int month);

// Charges of months 1..months by category. Built by the exact integer-cents kernel
// (charge_kernel.h); `reference()` builds the same schedule with chargeInMonth() alone, for the
// tests that prove the two equal. `skipMonths` starts the schedule later in the projection
// (credits landing that many months after the projection's month 1).
class ChargeSchedule {
public:
    // `Figures::CentsOnly` skips the Money copy (Monte Carlo draws read cents alone).
    enum class Figures { Money, CentsOnly };
    ChargeSchedule(const std::vector<SpendLine>& lines, int months, int skipMonths = 0,
                   Figures figures = Figures::Money);
    static ChargeSchedule reference(const std::vector<SpendLine>& lines, int months);
    int months() const { return months_; }
    const CategoryAmounts& month(int m) const {
        return byMonth_.at(static_cast<std::size_t>(m - 1));
    }
    Money total(int m) const { return totals_.at(static_cast<std::size_t>(m - 1)); }
    Money category(int m, Category c) const { return month(m)[static_cast<std::size_t>(c)]; }
    // Sum of months [from, to] (clamped to the schedule).
    Money totalOver(int from, int to) const;
    Money categoryOver(Category c, int from, int to) const;

    // The same figures as 64-bit cents for the burn-down kernel: month m's categories start at
    // centsOfMonth(m). Empty when a sum does not fit 64 bits (then only Money is available).
    bool hasCents() const { return !cents_.empty(); }
    const std::int64_t* centsOfMonth(int m) const {
        return cents_.data() + static_cast<std::size_t>(m - 1) * kCategoryCount;
    }
    std::int64_t totalCents(int m) const { return totalCents_[static_cast<std::size_t>(m - 1)]; }

private:
    ChargeSchedule() = default;
    void fillMoney(int months);
    int months_ = 0;
    std::vector<CategoryAmounts> byMonth_;
    std::vector<Money> totals_;
    std::vector<std::int64_t> cents_;      // months x categories
    std::vector<std::int64_t> totalCents_; // per month
};

} // namespace creditpath
