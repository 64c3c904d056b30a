// The materials pack of TL-4: the checklist and drafts of the three application records.
#include "evaluation/application_records.h"
#include "format/display_text.h"
#include "report_composer.h"

namespace creditpath::ui::report {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

} // namespace

void ReportComposer::materials() {
    w_.pageBreak();
    w_.heading(tr("Materials pack (TL-4)"));
    w_.paragraph(tr("What the partner needs from you on day 3–4, and drafts of the three "
                    "application records to paste into the partner's forms."),
                 Tone::Muted);
    QList<QStringList> rows;
    QList<Tone> tones;
    for (const MaterialItem& item : ev_.materials) {
        rows << QStringList{item.ready ? QStringLiteral("✔") : QStringLiteral("☐"),
                            materialName(item.id),
                            item.ready ? tr("ready (in the scenario)") : tr("to provide")};
        tones << (item.ready ? Tone::Body : Tone::Warning);
    }
    w_.table({{QString(), Qt::AlignHCenter, 6},
              {tr("Item"), Qt::AlignLeft, 64},
              {tr("Status"), Qt::AlignLeft, 30}},
             rows, 9.5, tones);

    auto orTodo = [](const std::string& text, const QString& what) {
        return text.empty() ? tr("[to write: %1]").arg(what) : QString::fromStdString(text);
    };

    // Record 1: Activate Portfolio.
    QStringList lines;
    Money portfolioSpend;
    for (const SpendLine& line : scenario_.spendLines) {
        if (!describedByPortfolioRecord(line.category))
            continue;
        portfolioSpend += line.monthly;
        lines << tr("%1 %2").arg(categoryName(line.category), money(line.monthly));
    }
    w_.box(
        tr("Record 1: Activate Portfolio"),
        {{tr("Use case"), orTodo(scenario_.portfolio.useCase, tr("the production workload"))},
         {tr("AWS services"), orTodo(joined(scenario_.portfolio.services), tr("services"))},
         {tr("Expected monthly spend"),
          tr("%1 per month (%2)").arg(money(portfolioSpend), lines.join(QStringLiteral("; ")))}});

    // Record 2: Build for Startups.
    if (scenario_.build.enabled) {
        w_.box(
            tr("Record 2: Build for Startups"),
            {{tr("Use case"), orTodo(scenario_.build.useCase, tr("the distinct project"))},
             {tr("AWS services"), orTodo(joined(scenario_.build.services), tr("services"))},
             {tr("Expected monthly spend"), tr("%1 per month over a %n-month implementation window",
                                               nullptr, scenario_.build.windowMonths)
                                                .arg(money(scenario_.build.monthlySpend))}});
    } else {
        w_.paragraph(tr("Record 2 (Build for Startups): not planned in this scenario."),
                     Tone::Muted);
    }

    // Record 3: Bedrock POC.
    const BedrockPocPlan& poc = scenario_.bedrockPoc;
    if (poc.enabled) {
        QString eval = orTodo(poc.evalMethodology, tr("evaluation methodology"));
        if (poc.evalExamplesPerWeek > 0)
            eval += QLatin1Char(' ') + tr("(%n examples per week against a held-out set)", nullptr,
                                          poc.evalExamplesPerWeek);
        QStringList commitments;
        if (poc.customerLoi)
            commitments << tr("a customer Letter of Intent");
        if (poc.commitToScale)
            commitments << tr("a commitment to scale Bedrock after the POC");
        w_.box(
            tr("Record 3: Bedrock POC"),
            {{tr("Use case"), orTodo(poc.useCase, tr("the AI use case"))},
             {tr("Model and why"), tr("%1: %2").arg(orTodo(poc.model, tr("model")),
                                                    orTodo(poc.modelReasoning, tr("reasoning")))},
             {tr("Evaluation methodology"), eval},
             {tr("Expected monthly spend"),
              poc.monthlyBudget
                  ? tr("%1 per month of inference at POC scale").arg(money(*poc.monthlyBudget))
                  : tr("[to write: projected inference budget]")},
             {tr("POC window"), tr("%1 days").arg(poc.windowDays)},
             {tr("Commercial trajectory"),
              commitments.isEmpty() ? tr("none stated") : commitments.join(tr("; "))}});
    } else {
        w_.paragraph(tr("Record 3 (Bedrock POC): not planned in this scenario."), Tone::Muted);
    }
}

} // namespace creditpath::ui::report
