#pragma once
// Small text checks shared by the rule evaluators (internal to core). Case folding is ASCII
// only: the phrases and stop words are English, and the result must not depend on the
// process's C locale (Qt sets it from the environment).
#include <string>
#include <string_view>

namespace creditpath::detail {

constexpr char asciiLower(char ch) {
    return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
}
// Letters and digits of ASCII: bytes of other scripts never join a word, in any C locale.
constexpr bool asciiAlnum(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}
std::string toLower(std::string_view text);
// Whether `loweredText` (already toLower()ed) contains `phrase` in any ASCII case.
bool containsLowered(std::string_view loweredText, std::string_view phrase);
// True when the text holds nothing but white space: an unanswered field.
bool isBlank(std::string_view text);

} // namespace creditpath::detail
