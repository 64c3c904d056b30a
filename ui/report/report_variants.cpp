// The report's comparison page for a scenario with variants: the core's comparison table as
// the window's Compare view shows it, and the burn-down with every variant's out of pocket.
#include "charts/chart_factory.h"
#include "format/comparison_text.h"
#include "report_composer.h"
#include "variants/comparison.h"

namespace creditpath::ui::report {

void ReportComposer::variants() {
    if (options_.variants.empty())
        return;
    const Comparison c = buildComparison(ev_, options_.variants);
    w_.pageBreak();
    w_.heading(tr("Variants side by side"));
    w_.paragraph(tr("The base scenario and each variant saved with it (the base with some fields "
                    "changed). Each column shows the figures of its recommended path, or of the "
                    "stack when nothing fits; ✓ marks the best value of a row."),
                 Tone::Muted);
    // Column names are redacted by buildReport when the company is hidden.
    QList<Column> columns{{tr("Figure"), Qt::AlignLeft, 34}};
    for (const ComparisonColumn& column : c.columns)
        columns << Column{comparisonColumnName(column, {}, {}), Qt::AlignRight, 0};
    QList<QStringList> rows;
    for (const ComparisonRow& row : c.rows) {
        QStringList cells{
            row.better == Better::None
                ? comparisonRowName(row.id)
                : tr("%1 (%2)").arg(comparisonRowName(row.id), comparisonBetterText(row.better))};
        for (const ComparisonCell& cell : row.cells) {
            // Amounts to the cent, the report's one money format; kept on one line.
            const QString text =
                comparisonCellText(row.id, cell, options_.locale, MoneyStyle::Cents)
                    .replace(QLatin1Char(' '), QChar(0x00a0));
            cells << (cell.best ? tr("✓ %1").arg(text) : text);
        }
        rows << cells;
    }
    w_.table(columns, rows, 8);
    // The same path in every scenario: the base's recommended one (or the stack).
    const PathId path = c.columns.front().path;
    std::vector<charts::OutOfPocketOverlay> overlays;
    for (std::size_t i = 0; i < options_.variants.size(); ++i)
        overlays.push_back({comparisonColumnName(c.columns[i + 1], {}, {}),
                            options_.variants[i].evaluation.shownBurnDown(path)});
    w_.paragraph(tr("Burn-down of the base, with each variant's out of pocket as a dashed line "
                    "(the same path in every scenario)."),
                 Tone::Muted);
    w_.chart(charts::makeBurnDownChart(ev_, ev_.shownBurnDown(path).path, chartStyle_, nullptr,
                                       overlays),
             0.55);
}

} // namespace creditpath::ui::report
