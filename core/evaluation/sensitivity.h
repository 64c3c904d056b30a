#pragma once
// Issue 11's tornado: the expected out of pocket of a path (or its expected usable credits,
// when the objective is the largest expected value) with each input moved to either end of
// its plausible range, largest swing first. "Expected" is exact over the uncertainty model's
// outcomes (every combination of approvals and POC completion, with their odds), the spend
// at its stated level; so a bar is a difference of two exact figures, with no sampling noise.
//
// Inputs (UN-2): each spend line's level ±its uncertainty (or ±the default range), every
// line's growth ±the growth uncertainty (or the default range), each application of the path
// refused / approved, the POC not completing / completing, and the credits landing as planned
// / the given number of months later.
#include "evaluation.h"
#include "monte_carlo.h"
#include "scenario/scenario.h"

#include <optional>

namespace creditpath {

// The recommended credit path, or the stack when the recommendation is not a credit path;
// nullopt before spend is entered or when no credit path has pools.
std::optional<Sensitivity> computeSensitivity(const Scenario& scenario, const Rulebook& rulebook,
                                              const Evaluation& evaluation);

// What the window shows under uncertainty and its report prints: every credit path's
// distribution (and `band`, when options.bandPath names one) and the tornado. The tornado is
// left out when the run was cancelled, its figures being dropped anyway.
void addUncertainty(const Scenario& scenario, const Rulebook& rulebook, Evaluation& evaluation,
                    const MonteCarloOptions& options, MonthlyBand* band = nullptr);

} // namespace creditpath
