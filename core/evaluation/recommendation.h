#pragma once
// PD-4: which path to pursue for the user's objective.
#include "evaluation.h"

namespace creditpath {

Recommendation recommend(const std::vector<PathResult>& paths, Objective objective,
                         int neededWithinDays);

} // namespace creditpath
