#include "variants.h"

#include "merge_patch.h"
#include "safe_json.h"
#include "scenario_json.h"

namespace creditpath {
namespace {

constexpr std::string_view kArrow = " \u2192 ";

} // namespace

std::string baseDocument(const Scenario& base) {
    auto doc = detail::parseJsonDocument(serializeScenario(base), "the scenario");
    doc.erase("variants");
    return doc.dump();
}

std::string variantPath(const Scenario& base, std::size_t index) {
    return "variants[" + std::to_string(index) + "] (\"" + base.variants.at(index).name +
           "\").patch";
}

Problem variantProblem(const Scenario& base, std::size_t index, Problem problem) {
    problem.path = variantPath(base, index) +
                   (problem.path.empty() ? std::string() : std::string(kArrow) + problem.path);
    return problem;
}

std::optional<VariantField> variantFieldOf(const std::string& path) {
    constexpr std::string_view head = "variants[";
    if (path.rfind(head, 0) != 0)
        return std::nullopt;
    const auto close = path.find(']', head.size());
    if (close == std::string::npos || close == head.size())
        return std::nullopt;
    VariantField out;
    for (std::size_t i = head.size(); i < close; ++i) {
        if (path[i] < '0' || path[i] > '9')
            return std::nullopt;
        out.index = out.index * 10 + std::size_t(path[i] - '0');
    }
    // Field paths never hold the arrow; a variant's name may, so look from the end.
    if (const auto arrow = path.rfind(kArrow); arrow != std::string::npos && arrow > close)
        out.field = path.substr(arrow + kArrow.size());
    return out;
}

namespace {

Scenario applyTo(const std::string& baseText, const Scenario& base, std::size_t index) {
    try {
        return parseScenario(applyMergePatch(baseText, base.variants.at(index).patch));
    } catch (const InvalidDocument& e) {
        std::vector<Problem> problems;
        for (const Problem& p : e.problems())
            problems.push_back(variantProblem(base, index, p));
        throw InvalidDocument(std::move(problems));
    }
}

} // namespace

Scenario applyVariant(const Scenario& base, std::size_t index) {
    return applyTo(baseDocument(base), base, index);
}

std::vector<Scenario> applyVariants(const Scenario& base) {
    std::vector<Scenario> out;
    std::vector<Problem> problems;
    if (base.variants.empty())
        return out;
    const std::string baseText = baseDocument(base); // once: not once per variant
    for (std::size_t i = 0; i < base.variants.size(); ++i) {
        try {
            out.push_back(applyTo(baseText, base, i));
        } catch (const InvalidDocument& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
        }
    }
    if (!problems.empty())
        throw InvalidDocument(std::move(problems));
    return out;
}

std::string variantPatchFor(const Scenario& base, const Scenario& edited) {
    Scenario plain = edited;
    plain.variants.clear();
    return createMergePatch(baseDocument(base), baseDocument(plain));
}

std::vector<Problem> variantProblems(const Scenario& base) {
    try {
        applyVariants(base);
    } catch (const InvalidDocument& e) {
        return e.problems();
    }
    return {};
}

} // namespace creditpath
