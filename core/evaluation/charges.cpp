#include "charges.h"

#include <algorithm>
#include <optional>
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

ChargeSchedule::ChargeSchedule(const std::vector<SpendLine>& lines, int months) {
    byMonth_.resize(static_cast<std::size_t>(std::max(months, 0)));
    totals_.resize(byMonth_.size());
    const Money limit = Money::fromWhole(kMaxMonthlyCharge);
    for (int m = 1; m <= months; ++m) {
        auto& row = byMonth_[static_cast<std::size_t>(m - 1)];
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
                throw InvalidDocument({{"spend.lines[" + std::to_string(i) + "]." +
                                            (line.growthPercentPerMonth.partsPerMillion() != 0
                                                 ? "growth_percent_per_month"
                                                 : "monthly"),
                                        "makes the charge of month " + std::to_string(m) +
                                            " larger than $" + std::to_string(kMaxMonthlyCharge) +
                                            ", the most CreditPath projects; lower the growth, "
                                            "the amount or the horizon"}});
            row[static_cast<std::size_t>(line.category)] += *charge;
        }
        Money total;
        for (const auto& v : row)
            total += v;
        totals_[static_cast<std::size_t>(m - 1)] = total;
    }
}

Money ChargeSchedule::totalOver(int from, int to) const {
    Money sum;
    for (int m = std::max(from, 1); m <= std::min(to, months()); ++m)
        sum += total(m);
    return sum;
}

Money ChargeSchedule::categoryOver(Category c, int from, int to) const {
    Money sum;
    for (int m = std::max(from, 1); m <= std::min(to, months()); ++m)
        sum += category(m, c);
    return sum;
}

} // namespace creditpath
