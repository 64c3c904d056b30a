#include "monte_carlo.h"

#include "burn_down_kernel.h"
#include "uncertainty_model.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

namespace creditpath {
namespace {

constexpr int kBlock = 2048; // draws per generator: the unit of reproducibility

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t block) {
    // SplitMix64's finaliser: neighbouring blocks get unrelated generator states.
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (block + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Our own transforms of the standard engine (fully specified), so a seed means the same
// draws with any standard library.
double uniform(std::mt19937_64& g) {
    return static_cast<double>(g() >> 11) * 0x1p-53;
}
double normal(std::mt19937_64& g) {
    const double u1 = 1.0 - uniform(g), u2 = uniform(g);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}
bool happens(std::mt19937_64& g, const Rate& odds) {
    return uniform(g) * static_cast<double>(Rate::kScale) <
           static_cast<double>(odds.partsPerMillion());
}

struct PathPlan {
    const PathModel* model = nullptr;
    std::vector<kernel::PoolSpecs> specs;                // per outcome
    std::vector<kernel::RunTotals> stated;               // per outcome, on the stated spend
    std::vector<std::vector<std::int64_t>> statedMonths; // per outcome, the band's path only
    std::uint32_t all = 0;                               // every application approved
};

struct PathDraws {
    std::vector<std::int64_t> outOfPocket, usable;
    std::vector<int> covered;
    std::vector<unsigned char> approved;
};

class Runner {
public:
    Runner(const Scenario& s, const UncertaintyModel& model, const MonteCarloOptions& o)
        : scenario_(s), model_(model), options_(o), stated_(s.spendLines, model.scheduleMonths, 0) {
        for (const auto& line : s.spendLines)
            sigma_.push_back(sigmaForUncertainty(line.uncertaintyPercent));
        growthSigma_ = sigmaForUncertainty(s.growthUncertaintyPercent);
        if (!stated_.fitsKernel())
            return; // a bill past what the kernel sums: no path gets a distribution
        spendCertain_ = growthSigma_ == 0.0 &&
                        std::all_of(sigma_.begin(), sigma_.end(), [](double x) { return x == 0; });
        for (const auto& p : model.paths) {
            PathPlan plan;
            plan.model = &p;
            plan.all = (1u << p.applications.size()) - 1;
            for (int index = 0; index < p.outcomeCount(); ++index) {
                const Outcome o = outcomeOf(p, index);
                auto specs = kernel::poolSpecs(outcomePools(model, p, o.approved, o.pocCompleted),
                                               model.tieBreak);
                plan.specs.push_back(specs ? *specs : kernel::PoolSpecs{});
                std::vector<std::int64_t> months(static_cast<std::size_t>(model.horizon));
                plan.stated.push_back(run(plan.specs.back(), stated_, months.data()));
                if (options_.bandPath && *options_.bandPath == p.id)
                    plan.statedMonths.push_back(std::move(months));
            }
            if (options_.bandPath && *options_.bandPath == p.id)
                band_ = static_cast<int>(plans_.size());
            plans_.push_back(std::move(plan));
        }
        if (band_ >= 0)
            monthly_.resize(static_cast<std::size_t>(options_.draws) *
                            static_cast<std::size_t>(model.horizon));
        const auto n = static_cast<std::size_t>(options_.draws);
        draws_.resize(plans_.size());
        for (auto& d : draws_) {
            d.outOfPocket.resize(n);
            d.usable.resize(n);
            d.covered.resize(n);
            d.approved.resize(n);
        }
    }

    void runAll() {
        if (plans_.empty())
            return;
        const int blocks = (options_.draws + kBlock - 1) / kBlock;
        const int threads = std::clamp(options_.threads, 1, std::max(blocks, 1));
        auto work = [&](int first) {
            for (int b = first; b < blocks; b += threads) {
                if (options_.cancelled && options_.cancelled->load(std::memory_order_relaxed))
                    return;
                runBlock(b);
            }
        };
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work, t);
        work(0);
        for (auto& t : pool)
            t.join();
    }

    Distribution summary(std::size_t p) const;
    std::optional<MonthlyBand> band() const;
    PathId path(std::size_t p) const { return plans_[p].model->id; }
    std::size_t pathCount() const { return plans_.size(); }

private:
    kernel::RunTotals run(const kernel::PoolSpecs& specs, const ChargeSchedule& charges,
                          std::int64_t* months = nullptr) const {
        return kernel::runPools(specs.data(), static_cast<int>(specs.size()), charges,
                                model_.horizon, model_.scheduleMonths, months);
    }

    void runBlock(int block) {
        std::mt19937_64 g(mixSeed(options_.seed, static_cast<std::uint64_t>(block)));
        const int end = std::min(options_.draws, (block + 1) * kBlock);
        std::vector<SpendLine> lines = scenario_.spendLines;
        for (int d = block * kBlock; d < end; ++d) {
            std::array<bool, kApplicationCount> approvedApp{};
            for (int a = 0; a < kApplicationCount; ++a)
                approvedApp[static_cast<std::size_t>(a)] =
                    happens(g, model_.odds[static_cast<std::size_t>(a)]);
            const bool completed = happens(g, model_.pocCompletion);
            std::optional<ChargeSchedule> drawn;
            if (!spendCertain_) {
                const double growth = growthSigma_ > 0 ? std::exp(growthSigma_ * normal(g)) : 1.0;
                for (std::size_t i = 0; i < lines.size(); ++i) {
                    const double level = sigma_[i] > 0 ? std::exp(sigma_[i] * normal(g)) : 1.0;
                    lines[i] = realisedLine(scenario_.spendLines[i], level, growth);
                }
                try {
                    drawn.emplace(lines, model_.scheduleMonths, 0);
                } catch (const InvalidDocument&) {
                    // A draw past the largest charge CreditPath projects: the stated spend.
                }
                if (drawn && !drawn->fitsKernel())
                    drawn.reset();
            }
            for (std::size_t p = 0; p < plans_.size(); ++p) {
                const PathPlan& plan = plans_[p];
                std::uint32_t approved = 0;
                for (std::size_t i = 0; i < plan.model->applications.size(); ++i)
                    if (approvedApp[static_cast<std::size_t>(plan.model->applications[i])])
                        approved |= 1u << i;
                if (plan.model->refused)
                    approved = 0;
                const int o = outcomeIndex(*plan.model, approved, completed);
                const auto& specs = plan.specs[static_cast<std::size_t>(o)];
                std::int64_t* months =
                    static_cast<int>(p) == band_
                        ? monthly_.data() +
                              static_cast<std::size_t>(d) * static_cast<std::size_t>(model_.horizon)
                        : nullptr;
                const kernel::RunTotals r =
                    drawn ? run(specs, *drawn, months) : plan.stated[static_cast<std::size_t>(o)];
                if (months && !drawn)
                    std::copy(plan.statedMonths[static_cast<std::size_t>(o)].begin(),
                              plan.statedMonths[static_cast<std::size_t>(o)].end(), months);
                PathDraws& out = draws_[p];
                const auto i = static_cast<std::size_t>(d);
                out.outOfPocket[i] = r.outOfPocket;
                out.usable[i] = r.usable;
                out.covered[i] = r.coveredThroughMonth;
                out.approved[i] = approved == plan.all && !plan.model->refused;
            }
        }
    }

    const Scenario& scenario_;
    const UncertaintyModel& model_;
    MonteCarloOptions options_;
    ChargeSchedule stated_;
    std::vector<double> sigma_;
    double growthSigma_ = 0;
    bool spendCertain_ = true;
    std::vector<PathPlan> plans_;
    std::vector<PathDraws> draws_;
    int band_ = -1;                     // index of the band's plan
    std::vector<std::int64_t> monthly_; // draws x horizon, the band's path only
};

// Nearest-rank percentile q (in percent) of n values.
template <typename T> T percentile(std::vector<T> values, int q) {
    const std::size_t n = values.size();
    const std::size_t rank = (static_cast<std::size_t>(q) * n + 99) / 100; // ceil(q·n/100)
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(rank == 0 ? 0 : rank - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

Distribution Runner::summary(std::size_t p) const {
    const PathDraws& d = draws_[p];
    Distribution out;
    out.draws = options_.draws;
    out.seed = options_.seed;
    auto money = [](std::int64_t c) { return Money::fromCents(c); };
    out.outOfPocket = {money(percentile(d.outOfPocket, 10)), money(percentile(d.outOfPocket, 50)),
                       money(percentile(d.outOfPocket, 90))};
    out.usable = {money(percentile(d.usable, 10)), money(percentile(d.usable, 50)),
                  money(percentile(d.usable, 90))};
    out.coveredP10 = percentile(d.covered, 10);
    out.coveredP50 = percentile(d.covered, 50);
    out.coveredP90 = percentile(d.covered, 90);
    out.approvedDraws =
        static_cast<int>(std::count(d.approved.begin(), d.approved.end(), (unsigned char)1));
    std::vector<int> atMonth(static_cast<std::size_t>(model_.horizon) + 1, 0);
    for (int c : d.covered)
        ++atMonth[static_cast<std::size_t>(std::clamp(c, 0, model_.horizon))];
    out.coveredDraws.assign(static_cast<std::size_t>(model_.horizon), 0);
    int atLeast = 0;
    for (int n = model_.horizon; n >= 1; --n) {
        atLeast += atMonth[static_cast<std::size_t>(n)];
        out.coveredDraws[static_cast<std::size_t>(n - 1)] = atLeast;
    }
    return out;
}

std::optional<MonthlyBand> Runner::band() const {
    if (band_ < 0)
        return std::nullopt;
    MonthlyBand out;
    out.path = plans_[static_cast<std::size_t>(band_)].model->id;
    const auto horizon = static_cast<std::size_t>(model_.horizon);
    std::vector<std::int64_t> column(static_cast<std::size_t>(options_.draws));
    for (std::size_t m = 0; m < horizon; ++m) {
        for (std::size_t d = 0; d < column.size(); ++d)
            column[d] = monthly_[d * horizon + m];
        out.p10.push_back(Money::fromCents(percentile(column, 10)));
        out.p90.push_back(Money::fromCents(percentile(column, 90)));
    }
    return out;
}

} // namespace

std::string fractionText(int count, int draws) {
    if (draws <= 0)
        return "0.0000";
    const std::int64_t v = (std::int64_t(count) * 20000 + draws) / (std::int64_t(draws) * 2);
    std::string digits = std::to_string(v % 10000);
    digits.insert(0, 4 - digits.size(), '0');
    return std::to_string(v / 10000) + "." + digits;
}

void addDistributions(const Scenario& scenario, const Rulebook& rulebook, Evaluation& ev,
                      const MonteCarloOptions& options, MonthlyBand* band) {
    if (ev.needsSpend || options.draws <= 0)
        return;
    const UncertaintyModel model = uncertaintyModel(scenario, rulebook.params(), ev);
    Runner runner(scenario, model, options);
    runner.runAll();
    for (std::size_t p = 0; p < runner.pathCount(); ++p)
        for (auto& path : ev.paths)
            if (path.id == runner.path(p))
                path.distribution = runner.summary(p);
    if (band)
        if (auto b = runner.band())
            *band = std::move(*b);
}

} // namespace creditpath
