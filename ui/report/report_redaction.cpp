#include "report_redaction.h"

#include <QCoreApplication>

namespace creditpath::ui::report {
namespace {

QString redactedText() {
    return QCoreApplication::translate("creditpath::ui::report::ReportComposer", "[redacted]");
}

// Reason arguments that state the company's revenue (SP-2).
bool isRevenue(const MessageArg& arg) {
    return arg.name == "arr";
}

void redact(Reason& r) {
    for (MessageArg& a : r.args)
        if (isRevenue(a)) {
            a.kind = MessageArg::Kind::Text;
            a.value = redactedText().toStdString();
            r.text.clear(); // the English sentence quoted it; views render from the args
        }
}

} // namespace

QString reportScenarioName(const Scenario& scenario, const ReportOptions& options) {
    if (options.redactCompany)
        return QCoreApplication::translate("creditpath::ui::report::ReportComposer",
                                           "Scenario (name hidden)");
    return QString::fromStdString(scenario.name);
}

Evaluation redactedEvaluation(const Evaluation& evaluation, const ReportOptions& options) {
    Evaluation out = evaluation;
    if (!options.redactCompany)
        return out;
    for (PathResult& p : out.paths)
        for (Reason& r : p.reasons)
            redact(r);
    for (PathNote& n : out.alerts)
        redact(n.reason);
    for (PathNote& n : out.recommendation.ruledOut)
        redact(n.reason);
    return out;
}

} // namespace creditpath::ui::report
