#include "json_key_order.h"

#include "safe_json.h"

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

Json ordered(const Json& value, const Json* like) {
    if (value.is_array()) {
        Json out = Json::array();
        const bool guided = like && like->is_array() && !like->empty();
        for (std::size_t i = 0; i < value.size(); ++i) {
            const Json* guide = guided ? &(*like)[std::min(i, like->size() - 1)] : nullptr;
            out.push_back(ordered(value[i], guide));
        }
        return out;
    }
    if (!value.is_object())
        return value;
    Json out = Json::object();
    if (like && like->is_object()) {
        for (const auto& [key, guide] : like->items())
            if (const auto it = value.find(key); it != value.end())
                out[key] = ordered(*it, &guide);
    }
    for (const auto& [key, item] : value.items())
        if (!out.contains(key))
            out[key] = ordered(item, nullptr);
    return out;
}

} // namespace

std::string orderKeysLike(std::string_view edited, std::string_view reference) {
    const Json value = detail::parseJsonDocument(edited, "the edited scenario");
    const Json like = detail::parseJsonDocument(reference, "the scenario");
    return ordered(value, &like).dump();
}

} // namespace creditpath
