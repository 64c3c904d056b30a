// creditpath: the desktop application, and its command line for scripts and CI.
#include "desktop_arguments.h"
#include "headless.h"
#if CREDITPATH_WITH_GUI
#include "desktop.h"
#else
#include <iostream>
#endif

int main(int argc, char** argv) {
    if (creditpath::app::isHeadlessInvocation(argc, argv))
        return creditpath::app::runHeadless(argc, argv);
#if CREDITPATH_WITH_GUI
    if (const int status = creditpath::app::checkDesktopInvocation(argc, argv))
        return status;
    return creditpath::ui::runDesktop(argc, argv);
#else
    // Mistyped arguments get the same usage message as with the GUI; anything else asked for
    // the window, which this build does not have.
    if (creditpath::app::checkDesktopInvocation(argc, argv) == 2)
        return 2;
    std::cerr << "creditpath: this build has no window (built with CREDITPATH_BUILD_GUI=OFF); "
                 "use --evaluate FILE or --export-json/--export-csv/--export-paths-csv/"
                 "--export-ics OUT FILE (see --help)\n";
    return 2;
#endif
}
