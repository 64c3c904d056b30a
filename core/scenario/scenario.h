#pragma once
// The user's scenario (FORMATS.md, version 1): plain data, no behaviour beyond defaults.
#include "enums.h"
#include "money/money.h"

#include <optional>
#include <string>
#include <vector>

namespace creditpath {

struct Ramp {
    Money to;
    int months = 1;
    friend bool operator==(const Ramp&, const Ramp&) = default;
};

struct SpendLine {
    Category category = Category::Compute;
    Money monthly;
    std::optional<Ramp> ramp;
    Rate growthPercentPerMonth;
    // Issue 11: the realised level lies within ±p % with 90 % confidence (lognormal); 0: certain.
    Rate uncertaintyPercent;
    friend bool operator==(const SpendLine&, const SpendLine&) = default;
};

struct Company {
    std::string name;
    Stage stage = Stage::Seed;
    AiProfile aiProfile = AiProfile::None;
    bool vcInActivatePortfolio = false;
    bool partnerAttestation = false;
    std::optional<Money> annualRecurringRevenue;
    bool profitable = false;
    std::string awsAccountId;
    std::string region;
    int creditsNeededWithinDays = 30;
    friend bool operator==(const Company&, const Company&) = default;
};

struct PortfolioApplication {
    std::string useCase;
    std::vector<std::string> services;
    friend bool operator==(const PortfolioApplication&, const PortfolioApplication&) = default;
};

struct BuildApplication {
    bool enabled = false;
    std::string useCase;
    std::vector<std::string> services;
    Money monthlySpend;
    int windowMonths = 9;
    friend bool operator==(const BuildApplication&, const BuildApplication&) = default;
};

struct BedrockPocPlan {
    bool enabled = false;
    std::string useCase;
    std::string model;
    std::string modelReasoning;
    std::string evalMethodology;
    int evalExamplesPerWeek = 0;
    std::optional<Money> monthlyBudget;
    int windowDays = 60;
    bool customerLoi = false;
    bool commitToScale = false;
    bool pocCompletes = true;
    // Issue 11: the odds that the POC passes its 60-day checkpoint (BD-3) in the Monte Carlo;
    // absent: 100 % when pocCompletes, else 0 %.
    std::optional<Rate> completionProbabilityPercent;
    friend bool operator==(const BedrockPocPlan&, const BedrockPocPlan&) = default;
};

struct Migration {
    MigrationSource from = MigrationSource::None;
    Money totalCost;
    MigrationPhase phaseReached = MigrationPhase::Assess;
    Money postMigrationMonthlySpend;
    friend bool operator==(const Migration&, const Migration&) = default;
};

// A named what-if over the scenario: an RFC 7396 merge patch over the base scenario's JSON
// (FORMATS.md, Additions). Kept as the patch itself, so a file round-trips unchanged and the
// base stays the one source of every field the variant does not change.
struct Variant {
    std::string name;
    std::string patch; // a JSON object, compact, keys in the file's order
    friend bool operator==(const Variant&, const Variant&) = default;
};

struct Scenario {
    std::string name;
    int horizonMonths = 36;
    Objective objective = Objective::CreditsWithinDays;
    Company company;
    std::string currency = "USD";
    std::vector<SpendLine> spendLines;
    // Issue 11: every line's growth rate lies within ±p % of itself with 90 % confidence.
    Rate growthUncertaintyPercent;
    PortfolioApplication portfolio;
    BuildApplication build;
    BedrockPocPlan bedrockPoc;
    Migration migration;
    // The override document this scenario is evaluated with ("rulebook_overrides", laid over
    // the seed edition), as JSON text; empty when it has none.
    std::string rulebookOverrides;
    std::vector<Variant> variants;
    // The JSON text this scenario was read from, if any. Saving lays the known fields
    // over it, so fields this version does not know survive a load/save cycle.
    std::string sourceDocument;

    // Equality ignores sourceDocument: two scenarios are equal when they mean the same.
    bool sameContent(const Scenario& other) const;
};

} // namespace creditpath
