#pragma once
// Chart coordinates are qreal by Qt Charts' design. Money crosses into floating point here and
// only here, for plotting; every figure a user reads is formatted from the exact Money.
#include "money/money.h"

#include <QString>

namespace creditpath::ui::charts {

inline qreal plotValue(const Money& amount) {
    return QString::fromStdString(amount.toString()).toDouble();
}

} // namespace creditpath::ui::charts
