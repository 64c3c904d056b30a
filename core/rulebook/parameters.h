#pragma once
// Every figure of the rulebook, typed and validated once when a rulebook is loaded, so the
// engine reads fields instead of looking strings up in its hot path. Each field names the
// rule it comes from; parameters.cpp is the one place that maps rule IDs to fields.
#include "money/money.h"
#include "scenario/enums.h"
#include "scenario/scenario.h"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace creditpath {

struct AmountBand {
    Money low, high;
};
struct DayRange {
    int min = 0, max = 0;
    friend bool operator==(const DayRange&, const DayRange&) = default;
};
// Its texts are interned (interned_text.h): dated steps copy views, not strings.
struct TimelineStepSpec {
    std::string_view id, text, layer, rule;
    int dayFrom = 0, dayTo = 0, founderMinutes = 0;
};
using CategorySet = std::array<bool, kCategoryCount>;

// BD-1: whether credits count from the billing month they are issued in, or the next one.
enum class CreditsApplyFrom { NextMonth, IssueMonth };
// BD-2: how pools with the same expiry are ordered.
enum class PoolTieBreak { FewestServicesThenOldest, OldestThenFewestServices };
// MA-1: what MAP credits are a share of (the seed: migration cost; AWS's pages in 2026: the
// post-migration spend of resources tagged as migrated).
enum class MapCreditBasis { MigrationCost, TaggedPostMigrationSpend };

// The billing assumptions of the burn-down (BD-1, BD-2); the defaults are the seed's.
struct BillingRules {
    CreditsApplyFrom creditsFrom = CreditsApplyFrom::NextMonth;
    PoolTieBreak tieBreak = PoolTieBreak::FewestServicesThenOldest;
};

struct CombinationSpec {
    std::string first, second; // path ids
    bool allowed = true;
    std::string code; // message code of the reason
};

struct RulebookParameters {
    Money portfolioCeiling;                                // PF-1
    CategorySet generalEligible{};                         // PF-1 less BD-6
    AmountBand portfolioSpendBand;                         // PF-2
    std::map<Stage, Money> plausibleMaxMonthly;            // PF-3
    int plausibilityWindowMonths = 12;                     // PF-3
    std::vector<std::string> awsProductPhrases;            // PF-4
    Money buildCeiling;                                    // BS-1
    AmountBand buildSpendBand;                             // BS-2
    int buildWindowMin = 6, buildWindowMax = 12;           // BS-2
    Rate buildSpendTolerance;                              // BS-2: stated vs projected Build spend
    std::vector<std::string> genericFramingPhrases;        // BS-3
    Rate overlapServiceThreshold, overlapTextThreshold;    // BS-4
    Money pocTypical, pocLarge, pocLargeMinBedrockMonthly; // BP-1
    CategorySet pocEligible{};                             // BP-2
    AmountBand pocBudgetBand;                              // BP-3
    int pocWindowDays = 60;                                // BP-3
    Rate approvalStack, approvalPortfolioBuild, approvalPortfolioOnly;     // ST-2
    int minutesPortfolioOnly = 0, minutesBuildExtra = 0, minutesStack = 0; // ST-3
    std::map<std::string, std::vector<TimelineStepSpec>> timelines;        // TL-1, keyed by path id
    DayRange daysStack;                                                    // TL-2
    DayRange daysPortfolioBuild, daysPortfolioOnly;                        // TL-3
    std::vector<std::string> materials;                                    // TL-4
    BillingRules billing;                                                  // BD-1, BD-2
    int generalExpiryMonth = 24, pocIncompleteExpiryMonth = 12;            // BD-3
    std::vector<SpendLine> referenceMix;                                   // BD-4
    CategorySet neverCovered{};                                            // BD-6
    Money gaLow, gaTypical, gaMedianHigh, gaHigh;                          // GA-1
    Rate gaAcceptance;                                                     // GA-1
    DayRange gaDays;                                                       // GA-1
    int gaFounderMinutes = 0, gaExpiryMonth = 24;                          // GA-1
    bool gaExpiryEstimated = true;                                         // GA-1
    int gaMinDaysNeeded = 21;                                              // GA-2
    std::vector<Stage> gaIneligibleStages;                                 // GA-2
    Rate mapMobilizeShare, mapMigrateShare, mapApproval;                   // MA-1
    DayRange mapDays;                                                      // MA-1
    int mapFounderMinutes = 0, mapExpiryMonth = 24;                        // MA-1
    bool mapExpiryEstimated = true;                                        // MA-1
    MapCreditBasis mapBasis = MapCreditBasis::MigrationCost;               // MA-1
    int mapTaggedSpendMonths = 12;                                         // MA-1
    Money mapMinPostMigrationMonthly, mapMinMigrationCost;                 // MA-2
    Rate sppLow, sppTypical, sppHigh, sppApproval;                         // SP-1
    DayRange sppDays;                                                      // SP-1
    int sppFounderMinutes = 0;                                             // SP-1
    Money sppMinArr, sppMinAnnualSpend;                                    // SP-2
    Money edpMinAnnual, edpEnterpriseAnnual;                               // ED-1
    Rate edpMidLow, edpMidHigh, edpEnterpriseLow, edpEnterpriseHigh, edpApproval; // ED-1
    DayRange edpDays;                                                             // ED-1
    int edpFounderMinutes = 0;                                                    // ED-1
    int defaultHorizonMonths = 36;                                                // PD-3
    std::vector<CombinationSpec> combinations;                                    // PD-5
    // Issue 11: the uncertainty model.
    Rate oddsPortfolio, oddsBuild, oddsBedrockPoc; // UN-1, per application
    Rate sensitivityRange;                         // UN-2, default ± for inputs without one
    int sensitivityStartDelayMonths = 3;           // UN-2
    int staleAfterMonths = 6;                      // PD-6
};

} // namespace creditpath
