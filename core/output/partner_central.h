#pragma once
// The three application records (TL-4) as AWS Partner Central Selling API `CreateOpportunity`
// request JSON, one file per record, filled from the scenario and its evaluation. Field names
// and allowed values follow the published API reference (README: "Partner Central records").
#include "evaluation/evaluation.h"
#include "scenario/scenario.h"

#include <string>
#include <vector>

namespace creditpath {

struct PartnerCentralRecord {
    std::string id;       // "portfolio", "build", "bedrock_poc"
    std::string fileName; // "portfolio.CreateOpportunity.json"
    std::string json;     // the request body, two-space indent, trailing newline
};

struct PartnerCentralOptions {
    // Screen sharing: the account ID is left out of the records (Customer.Account.AwsAccountId).
    bool omitAccountId = false;
};

// Portfolio always; Build and the Bedrock POC when the scenario applies for them. The
// ClientToken is derived from the record's content, so exporting the same scenario twice gives
// the same token (a retried request creates one opportunity) and a changed record a new one.
std::vector<PartnerCentralRecord> partnerCentralRecords(const Scenario& scenario,
                                                        const Evaluation& evaluation,
                                                        const PartnerCentralOptions& options);

} // namespace creditpath
