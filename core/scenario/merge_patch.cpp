#include "merge_patch.h"

#include "safe_json.h"

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

Json patchBetween(const Json& from, const Json& to) {
    // Only objects merge member by member; anything else (arrays too) is replaced.
    if (!from.is_object() || !to.is_object())
        return to;
    Json patch = Json::object();
    for (const auto& [key, value] : from.items())
        if (!to.contains(key))
            patch[key] = nullptr;
    for (const auto& [key, value] : to.items()) {
        const auto old = from.find(key);
        if (old == from.end())
            patch[key] = value;
        else if (*old != value)
            patch[key] = patchBetween(*old, value);
    }
    return patch;
}

} // namespace

std::string createMergePatch(std::string_view from, std::string_view to) {
    const Json a = detail::parseJsonDocument(from, "the base");
    const Json b = detail::parseJsonDocument(to, "the variant");
    return patchBetween(a, b).dump();
}

std::string applyMergePatch(std::string_view target, std::string_view patch) {
    Json doc = detail::parseJsonDocument(target, "the base");
    doc.merge_patch(detail::parseJsonDocument(patch, "the patch"));
    return doc.dump();
}

} // namespace creditpath
