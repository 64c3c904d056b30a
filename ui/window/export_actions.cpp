#include "export_actions.h"

#include "app_settings.h"
#include "document/scenario_document.h"
#include "document_files.h"
#include "evaluation/sensitivity.h"
#include "output/evaluation_json.h"
#include "output/icalendar.h"
#include "output/partner_central.h"
#include "output/text_summary.h"
#include "report/pdf_exporter.h"
#include "results/distribution_runner.h"
#include "scenario/file_io.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

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

report::ReportOptions ExportActions::reportOptions() const {
    report::ReportOptions options;
    options.locale = window_->locale();
    options.redactCompany = redactCompany_();
    options.paper = settings_->reportPaper() == QLatin1String("letter") ? report::Paper::Letter
                                                                        : report::Paper::A4;
    options.rulebook = &document_->rulebook(); // its edition and overrides, as evaluated
    options.variants = document_->variantEvaluations();
    return options;
}

void ExportActions::setUpPrinter(QPrinter& printer) const {
    printer.setPageSize(QPageSize(reportOptions().paper == report::Paper::Letter ? QPageSize::Letter
                                                                                 : QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("CreditPath report"));
}

Evaluation ExportActions::reportEvaluation() const {
    Evaluation ev = document_->baseEvaluation();
    if (ev.needsSpend)
        return ev; // nothing is projected: no distribution to print
    // Computed here rather than taken from the window's runner: that one follows the scenario
    // on screen (maybe a variant) and may still be running. 10,000 draws take milliseconds.
    MonteCarloOptions options;
    options.draws = DistributionRunner::kDefaultDraws;
    addUncertainty(document_->fileScenario(), document_->rulebook(), ev, options);
    return ev;
}

int ExportActions::printTo(QPrinter& printer) const {
    return report::printReport(reportEvaluation(), document_->fileScenario(), reportOptions(),
                               printer);
}

void ExportActions::print() {
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, window_);
    if (dialog.exec() == QDialog::Accepted && printTo(printer) == 0)
        reportError(tr("The report could not be printed."));
}

void ExportActions::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog preview(&printer, window_);
    preview.setWindowTitle(tr("Report preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { printTo(*p); });
    preview.exec();
}

bool ExportActions::writeTo(Kind kind, const QString& path, QString* error) const {
    const Evaluation& ev = document_->evaluation();
    // The report and the JSON are of the file: the base, with its variants compared. The CSVs
    // and reminders are of what is on screen (a variant when one is selected).
    if (kind == Kind::Pdf)
        return report::exportPdfReport(reportEvaluation(), document_->fileScenario(),
                                       reportOptions(), path, error);
    try {
        // The CSV holds the burn-down on screen, the same one the chart draws.
        const std::string text =
            kind == Kind::Csv        ? burnDownCsv(ev.shownBurnDown(shownPath_()))
            : kind == Kind::PathsCsv ? pathsCsv(ev)
            : kind == Kind::Json
                ? evaluationToJson(document_->baseEvaluation(), document_->variantEvaluations())
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
    exportTo(kind, path);
}

bool ExportActions::exportTo(Kind kind, const QString& path) {
    QString error;
    if (!writeTo(kind, path, &error)) {
        reportError(error);
        return false;
    }
    emit exported(tr("Wrote %1").arg(QFileInfo(path).fileName()), path);
    return true;
}

QStringList ExportActions::writePartnerCentral(const QString& folder, QString* error) const {
    PartnerCentralOptions options;
    options.omitAccountId = redactCompany_(); // screen sharing: no account ID in the files
    QStringList written;
    try {
        if (!QDir().mkpath(folder))
            throw FileError("cannot make the folder");
        for (const auto& record :
             partnerCentralRecords(document_->scenario(), document_->evaluation(), options)) {
            const QString path = QDir(folder).filePath(QString::fromStdString(record.fileName));
            writeFileAtomically(path.toStdString(), record.json);
            written << path;
        }
    } catch (const FileError& e) {
        if (error)
            *error = tr("Could not write %1: %2").arg(folder, QString::fromStdString(e.what()));
        return {};
    }
    return written;
}

void ExportActions::exportPartnerCentral() {
    const QString folder = QFileDialog::getExistingDirectory(
        window_, tr("Export Partner Central records into a folder"),
        files_->filePath().isEmpty() ? QString() : QFileInfo(files_->filePath()).path());
    if (!folder.isEmpty())
        exportPartnerCentralTo(folder);
}

bool ExportActions::exportPartnerCentralTo(const QString& folder) {
    QString error;
    const QStringList written = writePartnerCentral(folder, &error);
    if (written.isEmpty()) {
        reportError(error);
        return false;
    }
    emit exported(tr("Wrote %n Partner Central record(s) to %1", nullptr, int(written.size()))
                      .arg(QDir::toNativeSeparators(folder)),
                  folder);
    return true;
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
