#pragma once
// Plain-text renderings for the terminal: the comparison summary and the burn-down CSV.
#include "evaluation/evaluation.h"

#include <string>

namespace creditpath {

// A readable table of all paths, the recommendation, alerts and the stack's burn-down totals.
std::string evaluationSummary(const Evaluation& evaluation, const std::string& scenarioName);

// Month-by-month burn-down as RFC 4180 CSV: month, charges, one column per pool applied,
// out_of_pocket, one forfeited column per pool, then a balance column per pool.
// One row per path: face, usable and forfeited value per level, expected value, odds, days,
// founder minutes, verdict, and whether it is the recommendation (CRLF, RFC 4180).
std::string pathsCsv(const Evaluation& evaluation);
std::string burnDownCsv(const BurnDown& burnDown);

} // namespace creditpath
