#include "spend_import.h"

#include "document/json_path.h"
#include "document/scenario_document.h"
#include "evaluation/timeline.h"
#include "format/display_text.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>

namespace creditpath::ui {
namespace {

QString joined(const std::vector<std::string>& names,
               const QString& separator = QStringLiteral(", ")) {
    QStringList out;
    for (const auto& n : names)
        out << QString::fromStdString(n);
    return out.join(separator);
}

// A long list is cut in the summary; the dialog's details hold all of it.
constexpr std::size_t kNamesShown = 8;
QString shortened(const std::vector<std::string>& names) {
    if (names.size() <= kNamesShown)
        return joined(names);
    return joined({names.begin(), names.begin() + kNamesShown}) + QLatin1Char(' ') +
           SpendImporter::tr("and %n more", nullptr, int(names.size() - kNamesShown));
}

} // namespace

SpendImporter::SpendImporter(QWidget* window, ScenarioDocument* document, QLocale locale)
    : QObject(window), window_(window), document_(document), locale_(std::move(locale)) {}

bool SpendImporter::read(const QString& path, std::chrono::sys_days today, SpendImport* imported,
                         QString* error) const {
    try {
        *imported = importSpend(readCostExport(readTextFile(path.toStdString())), today);
        return true;
    } catch (const InvalidDocument& e) {
        QStringList lines;
        for (const auto& p : e.problems())
            lines << QString::fromStdString(p.toString());
        *error = lines.join(QLatin1Char('\n'));
    } catch (const FileError& e) {
        *error = QString::fromStdString(e.what());
    }
    return false;
}

QString SpendImporter::summary(const SpendImport& imported) const {
    QStringList out;
    out << tr("The costs of %1, the last full month, become these spend lines:")
               .arg(QString::fromStdString(imported.month));
    for (const SpendLine& line : imported.lines)
        out << QStringLiteral("  • %1: %2")
                   .arg(categoryName(line.category), formatMoney(line.monthly, locale_));
    if (!imported.unmapped.empty())
        out << tr("Not in the table of AWS services, counted as Other: %1")
                   .arg(shortened(imported.unmapped));
    if (!imported.excluded.empty())
        out << tr("Left out as not spend (tax, credits, refunds): %1, %2 in all")
                   .arg(joined(imported.excluded), formatMoney(imported.excludedAmount, locale_));
    if (!imported.openMonths.empty())
        out << tr("Left out as not over yet: %1").arg(joined(imported.openMonths));
    if (imported.trend)
        out << tr("Over the last %1 months spend changed by %2 a month.")
                   .arg(imported.trendMonths)
                   .arg(formatPercent(*imported.trend, locale_));
    return out.join(QLatin1Char('\n'));
}

void SpendImporter::apply(const SpendImport& imported, bool applyTrend) {
    // The lines as the file format writes them, set through the document like every edit.
    Scenario lines;
    lines.spendLines = withImportedSpend(Scenario(), imported, applyTrend).spendLines;
    const QJsonObject json =
        QJsonDocument::fromJson(QByteArray::fromStdString(serializeScenario(lines))).object();
    const QJsonValue array = jsonAt(json, QStringLiteral("spend.lines"));
    document_->edit(tr("Import spend"), QString(), [&](QJsonObject& scenario) {
        setJsonAt(scenario, QStringLiteral("spend.lines"), array);
    });
}

void SpendImporter::chooseAndImport() {
    const QString path =
        QFileDialog::getOpenFileName(window_, tr("Import spend from Cost Explorer"), QString(),
                                     tr("Cost Explorer exports (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    SpendImport imported;
    QString error;
    if (!read(path, todayUtc(), &imported, &error)) {
        QMessageBox::warning(window_, tr("Import spend"),
                             tr("%1 cannot be imported:\n%2").arg(path, error));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Import spend"),
                    tr("Replace the spend lines with the costs of %1?")
                        .arg(QString::fromStdString(imported.month)),
                    QMessageBox::Cancel, window_);
    box.setInformativeText(summary(imported));
    if (imported.unmapped.size() > kNamesShown)
        box.setDetailedText(tr("Counted as Other:") + QLatin1Char('\n') +
                            joined(imported.unmapped, QStringLiteral("\n")));
    box.addButton(tr("&Import"), QMessageBox::AcceptRole);
    QCheckBox* trend = nullptr;
    if (imported.trend) {
        trend = new QCheckBox(tr("Grow each line by the trend, %1 a month")
                                  .arg(formatPercent(*imported.trend, locale_)));
        box.setCheckBox(trend);
    }
    box.exec();
    if (box.buttonRole(box.clickedButton()) != QMessageBox::AcceptRole)
        return;
    apply(imported, trend && trend->isChecked());
}

} // namespace creditpath::ui
