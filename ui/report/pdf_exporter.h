#pragma once
// Prints the report document (report_builder.h) to a PDF file: A4 or Letter, a footer with the
// page number on every page, charts as vectors. The file is written to a temporary sibling and
// renamed into place, so a failed export leaves no partial file behind.
#include "evaluation/evaluation.h"
#include "report_options.h"
#include "scenario/scenario.h"

#include <QString>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace creditpath::ui::report {

// Builds the report and writes it to `path`. On failure returns false and, when `error` is
// given, says why in the UI language. Needs a QApplication (the charts are Qt Charts).
bool exportPdfReport(const Evaluation& evaluation, const Scenario& scenario,
                     const ReportOptions& options, const QString& path, QString* error);

// Lays `document` out on the paper and prints it to `device` (open for writing); returns the
// number of pages, 0 on failure. `footer` is printed left of "Page i of n", with
// `scenarioName` in place of its "%1", shortened by whole words when the line is too long.
int printDocument(QTextDocument& document, Paper paper, const QString& footer, QIODevice& device,
                  const QString& scenarioName = QString());

// The same on any paged device whose page is already set up (a QPdfWriter, a QPrinter).
int paintDocument(QTextDocument& document, const QString& footer, QPagedPaintDevice& device,
                  const QString& scenarioName = QString());

// The report, redacted as the options say, with its footer on `device` (the window's print and
// print preview): the pages it printed, 0 on failure.
int printReport(const Evaluation& evaluation, const Scenario& scenario,
                const ReportOptions& options, QPagedPaintDevice& device);
// The footer line, with "%1" left for the scenario name (printDocument fits it in).
QString reportFooter(const Evaluation& evaluation);

} // namespace creditpath::ui::report
