#pragma once
// Month-by-month charges per category, from the spend lines (FORMATS.md formula), computed
// once per evaluation and shared by every burn-down and discount calculation.
#include "money/money.h"
#include "scenario/problems.h"
#include "scenario/scenario.h"

#include <array>
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

class ChargeSchedule {
public:
    ChargeSchedule(const std::vector<SpendLine>& lines, int months);
    int months() const { return static_cast<int>(byMonth_.size()); }
    const CategoryAmounts& month(int m) const {
        return byMonth_.at(static_cast<std::size_t>(m - 1));
    }
    Money total(int m) const { return totals_.at(static_cast<std::size_t>(m - 1)); }
    Money category(int m, Category c) const { return month(m)[static_cast<std::size_t>(c)]; }
    // Sum of months [from, to] (clamped to the schedule).
    Money totalOver(int from, int to) const;
    Money categoryOver(Category c, int from, int to) const;

private:
    std::vector<CategoryAmounts> byMonth_;
    std::vector<Money> totals_;
};

} // namespace creditpath
