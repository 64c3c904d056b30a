// The exports that draw, and the application object they need (CREDITPATH_BUILD_GUI=ON).
#include "report_exports.h"

#include "evaluation/timeline.h"
#include "report/pdf_exporter.h"
#include "scenario/file_io.h"

#include <QApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstring>

namespace creditpath::app {

std::unique_ptr<QCoreApplication> makeHeadlessApplication(int& argc, char** argv) {
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws = draws || (std::strncmp(argv[i], "--export-pdf", 12) == 0 &&
                          (argv[i][12] == '\0' || argv[i][12] == '='));
    if (!draws)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

void installTranslations(const QString& language) {
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // "C" (LANG=C, CI machines) is no one's locale: write for US readers, like the currency.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Owned by the application object, so they live exactly as long as it.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("creditpath"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

bool pdfReportAvailable() {
    return true;
}

void writePdfReport(const Evaluation& evaluation, const Scenario& scenario,
                    const Rulebook& rulebook, const std::vector<VariantEvaluation>& variants,
                    const QString& out, const PdfExportSettings& settings) {
    ui::report::ReportOptions options;
    options.variants = variants;
    options.rulebook = &rulebook;
    options.locale = QLocale(); // the default installTranslations chose
    options.redactCompany = settings.redactCompany;
    options.paper = settings.paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0
                        ? ui::report::Paper::Letter
                        : ui::report::Paper::A4;
    // The cover shows the evaluation's day 0, so --start-date makes the report reproducible.
    const std::string iso = toIsoDate(evaluation.startDate);
    options.date = QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
    QString error;
    if (!ui::report::exportPdfReport(evaluation, scenario, options, out, &error))
        throw FileError(error.toStdString());
}

} // namespace creditpath::app
