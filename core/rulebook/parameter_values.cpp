#include "parameter_values.h"

#include "scenario/safe_json.h"

#include <charconv>

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

std::optional<long long> wholeNumber(std::string_view text) {
    long long v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return v;
}

} // namespace

std::vector<ParameterValue> parameterValues(const Rulebook& rulebook) {
    const Json doc = detail::parseJsonDocument(rulebook.documentText(), "the rulebook");
    std::vector<ParameterValue> out;
    for (const ParameterSpec& spec : rulebook.parameterSpecs()) {
        ParameterValue v{spec, {}, {}, {}, nullptr};
        const Json& value = doc["rules"][spec.rule]["params"][spec.key];
        v.json = value.dump();
        if (value.is_string())
            v.text = value.get<std::string>();
        else if (value.is_boolean())
            v.text = value.get<bool>() ? "true" : "false";
        else if (value.is_number_integer())
            v.text = std::to_string(value.get<long long>());
        if (spec.kind == ParameterKind::DayRange && value.is_array() && value.size() == 2)
            v.days = {value[0].get<int>(), value[1].get<int>()};
        if (const RuleInfo* rule = rulebook.rule(spec.rule))
            if (auto it = rule->paramNotes.find(spec.key); it != rule->paramNotes.end())
                v.note = &it->second;
        out.push_back(std::move(v));
    }
    return out;
}

std::string parameterJson(const ParameterSpec& spec, const std::string& text) {
    switch (spec.kind) {
    case ParameterKind::Money:
    case ParameterKind::Percent:
    case ParameterKind::Choice:
        return Json(text).dump();
    case ParameterKind::Integer:
        if (auto n = wholeNumber(text))
            return std::to_string(*n);
        return {};
    case ParameterKind::Flag:
        return text == "true" || text == "false" ? text : std::string();
    case ParameterKind::DayRange: {
        const auto dash = text.find('-', 1);
        if (dash == std::string::npos)
            return {};
        const auto from = wholeNumber(text.substr(0, dash));
        const auto to = wholeNumber(text.substr(dash + 1));
        if (!from || !to)
            return {};
        return "[" + std::to_string(*from) + ", " + std::to_string(*to) + "]";
    }
    default:
        return {};
    }
}

} // namespace creditpath
