#pragma once
// Shared fixtures for core tests: the reference scenario and lookups into evaluations.
#include "evaluation/evaluator.h"
#include "scenario/scenario.h"

#include <string>

namespace creditpath::test {

// The seed reference scenario (shared/scenarios/README.md), from tests/data.
Scenario referenceScenario();
std::string testDataPath(const std::string& file);
// A scenario of resources/examples (the window's built-in examples).
std::string examplePath(const std::string& file);
// Evaluates with the shipped rulebook and a fixed start date (2026-11-26).
Evaluation evaluateScenario(const Scenario& scenario);
Evaluation evaluateScenario(const Scenario& scenario, const Rulebook& rulebook);
// The first reason of that path with this rule and code, or nullptr.
const Reason* findReason(const PathResult& path, const std::string& rule, const std::string& code);
bool hasRule(const PathResult& path, const std::string& rule);
Money applied(const BurnDownMonth& month, std::string_view pool);
Money forfeited(const BurnDownMonth& month, std::string_view pool);
Money usd(const char* text);

} // namespace creditpath::test
