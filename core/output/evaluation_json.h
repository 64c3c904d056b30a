#pragma once
// The evaluation as FORMATS.md JSON ("creditpath-evaluation", version 1).
#include "evaluation/evaluation.h"
#include "variants/variant_evaluation.h"

#include <string>

namespace creditpath {

std::string evaluationToJson(const Evaluation& evaluation);
// With `variants: [{name, evaluation}]` after the base's members when there are variants.
std::string evaluationToJson(const Evaluation& evaluation,
                             const std::vector<VariantEvaluation>& variants);

} // namespace creditpath
