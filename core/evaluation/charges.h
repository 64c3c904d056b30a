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
    ChargeSchedule(const std::vector<SpendLine>& lines, int months, int skipMonths = 0);
    static ChargeSchedule reference(const std::vector<SpendLine>& lines, int months);
    int months() const { return months_; }
    // The Money figures come from the cents when they fit 64 bits (every real bill): the
    // schedule keeps one copy of its figures, and sums run on integers.
    CategoryAmounts month(int m) const;
    Money total(int m) const;
    Money category(int m, Category c) const;
    // Sum of months [from, to] (clamped to the schedule).
    Money totalOver(int from, int to) const;
    Money categoryOver(Category c, int from, int to) const;

    // The same figures as 64-bit cents for the burn-down kernel: month m's categories start at
    // centsOfMonth(m). Empty when a sum does not fit 64 bits (then only Money is available).
    bool hasCents() const { return !cents_.empty(); }
    // Whether the burn-down kernel may run on this schedule: it has cents, and all its months
    // together charge less than 2^62 cents, so no sum a run makes (out of pocket, usable,
    // forfeited) can pass 64 bits. Otherwise burn-downs run on Money.
    bool fitsKernel() const { return fitsKernel_; }
    const std::int64_t* centsOfMonth(int m) const {
        return cents_.data() + static_cast<std::size_t>(m - 1) * kCategoryCount;
    }
    std::int64_t totalCents(int m) const { return totalCents_[static_cast<std::size_t>(m - 1)]; }
    // Bit c set when month m charges category c: a burn-down visits only those.
    std::uint32_t chargedCategories(int m) const {
        return charged_[static_cast<std::size_t>(m - 1)];
    }
    // The last month from m on that charges what month m does, category by category: a bill
    // without growth repeats for months, and the kernel settles such a stretch at once.
    int sameChargesUntil(int m) const { return sameUntil_[static_cast<std::size_t>(m - 1)]; }

private:
    ChargeSchedule() = default;
    // Month m's cents, or std::out_of_range outside the schedule.
    const std::int64_t* checkedCents(int m) const;
    // A per-month figure summed over months [from, to] (clamped to the schedule).
    template <typename CentsOf, typename MoneyOf>
    Money sumOver(int from, int to, CentsOf centsOf, MoneyOf moneyOf) const;
    int months_ = 0;
    // Only for a schedule without cents: the reference, and monthly sums past 2^63 cents.
    std::vector<CategoryAmounts> byMonth_;
    std::vector<Money> totals_;
    std::vector<std::int64_t> cents_;      // months x categories
    std::vector<std::int64_t> totalCents_; // per month
    std::vector<std::uint32_t> charged_;   // per month, with the cents
    std::vector<int> sameUntil_;           // per month, with the cents
    bool fitsKernel_ = false;              // set only once the cents are made
};

} // namespace creditpath
