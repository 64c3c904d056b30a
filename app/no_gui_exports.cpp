// The command line built without the GUI (CREDITPATH_BUILD_GUI=OFF): QtCore only, no PDF report.
#include "report_exports.h"

#include "scenario/file_io.h"

#include <QCoreApplication>
#include <QLocale>

namespace creditpath::app {

std::unique_ptr<QCoreApplication> makeHeadlessApplication(int& argc, char** argv) {
    return std::make_unique<QCoreApplication>(argc, argv);
}

void installTranslations(const QString& language) {
    // No translations are compiled in without the GUI; the locale still follows the request.
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
}

bool pdfReportAvailable() {
    return false;
}

void writePdfReport(const Evaluation&, const Scenario&, const Rulebook&,
                    const std::vector<VariantEvaluation>&, const QString&,
                    const PdfExportSettings&) {
    throw FileError("--export-pdf: this creditpath was built without the GUI "
                    "(CREDITPATH_BUILD_GUI=OFF) and cannot write PDF reports");
}

} // namespace creditpath::app
