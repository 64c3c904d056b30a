#include "report_builder.h"

#include "charts/chart_factory.h"
#include "evaluation/evaluation_diff.h"
#include "evaluation/evaluator.h"
#include "format/display_text.h"
#include "report_composer.h"
#include "report_redaction.h"
#include "rulebook/rulebook.h"

#include "evaluation/timeline.h"

#include <QChart>
#include <QDate>
#include <QFont>

namespace creditpath::ui::report {

std::unique_ptr<QTextDocument> buildReport(const Evaluation& evaluation, const Scenario& scenario,
                                           const ReportOptions& options) {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    // No "fi"/"ff" ligatures: text copied from the PDF (the drafts) must paste as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 reportScenarioName(scenario, options));
    ReportWriter writer(document.get());
    // Redaction happens here, once, so every report (PDF, preview, print) is redacted alike.
    const Evaluation shownEvaluation = redactedEvaluation(evaluation, scenario, options);
    const Scenario shownScenario = redactedScenario(scenario, options);
    const ReportOptions shownOptions = redactedOptions(options, scenario);
    ReportComposer composer(shownEvaluation, shownScenario, shownOptions, writer);
    // "What changed" from the scenario as evaluated (redaction drops figures such as revenue
    // that the comparison must keep); the changes themselves carry no names.
    if (!evaluation.rulebookOverrides.empty())
        composer.setRulebookChanges(diffEvaluations(
            evaluate(scenario, Rulebook::builtIn(), {evaluation.startDate}), evaluation));
    composer.cover();
    composer.summary();
    composer.comparison();
    composer.variants();
    composer.burnDown();
    composer.burnDownTable();
    composer.uncertainty();
    composer.timeline();
    composer.reasons();
    composer.assumptions();
    composer.materials();
    writer.finish();
    return document;
}

ReportComposer::ReportComposer(const Evaluation& evaluation, const Scenario& scenario,
                               const ReportOptions& options, ReportWriter& writer)
    : ev_(evaluation), scenario_(scenario), options_(options), w_(writer) {
    chartStyle_.locale = options.locale;
    chartStyle_.basePointSize = 10; // printed at 1/1.3: about 7.7 pt
    chartStyle_.forPrint = true;
}

QString ReportComposer::money(const Money& amount) const {
    // "150.000,00 $" never parts from its "$" at a line end.
    return formatMoney(amount, options_.locale).replace(QLatin1Char(' '), QChar(0x00a0));
}
QString ReportComposer::date(std::chrono::sys_days day) const {
    return date(QDate::fromString(QString::fromStdString(toIsoDate(day)), Qt::ISODate));
}
QString ReportComposer::date(const QDate& day) const {
    // The one date format of the report (its assumptions say so): the language's short date
    // with the year in full, so "11/27/26" can never be read as another century.
    QString format = options_.locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return options_.locale.toString(day, format);
}
QString ReportComposer::days(const DayRange& range) const {
    if (range.min == range.max)
        return tr("day %1").arg(range.min);
    return tr("days %1–%2").arg(range.min).arg(range.max);
}
QString ReportComposer::minutes(int founderMinutes) const {
    // Minutes always, as the window's "Founder min" column: one unit to compare across views.
    return tr("%1 min").arg(options_.locale.toString(founderMinutes));
}
QString ReportComposer::companyName() const {
    if (options_.redactCompany)
        return tr("[redacted]");
    if (scenario_.company.name.empty())
        return tr("(no company name)");
    return QString::fromStdString(scenario_.company.name);
}
const Rulebook& ReportComposer::rulebook() const {
    return options_.rulebook ? *options_.rulebook : Rulebook::builtIn();
}

const BurnDown& ReportComposer::shownBurnDown() const {
    if (ev_.recommendation.path)
        if (const BurnDown* bd = ev_.burnDownFor(*ev_.recommendation.path))
            return *bd;
    return ev_.burnDown;
}

void ReportComposer::cover() {
    // The title block shares page 1 with the summary: the recommendation and its figures are
    // what a reader opens the report for.
    w_.coverTitle(tr("AWS credit path comparison"));
    w_.paragraph(reportScenarioName(scenario_, options_), Tone::Strong);
    w_.labelled(tr("Company"), companyName());
    const QDate day = options_.date.isValid() ? options_.date : QDate::currentDate();
    w_.labelled(tr("Date"), date(day));
    w_.labelled(tr("Rulebook edition"), QString::fromStdString(ev_.rulebookEdition));
    if (ev_.rulebookOverrides.empty()) {
        w_.labelled(tr("Rulebook overrides"), tr("none: the shipped figures apply"));
    } else {
        QStringList lines;
        for (const RulebookOverride& o : ev_.rulebookOverrides) {
            QStringList changed;
            for (const auto& c : o.changed)
                changed << QString::fromStdString(c);
            lines << tr("%1 (%2): %3")
                         .arg(QString::fromStdString(o.origin),
                              o.edition.empty() ? tr("no edition")
                                                : QString::fromStdString(o.edition),
                              changed.isEmpty() ? tr("no change")
                                                : changed.join(QStringLiteral(", ")));
        }
        w_.labelled(tr("Rulebook overrides"), tr("these files change the shipped figures:"),
                    Tone::Warning);
        w_.bullets(lines, Tone::Warning);
    }
    w_.labelled(tr("Application timelines start"), date(ev_.startDate));
    w_.labelled(tr("Horizon"), tr("%1 months").arg(ev_.horizonMonths));
    w_.paragraph(tr("Figures come from the CreditPath rulebook; every verdict names the rules "
                    "behind it, and the rules' sources are listed in this report. Awards are "
                    "decided by AWS; this report estimates, it does not promise."),
                 Tone::Muted);
}

void ReportComposer::summary() {
    w_.heading(tr("Summary"));
    w_.labelled(tr("Objective"), objectiveName(ev_.recommendation.objective));
    const auto& rec = ev_.recommendation;
    if (!rec.path) {
        w_.paragraph(reasonText(rec.why, options_.locale, MoneyStyle::Cents), Tone::Danger);
        QStringList out;
        for (const PathNote& n : rec.ruledOut)
            out << tr("%1: %2 (%3)")
                       .arg(pathList(n.paths),
                            reasonText(n.reason, options_.locale, MoneyStyle::Cents),
                            QString::fromStdString(n.reason.rule));
        w_.bullets(out);
        alertsSection();
        return;
    }
    const PathResult& best = ev_.path(*rec.path);
    const QString bestName = pathName(*rec.path);
    w_.heading(tr("Recommended: %1").arg(bestName), 2);
    w_.paragraph(tr("Why: %1 (rule %2)")
                     .arg(reasonText(rec.why, options_.locale, MoneyStyle::Cents),
                          QString::fromStdString(rec.why.rule)));

    // Every figure of this table belongs to the recommended path, and says so.
    QList<QStringList> rows;
    rows << QStringList{tr("Expected value"), money(best.expectedValue),
                        tr("usable value × approval odds (PD-2)")};
    rows << QStringList{tr("Usable value"), money(best.usableValue.typical),
                        tr("what the projected bill absorbs before expiry")};
    rows << QStringList{
        tr("Face value"),
        tr("%1 – %2 – %3")
            .arg(money(best.value.low), money(best.value.typical), money(best.value.high)),
        tr("low – typical – high")};
    rows << QStringList{tr("Approval odds"), formatPercent(best.approvalOdds, options_.locale), {}};
    const QString landing = best.timeline.empty() ? QString()
                                                  : tr("%1 to %2")
                                                        .arg(date(best.timeline.back().dateFrom),
                                                             date(best.timeline.back().dateTo));
    rows << QStringList{tr("Money arrives"), days(best.daysToMoney), landing};
    rows << QStringList{tr("Founder time"), minutes(best.founderMinutes), {}};
    if (const BurnDown* bd = ev_.burnDownFor(*rec.path)) {
        rows << QStringList{tr("Credits cover the bill"),
                            tr("through month %1").arg(bd->coveredThroughMonth),
                            tr("of %1 months projected").arg(ev_.horizonMonths)};
        rows << QStringList{tr("Total out of pocket"), money(bd->totalOutOfPocket),
                            tr("over %1 months").arg(ev_.horizonMonths)};
        rows << QStringList{tr("Forfeited credits"), money(bd->totalForfeited),
                            bd->totalForfeited.isZero() ? tr("nothing expires unused")
                                                        : tr("expires unused (BD-3)")};
    }
    w_.paragraph(tr("Headline figures of %1:").arg(bestName), Tone::Strong);
    w_.table({{tr("Headline figure"), Qt::AlignLeft, 31},
              {tr("Value (USD)"), Qt::AlignLeft, 33},
              {tr("Note"), Qt::AlignLeft, 36}},
             rows, 10);

    alertsSection();
    w_.heading(tr("The other paths"), 2);
    QStringList others;
    for (const PathResult& p : ev_.paths) {
        if (p.id == *rec.path)
            continue;
        others << tr("%1: %2, expected %3 (usable %4), %5")
                      .arg(pathName(p.id), verdictName(p.verdict), money(p.expectedValue),
                           money(p.usableValue.typical), days(p.daysToMoney));
    }
    w_.bullets(others);
    derivations(best);
}

void ReportComposer::alertsSection() {
    w_.heading(tr("Before filing"), 2);
    if (ev_.alerts.empty()) {
        w_.paragraph(tr("No warnings: nothing found that would sink an application."), Tone::Good);
        return;
    }
    for (const PathNote& alert : ev_.alerts)
        w_.paragraph(tr("%1 [%2] %3: %4")
                         .arg(severityName(alert.reason.severity),
                              QString::fromStdString(alert.reason.rule), pathList(alert.paths),
                              reasonText(alert.reason, options_.locale, MoneyStyle::Cents)),
                     alert.reason.severity == Severity::Blocker ? Tone::Danger : Tone::Warning);
}

void ReportComposer::derivations(const PathResult& path) {
    w_.heading(tr("Why these figures: %1").arg(pathName(path.id)), 2);
    QStringList lines;
    for (const Derivation& d : derivationsOf(ev_, path.id))
        lines << derivationText(d, options_.locale, MoneyStyle::Cents);
    w_.bullets(lines);
}

void ReportComposer::comparison() {
    // No page break: the summary's last lines often spill onto page 2, which a break left
    // nearly empty; the comparison follows them (the chart moves on whole when it must).
    w_.heading(tr("All paths compared"));
    w_.paragraph(tr("Value over the %n-month horizon in USD. Credit paths: the awards applied "
                    "for; discount paths: the money saved on the same spend projection.",
                    nullptr, ev_.horizonMonths),
                 Tone::Muted);
    QList<QStringList> rows;
    QList<Tone> tones;
    for (const PathResult& p : ev_.paths) {
        const bool recommended = ev_.recommendation.path == p.id;
        rows << QStringList{recommended ? QStringLiteral("★ ") + pathName(p.id) : pathName(p.id),
                            verdictName(p.verdict),
                            money(p.value.low),
                            money(p.value.typical),
                            money(p.value.high),
                            money(p.usableValue.typical),
                            money(p.expectedValue),
                            formatPercent(p.approvalOdds, options_.locale),
                            QStringLiteral("%1–%2").arg(p.daysToMoney.min).arg(p.daysToMoney.max),
                            options_.locale.toString(p.founderMinutes)};
        // The recommended row is starred as in the window, not bold: bold amounts to the cent
        // would not fit their columns.
        tones << (p.verdict == Verdict::NotEligible ? Tone::Greyed : Tone::Body);
    }
    // Amounts to the cent ("1.000.000,00 $") keep one line each at 6.5 pt; founder time in
    // minutes as the window's "Founder min" column. Words too wide for a column widen it.
    w_.table({{tr("Path"), Qt::AlignLeft, 14},
              {tr("Verdict"), Qt::AlignLeft, 8},
              {tr("Low"), Qt::AlignRight, 11},
              {tr("Typical"), Qt::AlignRight, 11},
              {tr("High"), Qt::AlignRight, 12},
              {tr("Usable"), Qt::AlignRight, 11},
              {tr("Expected"), Qt::AlignRight, 11},
              {tr("Odds"), Qt::AlignRight, 5},
              {tr("Days"), Qt::AlignRight, 8},
              {tr("Founder min"), Qt::AlignRight, 9}},
             rows, 6.5, tones);
    w_.paragraph(tr("★: the recommended path. Low, typical, high: face value. Usable: what the "
                    "projected bill absorbs of the typical award before its pools expire. "
                    "Expected: usable × approval odds. Days: from the inquiry until the money is "
                    "usable."),
                 Tone::Muted);
    w_.chart(charts::makeValueRangeChart(ev_, chartStyle_), 0.7);
}

} // namespace creditpath::ui::report
