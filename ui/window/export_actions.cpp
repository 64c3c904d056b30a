#include "export_actions.h"

#include "app_settings.h"
#include "document/scenario_document.h"
#include "document_files.h"
#include "output/evaluation_json.h"
#include "output/icalendar.h"
#include "output/text_summary.h"
#include "report/pdf_exporter.h"
#include "scenario/file_io.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace creditpath::ui {

ExportActions::ExportActions(QWidget* window, const ScenarioDocument* document,
                             const DocumentFiles* files, AppSettings* settings,
                             std::function<bool()> redactCompany, std::function<PathId()> shownPath)
    : QObject(window), window_(window), document_(document), files_(files), settings_(settings),
      redactCompany_(std::move(redactCompany)), shownPath_(std::move(shownPath)) {}

QString ExportActions::askPath(const QString& title, const QString& suffix, const QString& filter) {
    const QString current = files_->filePath();
    QString base = QFileInfo(current).completeBaseName();
    base.remove(QStringLiteral(".creditpath"));
    // File names often carry the company ("acme.creditpath.json"): while sharing, suggest none.
    if (base.isEmpty() || redactCompany_())
        base = QStringLiteral("creditpath");
    const QString dir = current.isEmpty() ? QString() : QFileInfo(current).path() + '/';
    return QFileDialog::getSaveFileName(window_, title, dir + base + suffix, filter);
}

void ExportActions::reportError(const QString& message) {
    QMessageBox::warning(window_, tr("Export failed"), message);
}

bool ExportActions::writeTo(Kind kind, const QString& path, QString* error) const {
    const Evaluation& ev = document_->evaluation();
    if (kind == Kind::Pdf) {
        report::ReportOptions options;
        options.locale = window_->locale();
        options.redactCompany = redactCompany_();
        options.paper = settings_->reportPaper() == QLatin1String("letter") ? report::Paper::Letter
                                                                            : report::Paper::A4;
        return report::exportPdfReport(ev, document_->scenario(), options, path, error);
    }
    try {
        // The CSV holds the burn-down on screen, the same one the chart draws.
        const std::string text = kind == Kind::Csv ? burnDownCsv(ev.shownBurnDown(shownPath_()))
                                 : kind == Kind::PathsCsv ? pathsCsv(ev)
                                 : kind == Kind::Json     ? evaluationToJson(ev)
                                                      : reminderCalendar(ev, document_->scenario());
        writeFileAtomically(path.toStdString(), text);
        return true;
    } catch (const FileError& e) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, QString::fromStdString(e.what()));
        return false;
    }
}

void ExportActions::exportWithDialog(Kind kind, const QString& title, const QString& suffix,
                                     const QString& filter) {
    const QString path = askPath(title, suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeTo(kind, path, &error))
        reportError(error);
}

void ExportActions::exportPdf() {
    exportWithDialog(Kind::Pdf, tr("Export PDF report"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
}

void ExportActions::exportCsv() {
    exportWithDialog(Kind::Csv, tr("Export burn-down CSV"), QStringLiteral(".burn-down.csv"),
                     tr("CSV (*.csv)"));
}

void ExportActions::exportPathsCsv() {
    exportWithDialog(Kind::PathsCsv, tr("Export path comparison CSV"), QStringLiteral(".paths.csv"),
                     tr("CSV (*.csv)"));
}

void ExportActions::exportJson() {
    exportWithDialog(Kind::Json, tr("Export evaluation JSON"), QStringLiteral(".evaluation.json"),
                     tr("JSON (*.json)"));
}

void ExportActions::exportIcs() {
    exportWithDialog(Kind::Ics, tr("Export reminders (iCalendar)"), QStringLiteral(".ics"),
                     tr("iCalendar (*.ics)"));
}

} // namespace creditpath::ui
