// creditpath: the desktop application, and its command line for scripts and CI.
#include "desktop.h"
#include "headless.h"

int main(int argc, char** argv) {
    if (creditpath::app::isHeadlessInvocation(argc, argv))
        return creditpath::app::runHeadless(argc, argv);
    return creditpath::ui::runDesktop(argc, argv);
}
