#pragma once
// The "What changed" table for the command line: text, or JSON (--rulebook-diff [--json]).
#include "evaluation/evaluation_diff.h"

#include <string>

namespace creditpath {

// The edition and the overrides an evaluation used: "2026-11 (seed) + aws-2026 (AWS public
// pages, 2026)".
std::string rulebookLabel(const Evaluation& evaluation);

std::string diffText(const Evaluation& before, const Evaluation& after,
                     const std::vector<FigureChange>& changes);
// {"format": "creditpath-rulebook-diff", "version": 1, "before": "...", "after": "...",
//  "changes": [{"path", "figure", "before", "after", "rules"}]}; money as decimal strings,
// days as {min, max}, counts as numbers, a recommendation as a path id or null.
std::string diffJson(const Evaluation& before, const Evaluation& after,
                     const std::vector<FigureChange>& changes);

} // namespace creditpath
