#pragma once
// "Why this number?": the arithmetic behind every figure of a path, with the actual amounts
// and the rule IDs, rendered once here so the CLI, the JSON, the window and the report agree.
#include "path_context.h"

namespace creditpath {

struct DerivationInput {
    const PathContext& ctx;
    const PoolLevels* levels = nullptr;  // credit paths
    const CreditValue* credit = nullptr; // credit paths
    const BurnDown* shown = nullptr;     // the path's burn-down over the horizon, if any
    const BurnDown* toExpiry = nullptr;  // credit paths: the typical level run past every expiry
    bool needsSpend = false;
};

// Appends the derivations of usable value, expected value, days, founder minutes and (with a
// burn-down) covered-through month, out of pocket and forfeited; for credit paths also the
// face value. Discount paths bring their own face-value derivation (their evaluator knows
// the base and the rates).
void addDerivations(PathResult& path, const DerivationInput& in);

} // namespace creditpath
