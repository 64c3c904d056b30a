#include "rulebook.h"

#include "parameters_reader.h"

namespace creditpath {

namespace detail {
extern const char* const kBuiltInRulebookJson; // generated from data/*.json at build time
}

namespace {

using detail::Json;

constexpr const char* kRuleTextKeys[] = {"title", "text", "source", "verified"};

Json parseDocument(std::string_view text, const char* kind) {
    try {
        Json doc = Json::parse(text.begin(), text.end());
        if (!doc.is_object())
            throw InvalidDocument(
                std::vector<Problem>{{"", std::string(kind) + " must be a JSON object"}});
        return doc;
    } catch (const nlohmann::json::parse_error& e) {
        throw InvalidDocument(
            std::vector<Problem>{{"", std::string(kind) + " is not valid JSON: " + e.what()}});
    }
}

void checkHeader(const Json& doc, std::vector<Problem>& problems) {
    if (doc.value("format", "") != "creditpath-rulebook")
        problems.push_back({"format", "must be \"creditpath-rulebook\""});
    if (doc.value("version", 0) != 1)
        problems.push_back(
            {"version", "unsupported rulebook version; this CreditPath reads version 1"});
    if (!doc.contains("rules") || !doc["rules"].is_object())
        problems.push_back({"rules", "must be an object keyed by rule ID"});
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
    const Json doc = parseDocument(document, "the rulebook");
    std::vector<Problem> problems;
    checkHeader(doc, problems);
    if (!problems.empty())
        throw InvalidDocument(problems);

    std::vector<RuleInfo> rules;
    for (const auto& [id, rule] : doc["rules"].items()) {
        RuleInfo info{id, rule.value("title", ""), rule.value("text", ""), rule.value("source", ""),
                      rule.value("verified", "")};
        if (info.text.empty())
            problems.push_back({"rules." + id + ".text", "is required"});
        if (info.source.empty())
            problems.push_back({"rules." + id + ".source", "is required"});
        if (info.verified.empty())
            problems.push_back({"rules." + id + ".verified", "is required"});
        rules.push_back(std::move(info));
    }
    auto params =
        std::make_shared<RulebookParameters>(detail::readParameters(doc["rules"], problems));
    if (!problems.empty())
        throw InvalidDocument(std::move(problems));

    document_ = std::move(document);
    edition_ = doc.value("edition", "unnamed");
    asOf_ = doc.value("as_of", "");
    rules_ = std::move(rules);
    params_ = std::move(params);
}

const RuleInfo* Rulebook::rule(std::string_view id) const {
    for (const auto& r : rules_)
        if (r.id == id)
            return &r;
    return nullptr;
}

void Rulebook::applyOverride(std::string_view jsonText, std::string origin) {
    const Json patch = parseDocument(jsonText, "the override");
    std::vector<Problem> problems;
    checkHeader(patch, problems);
    if (!problems.empty())
        throw InvalidDocument(problems);

    Json merged = Json::parse(document_);
    RulebookOverride record{std::move(origin), patch.value("edition", ""), {}};
    for (const auto& [id, rule] : patch["rules"].items()) {
        const std::string path = "rules." + id;
        if (!merged["rules"].contains(id)) {
            problems.push_back({path, "is not a rule of edition " + edition_});
            continue;
        }
        Json& target = merged["rules"][id];
        for (const char* key : kRuleTextKeys)
            if (rule.contains(key) && rule[key] != target[key]) {
                target[key] = rule[key];
                record.changed.push_back(id + "." + key);
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
