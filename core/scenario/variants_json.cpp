#include "variants_json.h"

#include <set>

namespace creditpath::detail {

void readVariants(JsonReader& r, const Json& doc, std::vector<Variant>& out) {
    const auto list = doc.find("variants");
    if (list == doc.end() || list->is_null())
        return;
    if (!list->is_array()) {
        r.fail("variants", "must be a list, got " + list->dump());
        return;
    }
    if (list->size() > kMaxVariants) {
        r.fail("variants", "at most " + std::to_string(kMaxVariants) + " variants, got " +
                               std::to_string(list->size()));
        return;
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "variants[" + std::to_string(i) + "]";
        const Json& item = (*list)[i];
        if (!item.is_object()) {
            r.fail(path, "must be an object, got " + item.dump());
            continue;
        }
        Variant v;
        if (auto name = r.text(item, "name", path))
            v.name = *name;
        if (v.name.find_first_not_of(" \t\r\n") == std::string::npos)
            r.failWith(path + ".name", "variant_name_empty", {});
        else if (!names.insert(v.name).second)
            r.failWith(path + ".name", "variant_name_taken", {{"name", "\"" + v.name + "\""}});
        const auto patch = item.find("patch");
        if (patch == item.end() || patch->is_null())
            r.fail(path + ".patch", "is required");
        else if (!patch->is_object())
            r.fail(path + ".patch", "must be an object (a JSON merge patch over the scenario), "
                                    "got " +
                                        patch->dump());
        else if (patch->contains("variants"))
            r.failWith(path + ".patch.variants", "variant_patch_nested", {});
        else
            v.patch = patch->dump();
        out.push_back(std::move(v));
    }
}

void writeVariants(Json& doc, const std::vector<Variant>& variants) {
    if (variants.empty()) {
        const auto old = doc.find("variants");
        if (old != doc.end() && !(old->is_array() && old->empty()))
            doc.erase("variants");
        return;
    }
    const Json old =
        doc.contains("variants") && doc["variants"].is_array() ? doc["variants"] : Json::array();
    Json list = Json::array();
    for (std::size_t i = 0; i < variants.size(); ++i) {
        Json item = i < old.size() && old[i].is_object() ? old[i] : Json::object();
        item["name"] = variants[i].name;
        item["patch"] = Json::parse(variants[i].patch.empty() ? "{}" : variants[i].patch);
        list.push_back(std::move(item));
    }
    doc["variants"] = std::move(list);
}

} // namespace creditpath::detail
