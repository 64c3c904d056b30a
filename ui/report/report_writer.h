#pragma once
// Appending styled blocks and tables to a QTextDocument: the report's typography in one place,
// so the section code only says what goes where.
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>

class QChart;
class QTextDocument;

namespace creditpath::ui::report {

class ChartObjects;

// Muted: notes, a point smaller; Greyed: a table row that does not apply, at the same size.
enum class Tone { Body, Small, Muted, Greyed, Strong, Warning, Danger, Good };

struct Column {
    QString header;
    Qt::Alignment align = Qt::AlignLeft;
    int widthPercent = 0; // 0: shares what the others leave
};

class ReportWriter {
public:
    explicit ReportWriter(QTextDocument* document);

    QTextDocument* document() const { return document_; }
    // Call when the document is complete (charts draw from here on).
    void finish();
    void pageBreak() { breakBeforeNext_ = true; }

    void coverTitle(const QString& text);
    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, Tone tone = Tone::Body, qreal pointSize = 10);
    // "Label: value" on one line, the label in bold.
    void labelled(const QString& label, const QString& value, Tone tone = Tone::Body);
    void bullets(const QStringList& items, Tone tone = Tone::Body);
    void spacer(qreal points);
    // A table whose header row repeats on every page it spans; `toneOfRow` may colour rows.
    void table(const QList<Column>& columns, const QList<QStringList>& rows, qreal pointSize = 9,
               const QList<Tone>& rowTones = {});
    // A framed block of paragraphs, for drafts meant to be copied.
    void box(const QString& title, const QList<QPair<QString, QString>>& fields);
    void chart(QChart* chart, qreal aspect);

private:
    void newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
    void leaveTable();
    QTextCharFormat charFormat(Tone tone, qreal pointSize = 10) const;

    QTextDocument* document_;
    QTextCursor cursor_;
    ChartObjects* charts_;
    bool breakBeforeNext_ = false;
    bool empty_ = true;
};

} // namespace creditpath::ui::report
