#include "text_checks.h"

#include <cctype>

namespace creditpath::detail {

std::string toLower(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace creditpath::detail
