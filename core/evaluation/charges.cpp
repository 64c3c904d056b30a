#include "charges.h"

#include "charge_kernel.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>

namespace creditpath {
namespace {

// base · (1 + g)^k, exact, rounded once.
Money compound(const Money& base, const Rate& growth, int k) {
    if (k <= 0 || growth.partsPerMillion() == 0)
        return base;
    const BigInt factor = BigInt(Rate::kScale + growth.partsPerMillion());
    const BigInt scale = BigInt(Rate::kScale);
    BigInt num = BigInt(base.cents()), den = 1;
    for (int i = 0; i < k; ++i) {
        num *= factor;
        den *= scale;
    }
    return Money::fromFraction(num, den);
}

} // namespace

Money chargeInMonth(const SpendLine& line, int month) {
    if (line.ramp) {
        const int n = line.ramp->months;
        if (month <= n) {
            const BigInt start = BigInt(line.monthly.cents());
            const BigInt step = BigInt(line.ramp->to.cents()) - start;
            return Money::fromFraction(start * n + step * (month - 1), n);
        }
        return compound(line.ramp->to, line.growthPercentPerMonth, month - n - 1);
    }
    return compound(line.monthly, line.growthPercentPerMonth, month - 1);
}

namespace {

// The reference's refusal of a line whose charge outgrows what CreditPath projects.
[[noreturn]] void refuseLine(const SpendLine& line, std::size_t i, int m) {
    throw InvalidDocument(
        {{"spend.lines[" + std::to_string(i) + "]." +
              (line.growthPercentPerMonth.partsPerMillion() != 0 ? "growth_percent_per_month"
                                                                 : "monthly"),
          "makes the charge of month " + std::to_string(m) + " larger than $" +
              std::to_string(kMaxMonthlyCharge) +
              ", the most CreditPath projects; lower the growth, "
              "the amount or the horizon"}});
}

} // namespace

ChargeSchedule::ChargeSchedule(const std::vector<SpendLine>& lines, int months, int skipMonths) {
    months = std::max(months, 0);
    months_ = months;
    skipMonths = std::max(skipMonths, 0);
    const int projected = months + skipMonths;
    cents_.assign(static_cast<std::size_t>(months) * kCategoryCount, 0);
    totalCents_.assign(static_cast<std::size_t>(months), 0);
    charged_.assign(static_cast<std::size_t>(months), 0);
    std::vector<std::int64_t> line(static_cast<std::size_t>(projected));
    // The reference refuses the first (month, line) over the limit: find that same one.
    int badMonth = 0;
    std::size_t badLine = 0;
    bool overflow = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int bad = kernel::lineChargesInCents(lines[i], projected, line.data());
        if (bad != 0) {
            if (badMonth == 0 || bad < badMonth)
                badMonth = bad, badLine = i;
            continue;
        }
        const auto c = static_cast<std::size_t>(lines[i].category);
        const std::uint32_t category = std::uint32_t(1) << c;
        for (int m = 1; m <= months; ++m) {
            const std::int64_t v = line[static_cast<std::size_t>(m + skipMonths - 1)];
            std::int64_t& cell = cents_[static_cast<std::size_t>(m - 1) * kCategoryCount + c];
            std::int64_t& total = totalCents_[static_cast<std::size_t>(m - 1)];
            overflow = overflow || __builtin_add_overflow(cell, v, &cell) ||
                       __builtin_add_overflow(total, v, &total);
            // Charges are never negative: a category is charged when any of its lines is.
            if (v != 0)
                charged_[static_cast<std::size_t>(m - 1)] |= category;
        }
    }
    if (badMonth != 0)
        refuseLine(lines[badLine], badLine, badMonth);
    if (overflow) { // sums past 64 bits: the reference's exact sums (Money) alone
        *this = reference(lines, months + skipMonths);
        byMonth_.erase(byMonth_.begin(), byMonth_.begin() + skipMonths);
        totals_.erase(totals_.begin(), totals_.begin() + skipMonths);
        months_ = months;
        return;
    }
    constexpr std::int64_t kKernelLimit = std::int64_t(1) << 62;
    std::int64_t all = 0;
    fitsKernel_ = std::all_of(totalCents_.begin(), totalCents_.end(), [&](std::int64_t t) {
        return !__builtin_add_overflow(all, t, &all) && all < kKernelLimit;
    });
    sameUntil_.resize(static_cast<std::size_t>(months));
    for (int m = months; m >= 1; --m) {
        const bool likeNext =
            m < months &&
            std::equal(centsOfMonth(m), centsOfMonth(m) + kCategoryCount, centsOfMonth(m + 1));
        sameUntil_[static_cast<std::size_t>(m - 1)] =
            likeNext ? sameUntil_[static_cast<std::size_t>(m)] : m;
    }
}

