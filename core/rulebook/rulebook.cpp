#include "rulebook.h"

#include "parameters_reader.h"
#include "scenario/safe_json.h"

namespace creditpath {

namespace detail {
extern const char* const kBuiltInRulebookJson; // generated from data/*.json at build time
}

namespace {

using detail::Json;

constexpr const char* kRuleTextKeys[] = {"title", "text", "source", "verified"};

Json parseDocument(std::string_view text, const char* kind) {
    Json doc = detail::parseJsonDocument(text, kind);
    if (!doc.is_object())
        throw InvalidDocument(
            std::vector<Problem>{{"", std::string(kind) + " must be a JSON object"}});
    return doc;
}

// Reads fields by type, never by the library's converting value(): a field of the wrong type
// is a problem, not an exception.
std::string textField(const Json& obj, const char* key) {
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void checkHeader(const Json& doc, std::vector<Problem>& problems) {
    if (textField(doc, "format") != "creditpath-rulebook")
        problems.push_back({"format", "must be \"creditpath-rulebook\""});
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<std::int64_t>() != 1)
        problems.push_back(
            {"version", "unsupported rulebook version; this CreditPath reads version 1"});
    if (!doc.contains("rules") || !doc["rules"].is_object())
        problems.push_back({"rules", "must be an object keyed by rule ID"});
    for (const char* key : {"edition", "as_of"})
        if (doc.contains(key) && !doc[key].is_string())
            problems.push_back({key, "must be text"});
}

ParameterNote readNote(const Json& note, const std::string& path, std::vector<Problem>& problems) {
    ParameterNote out;
    if (!note.is_object()) {
        problems.push_back({path, "must be an object with source, checked and status"});
        return out;
    }
    out.source = textField(note, "source");
    out.checked = textField(note, "checked");
    const std::string status = textField(note, "status");
    if (out.source.empty())
        problems.push_back({path + ".source", "is required"});
    if (out.checked.empty())
        problems.push_back({path + ".checked", "is required"});
    if (status != "verified" && status != "estimate")
        problems.push_back({path + ".status", "must be verified or estimate"});
    out.estimate = status == "estimate";
    return out;
}

// Per-parameter provenance ("param_notes"): each names a parameter the rule has.
void readNotes(const Json& rule, RuleInfo& info, std::vector<Problem>& problems) {
    const auto notes = rule.find("param_notes");
    if (notes == rule.end())
        return;
    const std::string path = "rules." + info.id + ".param_notes";
    if (!notes->is_object()) {
        problems.push_back({path, "must be an object keyed by parameter"});
        return;
    }
    const auto params = rule.find("params");
    for (const auto& [key, note] : notes->items()) {
        if (params == rule.end() || !params->is_object() || !params->contains(key))
            problems.push_back({path + "." + key, "is not a parameter of " + info.id});
        else
            info.paramNotes[key] = readNote(note, path + "." + key, problems);
    }
}

} // namespace

const Rulebook& Rulebook::builtIn() {
    static const Rulebook shipped = fromJson(detail::kBuiltInRulebookJson);
    return shipped;
}

Rulebook Rulebook::fromJson(std::string_view jsonText) {
    Rulebook rb;
    rb.load(std::string(jsonText));
    return rb;
}

void Rulebook::load(std::string document) {
    try {
        loadChecked(std::move(document));
    } catch (const nlohmann::json::exception& e) {
        // Every field is type-checked before it is read; this keeps it total if one is missed.
        throw InvalidDocument({{"", std::string("the rulebook cannot be read: ") + e.what()}});
    }
}

void Rulebook::loadChecked(std::string document) {
    const Json doc = parseDocument(document, "the rulebook");
    std::vector<Problem> problems;
    checkHeader(doc, problems);
    if (!problems.empty())
        throw InvalidDocument(problems);

    std::vector<RuleInfo> rules;
    for (const auto& [id, rule] : doc["rules"].items()) {
        if (!rule.is_object()) {
            problems.push_back({"rules." + id, "must be an object"});
            continue;
        }
        for (const char* key : kRuleTextKeys)
            if (rule.contains(key) && !rule[key].is_string())
                problems.push_back({"rules." + id + "." + key, "must be text"});
        RuleInfo info{id,
                      textField(rule, "title"),
                      textField(rule, "text"),
                      textField(rule, "source"),
                      textField(rule, "verified"),
                      {}};
        if (info.text.empty())
            problems.push_back({"rules." + id + ".text", "is required"});
        if (info.source.empty())
            problems.push_back({"rules." + id + ".source", "is required"});
        if (info.verified.empty())
            problems.push_back({"rules." + id + ".verified", "is required"});
        readNotes(rule, info, problems);
        rules.push_back(std::move(info));
    }
    auto specs = std::make_shared<std::vector<ParameterSpec>>();
    auto params = std::make_shared<RulebookParameters>(
        detail::readParameters(doc["rules"], problems, specs.get()));
    if (!problems.empty())
        throw InvalidDocument(std::move(problems));

    document_ = std::move(document);
    edition_ = doc.contains("edition") ? textField(doc, "edition") : "unnamed";
    asOf_ = textField(doc, "as_of");
    rules_ = std::move(rules);
    params_ = std::move(params);
    specs_ = std::move(specs);
}

const RuleInfo* Rulebook::rule(std::string_view id) const {
    for (const auto& r : rules_)
        if (r.id == id)
            return &r;
    return nullptr;
}

void Rulebook::applyOverride(std::string_view jsonText, std::string origin) {
    try {
        applyOverrideChecked(jsonText, std::move(origin));
    } catch (const nlohmann::json::exception& e) {
        throw InvalidDocument({{"", std::string("the override cannot be read: ") + e.what()}});
    }
}

void Rulebook::applyOverrideChecked(std::string_view jsonText, std::string origin) {
    const Json patch = parseDocument(jsonText, "the override");
    std::vector<Problem> problems;
    checkHeader(patch, problems);
    if (!problems.empty())
        throw InvalidDocument(problems);

    Json merged = parseDocument(document_, "the rulebook");
    RulebookOverride record{std::move(origin), textField(patch, "edition"), {}};
    for (const auto& [id, rule] : patch["rules"].items()) {
        const std::string path = "rules." + id;
        if (!merged["rules"].contains(id)) {
            problems.push_back({path, "is not a rule of edition " + edition_});
            continue;
        }
        if (!rule.is_object() || (rule.contains("params") && !rule["params"].is_object())) {
            problems.push_back({path, "must be an object with text fields and params"});
            continue;
        }
        Json& target = merged["rules"][id];
        for (const char* key : kRuleTextKeys)
            if (rule.contains(key) && rule[key] != target[key]) {
                target[key] = rule[key];
                record.changed.push_back(id + "." + key);
            }
        if (rule.contains("param_notes")) {
            if (!rule["param_notes"].is_object()) {
                problems.push_back({path + ".param_notes", "must be an object keyed by parameter"});
                continue;
            }
            for (const auto& [name, note] : rule["param_notes"].items())
                target["param_notes"][name] = note; // checked when the merged rulebook loads
        }
        if (!rule.contains("params"))
            continue;
        for (const auto& [name, value] : rule["params"].items()) {
            if (!target["params"].contains(name)) {
                problems.push_back({path + ".params." + name, "is not a parameter of " + id});
                continue;
            }
            if (target["params"][name] != value) {
                target["params"][name] = value;
                record.changed.push_back(id + "." + name);
            }
        }
    }
    if (!problems.empty())
        throw InvalidDocument(std::move(problems));

    Rulebook next = *this;
    next.load(merged.dump(2)); // validates the merged figures; throws before we change
    next.overrides_.push_back(std::move(record));
    *this = std::move(next);
}

} // namespace creditpath
