#pragma once
// PD-4: which path to pursue for the user's objective, and why; or why nothing fits.
#include "evaluation.h"

namespace creditpath {

// Candidates are the paths that fit and are worth something; within the objective they rank
// by expected usable value (or founder time). `needsSpend`: nothing is recommended yet.
Recommendation recommend(const std::vector<PathResult>& paths, Objective objective,
                         int neededWithinDays, bool needsSpend);

} // namespace creditpath
