#include "name_mask_highlighter.h"

#include "output/name_redaction.h"

#include <QPalette>

namespace creditpath::ui {

NameMaskHighlighter::NameMaskHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void NameMaskHighlighter::setCompanyName(const QString& name) {
    const std::string next = name.toStdString();
    if (next == name_)
        return;
    name_ = next;
    rehighlight();
}

void NameMaskHighlighter::highlightBlock(const QString& text) {
    if (name_.empty())
        return;
    QTextCharFormat mask;
    const QColor ink = QPalette().color(QPalette::Text);
    mask.setForeground(ink);
    mask.setBackground(ink);
    // The core works in UTF-8 bytes; the block in UTF-16 code units.
    const QByteArray utf8 = text.toUtf8();
    const auto at = [&](std::size_t byte) {
        return int(QString::fromUtf8(utf8.constData(), qsizetype(byte)).size());
    };
    for (const auto& [begin, end] : companyNameSpans(utf8.toStdString(), name_))
        setFormat(at(begin), at(end) - at(begin), mask);
}

} // namespace creditpath::ui
