#pragma once
// Where the window opens when no geometry was saved: a rule over the screen's available area,
// apart from the window so it can be tested for any screen size.
#include <QRect>

namespace creditpath::ui {

// A laptop screen (up to 1440x900) is filled: every pixel is needed for the forms, the table
// and a readable chart. A larger screen gets 90% of it, centred, so it is used without
// hiding the desktop; never more than 2400x1500, where lines would grow too long to read.
QRect firstStartGeometry(const QRect& available);

} // namespace creditpath::ui
