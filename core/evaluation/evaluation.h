#pragma once
// The result of evaluating a scenario: what every path is worth, whether it fits and why,
// how the credits burn down, and when the money lands. Plain data for views and writers.
#include "money/money.h"
#include "rulebook/rulebook.h"
#include "scenario/enums.h"

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace creditpath {

enum class PathId { Stack, PortfolioBuild, PortfolioOnly, GenaiAccelerator, Map, Spp, Edp };
inline constexpr PathId kAllPaths[] = {PathId::Stack,
                                       PathId::PortfolioBuild,
                                       PathId::PortfolioOnly,
                                       PathId::GenaiAccelerator,
                                       PathId::Map,
                                       PathId::Spp,
                                       PathId::Edp};
enum class Verdict { Fit, PoorFit, NotEligible };
enum class Severity { Info, Warning, Blocker };

std::string_view nameOf(PathId);
std::string_view nameOf(Verdict);
std::string_view nameOf(Severity);
std::optional<PathId> parsePathId(std::string_view);
bool isCreditPath(PathId);

// A value inside a reason, typed so a view can format it for its locale. Amounts, counts and
// percentages stay numbers (an evaluation makes dozens; most are never shown); the canonical
// text is made when a writer asks (value()).
struct MessageArg {
    // Terms: a signed sum of rule-labelled amounts, canonical "PF-1=100000.00;-BD-3=6000.00",
    // rendered "PF-1 $100,000 + … − BD-3 $6,000" in the reader's money style.
    // Forfeits: pool balances lost at expiry, canonical "build=6000.00@24;...", rendered
    // "build $6,000 at month 24" with the pool named in the reader's language.
    // Fraction: kept as its canonical two-digit text ("0.40"), the precision it is shown at.
    enum class Kind { Text, Money, Integer, Percent, Fraction, Terms, Forfeits };
    // Money for Money, long long for Integer, Rate for Percent; text for the other kinds.
    using Value = std::variant<std::string, Money, long long, Rate>;
    std::string_view name; // the template's placeholder, a literal: "amount", "months"
    Value typed;
    Kind kind = Kind::Text;
    std::string value() const; // canonical: "5000.00", "12", "2.5", "0.40" (messages.cpp)
    friend bool operator==(const MessageArg&, const MessageArg&) = default;
};

// Fit reasons (eligibility, fit, timing) set the verdict; value reasons (forfeiture BD-3,
// pools not applied for) change what a path is worth and are reported, never judged.
enum class ReasonKind { Fit, Value };
std::string_view nameOf(ReasonKind);

// Why a verdict is what it is: the rule behind it, how much it matters, a stable message
// code (for translation at the edge) with its arguments. The English sentence is rendered on
// demand, like a derivation's: views render code + args in their own language.
struct Reason {
    std::string rule;
    std::string_view code; // the message catalogue's (messages.h: makeReason)
    std::vector<MessageArg> args;
    Severity severity = Severity::Info;
    ReasonKind kind = ReasonKind::Fit;
    std::string text() const; // messages.cpp
};

// A reason that belongs to some paths: a banner alert, or what keeps a path from being
// recommended. The paths are named so no figure stands without the path it belongs to.
struct PathNote {
    Reason reason;
    std::vector<PathId> paths;
};

// "Why this number": the arithmetic behind one figure of a path, with the rules it uses.
// Figures: value, usable_value, expected_value, days_to_money, founder_minutes, and for
// paths with a burn-down covered_through_month, total_out_of_pocket, total_forfeited.
// The English sentence is rendered on demand (text()): views render code + args in their
// own language, so the engine does not pay for sentences nobody reads.
// The rules a derivation cites: rarely more than four, so kept inline.
using RuleList = boost::container::small_vector<std::string, 4>;

struct Derivation {
    std::string_view figure; // static (messages.h: makeDerivation)
    RuleList rules;
    std::string_view code; // the message catalogue's
    std::vector<MessageArg> args;
    std::string text() const; // "sentence (RULE, RULE)", messages.cpp
};

struct ValueRange {
    Money low, typical, high;
};

// The texts are the rulebook's, interned for the life of the program (interned_text.h).
struct TimelineStep {
    std::string_view id, text, layer, rule;
    int dayFrom = 0, dayTo = 0, founderMinutes = 0;
    std::chrono::sys_days dateFrom, dateTo;
};

// Issue 11: a credit path's figures over seeded Monte Carlo draws of approvals, POC completion
// and spend (monte_carlo.h). Percentiles are nearest-rank; counts stay counts so writers
// format the fractions with fractionText().
struct Distribution {
    int draws = 0;
    std::uint64_t seed = 0;
    ValueRange outOfPocket; // low = P10, typical = P50, high = P90
    ValueRange usable;
    int coveredP10 = 0, coveredP50 = 0, coveredP90 = 0;
    int approvedDraws = 0;         // draws in which every application of the path was approved
    std::vector<int> coveredDraws; // [N-1]: draws covered through month N, N = 1..horizon
};

// Issue 11: one bar of the tornado: an input moved to the low and high ends of its range.
struct SensitivityBar {
    std::string input;                   // "spend.lines[2]", "growth", "approval.build", ...
    std::string lowSetting, highSetting; // canonical: "-20", "+20" (percent), "0", "100", "+3"
    Money low, high;                     // the measure at either end
    Money swing() const { return high > low ? high - low : low - high; }
};

struct Sensitivity {
    PathId path = PathId::Stack;
    std::string measure; // "expected_out_of_pocket" or "expected_usable"
    Money base;
    std::vector<SensitivityBar> bars; // largest swing first
};

// A pool's texts are static (the engine's literals) or interned (internedText): an evaluation
// builds and copies dozens of pools, so they carry views, not strings.
struct Pool {
    std::string_view id; // "portfolio", "build", "bedrock_poc", "genai_accelerator", "map"
    Money award;
    int expiresMonth = 24;
    CategorySet eligible{};
    int landingOrder = 0;  // older pools first on ties (BD-2)
    std::string_view rule; // the rule that sets the award: "PF-1", "BS-1", "BP-1", "GA-1", "MA-1"
    std::string_view expiryRule = "BD-3";
    bool expiryEstimated = false; // the expiry is a product estimate, not a stated rule
    int eligibleCount() const;
};

// The pools a credit path applies for at each award level (FORMATS.md: usable value). Pools
// the scenario does not apply for are not in any level: they are opportunities, not value.
struct PoolLevels {
    std::vector<Pool> low, typical, high;
    // What approval is expected to pay: the typical pools less those a reviewer zeroes (BS-4).
    std::vector<Pool> expected;
    std::string expectedNote; // rule that removed pools from `expected`, or empty
};

// What a path's derivations are made from besides its figures, reasons and burn-down. The
// engine keeps it as data and renders "why this number" when a reader asks (derivationsOf):
// most evaluations (every keystroke, every draw of the tornado) are never explained.
struct DerivationBasis {
    PoolLevels levels;    // credit paths
    Money expectedUsable; // credit paths: what the bill absorbs of levels.expected
    // Credit paths whose typical level forfeits: every balance lost by the run past each
    // expiry (the "pools" Forfeits argument), and the rules setting those expiries.
    MessageArg forfeitsToExpiry;
    RuleList expiryRules;
    // Discount paths: what their saving is worked out from (PD-1): the spend it applies to
    // and the rates, over `months`; or the first year's spend below the rule's minimum.
    struct Discount {
        std::string rule; // "SP-1", "ED-1"
        Money base;
        Rate low, typical, high;
        int months = 0;
        bool belowMinimum = false;
        Money annual, minimum;
    };
    std::optional<Discount> discount;
    int minutesPortfolio = 0, minutesBuild = 0, minutesPoc = 0; // ST-3's terms
    bool needsSpend = false; // the evaluation's: nothing projected, nothing derived from spend
};

struct PathResult {
    PathId id = PathId::Stack;
    Verdict verdict = Verdict::Fit;
    ValueRange value;       // face value: the awards applied for, or the saving of a discount
    ValueRange usableValue; // what the projected bill absorbs before each pool expires
    ValueRange forfeited;   // value - usableValue, per level
    Money expectedValue;    // approval odds x usable value (PD-2)
    Rate approvalOdds;
    DayRange daysToMoney;
    int founderMinutes = 0;
    std::vector<Reason> reasons;
    std::vector<TimelineStep> timeline;
    DerivationBasis derivationBasis;          // derivationsOf() renders it
    std::optional<Distribution> distribution; // only when draws were asked for

    // The reason that set the verdict: the first fit reason of the worst severity above info;
    // nullptr when the path fits.
    const Reason* verdictReason() const;
};

// `pool` is the pool's id interned for the life of the program (internedPoolId), so month
// rows carry no strings of their own.
struct PoolAmount {
    std::string_view pool;
    Money amount;
};
std::string_view internedPoolId(std::string_view id);

// One amount per pool of a path: a path has at most three pools, so a month row keeps them
// inline instead of allocating three lists per month.
using PoolAmounts = boost::container::small_vector<PoolAmount, 3>;
// The amount `pool` has in the list; zero when it is not listed (nothing paid or lost).
Money amountOf(const PoolAmounts& amounts, std::string_view pool);
// The sum of the list's amounts.
Money totalOf(const PoolAmounts& amounts);

struct BurnDownMonth {
    // User-provided, so a new row is built member by member instead of zero-filled first (a
    // row is 600 bytes, mostly its lists' inline room, and a burn-down makes one a month).
    BurnDownMonth() {}
    int month = 1;
    Money charges;
    PoolAmounts applied; // in the order the pools were applied
    Money outOfPocket;
    PoolAmounts forfeited; // balances lost at the end of this month (BD-3)
    PoolAmounts balances;  // what each pool holds after this month
    Money appliedTotal() const;
};

// A burn-down's month rows, read-only. The engine makes them when a reader first asks: an
// evaluation runs five burn-downs, a view draws one, and a row is 600 bytes. Copies share the
// rows, and reading them is safe from any thread (they are made once, under std::call_once).
class MonthRows {
public:
    struct Source; // what the rows are made from (burn_down_rows.h)
    using const_iterator = const BurnDownMonth*;

    MonthRows() = default;
    MonthRows(std::shared_ptr<const Source> source, std::size_t count);

    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    const_iterator begin() const;
    const_iterator end() const { return begin() + count_; }
    const BurnDownMonth& operator[](std::size_t i) const { return begin()[i]; }
    const BurnDownMonth& front() const { return *begin(); }
    const BurnDownMonth& back() const { return begin()[count_ - 1]; }

    // The first `count` rows (at most size()), sharing these.
    MonthRows first(std::size_t count) const { return {source_, std::min(count, count_)}; }
    const Source* source() const { return source_.get(); }

private:
    std::shared_ptr<const Source> source_;
    std::size_t count_ = 0;
};

// BD-3: a balance lost at the end of its pool's expiry month.
struct Forfeiture {
    int month = 0;
    std::string_view pool; // internedPoolId
    Money amount;
};
using Forfeitures = boost::container::small_vector<Forfeiture, 3>;

struct BurnDown {
    PathId path = PathId::Stack;
    std::vector<Pool> pools; // in application order (BD-2)
    MonthRows months;
    // The same forfeitures the rows list, in their order: reasons name them without rows.
    Forfeitures forfeitures;
    int coveredThroughMonth = 0;
    Money totalOutOfPocket;
    Money totalForfeited;
    Money totalCharges;
    PoolAmounts leftAtHorizon;
};

// What each pool paid over the burn-down's months, in the pools' order (BD-2): with what it
// lost (forfeitures) and what it holds at the horizon, each pool's award.
PoolAmounts paidByPool(const BurnDown& burnDown);

struct Overlap {
    bool flagged = false;
    Rate score;
    Rate serviceSimilarity;
    Rate textSimilarity;
    std::vector<std::string> sharedServices;
};

struct Recommendation {
    Objective objective = Objective::CreditsWithinDays;
    std::optional<PathId> path;
    Reason why;
    // When nothing is recommended: for each path the objective considers, what keeps it out.
    std::vector<PathNote> ruledOut;
};

// PD-5: whether two paths can be pursued together, and why.
struct Combination {
    PathId first = PathId::Stack, second = PathId::Stack;
    bool allowed = true;
    Reason why;
};

struct MaterialItem {
    std::string id;     // "aws_account_id", "eval_methodology", ...
    bool ready = false; // the scenario already holds it (documents like the deck: never)
};

struct Evaluation {
    std::string rulebookEdition;
    std::vector<RulebookOverride> rulebookOverrides;
    std::chrono::sys_days startDate;
    int horizonMonths = 36;
    std::vector<PathResult> paths; // in kAllPaths order
    BurnDown burnDown;             // the stack's (FORMATS.md)
    std::vector<BurnDown> otherBurnDowns;
    Overlap overlap;
    // No spend entered yet: nothing is projected, nothing is recommended, nothing alarms.
    bool needsSpend = false;
    std::vector<PathNote> alerts; // warnings that would sink an application, worst first
    Recommendation recommendation;
    std::vector<MaterialItem> materials;    // TL-4 checklist
    std::vector<Combination> combinations;  // PD-5, for paths that are not ruled out
    std::optional<Sensitivity> sensitivity; // issue 11, only when asked for

    const PathResult& path(PathId id) const;
    const BurnDown* burnDownFor(PathId id) const;
    // The burn-down a view shows for a selected path: its own, or the stack's for a path
    // without one (discount paths). Views and exports use this one rule.
    const BurnDown& shownBurnDown(PathId selected) const;
};

// "Why this number": the derivation of each figure of a path, in evaluation.h's order of
// figures, rendered from its figures, reasons and basis (derivations.cpp). `shown` is the
// path's own burn-down (Evaluation::burnDownFor) for its three figures; without it they are
// left out.
std::vector<Derivation> derivationsOf(const PathResult& path, const BurnDown* shown);
std::vector<Derivation> derivationsOf(const Evaluation& evaluation, PathId id);
// The derivation of `figure` in a path's list, or nullptr.
const Derivation* findDerivation(const std::vector<Derivation>& derivations,
                                 std::string_view figure);
std::optional<Derivation> derivationOf(const PathResult& path, const BurnDown* shown,
                                       std::string_view figure);
std::optional<Derivation> derivationOf(const Evaluation& evaluation, PathId id,
                                       std::string_view figure);

} // namespace creditpath
