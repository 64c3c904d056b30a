#pragma once
// What a burn-down's month rows are made from (MonthRows, evaluation.h): the rows themselves
// (the Money burn-down's), or the kernel's run, made again with its trace when a reader first
// asks for the rows. The evaluation keeps only what the run ended with.
#include "burn_down_kernel.h"
#include "evaluation.h"

#include <memory>
#include <mutex>

namespace creditpath {

// The pools' ids as month rows carry them; inline for a path's few pools.
using PoolIds = boost::container::small_vector<std::string_view, 4>;

struct MonthRows::Source {
    // The kernel's run: its charges (shared with the evaluation that made it), its pools in
    // BD-2's order with their ids, and its months. No charges: the rows were given.
    std::shared_ptr<const ChargeSchedule> charges;
    kernel::PoolSpecs pools;
    PoolIds ids;
    int months = 0;

    const std::vector<BurnDownMonth>& rows() const;

    mutable std::once_flag made;
    mutable std::vector<BurnDownMonth> madeRows;
};

// Rows made already.
std::shared_ptr<const MonthRows::Source> rowsSource(std::vector<BurnDownMonth> rows);
// Rows of the kernel run of `pools` (BD-2's order) over months 1..months of `charges`.
std::shared_ptr<const MonthRows::Source> kernelSource(std::shared_ptr<const ChargeSchedule> charges,
                                                      const kernel::PoolSpecs& pools,
                                                      const PoolIds& ids, int months);

} // namespace creditpath
