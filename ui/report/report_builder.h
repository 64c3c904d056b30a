#pragma once
// The comparison report as a neutral document, built in one place from the core's results.
// The window's preview/print and the PDF export (pdf_exporter.h) draw this same document.
// Needs a QApplication (the charts are Qt Charts widgets).
#include "evaluation/evaluation.h"
#include "report_options.h"
#include "scenario/scenario.h"

#include <QTextDocument>

#include <memory>

namespace creditpath::ui::report {

// Sections, each starting on a new page: cover; summary; comparison table and value-range
// chart; the variants side by side (when the scenario has variants); burn-down chart with warnings;
// month-by-month table; application timeline; reasons with rule IDs and sources; assumptions;
// materials pack (TL-4). The document owns its charts.
std::unique_ptr<QTextDocument> buildReport(const Evaluation& evaluation, const Scenario& scenario,
                                           const ReportOptions& options);

} // namespace creditpath::ui::report
