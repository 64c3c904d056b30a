#pragma once
// What people type into a money or percent field ("$2,000,000", "2.5k", "1.200,50 $", "2 %"),
// read into the canonical decimal text the file format uses ("2000000", "1200.50", "2").
//
// The locale's separators arrive as plain data (the UI passes QLocale's), so the core stays
// free of Qt. The reading never guesses: group separators count only between groups of
// three digits, and text that the locale's rules cannot read is refused, with the value a
// different convention would give as a suggestion. "1050.50" under German rules is refused
// with the suggestion 1050.50, never stored as 105050.00. Only strings are handled here:
// the amount's range is the scenario reader's business (Money::parse and its limits).
#include <string>
#include <string_view>

namespace creditpath {

// The separators of the user's number style, as UTF-8 text.
struct NumberStyle {
    std::string decimal = ".";
    std::string group = ",";
};

enum class TypedKind { Money, Percent };

struct TypedNumber {
    // Canonical text ("1200.50", "-3", "2.5") when read; empty when blank or refused.
    std::string canonical;
    // Empty when read (or blank); else an input message code (input_messages.h).
    std::string problem;
    // For "typed_ambiguous": the canonical value the other convention reads.
    std::string suggestion;
    bool blank = false;
    bool ok() const { return problem.empty(); }
};

TypedNumber readTypedNumber(std::string_view typed, TypedKind kind, const NumberStyle& style);

} // namespace creditpath
