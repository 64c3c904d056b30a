#pragma once
// The messages about a value a person typed or a file stated: each template exists once,
// here. The command line prints them after a field path ("spend.lines[0].monthly: must be a
// non-negative amount, got \"-5\""); the window re-renders the same template in the
// interface language after the form label and row ("Monthly (USD), row 1: ...").
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace creditpath {

// Named arguments, already as text: {"got", "\"-5\""}.
using InputArgs = std::vector<std::pair<std::string, std::string>>;

// The English template of a code ("{got}" marks an argument), or nullptr for an unknown code.
// Its literal is NUL-terminated, so a view may hand it to its translator as it is.
const char* inputMessageTemplate(std::string_view code);
// The template with its arguments filled in; an unknown code or a missing argument is a bug.
std::string renderInputMessage(std::string_view code, const InputArgs& args);
const std::vector<std::pair<std::string_view, std::string_view>>& inputMessageCatalog();

} // namespace creditpath
