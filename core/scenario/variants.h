#pragma once
// Scenario variants (FORMATS.md, Additions): each is its base scenario with an RFC 7396 merge
// patch applied, evaluated like any scenario.
#include "problems.h"
#include "scenario.h"

#include <optional>
#include <string>

namespace creditpath {

// The base scenario's JSON without its `variants`: what every patch applies to.
std::string baseDocument(const Scenario& base);

// The scenario that variant `index` of `base` describes (without variants). Throws
// InvalidDocument when the patched scenario is invalid, each problem's path prefixed with
// variantPath(): `variants[1] ("$50K POC with LOI").patch → spend.lines[0].monthly`.
Scenario applyVariant(const Scenario& base, std::size_t index);
// Every variant applied, in file order; throws InvalidDocument with the problems of all.
std::vector<Scenario> applyVariants(const Scenario& base);

// `variants[1] ("$50K POC with LOI").patch`: how messages name a variant's patch.
std::string variantPath(const Scenario& base, std::size_t index);
// A problem of the patched scenario, renamed to say which variant it is about.
Problem variantProblem(const Scenario& base, std::size_t index, Problem problem);
// Which variant a problem path is about (the index in `variants[N]…`) and the field path
// within the patched scenario; nullopt for a problem about the base.
struct VariantField {
    std::size_t index = 0;
    std::string field; // "spend.lines[0].monthly"; empty for the patch as a whole
};
std::optional<VariantField> variantFieldOf(const std::string& problemPath);

// The merge patch that turns the base into `edited` (a scenario without variants): what
// "Save as variant…" stores.
std::string variantPatchFor(const Scenario& base, const Scenario& edited);

// Every problem of every variant of a base that is valid itself.
std::vector<Problem> variantProblems(const Scenario& base);

} // namespace creditpath
