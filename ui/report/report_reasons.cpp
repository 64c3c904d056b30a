// Every verdict's reasons with the rules behind them, and the assumptions of the projection.
#include "format/display_text.h"
#include "report_composer.h"
#include "rulebook/rulebook.h"

#include <set>

namespace creditpath::ui::report {
namespace {

Tone toneOf(Severity severity) {
    switch (severity) {
    case Severity::Blocker:
        return Tone::Danger;
    case Severity::Warning:
        return Tone::Warning;
    case Severity::Info:
        break;
    }
    return Tone::Body;
}

} // namespace

void ReportComposer::reasons() {
    w_.pageBreak();
    w_.heading(tr("Why each verdict"));
    w_.paragraph(tr("Each line names the rule behind it in brackets; the rules and their sources "
                    "follow the list."),
                 Tone::Muted);
    std::set<std::string> cited;
    for (const PathResult& p : ev_.paths) {
        w_.heading(tr("%1: %2").arg(pathName(p.id), verdictName(p.verdict)), 3);
        for (const Reason& r : p.reasons) {
            cited.insert(r.rule);
            const QString prefix = r.severity == Severity::Info
                                       ? QString()
                                       : severityName(r.severity) + QStringLiteral(": ");
            w_.paragraph(QStringLiteral("[%1] %2%3")
                             .arg(QString::fromStdString(r.rule), prefix,
                                  reasonText(r, options_.locale, MoneyStyle::Cents)),
                         toneOf(r.severity), 9.5);
        }
    }
    for (const PathNote& a : ev_.alerts)
        cited.insert(a.reason.rule);
    for (const PathResult& p : ev_.paths)
        for (const Derivation& d : derivationsOf(ev_, p.id))
            cited.insert(d.rules.begin(), d.rules.end());
    if (!ev_.recommendation.why.rule.empty())
        cited.insert(ev_.recommendation.why.rule);

    w_.pageBreak();
    w_.heading(tr("Rules cited and their sources"), 2);
    QList<QStringList> rows;
    for (const RuleInfo& rule : rulebook().rules()) {
        if (!cited.count(rule.id))
            continue;
        rows << QStringList{QString::fromStdString(rule.id), ruleTitle(rule),
                            QString::fromStdString(rule.source),
                            QString::fromStdString(rule.verified)};
    }
    w_.table({{tr("Rule"), Qt::AlignLeft, 8},
              {tr("Title"), Qt::AlignLeft, 24},
              {tr("Source"), Qt::AlignLeft, 54},
              {tr("Verified"), Qt::AlignLeft, 14}},
             rows, 7.5);
}

void ReportComposer::assumptions() {
    w_.pageBreak();
    w_.heading(tr("Assumptions"));
    // The report's formatting rule, stated where a reader looks for how to read its figures.
    w_.labelled(
        tr("Formats"),
        tr("every amount is in US dollars (USD) to the cent, exactly as computed (each monthly "
           "charge is rounded half-up to the cent, once); every date is the language's "
           "short date with the year in full (%1); chart axes mark their scale in "
           "thousands or millions (%2).")
            .arg(date(ev_.startDate),
                 formatMoneyCompact(Money::fromWhole(100000), options_.locale)));
    w_.labelled(tr("Horizon"), tr("%1 months").arg(scenario_.horizonMonths));
    w_.labelled(tr("Objective"), objectiveName(scenario_.objective));
    w_.labelled(tr("Stage"), stageName(scenario_.company.stage));
    w_.labelled(tr("AI profile"), aiProfileName(scenario_.company.aiProfile));
    if (scenario_.company.annualRecurringRevenue && !options_.redactCompany)
        w_.labelled(tr("Annual recurring revenue"),
                    money(*scenario_.company.annualRecurringRevenue));
    w_.labelled(tr("Profitable"), scenario_.company.profitable ? tr("yes") : tr("no"));
    w_.labelled(tr("Credits needed within"),
                tr("%1 days").arg(scenario_.company.creditsNeededWithinDays));
    w_.labelled(tr("Institutional vouch"),
                scenario_.company.vcInActivatePortfolio ? tr("VC in Activate Portfolio")
                : scenario_.company.partnerAttestation  ? tr("partner attestation")
                                                        : tr("none"));
    if (scenario_.migration.from != MigrationSource::None)
        w_.labelled(tr("Migration"),
                    tr("from %1, %2 total, phase reached: %3")
                        .arg(migrationSourceName(scenario_.migration.from),
                             money(scenario_.migration.totalCost),
                             migrationPhaseName(scenario_.migration.phaseReached)));

    rulebookAssumptions();

    w_.heading(tr("Monthly spend projection (USD)"), 2);
    QList<QStringList> rows;
    Money total;
    for (const SpendLine& line : scenario_.spendLines) {
        total += line.monthly;
        const QString ramp =
            line.ramp ? tr("to %1 over %2 months").arg(money(line.ramp->to)).arg(line.ramp->months)
                      : tr("none");
        rows << QStringList{
            categoryName(line.category), money(line.monthly), ramp,
            tr("%1 per month").arg(formatPercent(line.growthPercentPerMonth, options_.locale))};
    }
    rows << QStringList{tr("Total, month 1"), money(total), {}, {}};
    w_.table({{tr("Category"), Qt::AlignLeft, 30},
              {tr("Monthly"), Qt::AlignRight, 20},
              {tr("Ramp"), Qt::AlignLeft, 28},
              {tr("Growth"), Qt::AlignRight, 22}},
             rows, 9);
    w_.paragraph(tr("Marketplace purchases, upfront commitment fees and Enterprise support are "
                    "never paid by promotional credits (BD-6). Expected values weigh awards by "
                    "the approval odds of ST-2 and the program rules; ranges stay ranges."),
                 Tone::Muted);
}

} // namespace creditpath::ui::report
