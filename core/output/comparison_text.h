#pragma once
// The variants comparison (variants/comparison.h) as a plain-text table for the command line.
#include "variants/comparison.h"

#include <string>

namespace creditpath {

// One row per key figure, one column per scenario (base first); `*` marks the best value of a
// row. Empty when there is nothing to compare (no variants).
std::string comparisonSummary(const Comparison& comparison);

} // namespace creditpath
