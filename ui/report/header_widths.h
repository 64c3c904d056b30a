#pragma once
// Table column widths that never break a word ("Chanc e", "berechtig t" in German): a column
// narrower than its longest word takes the difference from the column with most room.
#include <QFont>
#include <QList>
#include <QStringList>

namespace creditpath::ui::report {

struct WordCell {
    QString text;
    bool bold = false;
};

// `percents` are the columns' shares of `tableWidthPoints` (0: the column shares what is left
// and is left alone); `cells` holds each column's header and cells; `font` is the table's
// font (bold where a cell says so). Returns the adjusted shares, which add up to the same
// total; they move in steps of a quarter per cent.
QList<qreal> widthsForWholeWords(const QList<qreal>& percents, const QList<QList<WordCell>>& cells,
                                 const QFont& font, qreal tableWidthPoints,
                                 qreal cellPaddingPoints);

} // namespace creditpath::ui::report
