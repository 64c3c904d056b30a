#include "flow_layout.h"

#include <QWidget>

#include <algorithm>

namespace creditpath::ui {

FlowLayout::FlowLayout(int spacing, int rowSpacing, QWidget* parent)
    : QLayout(parent), spacing_(spacing), rowSpacing_(rowSpacing) {}

FlowLayout::~FlowLayout() {
    for (QLayoutItem* item : items_)
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item) {
    items_.push_back(item);
}

int FlowLayout::count() const {
    return int(items_.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < count() ? items_[std::size_t(index)] : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem* item = items_[std::size_t(index)];
    items_.erase(items_.begin() + index);
    return item;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const {
    int width = 0, height = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacing_ : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    if (width == 0)
        return {0, 0}; // nothing to show takes no room, margins included
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

QSize FlowLayout::minimumSize() const {
    QSize size(0, 0);
    bool any = false;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty()) {
            size = size.expandedTo(item->minimumSize());
            any = true;
        }
    return any ? size.grownBy(contentsMargins()) : QSize(0, 0);
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool place) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x(), y = area.y(), rowHeight = 0;
    bool any = false;
    for (QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        any = true;
        const QSize size =
            item->sizeHint().boundedTo(QSize(std::max(1, area.width()), QWIDGETSIZE_MAX));
        if (x > area.x() && x + size.width() > area.right() + 1) { // full: the next row
            x = area.x();
            y += rowHeight + rowSpacing_;
            rowHeight = 0;
        }
        if (place)
            item->setGeometry(QRect(QPoint(x, y), size));
        x += size.width() + spacing_;
        rowHeight = std::max(rowHeight, size.height());
    }
    return any ? y + rowHeight - rect.y() + contentsMargins().bottom() : 0;
}

} // namespace creditpath::ui
