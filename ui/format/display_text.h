#pragma once
// Turning core values into text for people: QLocale formatting and tr()-translated labels.
// Core returns canonical values and message codes; the words a user reads are made here.
#include "evaluation/evaluation.h"

#include <QLocale>
#include <QString>

namespace creditpath::ui {

// How amounts read inside sentences: Natural = whole dollars when exact, else cents (the
// window); Cents = always to the cent (the report's one money format).
enum class MoneyStyle { Natural, Cents };

// "$150,000.00" / "150.000,00 $" by locale; credits are always USD.
QString formatMoney(const Money& amount, const QLocale& locale);
// Whole dollars for compact cells and axis labels.
QString formatMoneyShort(const Money& amount, const QLocale& locale);
// "$150K", "$1.5M" for a cell too narrow for whole dollars (the exact figure is in its tooltip).
QString formatMoneyCompact(const Money& amount, const QLocale& locale);
// Canonical digits ("-1500000.00") grouped and joined by the locale's separators; `minus`
// stands for "-": the locale's sign for reading, "-" where a reader must take the text back.
QString groupedDigits(const std::string& canonical, const QLocale& locale, const QString& minus);
QString formatPercent(const Rate& rate, const QLocale& locale);
QString formatDate(std::chrono::sys_days day, const QLocale& locale);

QString
pathName(PathId id); // "Stack: Portfolio + Build + Bedrock POC", "Generative AI Accelerator", ...
// Compact names for table cells and chart axes: "Stack", "GenAI Accelerator", "MAP", ...
QString pathShortName(PathId id);
QString verdictName(Verdict verdict); // "Fit", "Poor fit", "Not eligible"
QString severityName(Severity severity);
QString ruleTitle(const RuleInfo& rule); // in the UI language
QString categoryName(Category category);
QString poolName(std::string_view poolId);
QString materialName(const std::string& itemId);
QString timelineStepName(std::string_view stepId, std::string_view englishFallback);
// The reason sentence in the UI language, re-rendered from its code and arguments.
QString reasonText(const Reason& reason, const QLocale& locale,
                   MoneyStyle style = MoneyStyle::Natural);

QString stageName(Stage stage);
QString aiProfileName(AiProfile profile);
QString migrationSourceName(MigrationSource source);
QString migrationPhaseName(MigrationPhase phase);
QString objectiveName(Objective objective);
QString layerName(std::string_view layerId); // timeline layers: "all", "portfolio", ...
// A derivation ("why this number") in the UI language, followed by its rule IDs.
QString derivationText(const Derivation& derivation, const QLocale& locale,
                       MoneyStyle style = MoneyStyle::Natural);
// "Stack: Portfolio + Build + Bedrock POC, Portfolio only": the paths a note belongs to.
QString pathList(const std::vector<PathId>& paths);
// The untranslated template for a message code (the core's catalog), or nullptr.
const char* reasonTemplate(std::string_view code);
// "123456789012" -> "••••••••••••" for screen sharing.
QString redactAccountId(const QString& accountId);

} // namespace creditpath::ui
