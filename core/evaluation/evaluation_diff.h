#pragma once
// "What changed": each verdict and figure of one evaluation that differs from another (the
// same scenario under the shipped edition and under an edition or overrides), with the rules
// behind it. Typed values: the window, the command line and the report format them.
#include "evaluation.h"

#include <optional>
#include <string>
#include <vector>

namespace creditpath {

struct DiffValue {
    enum class Kind { Money, Verdict, Integer, Days, Percent, Path };
    Kind kind = Kind::Money;
    Money money;
    Verdict verdict = Verdict::Fit;
    int integer = 0;
    DayRange days;
    Rate rate;
    std::optional<PathId> path; // the recommendation; nullopt: nothing recommended
};

struct FigureChange {
    std::string path;   // a path id ("stack"), or "recommendation"
    std::string figure; // "verdict", "value.typical", "expected_value", "path", ...
    DiffValue before, after;
    // The rules behind the figure that the rulebook change touched; all its rules when none.
    std::vector<std::string> rules;
};

// In path order, then figure order; empty when the two evaluations agree.
std::vector<FigureChange> diffEvaluations(const Evaluation& before, const Evaluation& after);

// The canonical text of a value ("100000.00", "fit", "24", "18-21", "92", "stack", "none").
std::string canonicalText(const DiffValue& value);

} // namespace creditpath
