#include "vertical_scroll_area.h"

#include <QEvent>
#include <QScrollBar>

namespace creditpath::ui {

VerticalScrollArea::VerticalScrollArea(QWidget* content, QWidget* parent) : QScrollArea(parent) {
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus); // not a stop of its own when tabbing through the panes
    setWidget(content);
    content->installEventFilter(this); // its minimum is ours across
}

QSize VerticalScrollArea::minimumSizeHint() const {
    // Room for the scroll bar is kept across even while it is hidden: when it appears, the
    // content keeps its whole minimum width beside it.
    const QSize content = widget() ? widget()->minimumSizeHint() : QSize();
    return {content.width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            QScrollArea::minimumSizeHint().height()};
}

QSize VerticalScrollArea::sizeHint() const {
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    return content + QSize(2 * frameWidth(), 2 * frameWidth());
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace creditpath::ui
