#pragma once
// TL-4: which projected spend the drafts of the three application records describe.
#include "scenario/enums.h"

namespace creditpath {

// The Portfolio record states general production infrastructure (PF-1): Build's project and
// the Bedrock lines belong to their own records, and BD-6 charges are never credited.
bool describedByPortfolioRecord(Category category);

} // namespace creditpath
