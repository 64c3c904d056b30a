#include "variant_evaluation.h"

#include "scenario/variants.h"

namespace creditpath {

std::vector<VariantEvaluation> evaluateVariants(const Scenario& base, const Rulebook& rulebook,
                                                const EvaluationOptions& options) {
    std::vector<VariantEvaluation> out;
    out.reserve(base.variants.size());
    std::vector<Scenario> scenarios = applyVariants(base);
    for (std::size_t i = 0; i < base.variants.size(); ++i) {
        Scenario& patched = scenarios[i];
        try {
            Evaluation ev = evaluate(patched, rulebook, options);
            out.push_back({base.variants[i].name, std::move(patched), std::move(ev)});
        } catch (const InvalidDocument& e) {
            std::vector<Problem> problems;
            for (const Problem& p : e.problems())
                problems.push_back(variantProblem(base, i, p));
            throw InvalidDocument(std::move(problems));
        }
    }
    return out;
}

} // namespace creditpath
