#pragma once
// Evaluating a scenario's variants: each one is its patched scenario, evaluated like any other.
#include "evaluation/evaluator.h"

#include <string>
#include <vector>

namespace creditpath {

struct VariantEvaluation {
    std::string name;
    Scenario scenario; // the patched scenario, without variants
    Evaluation evaluation;
};

// One evaluation per variant of `base`, in file order. Throws InvalidDocument naming the
// variant (`variants[1] ("…").patch → field`) when a patched scenario is invalid or the engine
// refuses it.
std::vector<VariantEvaluation> evaluateVariants(const Scenario& base, const Rulebook& rulebook,
                                                const EvaluationOptions& options);

} // namespace creditpath
