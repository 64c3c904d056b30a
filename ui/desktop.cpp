#include "desktop.h"
#include "startup_probe.h"

#include "rulebook/rulebook.h"
#include "style/lean_fusion_style.h"
#include "window/app_settings.h"
#include "window/document_files.h"
#include "window/document_recovery.h"
#include "window/main_window.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <future>

namespace creditpath::ui {

int runDesktop(int argc, char** argv) {
    // Reading the built-in rulebook takes a few milliseconds: on the second core, beside Qt's
    // own start-up, so the window waits for it only if Qt was quicker (issue 10: cold start).
    auto rulebook = std::async(std::launch::async, [] { return &Rulebook::builtIn(); });
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CreditPath"));
    QApplication::setApplicationName(QStringLiteral("CreditPath"));
    // Ties the window to its menu entry and icon (com.example.CreditPath.desktop, packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("com.example.CreditPath"));
    AppSettings settings;
    // The window's text is Latin or CJK, which need no shaping: without HarfBuzz the first
    // frame takes an eighth fewer instructions (issue 10: cold start). Kerning is all that is
    // lost, as in the report; Qt still shapes the scripts that require it. Set before any
    // widget exists: a later change would measure every text again.
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
    useLeanFusionIfFusion(); // Fusion without its image files on the first frame (issue 10)

    // The language chosen in the menu, else the system's; Qt's own strings follow it.
    const QString language = settings.language();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The POSIX "C" locale has no currency or grouping conventions: read it as US English.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("creditpath"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    // The file (or the example) is read before the panes are made from it, and the reasons,
    // charts and later form pages follow the first frame (issue 10: cold start).
    const QStringList args = QApplication::arguments();
    const auto open = [&args](DocumentFiles& files) {
        if (args.size() < 2 || !files.load(args.at(1)))
            files.loadExample(DocumentFiles::Example::SeedReference);
    };
    MainWindow window(*rulebook.get(), &settings, locale, MainWindow::Build::FirstFrameFirst, open);
    // An SVG icon loads the SVG plugin and, under X11, is drawn at several sizes: once the
    // window is on screen.
    const auto setIcon = [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/com.example.CreditPath.svg")));
    };
    window.addAfterFirstFrame(setIcon);
    // The last session ended without saving (crash, kill, power): offer its work back.
    if (window.recovery()->available()) {
        setIcon(); // the question comes before the window
        const auto answer = QMessageBox::question(
            nullptr, QCoreApplication::translate("Desktop", "Restore unsaved work?"),
            QCoreApplication::translate("Desktop",
                                        "CreditPath closed without saving your last changes. "
                                        "Restore them now?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes || !window.recovery()->restore())
            window.recovery()->discard();
    }
    StartupProbe probe; // CREDITPATH_QUIT_AFTER_FIRST_PAINT=1: measure start-up and quit
    if (qEnvironmentVariableIsSet("CREDITPATH_QUIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(&probe);
    window.show();
    return app.exec();
}

} // namespace creditpath::ui
