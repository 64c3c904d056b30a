#include "override_document.h"

#include "scenario/safe_json.h"

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

Json documentOrEmpty(std::string_view text, const char* what) {
    if (text.empty())
        return Json{{"format", "creditpath-rulebook"}, {"version", 1}, {"rules", Json::object()}};
    Json doc = detail::parseJsonDocument(text, what);
    if (!doc.is_object() || !doc.contains("rules") || !doc["rules"].is_object())
        throw InvalidDocument(
            std::vector<Problem>{{"rules", "must be an object keyed by rule ID"}});
    return doc;
}

std::vector<Problem> prefixed(std::vector<Problem> problems, const std::string& prefix) {
    for (auto& p : problems)
        p.path = p.path.empty() ? prefix.substr(0, prefix.size() - 1) : prefix + p.path;
    return problems;
}

} // namespace

std::string withOverrideParameter(std::string_view overrides, const std::string& rule,
                                  const std::string& key, std::string_view valueJson) {
    Json doc = documentOrEmpty(overrides, "the override");
    const Json value = detail::parseJsonDocument(valueJson, "the value");
    Json& target = doc["rules"][rule];
    if (!target.is_object())
        target = Json::object();
    target["params"][key] = value;
    return doc.dump(2) + "\n";
}

std::string composeOverrides(std::string_view under, std::string_view over) {
    if (over.empty())
        return std::string(under);
    Json doc = documentOrEmpty(under, "the override");
    const Json top = documentOrEmpty(over, "the override");
    for (const auto& [key, value] : top.items())
        if (key != "rules" && key != "format" && key != "version")
            doc[key] = value;
    for (const auto& [id, rule] : top["rules"].items()) {
        if (!rule.is_object())
            continue;
        Json& target = doc["rules"][id];
        if (!target.is_object())
            target = Json::object();
        for (const auto& [field, value] : rule.items()) {
            if ((field == "params" || field == "param_notes") && value.is_object())
                for (const auto& [name, v] : value.items())
                    target[field][name] = v;
            else
                target[field] = value;
        }
    }
    return doc.dump(2) + "\n";
}

std::string overrideEditionName(std::string_view overrides) {
    if (overrides.empty())
        return {};
    try {
        const Json doc = detail::parseJsonDocument(overrides, "the override");
        const auto it = doc.find("edition");
        return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
    } catch (const InvalidDocument&) {
        return {};
    }
}

std::vector<Problem> overrideProblems(std::string_view overrides, const std::string& prefix) {
    try {
        Rulebook rb = Rulebook::builtIn();
        rb.applyOverride(overrides, "check");
    } catch (const InvalidDocument& e) {
        return prefixed(e.problems(), prefix);
    }
    return {};
}

Rulebook withScenarioOverrides(const Rulebook& base, const Scenario& scenario) {
    Rulebook rb = base;
    if (scenario.rulebookOverrides.empty())
        return rb;
    try {
        rb.applyOverride(scenario.rulebookOverrides, "scenario");
    } catch (const InvalidDocument& e) {
        throw InvalidDocument(prefixed(e.problems(), "rulebook_overrides."));
    }
    return rb;
}

} // namespace creditpath
