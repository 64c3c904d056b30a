#pragma once
// Hiding the company in free text. People write their own name into use cases and notes
// ("Acme's support bot…"), so a redacted report must scrub it everywhere, not only in the
// company-name field.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace creditpath {

// What identifies the company in text: the whole name and each distinctive word of it (three
// letters or more, not a legal form such as "Inc" or "GmbH"), longest first.
std::vector<std::string> companyNameTokens(std::string_view companyName);

// Where the tokens occur in `text`: [begin, end) byte offsets, in order, not overlapping.
// Whole words only, ASCII case-insensitive; word boundaries are ASCII letters and digits, and
// bytes of other scripts count as letters, so "Acme" inside "Acmeé" is left alone rather than cut
// through a character.
std::vector<std::pair<std::size_t, std::size_t>> companyNameSpans(std::string_view text,
                                                                  std::string_view companyName);

// `text` with every whole-word, case-insensitive occurrence of a token replaced by
// `replacement` (the spans above).
std::string hideCompanyName(std::string_view text, std::string_view companyName,
                            std::string_view replacement);

} // namespace creditpath
