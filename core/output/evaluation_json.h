#pragma once
// The evaluation as FORMATS.md JSON ("creditpath-evaluation", version 1).
#include "evaluation/evaluation.h"

#include <string>

namespace creditpath {

std::string evaluationToJson(const Evaluation& evaluation);

} // namespace creditpath
