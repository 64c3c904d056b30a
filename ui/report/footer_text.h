#pragma once
// The report's page footer names the scenario; a name too long for the line loses whole words
// from its end ("Seed page reference …"), never letters from the middle of one.
#include <QString>

class QFontMetricsF;

namespace creditpath::ui::report {

// `line` holds "%1" where the name goes. Returns the line with as much of the name as fits
// in `width`, cut after a whole word and marked with "…"; without the name if not even its
// first word fits.
QString fitFooter(const QString& line, const QString& name, const QFontMetricsF& metrics,
                  qreal width);

} // namespace creditpath::ui::report
