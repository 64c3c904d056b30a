#pragma once
// Internal to the report: one member per section, split over a few files by subject.
#include "charts/chart_factory.h"
#include "evaluation/evaluation.h"
#include "evaluation/evaluation_diff.h"
#include "report_options.h"
#include "report_writer.h"
#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QDate>

#include <chrono>

namespace creditpath::ui::report {

class ReportComposer {
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    ReportComposer(const Evaluation& evaluation, const Scenario& scenario,
                   const ReportOptions& options, ReportWriter& writer);

    void cover();               // report_builder.cpp
    void summary();             // report_builder.cpp
    void comparison();          // report_builder.cpp
    void variants();            // report_variants.cpp
    void burnDown();            // report_burn_down.cpp
    void burnDownTable();       // report_burn_down.cpp
    void timeline();            // report_burn_down.cpp
    void uncertainty();         // report_uncertainty.cpp (only with draws)
    void reasons();             // report_reasons.cpp
    void assumptions();         // report_reasons.cpp
    void rulebookAssumptions(); // report_rulebook.cpp
    void setRulebookChanges(std::vector<FigureChange> changes) { changes_ = std::move(changes); }
    void materials(); // report_materials.cpp

private:
    QString money(const Money& amount) const;
    QString date(std::chrono::sys_days day) const;
    QString date(const QDate& day) const;
    QString days(const DayRange& range) const;
    QString minutes(int founderMinutes) const;
    QString companyName() const;
    QString sensitivitySetting(const std::string& input, const std::string& setting) const;
    void alertsSection();
    void derivations(const PathResult& path);
    const Rulebook& rulebook() const;
    // The recommended path's burn-down when it has one, else the stack's.
    const BurnDown& shownBurnDown() const;

    const Evaluation& ev_;
    const Scenario& scenario_;
    const ReportOptions& options_;
    ReportWriter& w_;
    charts::ChartStyle chartStyle_;
    std::vector<FigureChange> changes_; // what the overrides change (empty: none)
};

} // namespace creditpath::ui::report
