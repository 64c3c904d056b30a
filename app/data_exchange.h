#pragma once
// Command-line data exchange: spend imported from Cost Explorer exports (--import-spend) and
// Partner Central records exported (--export-ace). Each returns the problems that make the
// input bad (exit status 2), one line each, naming the file and the field; on success it has
// written its files atomically and said what it wrote on `report`.
#include "evaluation/evaluation.h"
#include "scenario/scenario.h"

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace creditpath::app {

// --import-spend COSTS SCENARIO_IN SCENARIO_OUT [--apply-trend]: the scenario read from
// SCENARIO_IN with its spend lines replaced by the last full month before `today` of COSTS
// (JSON or CSV). A write that fails throws FileError.
std::vector<std::string> importSpendCommand(const std::string& costsPath, const Scenario& scenario,
                                            const std::string& scenarioOut, bool applyTrend,
                                            std::chrono::sys_days today, std::ostream& report);

// --export-ace OUT_DIR SCENARIO: one CreateOpportunity request per application record,
// written atomically into OUT_DIR (made when missing). Returns the files written.
std::vector<std::string> writePartnerCentralRecords(const Scenario& scenario,
                                                    const Evaluation& evaluation,
                                                    const std::string& outDir);

} // namespace creditpath::app
