// The tornado of issue 11: one horizontal bar per input, from the measure at the input's low
// end to the measure at its high end, drawn as the change from the base figure so the centre
// line is "as stated". Largest swing on top (the core sorts; Qt draws the first category at
// the bottom, so the categories go in reversed).
#include "chart_common.h"
#include "format/display_text.h"
#include "plot_value.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace creditpath::ui::charts {
namespace {

// lupdate files free tr() calls under the enclosing namespace; the context matches it.
QString tr(const char* text) {
    return QCoreApplication::translate("creditpath::ui::charts", text);
}

} // namespace

QString sensitivityInputName(const std::string& input, const Scenario& scenario) {
    const std::string line = "spend.lines[";
    if (input.rfind(line, 0) == 0) {
        const auto index = std::stoul(input.substr(line.size()));
        const QString category = index < scenario.spendLines.size()
                                     ? categoryName(scenario.spendLines[index].category)
                                     : QString();
        return tr("Spend row %1 (%2)").arg(index + 1).arg(category);
    }
    if (input == "spend.growth")
        return tr("Growth of every row");
    if (input == "bedrock_poc.completion")
        return tr("POC completes");
    if (input == "start_month")
        return tr("Credits land later");
    const std::string approval = "approval.";
    if (input.rfind(approval, 0) == 0)
        return tr("Approval: %1").arg(poolName(input.substr(approval.size())));
    return QString::fromStdString(input);
}

QString sensitivityMeasureName(const Sensitivity& sensitivity) {
    return sensitivity.measure == "expected_usable" ? tr("Expected usable credits")
                                                    : tr("Expected out of pocket");
}

QChart* makeTornadoChart(const Sensitivity* sensitivity, const Scenario& scenario,
                         const ChartStyle& style) {
    if (!sensitivity)
        return newChart(tr("Sensitivity: computing, or no spend entered yet"), style);
    const Sensitivity& s = *sensitivity;
    QChart* chart = newChart(tr("%1 of %2: %3 as stated")
                                 .arg(sensitivityMeasureName(s), pathShortName(s.path),
                                      formatMoney(s.base, style.locale)),
                             style);
    auto* series = new QHorizontalStackedBarSeries;
    auto* low = new QBarSet(tr("Low end of the range"));
    auto* high = new QBarSet(tr("High end of the range"));
    low->setColor(QColor(0x15, 0x65, 0xc0));
    high->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList names;
    qreal reach = 1;
    for (auto it = s.bars.rbegin(); it != s.bars.rend(); ++it) {
        const qreal l = plotValue(it->low) - plotValue(s.base);
        const qreal h = plotValue(it->high) - plotValue(s.base);
        *low << l;
        *high << h;
        reach = std::max({reach, std::abs(l), std::abs(h)});
        names << sensitivityInputName(it->input, scenario);
    }
    series->append(low);
    series->append(high);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* inputs = new QBarCategoryAxis;
    inputs->append(names);
    auto* change = new QValueAxis;
    change->setRange(-reach * 1.05, reach * 1.05);
    change->setLabelFormat(QStringLiteral("%.0f"));
    change->setTitleText(tr("Change from the stated figure (USD)"));
    styleAxis(inputs, style);
    styleAxis(change, style);
    addAxes(chart, change, inputs);
    change->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace creditpath::ui::charts
