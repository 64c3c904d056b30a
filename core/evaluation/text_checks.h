#pragma once
// Small text checks shared by the rule evaluators (internal to core).
#include <string>
#include <string_view>

namespace creditpath::detail {

std::string toLower(std::string_view text);
// True when the text holds nothing but white space: an unanswered field.
bool isBlank(std::string_view text);

} // namespace creditpath::detail
