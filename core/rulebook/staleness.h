#pragma once
// How fresh each figure is: a rule whose verified date is older than PD-6's months is stale.
#include "rulebook.h"

#include <chrono>
#include <string>
#include <vector>

namespace creditpath {

// Stale on `today` when verified + PD-6 months falls before it; an unreadable date is stale.
bool isStale(const RuleInfo& rule, const Rulebook& rulebook, std::chrono::sys_days today);
// The IDs of the stale rules, in rulebook order.
std::vector<std::string> staleRules(const Rulebook& rulebook, std::chrono::sys_days today);

} // namespace creditpath
