#include "burn_down_rows.h"

namespace creditpath {

MonthRows::MonthRows(std::shared_ptr<const Source> source, std::size_t count)
    : source_(std::move(source)), count_(source_ ? count : 0) {}

MonthRows::const_iterator MonthRows::begin() const {
    return count_ == 0 ? nullptr : source_->rows().data();
}

namespace {

// The kernel's run made again with its trace, read into rows: what each pool paid, lost and
// holds each month.
void readRows(const MonthRows::Source& s, std::vector<BurnDownMonth>& rows) {
    const std::size_t count = s.pools.size();
    kernel::PoolTrace trace;
    kernel::runPools(s.pools.data(), static_cast<int>(count), *s.charges, s.months, s.months,
                     nullptr, &trace);
    rows.reserve(static_cast<std::size_t>(s.months));
    for (int m = 1; m <= s.months; ++m) {
        BurnDownMonth& out = rows.emplace_back();
        out.month = m;
        out.charges = Money::fromCents(s.charges->totalCents(m));
        std::int64_t applied = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const auto& cell = trace.cells[static_cast<std::size_t>(m - 1) * count + i];
            if (cell.paid != 0)
                out.applied.push_back({s.ids[i], Money::fromCents(cell.paid)});
            applied += cell.paid;
            if (cell.forfeited != 0)
                out.forfeited.push_back({s.ids[i], Money::fromCents(cell.forfeited)});
            out.balances.push_back({s.ids[i], Money::fromCents(cell.held)});
        }
        out.outOfPocket = Money::fromCents(s.charges->totalCents(m) - applied);
    }
}

} // namespace

const std::vector<BurnDownMonth>& MonthRows::Source::rows() const {
    std::call_once(made, [this] { readRows(*this, madeRows); });
    return madeRows;
}

std::shared_ptr<const MonthRows::Source> rowsSource(std::vector<BurnDownMonth> rows) {
    auto s = std::make_shared<MonthRows::Source>();
    s->madeRows = std::move(rows);
    std::call_once(s->made, [] {}); // nothing left to make
    return s;
}

std::shared_ptr<const MonthRows::Source> kernelSource(std::shared_ptr<const ChargeSchedule> charges,
                                                      const kernel::PoolSpecs& pools,
                                                      const PoolIds& ids, int months) {
    auto s = std::make_shared<MonthRows::Source>();
    s->charges = std::move(charges);
    s->pools = pools;
    s->ids = ids;
    s->months = months;
    return s;
}

} // namespace creditpath
