// The Bedrock POC plan and its BP-3 checklist, ticked from the evaluation's POC gap reasons.
#include "document/scenario_document.h"
#include "field_binder.h"
#include "format/display_text.h"
#include "scenario_forms.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace creditpath::ui {

PocPage::PocPage(FieldBinder* b, ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), checklist_(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    auto* box = new QGroupBox(tr("Bedrock POC plan"));
    auto* f = new QFormLayout(box);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    b->addCheck(f, tr("Apply for a Bedrock POC"), QStringLiteral("bedrock_poc.enabled"));
    b->addLongText(f, tr("Use case"), QStringLiteral("bedrock_poc.use_case"));
    b->addText(f, tr("Model"), QStringLiteral("bedrock_poc.model"));
    b->addLongText(f, tr("Why this model"), QStringLiteral("bedrock_poc.model_reasoning"));
    b->addLongText(f, tr("Evaluation methodology"), QStringLiteral("bedrock_poc.eval_methodology"));
    b->addInteger(f, tr("Examples evaluated per week"),
                  QStringLiteral("bedrock_poc.eval_examples_per_week"), 0, 10'000'000, 0);
    b->addMoney(f, tr("Inference budget per month (USD)"),
                QStringLiteral("bedrock_poc.monthly_budget"), true);
    b->addInteger(f, tr("POC window (days)"), QStringLiteral("bedrock_poc.window_days"), 1, 3650,
                  60);
    b->addCheck(f, tr("Customer letter of intent"), QStringLiteral("bedrock_poc.customer_loi"));
    b->addCheck(f, tr("Commitment to scale"), QStringLiteral("bedrock_poc.commit_to_scale"));
    b->addCheck(f, tr("POC expected to complete"), QStringLiteral("bedrock_poc.poc_completes"));
    layout->addWidget(box);

    auto* checkBox = new QGroupBox(tr("BP-3 checklist"));
    const QString checklistHelp =
        tr("What a Bedrock POC plan must hold before it is filed: the use case, the model and "
           "why, the evaluation method, the inference budget and the POC window (BP-3).");
    checkBox->setToolTip(checklistHelp);
    checkBox->setWhatsThis(checklistHelp);
    auto* checkLayout = new QVBoxLayout(checkBox);
    checklist_->setObjectName(QStringLiteral("pocChecklist"));
    checklist_->setWordWrap(true);
    checklist_->setTextFormat(Qt::RichText);
    checkLayout->addWidget(checklist_);
    layout->addWidget(checkBox);
    layout->addStretch();
    connect(document_, &ScenarioDocument::changed, this, &PocPage::updateChecklist);
    updateChecklist();
}

void PocPage::updateChecklist() {
    // Each BP-3 part is ticked unless the core reports its gap on the stack path.
    static const std::pair<const char*, const char*> kParts[] = {
        {"poc_gap_use_case", QT_TR_NOOP("Use-case paragraph")},
        {"poc_gap_model", QT_TR_NOOP("Chosen model")},
        {"poc_gap_model_reasoning", QT_TR_NOOP("Why that model")},
        {"poc_gap_eval_methodology", QT_TR_NOOP("Evaluation methodology")},
        {"poc_gap_eval_examples", QT_TR_NOOP("Examples evaluated per week")},
        {"poc_gap_budget", QT_TR_NOOP("Projected inference budget")},
    };
    if (!document_->scenario().bedrockPoc.enabled) {
        checklist_->setText(tr("No Bedrock POC planned."));
        return;
    }
    const PathResult& stack = document_->evaluation().path(PathId::Stack);
    const QLocale locale;
    QString html;
    QStringList missing;
    for (const auto& [code, label] : kParts) {
        const Reason* gap = nullptr;
        for (const Reason& r : stack.reasons)
            if (r.code == code)
                gap = &r;
        html += (gap ? QStringLiteral("&#9744; ") : QStringLiteral("&#9745; ")) +
                tr(label).toHtmlEscaped() + QStringLiteral("<br>");
        if (gap)
            missing << reasonText(*gap, locale).toHtmlEscaped();
    }
    if (missing.isEmpty())
        html += QStringLiteral("<b>") + tr("Complete: every BP-3 part is filled in.") +
                QStringLiteral("</b>");
    else
        html += QStringLiteral("<b>") + tr("Missing:") + QStringLiteral("</b><br>") +
                missing.join(QStringLiteral("<br>"));
    checklist_->setText(html);
}

} // namespace creditpath::ui
