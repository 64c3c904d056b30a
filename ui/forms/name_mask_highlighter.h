#pragma once
// While sharing with "hide the company name", the name people type into their use cases
// ("Acme's support bot…") is painted over with solid blocks: the text stays editable and
// unchanged, the viewer cannot read it. Which words count as the name is the core's rule.
#include <QSyntaxHighlighter>

namespace creditpath::ui {

class NameMaskHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit NameMaskHighlighter(QTextDocument* document);
    // Empty: nothing is masked.
    void setCompanyName(const QString& name);

protected:
    void highlightBlock(const QString& text) override;

private:
    std::string name_;
};

} // namespace creditpath::ui
