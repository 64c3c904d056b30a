// The company page and the applications page of the scenario forms.
#include "choices.h"
#include "field_binder.h"
#include "format/display_text.h"
#include "scenario_forms.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace creditpath::ui {
namespace {
// lupdate files free tr() calls under the enclosing namespace; the context matches it.
QString tr(const char* text) {
    return QCoreApplication::translate("creditpath::ui", text);
}

QFormLayout* group(QVBoxLayout* page, const QString& title) {
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    page->addWidget(box);
    return form;
}
} // namespace

QWidget* makeCompanyPage(FieldBinder* b) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    QFormLayout* s = group(layout, tr("Scenario"));
    b->addText(s, tr("Scenario name"), QStringLiteral("name"));
    b->addChoice(s, tr("Objective"), QStringLiteral("objective"),
                 choicesOf<Objective>(objectiveName));
    b->addInteger(s, tr("Horizon (months)"), QStringLiteral("horizon_months"), 1, 120, 36);

    QFormLayout* c = group(layout, tr("Company profile"));
    b->addText(c, tr("Company name"), QStringLiteral("company.name"));
    b->addChoice(c, tr("Stage"), QStringLiteral("company.stage"), choicesOf<Stage>(stageName));
    b->addChoice(c, tr("AI profile"), QStringLiteral("company.ai_profile"),
                 choicesOf<AiProfile>(aiProfileName));
    b->addCheck(c, tr("VC in Activate Portfolio"),
                QStringLiteral("company.vc_in_activate_portfolio"));
    b->addCheck(c, tr("Partner attestation"), QStringLiteral("company.partner_attestation"));
    b->explain(QStringLiteral("company.vc_in_activate_portfolio"),
               tr("A venture capital firm in the AWS Activate Portfolio program backs the "
                  "company and vouches for its Portfolio application (PF-5)."));
    b->explain(QStringLiteral("company.partner_attestation"),
               tr("An AWS partner vouches for the company; it stands in for a Portfolio VC. "
                  "Without either, Portfolio cannot be approved (PF-5)."));
    b->addMoney(c, tr("Annual recurring revenue (USD)"),
                QStringLiteral("company.annual_recurring_revenue"), true);
    b->addCheck(c, tr("Profitable"), QStringLiteral("company.profitable"));
    b->addText(c, tr("AWS region"), QStringLiteral("company.region"))
        ->setPlaceholderText(QStringLiteral("eu-central-1"));
    b->addText(c, tr("AWS account ID"), QStringLiteral("company.aws_account_id"))
        ->setPlaceholderText(tr("12 digits"));
    b->addInteger(c, tr("Credits needed within (days)"),
                  QStringLiteral("company.credits_needed_within_days"), 1, 3650, 30);
    layout->addStretch();
    return page;
}

QWidget* makeApplicationsPage(FieldBinder* b) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    QFormLayout* p = group(layout, tr("Activate Portfolio application"));
    b->addLongText(p, tr("Use case"), QStringLiteral("portfolio.use_case"));
    b->addTags(p, tr("AWS services"), QStringLiteral("portfolio.services"));

    QFormLayout* build = group(layout, tr("Build for Startups application"));
    b->addCheck(build, tr("Apply for Build"), QStringLiteral("build.enabled"));
    b->addLongText(build, tr("Use case"), QStringLiteral("build.use_case"));
    b->addTags(build, tr("AWS services"), QStringLiteral("build.services"));
    b->addMoney(build, tr("Build spend per month (USD)"), QStringLiteral("build.monthly_spend"),
                true);
    b->addInteger(build, tr("Implementation window (months)"),
                  QStringLiteral("build.window_months"), 1, 120, 9);

    QFormLayout* m = group(layout, tr("Migration to AWS"));
    b->addChoice(m, tr("Migrating from"), QStringLiteral("migration.from"),
                 choicesOf<MigrationSource>(migrationSourceName));
    b->addMoney(m, tr("Total migration cost (USD)"), QStringLiteral("migration.total_cost"), true);
    b->addChoice(m, tr("Phase reached"), QStringLiteral("migration.phase_reached"),
                 choicesOf<MigrationPhase>(migrationPhaseName));
    b->addMoney(m, tr("AWS spend per month after migration (USD)"),
                QStringLiteral("migration.post_migration_monthly_spend"), true);
    layout->addStretch();
    return page;
}

} // namespace creditpath::ui
