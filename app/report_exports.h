#pragma once
// The command line's report exports: --export-pdf (needs a QApplication, which runHeadless makes
// offscreen when no display is configured; report_exports.cpp, GUI builds only) and --export-ics
// (exports_common.cpp). no_gui_exports.cpp stands in for report_exports.cpp without the GUI.
#include "evaluation/evaluation.h"
#include "scenario/scenario.h"
#include "variants/variant_evaluation.h"

#include <QString>

#include <memory>

class QCoreApplication;

namespace creditpath::app {

struct PdfExportSettings {
    QString paper = QStringLiteral("a4"); // "a4" or "letter"
    QString language;                     // "de", "en_US", ...; empty: the system's
    bool redactCompany = false;
};

// A QApplication when argv asks for an export that draws (Qt Charts need one), on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise, so no display is needed; else QCoreApplication.
std::unique_ptr<QCoreApplication> makeHeadlessApplication(int& argc, char** argv);
// Loads Qt's and our translations for the language and makes its locale the default.
void installTranslations(const QString& language);

bool isValidPaper(const QString& paper);
// False when built with CREDITPATH_BUILD_GUI=OFF: there is no PDF report then.
bool pdfReportAvailable();

// Throw FileError with a clear message when the file cannot be written; no partial file stays.
// `variants`: the scenario's variants side by side (a page of the report when there are any).
void writePdfReport(const Evaluation& evaluation, const Scenario& scenario,
                    const Rulebook& rulebook, const std::vector<VariantEvaluation>& variants,
                    const QString& out, const PdfExportSettings& settings);
void writeCalendar(const Evaluation& evaluation, const Scenario& scenario, const QString& out);

} // namespace creditpath::app
