#include "scenario.h"

namespace creditpath {

bool Scenario::sameContent(const Scenario& o) const {
    return name == o.name && horizonMonths == o.horizonMonths && objective == o.objective &&
           company == o.company && currency == o.currency && spendLines == o.spendLines &&
           growthUncertaintyPercent == o.growthUncertaintyPercent && portfolio == o.portfolio &&
           build == o.build && bedrockPoc == o.bedrockPoc && migration == o.migration &&
           rulebookOverrides == o.rulebookOverrides && variants == o.variants;
}

} // namespace creditpath
