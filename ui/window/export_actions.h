#pragma once
// File → Export: the PDF report, the burn-down CSV, the evaluation JSON and the reminder
// calendar, written atomically from the document's current (last valid) evaluation. The same
// builders serve the command line, so the window and scripts produce identical files.
#include "evaluation/evaluation.h"
#include "report/report_options.h"

#include <QObject>
#include <QString>

#include <functional>
#include <string>

class QPrinter;
class QWidget;

namespace creditpath::ui {

class AppSettings;
class DocumentFiles;
class ScenarioDocument;

class ExportActions : public QObject {
    Q_OBJECT
public:
    // redactCompany: whether screen-share redaction is on now (the report hides the company).
    // shownPath: the path whose burn-down the window shows (the CSV writes that one).
    ExportActions(QWidget* window, const ScenarioDocument* document, const DocumentFiles* files,
                  AppSettings* settings, std::function<bool()> redactCompany,
                  std::function<PathId()> shownPath);

    // Menu actions: ask for a path, write, show an error if writing failed.
    void exportPdf();
    void exportCsv();
    void exportPathsCsv();
    void exportJson();
    void exportIcs();
    // File -> Export -> Partner Central records…: a folder, one CreateOpportunity request per
    // application record; the account ID is left out while the screen is shared.
    void exportPartnerCentral();

    // File -> Print report… and Print preview…: the PDF's pages on the report paper setting.
    void print();
    void printPreview();
    // Prints the report to a set-up printer; the pages printed (0 on failure).
    int printTo(QPrinter& printer) const;
    void setUpPrinter(QPrinter& printer) const;

    enum class Kind { Pdf, Csv, PathsCsv, Json, Ics };
    // Writes one export to `path` without asking; false with a message on failure.
    bool writeTo(Kind kind, const QString& path, QString* error) const;
    // Without asking: write, then say so (exported) or show the error. Used by the menu actions.
    bool exportTo(Kind kind, const QString& path);
    bool exportPartnerCentralTo(const QString& folder);
    // Writes the Partner Central records into `folder`; the files written, or empty and `error`.
    QStringList writePartnerCentral(const QString& folder, QString* error) const;

signals:
    // After any export: what was written (for people) and the file or folder to open.
    void exported(const QString& message, const QString& target);

private:
    void exportWithDialog(Kind kind, const QString& title, const QString& suffix,
                          const QString& filter);
    // Suggests a file name beside the scenario.
    QString askPath(const QString& title, const QString& suffix, const QString& filter);
    void reportError(const QString& message);
    report::ReportOptions reportOptions() const;
    // The report's evaluation: the base with its distributions and tornado, as the window's
    // Monte Carlo computes them (same draws, same seed), so the Uncertainty page prints.
    Evaluation reportEvaluation() const;

    QWidget* window_;
    const ScenarioDocument* document_;
    const DocumentFiles* files_;
    AppSettings* settings_;
    std::function<bool()> redactCompany_;
    std::function<PathId()> shownPath_;
};

} // namespace creditpath::ui
