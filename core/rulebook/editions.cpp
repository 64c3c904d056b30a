#include "editions.h"

#include "scenario/safe_json.h"

namespace creditpath {

namespace detail {
extern const char* const kAwsPublic2026Json; // generated from data/aws-public-2026.json
}

namespace {

std::string nameOf(const char* overlay) {
    const auto doc = detail::parseJsonDocument(overlay, "the edition");
    return doc.value("edition", std::string());
}

} // namespace

const std::vector<ShippedEdition>& shippedEditions() {
    static const std::vector<ShippedEdition> editions{
        {"seed", Rulebook::builtIn().edition()},
        {"aws-2026", nameOf(detail::kAwsPublic2026Json)},
    };
    return editions;
}

std::optional<std::string> editionOverlay(std::string_view id) {
    if (id == "seed")
        return std::string();
    if (id == "aws-2026")
        return std::string(detail::kAwsPublic2026Json);
    return std::nullopt;
}

std::optional<Rulebook> shippedRulebook(std::string_view id) {
    const auto overlay = editionOverlay(id);
    if (!overlay)
        return std::nullopt;
    Rulebook rb = Rulebook::builtIn();
    if (!overlay->empty())
        rb.applyOverride(*overlay, std::string(id));
    return rb;
}

} // namespace creditpath
