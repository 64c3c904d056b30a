#pragma once
// What may follow `creditpath` when it opens the window: one scenario file and Qt's own
// window options (-geometry, -platform, ...). Anything else is a mistake to report, with
// usage and exit status 2, before a window (or Qt's missing-display abort) can happen.

namespace creditpath::app {

// 0 when the window may open; otherwise the exit status, after a message on stderr.
int checkDesktopInvocation(int argc, char** argv);

} // namespace creditpath::app
