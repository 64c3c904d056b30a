// creditpath: the desktop application, and its command line for scripts and CI.
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
    return creditpath::ui::runDesktop(argc, argv);
#else
    std::cerr << "creditpath: this build has no window (built with CREDITPATH_BUILD_GUI=OFF); "
                 "use --evaluate FILE or --export-json/--export-csv/--export-paths-csv/"
                 "--export-ics OUT FILE (see --help)\n";
    return 2;
#endif
}
