#include "sensitivity.h"

#include "burn_down_kernel.h"
#include "uncertainty_model.h"

#include <algorithm>
#include <functional>

namespace creditpath {
namespace {

// The settings one evaluation of the measure runs with.
struct Setting {
    std::vector<SpendLine> lines;
    std::array<Rate, kApplicationCount> odds{};
    Rate completion;
    int delayMonths = 0;
};

std::int64_t scaledPpm(std::int64_t ppm, std::int64_t factorPpm) {
    // Half-up, ties away from zero, like money.
    const std::int64_t num = ppm * factorPpm, half = Rate::kScale / 2;
    return num >= 0 ? (num + half) / Rate::kScale : -((-num + half) / Rate::kScale);
}

SpendLine scaledLine(const SpendLine& line, const Rate& level, const Rate& growth) {
    SpendLine out = line;
    out.monthly = line.monthly * level;
    if (out.ramp)
        out.ramp->to = line.ramp->to * level;
    out.growthPercentPerMonth = Rate::fromPartsPerMillion(std::clamp<std::int64_t>(
        scaledPpm(line.growthPercentPerMonth.partsPerMillion(), growth.partsPerMillion()), -990'000,
        Rate::kScale));
    return out;
}

Rate plus(const Rate& p, int sign) {
    return Rate::fromPartsPerMillion(
        std::max<std::int64_t>(0, Rate::kScale + sign * p.partsPerMillion()));
}

std::string signedPercent(const Rate& p, int sign) {
    return (sign < 0 ? "-" : "+") + p.toPercentString();
}

class Measure {
public:
    Measure(const UncertaintyModel& model, const PathModel& path, bool usable)
        : model_(model), path_(path), usable_(usable) {}

