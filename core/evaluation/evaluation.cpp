#include "evaluation.h"

#include "rulebook/interned_text.h"

#include <array>
#include <functional>
#include <stdexcept>

namespace creditpath {
namespace {
constexpr std::array<std::string_view, 7> kPathNames{
    "stack", "portfolio_build", "portfolio_only", "genai_accelerator", "map", "spp", "edp"};
}

std::string_view internedPoolId(std::string_view id) {
    static constexpr std::array<std::string_view, 5> known{"portfolio", "build", "bedrock_poc",
                                                           "genai_accelerator", "map"};
    for (std::string_view k : known)
        if (k == id)
            return k;
    return internedText(id); // pools the rulebook may add later
}

std::string_view nameOf(PathId id) {
    return kPathNames.at(static_cast<std::size_t>(id));
}

std::string_view nameOf(Verdict v) {
    switch (v) {
    case Verdict::Fit:
        return "fit";
    case Verdict::PoorFit:
        return "poor_fit";
    case Verdict::NotEligible:
        return "not_eligible";
    }
    return "";
}

std::string_view nameOf(Severity s) {
    switch (s) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Blocker:
        return "blocker";
    }
    return "";
}

std::string_view nameOf(ReasonKind k) {
    return k == ReasonKind::Value ? "value" : "fit";
}

std::optional<PathId> parsePathId(std::string_view name) {
    for (std::size_t i = 0; i < kPathNames.size(); ++i)
        if (kPathNames[i] == name)
            return static_cast<PathId>(i);
    return std::nullopt;
}

bool isCreditPath(PathId id) {
    return id != PathId::Spp && id != PathId::Edp;
}

int Pool::eligibleCount() const {
    int n = 0;
    for (bool b : eligible)
        n += b ? 1 : 0;
    return n;
}

Money amountOf(const PoolAmounts& amounts, std::string_view pool) {
    for (const PoolAmount& a : amounts)
        if (a.pool == pool)
            return a.amount;
    return {};
}

Money totalOf(const PoolAmounts& amounts) {
    Money total;
    for (const PoolAmount& a : amounts)
        total += a.amount;
    return total;
}

PoolAmounts paidByPool(const BurnDown& burnDown) {
    PoolAmounts paid;
    for (const Pool& pool : burnDown.pools)
        paid.push_back({pool.id, {}});
    for (const BurnDownMonth& month : burnDown.months)
        for (const PoolAmount& a : month.applied)
            for (PoolAmount& total : paid)
                if (total.pool == a.pool)
                    total.amount += a.amount;
    return paid;
}

Money BurnDownMonth::appliedTotal() const {
    return totalOf(applied);
}

const Reason* PathResult::verdictReason() const {
    const Reason* worst = nullptr;
    for (const auto& r : reasons)
        if (r.kind == ReasonKind::Fit && r.severity != Severity::Info &&
            (!worst || r.severity > worst->severity))
            worst = &r;
    return worst;
}

const PathResult& Evaluation::path(PathId id) const {
    for (const auto& p : paths)
        if (p.id == id)
            return p;
    throw std::out_of_range("path not evaluated");
}

const BurnDown& Evaluation::shownBurnDown(PathId selected) const {
    const BurnDown* own = burnDownFor(selected);
    return own ? *own : burnDown;
}

const BurnDown* Evaluation::burnDownFor(PathId id) const {
    if (burnDown.path == id && !burnDown.pools.empty())
        return &burnDown;
    for (const auto& b : otherBurnDowns)
        if (b.path == id)
            return &b;
    return nullptr;
}

} // namespace creditpath
