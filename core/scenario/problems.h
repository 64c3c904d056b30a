#pragma once
// Validation problems: each names the field path it is about, so a message can be shown at
// the field ("spend.lines[2].monthly: must be a non-negative amount, got \"-5\"").
#include <stdexcept>
#include <string>
#include <vector>

namespace creditpath {

struct Problem {
    std::string path;
    std::string message;
    std::string toString() const { return path.empty() ? message : path + ": " + message; }
    friend bool operator==(const Problem&, const Problem&) = default;
};

// Thrown when a document cannot be used; carries every problem found, not just the first.
class InvalidDocument : public std::runtime_error {
public:
    explicit InvalidDocument(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

} // namespace creditpath
