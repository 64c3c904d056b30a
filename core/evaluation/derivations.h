#pragma once
// "Why this number?": the arithmetic behind every figure of a path, with the actual amounts
// and the rule IDs, rendered here so the CLI, the JSON, the window and the report agree.
// The evaluation keeps each path's DerivationBasis; derivationsOf() (evaluation.h) renders it
// when a reader asks.
#include "path_context.h"

namespace creditpath {

// Keeps in `path` what its derivations read besides its figures and reasons: the award
// levels, the usable value of the expected pools, ST-3's minutes and, when the typical level
// forfeits, what `toExpiry` (the typical level run past every expiry) loses and which rules
// set those expiries.
void keepDerivationBasis(PathResult& path, PoolLevels levels, const CreditValue& credit,
                         const BurnDown& toExpiry, const RulebookParameters& rules);

} // namespace creditpath
