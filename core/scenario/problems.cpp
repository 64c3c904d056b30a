#include "problems.h"

namespace creditpath {
namespace {
std::string summary(const std::vector<Problem>& problems) {
    std::string s;
    for (const auto& p : problems)
        s += (s.empty() ? "" : "\n") + p.toString();
    return s;
}
} // namespace

InvalidDocument::InvalidDocument(std::vector<Problem> problems)
    : std::runtime_error(summary(problems)), problems_(std::move(problems)) {}

} // namespace creditpath
