#pragma once
// The red of a message that blocks a field or a file. A palette rather than a style sheet: a
// widget with a style sheet keeps its font when the application's grows (screen share), and
// each style sheet costs the window's first frame a style of its own.
#include <QColor>
#include <QPalette>
#include <QWidget>

namespace creditpath::ui {

inline void showInErrorColour(QWidget* widget) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    widget->setPalette(palette);
}

} // namespace creditpath::ui
