#include "name_redaction.h"

#include <algorithm>
#include <array>

namespace creditpath {
namespace {

bool isWordByte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool isLegalForm(std::string_view word) {
    static constexpr std::array<std::string_view, 16> forms = {
        "inc", "llc", "ltd", "gmbh", "corp", "co",  "ag",  "sa",
        "sas", "bv",  "plc", "kg",   "ug",   "the", "and", "company"};
    return std::any_of(forms.begin(), forms.end(),
                       [&](std::string_view f) { return equalIgnoringCase(word, f); });
}

} // namespace

std::vector<std::string> companyNameTokens(std::string_view name) {
    std::vector<std::string> tokens;
    auto add = [&](std::string_view t) {
        if (t.size() >= 3 && !isLegalForm(t) &&
            std::none_of(tokens.begin(), tokens.end(),
                         [&](const std::string& k) { return equalIgnoringCase(k, t); }))
            tokens.emplace_back(t);
    };
    const auto first = name.find_first_not_of(" \t");
    const auto last = name.find_last_not_of(" \t.,");
    if (first == std::string_view::npos)
        return tokens;
    add(name.substr(first, last - first + 1));
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && !isWordByte(static_cast<unsigned char>(name[i])))
            ++i;
        std::size_t j = i;
        while (j < name.size() && isWordByte(static_cast<unsigned char>(name[j])))
            ++j;
        if (j > i)
            add(name.substr(i, j - i));
        i = j;
    }
    std::stable_sort(tokens.begin(), tokens.end(), [](const std::string& a, const std::string& b) {
        return a.size() > b.size();
    });
    return tokens;
}

std::vector<std::pair<std::size_t, std::size_t>> companyNameSpans(std::string_view text,
                                                                  std::string_view companyName) {
    const std::vector<std::string> tokens = companyNameTokens(companyName);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t matched = 0;
        if (i == 0 || !isWordByte(static_cast<unsigned char>(text[i - 1]))) {
            for (const std::string& t : tokens) {
                const std::size_t end = i + t.size();
                if (end <= text.size() && equalIgnoringCase(text.substr(i, t.size()), t) &&
                    (end == text.size() || !isWordByte(static_cast<unsigned char>(text[end])))) {
                    matched = t.size();
                    break;
                }
            }
        }
        if (matched > 0) {
            spans.emplace_back(i, i + matched);
            i += matched;
        } else {
            ++i;
        }
    }
    return spans;
}

std::string hideCompanyName(std::string_view text, std::string_view companyName,
                            std::string_view replacement) {
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (const auto& [begin, end] : companyNameSpans(text, companyName)) {
        out.append(text.substr(copied, begin - copied));
        out.append(replacement);
        copied = end;
    }
    out.append(text.substr(copied));
    return out;
}

} // namespace creditpath
