#include "reasons_title.h"

#include <QEvent>
#include <QTextDocument>

#include <cmath>

namespace creditpath::ui {

ReasonsTitle::ReasonsTitle(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("reasonsTitle"));
    setTextFormat(Qt::RichText);
}

void ReasonsTitle::setPathName(const QString& name) {
    pathName_ = name;
    fit();
}

QString ReasonsTitle::title() const {
    return tr("<b>Why:</b> %1").arg(pathName_.toHtmlEscaped());
}

QString ReasonsTitle::hint() const {
    return tr("click a figure above to see where it comes from");
}

QString ReasonsTitle::titleWithHint() const {
    // In brackets, not in italics: an italic face would be the first frame's only one, and
    // loading it with its glyphs costs as much as the whole menu bar (issue 10: cold start).
    return tr("%1 (%2)", "the title above the reasons, then the hint in brackets")
        .arg(title(), hint().toHtmlEscaped());
}

QSize ReasonsTitle::minimumSizeHint() const {
    return {widthOf(title(), measuredTitle_), QLabel::minimumSizeHint().height()};
}

void ReasonsTitle::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    fit();
}

void ReasonsTitle::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fit(); // QLabel has already asked its layout for the new minimum
}

void ReasonsTitle::fit() {
    const QString whole = titleWithHint();
    showsHint_ = widthOf(whole, measuredWhole_) <= width();
    setText(showsHint_ ? whole : title());
    setToolTip(showsHint_ ? QString() : hint());
}

int ReasonsTitle::widthOf(const QString& richText, Measured& known) const {
    if (known.text != richText || known.font != font()) {
        // As QLabel lays its rich text out: a document without margin, in the label's font.
        QTextDocument document;
        document.setDefaultFont(font());
        document.setDocumentMargin(0);
        document.setHtml(richText);
        const QMargins m = contentsMargins();
        known = {richText, font(),
                 int(std::ceil(document.idealWidth())) + m.left() + m.right() + 2 * margin()};
    }
    return known.width;
}

} // namespace creditpath::ui
