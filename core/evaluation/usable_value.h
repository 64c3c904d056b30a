#pragma once
// Usable value (FORMATS.md additions): what the projected bill can absorb of each award level
// before its pools expire. One burn-down per level, each run until every pool has expired,
// so a pool's unspent balance is counted as forfeited whatever the horizon.
#include "burn_down.h"
#include "path_context.h"

namespace creditpath {

// `needsSpend`: nothing is projected yet, so nothing is usable and nothing is forfeited.
CreditValue creditValue(PathId id, const PoolLevels& levels, const SharedCharges& charges,
                        int horizonMonths, bool needsSpend, PoolTieBreak tieBreak);

// The months a charge schedule must cover for every level of every path to reach expiry.
int monthsToLastExpiry(const RulebookParameters& rules);

} // namespace creditpath
