#include "scenario.h"

namespace creditpath {

bool Scenario::sameContent(const Scenario& o) const {
    return name == o.name && horizonMonths == o.horizonMonths && objective == o.objective &&
           company == o.company && currency == o.currency && spendLines == o.spendLines &&
           portfolio == o.portfolio && build == o.build && bedrockPoc == o.bedrockPoc &&
           migration == o.migration && variants == o.variants;
}

} // namespace creditpath
