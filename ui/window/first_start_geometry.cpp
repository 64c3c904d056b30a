#include "first_start_geometry.h"

#include <algorithm>

namespace creditpath::ui {

QRect firstStartGeometry(const QRect& available) {
    if (available.width() <= 1440 || available.height() <= 900)
        return available;
    const QSize size(std::min(available.width() * 9 / 10, 2400),
                     std::min(available.height() * 9 / 10, 1500));
    QRect placed(QPoint(), size);
    placed.moveCenter(available.center());
    return placed;
}

} // namespace creditpath::ui
