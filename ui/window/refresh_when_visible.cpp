#include "refresh_when_visible.h"

#include <QEvent>
#include <QWidget>

namespace creditpath::ui {

RefreshWhenVisible::RefreshWhenVisible(QWidget* widget, std::function<void()> refresh)
    : QObject(widget), widget_(widget), refresh_(std::move(refresh)) {
    widget_->installEventFilter(this);
}

void RefreshWhenVisible::request() {
    pending_ = true;
    if (widget_->isVisible())
        flush();
}

void RefreshWhenVisible::flush() {
    if (!pending_)
        return;
    pending_ = false;
    refresh_();
}

bool RefreshWhenVisible::eventFilter(QObject* watched, QEvent* event) {
    // Before the widget paints: it never shows a stale table.
    if (watched == widget_ && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace creditpath::ui
