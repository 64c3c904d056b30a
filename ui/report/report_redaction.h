#pragma once
// What a redacted report (screen share, --redact-company) must not carry: the company's name,
// which scenario and file names often repeat, and its revenue, which reasons quote.
#include "evaluation/evaluation.h"
#include "report_options.h"
#include "scenario/scenario.h"

#include <QString>

namespace creditpath::ui::report {

// The scenario's name as the report may print it (cover, footer, PDF metadata).
QString reportScenarioName(const Scenario& scenario, const ReportOptions& options);
// The evaluation with revenue figures in reasons replaced by "[redacted]" and the company's
// name scrubbed from quoted text, when redacting.
Evaluation redactedEvaluation(const Evaluation& evaluation, const Scenario& scenario,
                              const ReportOptions& options);
// The scenario as a redacted report may print it: no company name, account ID or revenue, and
// the name scrubbed from every free-text field (use cases, model reasoning, eval method).
Scenario redactedScenario(const Scenario& scenario, const ReportOptions& options);
// The options with the company's name scrubbed from variant names, when redacting.
ReportOptions redactedOptions(const ReportOptions& options, const Scenario& scenario);

} // namespace creditpath::ui::report
