#include "burn_down_rows.h"

namespace creditpath {

MonthRows::MonthRows(std::shared_ptr<const Source> source, std::size_t count)
    : source_(std::move(source)), count_(source_ ? count : 0) {}

MonthRows::const_iterator MonthRows::begin() const {
    return count_ == 0 ? nullptr : source_->rows().data();
}

namespace {

std::size_t cellOf(std::size_t month, std::size_t pool, std::size_t count) {
    return (month - 1) * count + pool;
}

// Month m's row from the trace: what each pool paid, lost and holds.
void readRows(const MonthRows::Source& s, std::vector<BurnDownMonth>& rows) {
    const std::size_t count = s.ids.size();
    rows.reserve(s.charges.size());
    for (std::size_t m = 1; m <= s.charges.size(); ++m) {
        BurnDownMonth& out = rows.emplace_back();
        out.month = static_cast<int>(m);
        out.charges = Money::fromCents(s.charges[m - 1]);
        std::int64_t applied = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const kernel::PoolTrace::Cell& cell = s.trace.cells[cellOf(m, i, count)];
            if (cell.paid != 0)
                out.applied.push_back({s.ids[i], Money::fromCents(cell.paid)});
            applied += cell.paid;
            if (cell.forfeited != 0)
                out.forfeited.push_back({s.ids[i], Money::fromCents(cell.forfeited)});
            out.balances.push_back({s.ids[i], Money::fromCents(cell.held)});
        }
        out.outOfPocket = Money::fromCents(s.charges[m - 1] - applied);
    }
}

} // namespace

const std::vector<BurnDownMonth>& MonthRows::Source::rows() const {
    std::call_once(made, [this] { readRows(*this, madeRows); });
    return madeRows;
}

MonthRows::Source::Totals MonthRows::Source::totalsOfFirst(std::size_t months) const {
    Totals t;
    if (!traced) {
        for (std::size_t m = 0; m < months; ++m) {
            t.charges += madeRows[m].charges;
            t.outOfPocket += madeRows[m].outOfPocket;
        }
        t.left.assign(madeRows[months - 1].balances.begin(), madeRows[months - 1].balances.end());
        return t;
    }
    const std::size_t count = ids.size();
    std::int64_t charged = 0, paid = 0;
    for (std::size_t m = 1; m <= months; ++m) {
        charged += charges[m - 1];
        for (std::size_t i = 0; i < count; ++i)
            paid += trace.cells[cellOf(m, i, count)].paid;
    }
    t.charges = Money::fromCents(charged);
    t.outOfPocket = Money::fromCents(charged - paid);
    for (std::size_t i = 0; i < count; ++i)
        t.left.push_back({ids[i], Money::fromCents(trace.cells[cellOf(months, i, count)].held)});
    return t;
}

std::shared_ptr<const MonthRows::Source> rowsSource(std::vector<BurnDownMonth> rows) {
    auto s = std::make_shared<MonthRows::Source>();
    s->madeRows = std::move(rows);
    std::call_once(s->made, [] {}); // nothing left to make
    return s;
}

std::shared_ptr<const MonthRows::Source>
traceSource(kernel::PoolTrace trace, std::vector<std::int64_t> charges, const PoolIds& ids) {
    auto s = std::make_shared<MonthRows::Source>();
    s->traced = true;
    s->trace = std::move(trace);
    s->charges = std::move(charges);
    s->ids = ids;
    return s;
}

} // namespace creditpath
