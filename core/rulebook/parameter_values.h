#pragma once
// The rulebook's parameters as a view lists them: what each is (ParameterSpec) and its value in
// this rulebook, typed so views format it in their locale.
#include "rulebook.h"

#include <string>
#include <vector>

namespace creditpath {

struct ParameterValue {
    ParameterSpec spec;
    std::string text; // Money "100000.00", Percent "25", Integer "24", Flag "true",
                      // Choice "next_month"; empty for structured values
    DayRange days;    // DayRange
    std::string json; // the value as compact JSON, for structured values
    const ParameterNote* note = nullptr; // per-parameter provenance, when the edition gives one
};

// Every parameter of every rule, in reading order (grouped by rule).
std::vector<ParameterValue> parameterValues(const Rulebook& rulebook);

// The JSON value an override sets for `spec` from its canonical text ("200000.00", "24",
// "true", "18-21"); empty when the text is not of that shape.
std::string parameterJson(const ParameterSpec& spec, const std::string& text);

} // namespace creditpath
