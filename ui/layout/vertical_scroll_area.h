#pragma once
// Holds a widget at the height it is given, or at its minimum height and scrolling up and down
// when given less: a window shorter than its panes' minimum (a rulebook docked beside them on
// a laptop's screen, sharing) keeps to the screen instead of growing past it. Across, it asks
// for the widget's minimum width and never scrolls.
#include <QScrollArea>

namespace creditpath::ui {

class VerticalScrollArea : public QScrollArea {
public:
    explicit VerticalScrollArea(QWidget* content, QWidget* parent = nullptr);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace creditpath::ui
