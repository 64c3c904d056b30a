#pragma once
// Entry point of the desktop application (QApplication, main window, translations).

namespace creditpath::ui {

// argv may name a scenario file to open; otherwise the built-in example opens.
int runDesktop(int argc, char** argv);

} // namespace creditpath::ui
