// creditpath: the desktop application, and its command line for scripts and CI.
#include "desktop.h"
#include "desktop_arguments.h"
#include "headless.h"

int main(int argc, char** argv) {
    if (creditpath::app::isHeadlessInvocation(argc, argv))
        return creditpath::app::runHeadless(argc, argv);
    if (const int status = creditpath::app::checkDesktopInvocation(argc, argv))
        return status;
    return creditpath::ui::runDesktop(argc, argv);
}
