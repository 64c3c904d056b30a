// Issue 11's report page: the distribution of every credit path over the Monte Carlo draws,
// and the tornado of the recommended path. Present only when the evaluation carries them
// (draws were asked for); every figure comes from the core and is only formatted here.
#include "charts/chart_factory.h"
#include "format/display_text.h"
#include "report_composer.h"

#include <QChart>

namespace creditpath::ui::report {

// A tornado setting as people read it: "-20%" for spend and growth, "0%" / "100%" for odds
// (in the reader's locale), "+3 months" for the start.
QString ReportComposer::sensitivitySetting(const std::string& input,
                                           const std::string& setting) const {
    if (input == "start_month") {
        const int months = std::stoi(setting);
        return months == 0 ? tr("as planned") : tr("+%n month(s)", nullptr, months);
    }
    try {
        const bool plus = setting.starts_with('+'); // the core writes "+20" for the high end
        const QString text =
            formatPercent(Rate::parsePercent(plus ? setting.substr(1) : setting), options_.locale);
        return plus ? QLatin1Char('+') + text : text;
    } catch (const MoneyError&) {
        return QString::fromStdString(setting);
    }
}

void ReportComposer::uncertainty() {
    const Distribution* any = nullptr;
    for (const PathResult& p : ev_.paths)
        if (p.distribution && !any)
            any = &*p.distribution;
    if (!any && !ev_.sensitivity)
        return;
    w_.pageBreak();
    w_.heading(tr("Uncertainty"));
    if (any) {
        w_.paragraph(tr("%1 seeded draws (seed %2) of each application's approval, the POC's "
                        "completion and the spend. P10, P50 and P90: one draw in ten is below, "
                        "half are below, nine in ten are below.")
                         .arg(options_.locale.toString(any->draws))
                         .arg(QString::number(any->seed)),
                     Tone::Muted);
        QList<QStringList> rows;
        for (const PathResult& p : ev_.paths) {
            if (!p.distribution)
                continue;
            const Distribution& d = *p.distribution;
            auto months = [&](int a, int b, int c) {
                return QStringLiteral("%1 / %2 / %3")
                    .arg(options_.locale.toString(a), options_.locale.toString(b),
                         options_.locale.toString(c));
            };
            rows << QStringList{
                pathShortName(p.id),
                options_.locale.toString(100.0 * d.approvedDraws / d.draws, 'f', 1) +
                    QStringLiteral(" %"),
                money(d.outOfPocket.low),
                money(d.outOfPocket.typical),
                money(d.outOfPocket.high),
                money(d.usable.low),
                money(d.usable.typical),
                money(d.usable.high),
                months(d.coveredP10, d.coveredP50, d.coveredP90)};
        }
        w_.table({{tr("Path"), Qt::AlignLeft, 13},
                  {tr("Approved"), Qt::AlignRight, 8},
                  {tr("Out of pocket P10"), Qt::AlignRight, 0},
                  {tr("P50"), Qt::AlignRight, 0},
                  {tr("P90"), Qt::AlignRight, 0},
                  {tr("Usable P10"), Qt::AlignRight, 0},
                  {tr("P50"), Qt::AlignRight, 0},
                  {tr("P90"), Qt::AlignRight, 0},
                  {tr("Covered through (P10 / P50 / P90)"), Qt::AlignRight, 12}},
                 rows, 6.5);
    }
    if (!ev_.sensitivity)
        return;
    const Sensitivity& s = *ev_.sensitivity;
    w_.heading(tr("Sensitivity: %1").arg(pathName(s.path)), 2);
    w_.paragraph(tr("Each input moved to either end of its range, the others as stated; the "
                    "widest bar matters most. Expected figures weigh every outcome of the "
                    "approvals and the POC by its odds."),
                 Tone::Muted);
    w_.chart(charts::makeTornadoChart(&s, scenario_, chartStyle_), 0.55);
    QList<QStringList> rows;
    for (const SensitivityBar& b : s.bars)
        rows << QStringList{charts::sensitivityInputName(b.input, scenario_),
                            sensitivitySetting(b.input, b.lowSetting),
                            money(b.low),
                            sensitivitySetting(b.input, b.highSetting),
                            money(b.high),
                            money(b.swing())};
    w_.table({{tr("Input"), Qt::AlignLeft, 30},
              {tr("Low end"), Qt::AlignRight, 9},
              {charts::sensitivityMeasureName(s), Qt::AlignRight, 0},
              {tr("High end"), Qt::AlignRight, 9},
              {charts::sensitivityMeasureName(s), Qt::AlignRight, 0},
              {tr("Swing"), Qt::AlignRight, 0}},
             rows, 7.5);
    const RulebookParameters& r = rulebook().params();
    w_.paragraph(tr("Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, "
                    "each approval refused or approved, the POC failing or completing, and the "
                    "credits landing as planned or %n month(s) later (UN-2).",
                    nullptr, r.sensitivityStartDelayMonths)
                     .arg(formatPercent(r.sensitivityRange, options_.locale)),
                 Tone::Muted);
}

} // namespace creditpath::ui::report
