#pragma once
// The rulebook: every figure the engine uses, with rule ID, text, source and verified date.
// The shipped edition is compiled into the program; partners may lay override files (same
// shape, any subset of rules and parameters) over it, and the evaluation names them.
#include "parameter_spec.h"
#include "parameters.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace creditpath {

// Where one parameter's figure comes from, when an edition says so per parameter.
struct ParameterNote {
    std::string source, checked;
    bool estimate = false; // an adviser's estimate rather than a figure AWS states
};

struct RuleInfo {
    std::string id, title, text, source, verified;
    std::map<std::string, ParameterNote> paramNotes; // by parameter key
};

struct RulebookOverride {
    std::string origin;               // file name, or "inline"
    std::string edition;              // the override's own "edition", if it gives one
    std::vector<std::string> changed; // "PF-1.ceiling", "BS-4.text", ... that differ
};

class Rulebook {
public:
    // The edition shipped with this program (core/rulebook/data/*.json, compiled in).
    static const Rulebook& builtIn();
    // Throws InvalidDocument with field paths ("rules.PF-1.params.ceiling: ...").
    static Rulebook fromJson(std::string_view jsonText);

    // Lays a partial rulebook over this one. Throws InvalidDocument and leaves this rulebook
    // unchanged when the override is malformed or names an unknown rule or parameter.
    void applyOverride(std::string_view jsonText, std::string origin);

    const std::string& edition() const { return edition_; }
    const std::string& asOf() const { return asOf_; }
    const std::vector<RuleInfo>& rules() const { return rules_; }
    const RuleInfo* rule(std::string_view id) const;
    const RulebookParameters& params() const { return *params_; }
    // What each parameter is (kind, unit, choices), in the order the reader reads them.
    const std::vector<ParameterSpec>& parameterSpecs() const { return *specs_; }
    const std::vector<RulebookOverride>& overrides() const { return overrides_; }
    // The merged document, as JSON text (what --rulebook-dump prints).
    const std::string& documentText() const { return document_; }

private:
    void load(std::string document);
    void loadChecked(std::string document);
    void applyOverrideChecked(std::string_view jsonText, std::string origin);
    std::string document_;
    std::string edition_, asOf_;
    std::vector<RuleInfo> rules_;
    std::shared_ptr<const RulebookParameters> params_;
    std::shared_ptr<const std::vector<ParameterSpec>> specs_;
    std::vector<RulebookOverride> overrides_;
};

} // namespace creditpath
