#pragma once
// The engine's entry point: scenario + rulebook -> complete, explained evaluation.
#include "evaluation.h"
#include "scenario/scenario.h"

#include <chrono>

namespace creditpath {

struct EvaluationOptions {
    std::chrono::sys_days startDate; // day 0 of every timeline (the inquiry)
};

Evaluation evaluate(const Scenario& scenario, const Rulebook& rulebook,
                    const EvaluationOptions& options);

} // namespace creditpath
