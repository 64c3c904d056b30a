#pragma once
// BS-4: would a reviewer see the Portfolio and Build records as one workload framed twice?
#include "evaluation.h"
#include "scenario/scenario.h"

namespace creditpath {

// The two Activate use cases in lower case, made once per evaluation for the overlap check
// (BS-4) and the phrase checks (PF-4, BS-3).
struct LoweredUseCases {
    std::string portfolio, build;
};
LoweredUseCases lowerUseCases(const PortfolioApplication& portfolio, const BuildApplication& build);

// Service similarity: Jaccard index of the two service lists after normalising names
// ("Amazon S3" = "s3", "Step Functions" = "stepfunctions"). Text similarity: Jaccard index
// of the descriptions' content words (lower-cased, stop words and plural 's' removed).
// Score: the mean of both. Flagged when both reach their BS-4 thresholds. All exact ratios.
Overlap detectOverlap(const PortfolioApplication& portfolio, const BuildApplication& build,
                      const LoweredUseCases& useCases, const RulebookParameters& params);

} // namespace creditpath