const std::int64_t* ChargeSchedule::checkedCents(int m) const {
    if (m < 1 || m > months_)
        throw std::out_of_range("ChargeSchedule: no month " + std::to_string(m));
    return centsOfMonth(m);
}

CategoryAmounts ChargeSchedule::month(int m) const {
    if (!hasCents())
        return byMonth_.at(static_cast<std::size_t>(m - 1));
    CategoryAmounts out;
    const std::int64_t* row = checkedCents(m);
    for (std::size_t c = 0; c < out.size(); ++c)
        out[c] = Money::fromCents(row[c]);
    return out;
}

Money ChargeSchedule::total(int m) const {
    if (!hasCents())
        return totals_.at(static_cast<std::size_t>(m - 1));
    return Money::fromCents(totalCents_.at(static_cast<std::size_t>(m - 1)));
}

Money ChargeSchedule::category(int m, Category c) const {
    if (!hasCents())
        return byMonth_.at(static_cast<std::size_t>(m - 1))[static_cast<std::size_t>(c)];
    return Money::fromCents(checkedCents(m)[static_cast<std::size_t>(c)]);
}

ChargeSchedule ChargeSchedule::reference(const std::vector<SpendLine>& lines, int months) {
    ChargeSchedule s;
    s.months_ = std::max(months, 0);
    s.byMonth_.resize(static_cast<std::size_t>(s.months_));
    s.totals_.resize(s.byMonth_.size());
    const Money limit = Money::fromWhole(kMaxMonthlyCharge);
    for (int m = 1; m <= months; ++m) {
        auto& row = s.byMonth_[static_cast<std::size_t>(m - 1)];
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const SpendLine& line = lines[i];
            // Growth compounds: a valid line can still outgrow any real bill within the
            // horizon. Refuse it with its field rather than overflow later sums.
            std::optional<Money> charge;
            try {
                charge = chargeInMonth(line, m);
            } catch (const MoneyError&) {
            }
            if (!charge || *charge > limit)
                refuseLine(line, i, m);
            row[static_cast<std::size_t>(line.category)] += *charge;
        }
        Money total;
        for (const auto& v : row)
            total += v;
        s.totals_[static_cast<std::size_t>(m - 1)] = total;
    }
    return s;
}

template <typename CentsOf, typename MoneyOf>
Money ChargeSchedule::sumOver(int from, int to, CentsOf centsOf, MoneyOf moneyOf) const {
    const int first = std::max(from, 1), last = std::min(to, months_);
    if (hasCents()) { // on integers while the sum fits 64 bits
        std::int64_t sum = 0;
        bool fits = true;
        for (int m = first; m <= last && fits; ++m)
            fits = !__builtin_add_overflow(sum, centsOf(m), &sum);
        if (fits)
            return Money::fromCents(sum);
    }
    Money sum;
    for (int m = first; m <= last; ++m)
        sum += moneyOf(m);
    return sum;
}

Money ChargeSchedule::totalOver(int from, int to) const {
    return sumOver(
        from, to, [this](int m) { return totalCents(m); }, [this](int m) { return total(m); });
}

Money ChargeSchedule::categoryOver(Category c, int from, int to) const {
    return sumOver(
        from, to, [this, c](int m) { return centsOfMonth(m)[static_cast<std::size_t>(c)]; },
        [this, c](int m) { return category(m, c); });
}

} // namespace creditpath
