// The report's rulebook assumptions: the edition and overrides the figures come from, the
// billing assumptions (BD-1, BD-2), the rules not verified recently (PD-6) and what the
// overrides change against the shipped edition.
#include "format/rulebook_text.h"
#include "report_composer.h"
#include "rulebook/staleness.h"

namespace creditpath::ui::report {

void ReportComposer::rulebookAssumptions() {
    const Rulebook& rb = rulebook();
    w_.heading(tr("Rulebook"), 2);
    w_.labelled(tr("Edition and overrides"), rulebookName(ev_));
    w_.labelled(tr("Billing"),
                creditsStartText(rb.params()) + QLatin1Char(' ') + tieBreakText(rb.params()));
    const QDate day = options_.date.isValid() ? options_.date : QDate::currentDate();
    const auto today = std::chrono::sys_days(std::chrono::year(day.year()) /
                                             std::chrono::month(unsigned(day.month())) /
                                             std::chrono::day(unsigned(day.day())));
    const auto stale = staleRules(rb, today);
    if (stale.empty()) {
        w_.labelled(tr("Stale rules"), tr("none: every rule was verified within %n month(s)",
                                          nullptr, rb.params().staleAfterMonths));
    } else {
        QStringList ids;
        for (const auto& id : stale)
            ids << QString::fromStdString(id);
        w_.labelled(
            tr("Stale rules"),
            tr("verified more than %n month(s) ago: %1", nullptr, rb.params().staleAfterMonths)
                .arg(ids.join(QStringLiteral(", "))),
            Tone::Warning);
    }
    if (ev_.rulebookOverrides.empty())
        return;
    // "What changed": the scenario under the shipped edition alone, compared by the core.
    QList<QStringList> rows;
    for (const FigureChange& c : changes_) {
        QStringList rules;
        for (const auto& r : c.rules)
            rules << QString::fromStdString(r);
        rows << QStringList{
            diffPathName(c.path), figureName(c.figure), diffValueText(c.before, options_.locale),
            diffValueText(c.after, options_.locale), rules.join(QStringLiteral(", "))};
    }
    if (rows.isEmpty()) {
        w_.labelled(tr("What changed"),
                    tr("no verdict or figure differs from the shipped edition"));
        return;
    }
    w_.paragraph(tr("What the overrides change against the shipped edition:"));
    w_.table({{tr("Path"), Qt::AlignLeft, 18},
              {tr("Figure"), Qt::AlignLeft, 26},
              {tr("Shipped"), Qt::AlignRight, 19},
              {tr("Now"), Qt::AlignRight, 19},
              {tr("Rule"), Qt::AlignLeft, 18}},
             rows, 8);
}

} // namespace creditpath::ui::report
