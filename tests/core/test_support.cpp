#include "test_support.h"

#include "evaluation/timeline.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

namespace creditpath::test {

std::string testDataPath(const std::string& file) {
    return std::string(CREDITPATH_TEST_DATA_DIR) + "/" + file;
}

std::string examplePath(const std::string& file) {
    return std::string(CREDITPATH_EXAMPLES_DIR) + "/" + file;
}

Scenario referenceScenario() {
    return parseScenario(readTextFile(testDataPath("seed-reference.creditpath.json")));
}

Evaluation evaluateScenario(const Scenario& scenario) {
    return evaluateScenario(scenario, Rulebook::builtIn());
}

Evaluation evaluateScenario(const Scenario& scenario, const Rulebook& rulebook) {
    return evaluate(scenario, rulebook, {*parseIsoDate("2026-11-26")});
}

const Reason* findReason(const PathResult& path, const std::string& rule, const std::string& code) {
    for (const auto& r : path.reasons)
        if (r.rule == rule && r.code == code)
            return &r;
    return nullptr;
}

bool hasRule(const PathResult& path, const std::string& rule) {
    for (const auto& r : path.reasons)
        if (r.rule == rule)
            return true;
    return false;
}

Money applied(const BurnDownMonth& month, std::string_view pool) {
    return amountOf(month.applied, pool);
}
Money forfeited(const BurnDownMonth& month, std::string_view pool) {
    return amountOf(month.forfeited, pool);
}
Money usd(const char* text) {
    return Money::parse(text);
}

} // namespace creditpath::test
