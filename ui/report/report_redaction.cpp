#include "report_redaction.h"

#include "output/name_redaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace creditpath::ui::report {
namespace {

QString redactedText() {
    return QCoreApplication::translate("creditpath::ui::report::ReportComposer", "[redacted]");
}

// Reason arguments that state the company's revenue (SP-2).
bool isRevenue(const MessageArg& arg) {
    return arg.name == "arr";
}

void redact(Reason& r, const std::string& companyName) {
    const std::string hidden = redactedText().toStdString();
    for (MessageArg& a : r.args) {
        if (isRevenue(a)) {
            a.kind = MessageArg::Kind::Text;
            a.typed = hidden;
        } else if (a.kind == MessageArg::Kind::Text) {
            a.typed = hideCompanyName(a.value(), companyName, hidden); // quoted use-case phrases
        }
    }
}

std::string scrub(const std::string& text, const std::string& companyName) {
    return hideCompanyName(text, companyName, redactedText().toStdString());
}

} // namespace

QString reportScenarioName(const Scenario& scenario, const ReportOptions& options) {
    if (options.redactCompany)
        return QCoreApplication::translate("creditpath::ui::report::ReportComposer",
                                           "Scenario (name hidden)");
    return QString::fromStdString(scenario.name);
}

Evaluation redactedEvaluation(const Evaluation& evaluation, const Scenario& scenario,
                              const ReportOptions& options) {
    Evaluation out = evaluation;
    if (!options.redactCompany)
        return out;
    const std::string& name = scenario.company.name;
    for (PathResult& p : out.paths)
        for (Reason& r : p.reasons)
            redact(r, name);
    for (PathNote& n : out.alerts)
        redact(n.reason, name);
    for (PathNote& n : out.recommendation.ruledOut)
        redact(n.reason, name);
    // A partner names override files and editions after the client as often as not.
    for (RulebookOverride& o : out.rulebookOverrides) {
        o.origin = hideCompanyName(o.origin, name, "[redacted]");
        o.edition = hideCompanyName(o.edition, name, "[redacted]");
    }
    return out;
}

ReportOptions redactedOptions(const ReportOptions& options, const Scenario& scenario) {
    ReportOptions out = options;
    if (options.redactCompany)
        for (VariantEvaluation& v : out.variants)
            v.name = scrub(v.name, scenario.company.name);
    return out;
}

Scenario redactedScenario(const Scenario& scenario, const ReportOptions& options) {
    if (!options.redactCompany)
        return scenario;
    const std::string& name = scenario.company.name;
    Scenario out = scenario;
    out.name = reportScenarioName(scenario, options).toStdString();
    out.company.name.clear();
    out.company.awsAccountId.clear();
    out.company.annualRecurringRevenue.reset();
    for (std::string* text :
         {&out.portfolio.useCase, &out.build.useCase, &out.bedrockPoc.useCase,
          &out.bedrockPoc.model, &out.bedrockPoc.modelReasoning, &out.bedrockPoc.evalMethodology})
        *text = scrub(*text, name);
    out.sourceDocument.clear();
    return out;
}

} // namespace creditpath::ui::report
