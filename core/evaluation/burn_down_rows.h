#pragma once
// What a burn-down's month rows are made from (MonthRows, evaluation.h): the rows themselves
// (the Money burn-down's), or the kernel's trace, read into rows when a reader first asks.
#include "burn_down_kernel.h"
#include "evaluation.h"

#include <mutex>

namespace creditpath {

// The pools' ids as month rows carry them; inline for a path's few pools.
using PoolIds = boost::container::small_vector<std::string_view, 4>;

struct MonthRows::Source {
    bool traced = false;               // else the rows were given
    kernel::PoolTrace trace;           // what each pool did each month
    std::vector<std::int64_t> charges; // each month's charges, in cents
    PoolIds ids;                       // the pools, in the trace's order

    const std::vector<BurnDownMonth>& rows() const;

    // The first `months` months' charges and out of pocket, and what each pool holds after
    // them (`months` >= 1), without making rows.
    struct Totals {
        Money charges, outOfPocket;
        PoolAmounts left;
    };
    Totals totalsOfFirst(std::size_t months) const;

    mutable std::once_flag made;
    mutable std::vector<BurnDownMonth> madeRows;
};

// Rows made already.
std::shared_ptr<const MonthRows::Source> rowsSource(std::vector<BurnDownMonth> rows);
// Rows to be read off the trace of a kernel run over `charges.size()` months.
std::shared_ptr<const MonthRows::Source>
traceSource(kernel::PoolTrace trace, std::vector<std::int64_t> charges, const PoolIds& ids);

} // namespace creditpath
