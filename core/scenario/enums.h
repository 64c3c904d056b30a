#pragma once
// The closed vocabularies of the scenario format (FORMATS.md), with their file names.
#include <optional>
#include <span>
#include <string_view>

namespace creditpath {

enum class Stage { PreSeed, Seed, SeriesA, SeriesB, SeriesCPlus, Bootstrapped };
enum class AiProfile { None, AiFeature, AiFirst };
enum class Category {
    Compute,
    Database,
    StorageCdn,
    Networking,
    Observability,
    Bedrock,
    BedrockSupporting,
    BuildProject,
    Marketplace,
    UpfrontCommitments,
    EnterpriseSupport,
    Other,
};
inline constexpr int kCategoryCount = 12;
enum class MigrationSource { None, Gcp, Azure, OnPrem, Other };
enum class MigrationPhase { Assess, Mobilize, Migrate };
enum class Objective { CreditsWithinDays, LargestExpectedValue, LeastFounderTime };

std::string_view nameOf(Stage);
std::string_view nameOf(AiProfile);
std::string_view nameOf(Category);
std::string_view nameOf(MigrationSource);
std::string_view nameOf(MigrationPhase);
std::string_view nameOf(Objective);

// Parsing returns nullopt for a name outside the vocabulary.
template <typename E> std::optional<E> parseEnum(std::string_view name);
// Every file name of an enum, in declaration order (for messages and editors).
template <typename E> std::span<const std::string_view> enumNames();

} // namespace creditpath
