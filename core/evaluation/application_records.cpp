#include "application_records.h"

namespace creditpath {

bool describedByPortfolioRecord(Category category) {
    switch (category) {
    case Category::Compute:
    case Category::Database:
    case Category::StorageCdn:
    case Category::Networking:
    case Category::Observability:
    case Category::Other:
        return true;
    default:
        return false;
    }
}

} // namespace creditpath
