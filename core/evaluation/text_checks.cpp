#include "text_checks.h"

#include <algorithm>

namespace creditpath::detail {

std::string toLower(std::string_view text) {
    std::string out(text);
    for (char& ch : out)
        ch = asciiLower(ch);
    return out;
}

bool containsLowered(std::string_view loweredText, std::string_view phrase) {
    // Phrases are written in lower case: only the rare one that is not pays for a copy.
    const bool lower =
        std::none_of(phrase.begin(), phrase.end(), [](char ch) { return asciiLower(ch) != ch; });
    if (lower)
        return loweredText.find(phrase) != std::string_view::npos;
    return loweredText.find(toLower(phrase)) != std::string_view::npos;
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace creditpath::detail
