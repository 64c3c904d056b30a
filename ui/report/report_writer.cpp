#include "report_writer.h"

#include "chart_object.h"
#include "header_widths.h"

#include <QBrush>
#include <QColor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace creditpath::ui::report {
namespace {

const QColor kInk(0x1b, 0x1f, 0x24);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x5b, 0x64, 0x70);
const QColor kWarning(0x8a, 0x5a, 0x00);
const QColor kDanger(0xb4, 0x23, 0x18);
const QColor kGood(0x06, 0x76, 0x47);
const QColor kRule(0xc9, 0xd1, 0xdb);
const QColor kHeaderFill(0xe6, 0xec, 0xf3);
const QColor kZebra(0xf5, 0xf7, 0xfa);
// The text width of the narrower paper (A4: 210 mm less 2 × 18 mm margins), in points: header
// words measured against it fit on Letter too.
constexpr qreal kNarrowestTextWidthPoints = 174 / 25.4 * 72;

QColor toneColour(Tone tone) {
    switch (tone) {
    case Tone::Muted:
    case Tone::Greyed:
        return kMuted;
    case Tone::Warning:
        return kWarning;
    case Tone::Danger:
        return kDanger;
    case Tone::Good:
        return kGood;
    default:
        return kInk;
    }
}

} // namespace

ReportWriter::ReportWriter(QTextDocument* document)
    : document_(document), cursor_(document), charts_(ChartObjects::attach(document)) {}

QTextCharFormat ReportWriter::charFormat(Tone tone, qreal pointSize) const {
    QTextCharFormat f;
    f.setFontPointSize(tone == Tone::Small || tone == Tone::Muted ? pointSize - 1 : pointSize);
    f.setForeground(toneColour(tone));
    f.setFontWeight(tone == Tone::Strong || tone == Tone::Danger ? QFont::Bold : QFont::Normal);
    return f;
}

void ReportWriter::newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars) {
    QTextBlockFormat b = block;
    if (breakBeforeNext_)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    breakBeforeNext_ = false;
    if (empty_) {
        cursor_.setBlockFormat(b);
        cursor_.setBlockCharFormat(chars);
        cursor_.setCharFormat(chars);
        empty_ = false;
    } else {
        cursor_.insertBlock(b, chars);
    }
}

void ReportWriter::finish() {
    charts_->registerHandler();
}

void ReportWriter::leaveTable() {
    cursor_.movePosition(QTextCursor::End);
}

void ReportWriter::coverTitle(const QString& text) {
    QTextBlockFormat b;
    b.setTopMargin(150);
    b.setBottomMargin(12);
    QTextCharFormat c = charFormat(Tone::Strong, 26);
    c.setForeground(kAccent);
    newBlock(b, c);
    cursor_.insertText(text);
}

void ReportWriter::heading(const QString& text, int level) {
    QTextBlockFormat b;
    b.setTopMargin(level == 1 ? 4 : 10);
    b.setBottomMargin(level == 1 ? 8 : 4);
    b.setHeadingLevel(level);
    QTextCharFormat c = charFormat(Tone::Strong, level == 1 ? 17 : level == 2 ? 12.5 : 10.5);
    c.setForeground(kAccent);
    newBlock(b, c);
    cursor_.insertText(text);
}

void ReportWriter::paragraph(const QString& text, Tone tone, qreal pointSize) {
    QTextBlockFormat b;
    b.setBottomMargin(pointSize < 10 ? 3 : 5);
    newBlock(b, charFormat(tone, pointSize));
    cursor_.insertText(text);
}

void ReportWriter::labelled(const QString& label, const QString& value, Tone tone) {
    QTextBlockFormat b;
    b.setBottomMargin(3);
    newBlock(b, charFormat(tone));
    QTextCharFormat bold = charFormat(tone);
    bold.setFontWeight(QFont::Bold);
    cursor_.insertText(label + QStringLiteral(": "), bold);
    cursor_.insertText(value, charFormat(tone));
}

void ReportWriter::bullets(const QStringList& items, Tone tone) {
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    QTextList* current = nullptr;
    for (const QString& item : items) {
        QTextBlockFormat b;
        b.setBottomMargin(3);
        newBlock(b, charFormat(tone));
        if (current)
            current->add(cursor_.block());
        else
            current = cursor_.createList(list);
        cursor_.insertText(item);
    }
}

