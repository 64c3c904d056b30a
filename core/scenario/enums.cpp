#include "enums.h"

#include <array>

namespace creditpath {
namespace {

template <typename E> struct Names;
template <> struct Names<Stage> {
    static constexpr std::array<std::string_view, 6> value{
        "pre_seed", "seed", "series_a", "series_b", "series_c_plus", "bootstrapped"};
};
template <> struct Names<AiProfile> {
    static constexpr std::array<std::string_view, 3> value{"none", "ai_feature", "ai_first"};
};
template <> struct Names<Category> {
    static constexpr std::array<std::string_view, kCategoryCount> value{"compute",
                                                                        "database",
                                                                        "storage_cdn",
                                                                        "networking",
                                                                        "observability",
                                                                        "bedrock",
                                                                        "bedrock_supporting",
                                                                        "build_project",
                                                                        "marketplace",
                                                                        "upfront_commitments",
                                                                        "enterprise_support",
                                                                        "other"};
};
template <> struct Names<MigrationSource> {
    static constexpr std::array<std::string_view, 5> value{"none", "gcp", "azure", "on_prem",
                                                           "other"};
};
template <> struct Names<MigrationPhase> {
    static constexpr std::array<std::string_view, 3> value{"assess", "mobilize", "migrate"};
};
template <> struct Names<Objective> {
    static constexpr std::array<std::string_view, 3> value{
        "credits_within_days", "largest_expected_value", "least_founder_time"};
};

template <typename E> std::string_view lookupName(E e) {
    return Names<E>::value.at(static_cast<std::size_t>(e));
}

} // namespace

template <typename E> std::optional<E> parseEnum(std::string_view name) {
    const auto& names = Names<E>::value;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<E>(i);
    return std::nullopt;
}

template <typename E> std::span<const std::string_view> enumNames() {
    return Names<E>::value;
}

std::string_view nameOf(Stage e) {
    return lookupName(e);
}
std::string_view nameOf(AiProfile e) {
    return lookupName(e);
}
std::string_view nameOf(Category e) {
    return lookupName(e);
}
std::string_view nameOf(MigrationSource e) {
    return lookupName(e);
}
std::string_view nameOf(MigrationPhase e) {
    return lookupName(e);
}
std::string_view nameOf(Objective e) {
    return lookupName(e);
}

#define CREDITPATH_INSTANTIATE(E)                                                                  \
    template std::optional<E> parseEnum<E>(std::string_view);                                      \
    template std::span<const std::string_view> enumNames<E>();
CREDITPATH_INSTANTIATE(Stage)
CREDITPATH_INSTANTIATE(AiProfile)
CREDITPATH_INSTANTIATE(Category)
CREDITPATH_INSTANTIATE(MigrationSource)
CREDITPATH_INSTANTIATE(MigrationPhase)
CREDITPATH_INSTANTIATE(Objective)
#undef CREDITPATH_INSTANTIATE

} // namespace creditpath
