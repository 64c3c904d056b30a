#include "desktop.h"

#include <QApplication>
#include <QLabel>

namespace creditpath::ui {

// Placeholder until the desktop issue lands: a window that says so.
int runDesktop(int argc, char** argv) {
    QApplication app(argc, argv);
    QLabel label("CreditPath desktop window: coming with the desktop issue.");
    label.show();
    return app.exec();
}

} // namespace creditpath::ui