void ReportWriter::spacer(qreal points) {
    QTextBlockFormat b;
    b.setLineHeight(points, QTextBlockFormat::FixedHeight);
    newBlock(b, charFormat(Tone::Body, 4));
}

void ReportWriter::table(const QList<Column>& columns, const QList<QStringList>& rows,
                         qreal pointSize, const QList<Tone>& rowTones) {
    QTextBlockFormat anchor;
    newBlock(anchor, charFormat(Tone::Body, 4));
    QTextTableFormat format;
    format.setBorder(0.6);
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(2.5);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextCharFormat head = charFormat(Tone::Strong, pointSize);
    head.setForeground(kAccent);
    // Each column at least as wide as its longest word, in the font it is set in.
    QList<qreal> percents;
    QList<QList<WordCell>> texts;
    for (qsizetype col = 0; col < columns.size(); ++col) {
        percents << columns[col].widthPercent;
        QList<WordCell> column{{columns[col].header, true}};
        for (qsizetype row = 0; row < rows.size(); ++row) {
            const Tone tone = row < rowTones.size() ? rowTones[row] : Tone::Body;
            column << WordCell{rows[row].value(col), tone == Tone::Strong || tone == Tone::Danger};
        }
        texts << column;
    }
    QFont font(document_->defaultFont());
    font.setPointSizeF(pointSize);
    percents =
        widthsForWholeWords(percents, texts, font, kNarrowestTextWidthPoints, format.cellPadding());
    QList<QTextLength> widths;
    for (qreal percent : percents)
        widths << (percent > 0 ? QTextLength(QTextLength::PercentageLength, percent)
                               : QTextLength(QTextLength::VariableLength, 0));
    format.setColumnWidthConstraints(widths);
    QTextTable* table = cursor_.insertTable(int(rows.size()) + 1, int(columns.size()), format);

    auto fill = [&](int row, int col, const QString& text, QTextCharFormat chars,
                    const QColor& background) {
        QTextTableCell cell = table->cellAt(row, col);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        if (background.isValid())
            cf.setBackground(background);
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat b;
        b.setAlignment(columns[col].align | Qt::AlignVCenter);
        c.setBlockFormat(b);
        c.insertText(text, chars);
    };
    for (int col = 0; col < columns.size(); ++col)
        fill(0, col, columns[col].header, head, kHeaderFill);
    for (int row = 0; row < rows.size(); ++row) {
        const Tone tone = row < rowTones.size() ? rowTones[row] : Tone::Body;
        const QColor fillColour = row % 2 ? kZebra : QColor();
        for (int col = 0; col < columns.size() && col < rows[row].size(); ++col)
            fill(row + 1, col, rows[row][col], charFormat(tone, pointSize), fillColour);
    }
    leaveTable();
}

void ReportWriter::box(const QString& title, const QList<QPair<QString, QString>>& fields) {
    QTextBlockFormat anchor;
    newBlock(anchor, charFormat(Tone::Body, 4));
    QTextTableFormat format;
    format.setBorder(0.8);
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(7);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = cursor_.insertTable(1, 1, format);
    QTextTableCell cell = table->cellAt(0, 0);
    QTextTableCellFormat cf = cell.format().toTableCellFormat();
    cf.setBackground(kZebra);
    cell.setFormat(cf);
    QTextCursor c = cell.firstCursorPosition();
    QTextCharFormat titleFormat = charFormat(Tone::Strong, 11);
    titleFormat.setForeground(kAccent);
    c.insertText(title, titleFormat);
    for (const auto& [label, value] : fields) {
        QTextBlockFormat b;
        b.setTopMargin(5);
        c.insertBlock(b, charFormat(Tone::Strong, 9));
        c.insertText(label, charFormat(Tone::Strong, 9));
        QTextBlockFormat v;
        v.setBottomMargin(1);
        c.insertBlock(v, charFormat(Tone::Body, 10));
        c.insertText(value, charFormat(Tone::Body, 10));
    }
    leaveTable();
    spacer(8); // boxes in a row must not share a border
}

void ReportWriter::chart(QChart* chart, qreal aspect) {
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setTopMargin(4);
    b.setBottomMargin(6);
    newBlock(b, charFormat(Tone::Body));
    charts_->insert(cursor_, chart, aspect);
}

} // namespace creditpath::ui::report