    // Σ over outcomes of (odds of the outcome) × (the measure in that outcome), exact.
    std::optional<Money> operator()(const Setting& s) const {
        std::optional<ChargeSchedule> charges;
        try {
            charges.emplace(s.lines, model_.scheduleMonths, s.delayMonths);
        } catch (const InvalidDocument&) {
            return std::nullopt; // this end of the range outgrows what CreditPath projects
        }
        if (!charges->fitsKernel())
            return std::nullopt;
        const std::size_t apps = path_.applications.size();
        BigInt sum = 0, den = 1;
        for (std::size_t i = 0; i <= apps; ++i)
            den *= Rate::kScale;
        for (int index = 0; index < path_.outcomeCount(); ++index) {
            const auto [approved, completed] = outcomeOf(path_, index);
            BigInt odds = 1;
            for (std::size_t i = 0; i < apps; ++i) {
                const std::int64_t p =
                    path_.refused
                        ? 0
                        : s.odds[static_cast<std::size_t>(path_.applications[i])].partsPerMillion();
                odds *= (approved >> i & 1u) ? p : Rate::kScale - p;
            }
            const std::int64_t c = s.completion.partsPerMillion();
            odds *= completed ? c : Rate::kScale - c;
            if (odds == 0)
                continue;
            const auto specs = kernel::poolSpecs(outcomePools(model_, path_, approved, completed),
                                                 model_.tieBreak);
            if (!specs)
                return std::nullopt;
            const auto r = kernel::runPools(specs->data(), static_cast<int>(specs->size()),
                                            *charges, model_.horizon, model_.scheduleMonths);
            sum += odds * BigInt(usable_ ? r.usable : r.outOfPocket);
        }
        return Money::fromFraction(sum, den);
    }

private:
    const UncertaintyModel& model_;
    const PathModel& path_;
    bool usable_;
};

std::string_view applicationName(Application a) {
    switch (a) {
    case Application::Portfolio:
        return "portfolio";
    case Application::Build:
        return "build";
    case Application::BedrockPoc:
        return "bedrock_poc";
    case Application::GenaiAccelerator:
        return "genai_accelerator";
    case Application::Map:
        return "map";
    }
    return "portfolio";
}

} // namespace

std::optional<Sensitivity> computeSensitivity(const Scenario& scenario, const Rulebook& rulebook,
                                              const Evaluation& ev) {
    if (ev.needsSpend)
        return std::nullopt;
    const RulebookParameters& rules = rulebook.params();
    const UncertaintyModel model = uncertaintyModel(scenario, rules, ev);
    if (model.paths.empty())
        return std::nullopt;
    const PathModel* path = &model.paths.front();
    for (const auto& p : model.paths)
        if (ev.recommendation.path && p.id == *ev.recommendation.path)
            path = &p;
    const bool usable = scenario.objective == Objective::LargestExpectedValue;
    const Measure measure(model, *path, usable);

    Setting base{scenario.spendLines, model.odds, model.pocCompletion, 0};
    Sensitivity out;
    out.path = path->id;
    out.measure = usable ? "expected_usable" : "expected_out_of_pocket";
    const auto baseValue = measure(base);
    if (!baseValue)
        return std::nullopt;
    out.base = *baseValue;

    auto bar = [&](std::string input, std::string lowSetting, std::string highSetting,
                   const std::function<void(Setting&, int)>& move) {
        Setting low = base, high = base;
        move(low, -1);
        move(high, +1);
        const auto l = measure(low), h = measure(high);
        if (l && h)
            out.bars.push_back(
                {std::move(input), std::move(lowSetting), std::move(highSetting), *l, *h});
    };
    const Rate unchanged = Rate::fromPartsPerMillion(Rate::kScale);
    for (std::size_t i = 0; i < scenario.spendLines.size(); ++i) {
        const SpendLine& line = scenario.spendLines[i];
        const Rate p = line.uncertaintyPercent.partsPerMillion() != 0 ? line.uncertaintyPercent
                                                                      : rules.sensitivityRange;
        bar("spend.lines[" + std::to_string(i) + "]", signedPercent(p, -1), signedPercent(p, +1),
            [&](Setting& s, int sign) { s.lines[i] = scaledLine(line, plus(p, sign), unchanged); });
    }
    const Rate q = scenario.growthUncertaintyPercent.partsPerMillion() != 0
                       ? scenario.growthUncertaintyPercent
                       : rules.sensitivityRange;
    bar("spend.growth", signedPercent(q, -1), signedPercent(q, +1), [&](Setting& s, int sign) {
        for (std::size_t i = 0; i < s.lines.size(); ++i)
            s.lines[i] = scaledLine(scenario.spendLines[i], unchanged, plus(q, sign));
    });
    for (Application a : path->applications)
        bar("approval." + std::string(applicationName(a)), "0", "100", [&](Setting& s, int sign) {
            s.odds[static_cast<std::size_t>(a)] =
                Rate::fromPartsPerMillion(sign < 0 ? 0 : Rate::kScale);
        });
    if (path->hasPoc)
        bar("bedrock_poc.completion", "0", "100", [&](Setting& s, int sign) {
            s.completion = Rate::fromPartsPerMillion(sign < 0 ? 0 : Rate::kScale);
        });
    const int delay = rules.sensitivityStartDelayMonths;
    bar("start_month", "+0", "+" + std::to_string(delay),
        [&](Setting& s, int sign) { s.delayMonths = sign < 0 ? 0 : delay; });
    std::stable_sort(
        out.bars.begin(), out.bars.end(),
        [](const SensitivityBar& a, const SensitivityBar& b) { return a.swing() > b.swing(); });
    return out;
}

void addUncertainty(const Scenario& scenario, const Rulebook& rulebook, Evaluation& evaluation,
                    const MonteCarloOptions& options, MonthlyBand* band) {
    addDistributions(scenario, rulebook, evaluation, options, band);
    if (!options.cancelled || !options.cancelled->load())
        evaluation.sensitivity = computeSensitivity(scenario, rulebook, evaluation);
}

} // namespace creditpath
