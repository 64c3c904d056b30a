#pragma once
// Which spend category an AWS service's cost belongs to, by the names Cost Explorer uses:
// the long names of the API ("Amazon Elastic Compute Cloud - Compute") and the short ones of
// the console's CSV ("EC2-Instances($)"). One table, here; a name it does not know is no
// guess: the importer counts it as "other" and lists it for the user.
#include "scenario/enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace creditpath {

enum class ServiceKind {
    Spend,    // a service's charges: mapped to a category, or unmapped
    NotSpend, // tax, credits, refunds: left out of spend, and said so
    Total,    // a total row or column of the export: ignored (it repeats the services)
};

struct ServiceMapping {
    ServiceKind kind = ServiceKind::Spend;
    std::optional<Category> category; // for Spend: nullopt when the table does not know it
};

ServiceMapping mapService(std::string_view serviceName);

// "EC2-Instances($)" -> "ec2-instances": case, "Amazon"/"AWS" prefixes and a "($)" unit
// suffix do not change which service a name means.
std::string normaliseServiceName(std::string_view serviceName);

} // namespace creditpath
