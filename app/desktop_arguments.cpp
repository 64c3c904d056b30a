#include "desktop_arguments.h"

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

namespace creditpath::app {
namespace {

// Qt's own command-line options (QApplication, QGuiApplication, xcb), which QApplication
// consumes itself; those listed first take a value.
constexpr std::string_view kQtOptionsWithValue[] = {"-platform",
                                                    "-platformpluginpath",
                                                    "-platformtheme",
                                                    "-plugin",
                                                    "-qwindowgeometry",
                                                    "-qwindowtitle",
                                                    "-qwindowicon",
                                                    "-geometry",
                                                    "-title",
                                                    "-name",
                                                    "-display",
                                                    "-style",
                                                    "-stylesheet",
                                                    "-session",
                                                    "-visual",
                                                    "-ncols",
                                                    "-fn",
                                                    "-font",
                                                    "-bg",
                                                    "-background",
                                                    "-fg",
                                                    "-foreground",
                                                    "-btn",
                                                    "-button",
                                                    "-im",
                                                    "-inputstyle"};
constexpr std::string_view kQtFlags[] = {"-reverse", "-nograb",      "-dograb",       "-sync",
                                         "-cmap",    "-widgetcount", "-qmljsdebugger"};

bool listed(std::string_view arg, const auto& names) {
    for (std::string_view n : names)
        if (arg == n ||
            (arg.size() > n.size() && arg.substr(0, n.size()) == n && arg[n.size()] == '='))
            return true;
    return false;
}

bool hasDisplay(int argc, char** argv) {
    for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (const char* v = std::getenv(var); v && *v)
            return true;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]).substr(0, 9) == "-platform")
            return true;
    return false;
}

int usage(const std::string& problem) {
    std::cerr << "creditpath: " << problem << "\n"
              << "Usage: creditpath [SCENARIO]            open the window\n"
              << "       creditpath --evaluate SCENARIO   evaluate without a window\n"
              << "See creditpath --help for every option.\n";
    return 2;
}

} // namespace

int checkDesktopInvocation(int argc, char** argv) {
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (listed(arg, kQtOptionsWithValue)) {
            if (arg.find('=') == std::string_view::npos)
                ++i; // its value
            continue;
        }
        if (listed(arg, kQtFlags))
            continue;
        if (arg.size() > 1 && arg[0] == '-')
            return usage("unknown option '" + std::string(arg) + "'");
        if (++files > 1)
            return usage("name one scenario file, not several");
    }
    if (!hasDisplay(argc, argv)) {
        std::cerr << "creditpath: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
                     "are unset).\n"
                  << "To evaluate without a window: creditpath --evaluate SCENARIO "
                     "[--json|--csv|--paths-csv], or --export-pdf OUT SCENARIO.\n";
        return 1;
    }
    return 0;
}

} // namespace creditpath::app
