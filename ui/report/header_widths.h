#pragma once
// Table column widths that never break a header inside a word ("Chanc e" in German): a column
// narrower than its longest header word takes the difference from the column with most room.
#include <QFont>
#include <QList>
#include <QStringList>

namespace creditpath::ui::report {

// `percents` are the columns' shares of `tableWidthPoints` (0: the column shares what is left
// and is left alone); `headerFont` is the header's font. Returns the adjusted shares, which
// still add up to the same total.
QList<int> widthsForWholeWords(const QList<int>& percents, const QStringList& headers,
                               const QFont& headerFont, qreal tableWidthPoints,
                               qreal cellPaddingPoints);

} // namespace creditpath::ui::report
