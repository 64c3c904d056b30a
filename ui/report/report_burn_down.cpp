// The stack's burn-down (chart, warnings, month-by-month table) and its application timeline.
#include "charts/chart_factory.h"
#include "format/display_text.h"
#include "report_composer.h"

#include <QChart>
#include <QLegend>

namespace creditpath::ui::report {

void ReportComposer::burnDown() {
    const BurnDown& bd = shownBurnDown();
    w_.pageBreak();
    w_.heading(tr("Burn-down: %1").arg(pathName(bd.path)));
    if (bd.pools.empty()) {
        w_.paragraph(tr("This path has no credits to burn down."), Tone::Muted);
        return;
    }
    w_.paragraph(tr("Month 1 is the first invoice after the balances land (BD-1). Each month the "
                    "pool that expires first pays what it may (BD-2); the rest is paid out of "
                    "pocket."),
                 Tone::Muted);
    QChart* chart = charts::makeBurnDownChart(ev_, bd.path, chartStyle_);
    // One legend row cannot hold every pool's series on paper: stack it beside the plot.
    chart->legend()->setAlignment(Qt::AlignRight);
    w_.chart(chart, 0.62);

    QStringList pools;
    for (const Pool& p : bd.pools)
        pools << tr("%1: %2, expires after month %3")
                     .arg(poolName(p.id), money(p.award))
                     .arg(p.expiresMonth);
    w_.heading(tr("Pools"), 3);
    w_.bullets(pools);

    w_.heading(tr("Warnings"), 3);
    bool warned = false;
    if (bd.coveredThroughMonth < int(bd.months.size())) {
        const BurnDownMonth& first = bd.months[std::size_t(bd.coveredThroughMonth)];
        QString text = tr("Cliff: credits cover the bill through month %1; month %2 is the first "
                          "with money out of pocket (%3).")
                           .arg(bd.coveredThroughMonth)
                           .arg(first.month)
                           .arg(money(first.outOfPocket));
        for (const BurnDownMonth& m : bd.months) {
            if (m.month <= first.month || !m.appliedTotal().isZero())
                continue;
            text += QLatin1Char(' ') + tr("From month %1 on, the whole bill (%2 a month at first) "
                                          "is paid out of pocket.")
                                           .arg(m.month)
                                           .arg(money(m.outOfPocket));
            break;
        }
        w_.paragraph(text, Tone::Warning);
        warned = true;
    }
    for (const BurnDownMonth& m : bd.months) {
        for (const PoolAmount& f : m.forfeited) {
            if (f.amount.isZero())
                continue;
            w_.paragraph(tr("Forfeiture: %1 of %2 credits expire unused at the end of month %3 "
                            "(BD-3).")
                             .arg(money(f.amount), poolName(f.pool))
                             .arg(m.month),
                         Tone::Danger);
            warned = true;
        }
    }
    if (bd.totalForfeited.isZero())
        w_.paragraph(
            tr("No credits expire unused within the %n-month horizon.", nullptr, ev_.horizonMonths),
            Tone::Good);
    if (!warned && bd.totalOutOfPocket.isZero())
        w_.paragraph(tr("Credits cover every invoice of the horizon."), Tone::Good);
    w_.labelled(tr("Total charges"), money(bd.totalCharges));
    w_.labelled(tr("Total out of pocket"), money(bd.totalOutOfPocket));
    w_.labelled(tr("Total forfeited"), money(bd.totalForfeited));
}

void ReportComposer::burnDownTable() {
    const BurnDown& bd = shownBurnDown();
    if (bd.months.empty())
        return;
    w_.pageBreak();
    w_.heading(tr("Month by month (USD)"), 2);
    QList<Column> columns{{tr("Month"), Qt::AlignRight, 8}, {tr("Charges"), Qt::AlignRight, 0}};
    for (const Pool& p : bd.pools)
        columns << Column{tr("Paid by %1").arg(poolName(p.id)), Qt::AlignRight, 0};
    columns << Column{tr("Out of pocket"), Qt::AlignRight, 0}
            << Column{tr("Forfeited"), Qt::AlignRight, 0};
    QList<QStringList> rows;
    QList<Tone> tones;
    for (const BurnDownMonth& m : bd.months) {
        QStringList row{options_.locale.toString(m.month), money(m.charges)};
        for (const Pool& p : bd.pools)
            row << money(amountOf(m.applied, p.id));
        const Money forfeited = totalOf(m.forfeited);
        row << money(m.outOfPocket) << money(forfeited);
        rows << row;
        tones << (!forfeited.isZero()                     ? Tone::Danger
                  : m.month == bd.coveredThroughMonth + 1 ? Tone::Warning
                                                          : Tone::Body);
    }
    QStringList total{tr("Total"), money(bd.totalCharges)};
    for (const PoolAmount& paid : paidByPool(bd))
        total << money(paid.amount);
    total << money(bd.totalOutOfPocket) << money(bd.totalForfeited);
    rows << total;
    tones << Tone::Strong;
    w_.table(columns, rows, 7.5, tones);
    w_.paragraph(tr("Amber: the first month paid out of pocket. Red: credits forfeited."),
                 Tone::Muted);
}

void ReportComposer::timeline() {
    const PathId id = ev_.recommendation.path.value_or(PathId::Stack);
    const PathResult& path = ev_.path(id);
    w_.pageBreak();
    w_.heading(tr("Application timeline: %1").arg(pathName(id)));
    w_.paragraph(
        tr("Day 0 is the inquiry on %1. Dates are calendar days.").arg(date(ev_.startDate)),
        Tone::Muted);
    QList<QStringList> rows;
    for (const TimelineStep& s : path.timeline) {
        const QString when = s.dateFrom == s.dateTo
                                 ? date(s.dateFrom)
                                 : tr("%1 – %2").arg(date(s.dateFrom), date(s.dateTo));
        rows << QStringList{timelineStepName(s.id, s.text),
                            layerName(s.layer),
                            s.dayFrom == s.dayTo
                                ? QString::number(s.dayFrom)
                                : QStringLiteral("%1–%2").arg(s.dayFrom).arg(s.dayTo),
                            when,
                            s.founderMinutes ? minutes(s.founderMinutes) : QString(),
                            QString::fromUtf8(s.rule)};
    }
    w_.table({{tr("Step"), Qt::AlignLeft, 30},
              {tr("Layer"), Qt::AlignLeft, 15},
              {tr("Day"), Qt::AlignHCenter, 8}, // centred: a gap before the dates
              {tr("Date"), Qt::AlignLeft, 27},
              {tr("Founder"), Qt::AlignRight, 11},
              {tr("Rule"), Qt::AlignHCenter, 9}},
             rows, 8.5);
    w_.labelled(tr("Founder time in total"), minutes(path.founderMinutes));
    w_.chart(charts::makeTimelineChart(ev_, id, chartStyle_), 0.5);
}

} // namespace creditpath::ui::report
