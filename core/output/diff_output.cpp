#include "diff_output.h"

#include "evaluation/messages.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

std::string pad(std::string s, std::size_t width) {
    return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

std::string readable(const DiffValue& v) {
    switch (v.kind) {
    case DiffValue::Kind::Money:
        return formatUsd(v.money);
    case DiffValue::Kind::Percent:
        return v.rate.toPercentString() + "%";
    case DiffValue::Kind::Days:
        return std::to_string(v.days.min) + "-" + std::to_string(v.days.max) + " days";
    default:
        return canonicalText(v);
    }
}

Json valueJson(const DiffValue& v) {
    switch (v.kind) {
    case DiffValue::Kind::Integer:
        return v.integer;
    case DiffValue::Kind::Days:
        return {{"min", v.days.min}, {"max", v.days.max}};
    case DiffValue::Kind::Path:
        return v.path ? Json(std::string(nameOf(*v.path))) : Json();
    default:
        return canonicalText(v);
    }
}

std::string joined(const std::vector<std::string>& rules) {
    std::string out;
    for (const auto& r : rules)
        out += (out.empty() ? "" : ", ") + r;
    return out;
}

} // namespace

std::string rulebookLabel(const Evaluation& ev) {
    std::string out = ev.rulebookEdition;
    for (const auto& o : ev.rulebookOverrides)
        out += " + " + o.origin + (o.edition.empty() ? "" : " (" + o.edition + ")");
    return out;
}

std::string diffText(const Evaluation& before, const Evaluation& after,
                     const std::vector<FigureChange>& changes) {
    std::ostringstream out;
    out << "What changed: " << rulebookLabel(after) << "\n";
    out << "against:      " << rulebookLabel(before) << "\n\n";
    if (changes.empty()) {
        out << "No verdict or figure differs.\n";
        return out.str();
    }
    out << pad("path", 19) << pad("figure", 23) << pad("before", 16) << pad("after", 16)
        << "rules\n";
    for (const auto& c : changes)
        out << pad(c.path, 19) << pad(c.figure, 23) << pad(readable(c.before), 16)
            << pad(readable(c.after), 16) << joined(c.rules) << "\n";
    return out.str();
}

std::string diffJson(const Evaluation& before, const Evaluation& after,
                     const std::vector<FigureChange>& changes) {
    Json j;
    j["format"] = "creditpath-rulebook-diff";
    j["version"] = 1;
    j["before"] = rulebookLabel(before);
    j["after"] = rulebookLabel(after);
    Json list = Json::array();
    for (const auto& c : changes)
        list.push_back({{"path", c.path},
                        {"figure", c.figure},
                        {"before", valueJson(c.before)},
                        {"after", valueJson(c.after)},
                        {"rules", c.rules}});
    j["changes"] = list;
    return j.dump(2) + "\n";
}

} // namespace creditpath
