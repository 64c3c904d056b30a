#pragma once
// The line above the reasons: "Why: <path>", then how to see where a figure comes from. Where
// the line is narrower than the whole text (a long language sharing a laptop's screen), the
// hint moves into the tooltip: the title asks only for the room the path's name needs and
// never wraps (a second line pushed the window past the screen's height).
#include <QLabel>

namespace creditpath::ui {

class ReasonsTitle : public QLabel {
    Q_OBJECT
public:
    explicit ReasonsTitle(QWidget* parent = nullptr);
    void setPathName(const QString& name);
    // Whether the hint is on the line (else it is the tooltip).
    bool showsHint() const { return showsHint_; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString title() const;
    QString hint() const;
    QString titleWithHint() const;
    void fit();
    struct Measured {
        QString text;
        QFont font;
        int width = 0;
    };
    // The width `richText` takes on one line in this label's font, measured again only when
    // the text or font differs from `known` (a resize asks at every step).
    int widthOf(const QString& richText, Measured& known) const;
    mutable Measured measuredTitle_, measuredWhole_; // the title alone, and with its hint
    QString pathName_;
    bool showsHint_ = true;
};

} // namespace creditpath::ui
