#pragma once
// Validation problems: each names the field path it is about, so a message can be shown at
// the field ("spend.lines[2].monthly: must be a non-negative amount, got \"-5\"").
#include "input/input_messages.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace creditpath {

struct Problem {
    Problem() = default;
    Problem(std::string path, std::string message)
        : path(std::move(path)), message(std::move(message)) {}
    // A problem with a catalogue message (input_messages.h): views re-render it in their
    // language with the value as it was typed in place of "got".
    Problem(std::string path, std::string code, InputArgs args)
        : path(std::move(path)), message(renderInputMessage(code, args)), code(std::move(code)),
          args(std::move(args)) {}
    std::string path;
    std::string message; // English
    std::string code;    // empty for problems without a catalogue message
    InputArgs args;
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
