#include "scenario_document.h"

#include "edit_command.h"
#include "evaluation/evaluator.h"
#include "json_path.h"
#include "rulebook/override_document.h"
#include "scenario/json_key_order.h"
#include "scenario/scenario_json.h"

#include <QJsonDocument>
#include <QUndoStack>

namespace creditpath::ui {
namespace {

QJsonObject toJson(const Scenario& scenario) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(serializeScenario(scenario))).object();
}

} // namespace

ScenarioDocument::ScenarioDocument(const Rulebook& rulebook, std::chrono::sys_days startDate,
                                   QObject* parent)
    : QObject(parent), shipped_(rulebook), rulebook_(rulebook), startDate_(startDate),
      undoStack_(new QUndoStack(this)) {
    apply(Scenario{});
}

void ScenarioDocument::reset(Scenario scenario) {
    undoStack_->clear();
    apply(scenario);
    undoStack_->setClean();
    emit replaced();
}

void ScenarioDocument::updateRulebook() {
    if (appliedOverrides_ == scenario_.rulebookOverrides)
        return;
    try {
        rulebook_ = withScenarioOverrides(shipped_, scenario_);
    } catch (const InvalidDocument&) {
        rulebook_ = shipped_; // the reader checked them; a rulebook never fails to exist
    }
    appliedOverrides_ = scenario_.rulebookOverrides;
}

void ScenarioDocument::apply(const Scenario& scenario) {
    scenario_ = scenario;
    json_ = toJson(scenario_);
    updateRulebook();
    // An edit has just evaluated this very scenario to validate it: use that result.
    if (prepared_ && prepared_->first.sameContent(scenario))
        evaluation_ = std::move(prepared_->second);
    else
        evaluation_ = evaluate(scenario_, rulebook_, {startDate_});
    prepared_.reset();
    // "What changed": the same scenario under the shipped rulebook alone.
    changes_ = scenario_.rulebookOverrides.empty()
                   ? std::vector<FigureChange>{}
                   : diffEvaluations(evaluate(scenario_, shipped_, {startDate_}), evaluation_);
    emit changed();
}

std::vector<Problem> ScenarioDocument::edit(const QString& label, const QString& field,
                                            const JsonChange& change) {
    QJsonObject candidate = json_;
    change(candidate);
    const std::string candidateText =
        QJsonDocument(candidate).toJson(QJsonDocument::Compact).toStdString();
    Scenario next;
    Evaluation evaluation;
    try {
        next = parseScenario(candidateText);
        // Validate by evaluating too: a scenario the engine cannot evaluate is not committed.
        evaluation = next.rulebookOverrides == appliedOverrides_
                         ? evaluate(next, rulebook_, {startDate_})
                         : evaluate(next, withScenarioOverrides(shipped_, next), {startDate_});
    } catch (const InvalidDocument& e) {
        return e.problems();
    } catch (const std::exception& e) {
        return {Problem{field.toStdString(), e.what()}};
    }
    // The edited text underneath, in the file's key order: unknown fields stay with the object
    // they came with (a removed line takes its own along) and a save changes only the edit.
    next.sourceDocument = scenario_.sourceDocument.empty()
                              ? std::string()
                              : orderKeysLike(candidateText, scenario_.sourceDocument);
    if (next.sameContent(scenario_))
        return {};
    editingField_ = field;
    prepared_.emplace(next, std::move(evaluation)); // the push applies it: evaluated once
    undoStack_->push(new EditCommand(this, scenario_, next, label, field));
    editingField_.clear();
    return {};
}

void ScenarioDocument::replaceWith(Scenario scenario, const QString& label) {
    if (scenario.sourceDocument.empty()) // the file's text stays underneath
        scenario.sourceDocument = scenario_.sourceDocument;
    undoStack_->push(new EditCommand(this, scenario_, std::move(scenario), label, QString()));
}

std::vector<Problem> ScenarioDocument::setRulebookParameter(const std::string& rule,
                                                            const std::string& key,
                                                            const std::string& valueJson,
                                                            const QString& label) {
    std::string next;
    try {
        next = withOverrideParameter(scenario_.rulebookOverrides, rule, key, valueJson);
    } catch (const InvalidDocument& e) {
        return e.problems();
    }
    if (auto problems = overrideProblems(next, ""); !problems.empty())
        return problems;
    const QString field = QStringLiteral("rulebook_overrides.rules.%1.params.%2")
                              .arg(QString::fromStdString(rule), QString::fromStdString(key));
    return edit(label, field, [&](QJsonObject& json) {
        json[QStringLiteral("rulebook_overrides")] =
            QJsonDocument::fromJson(QByteArray::fromStdString(next)).object();
    });
}

std::vector<Problem> ScenarioDocument::setRulebookOverrides(const std::string& overrides,
                                                            const QString& label) {
    if (!overrides.empty())
        if (auto problems = overrideProblems(overrides, ""); !problems.empty())
            return problems;
    return edit(label, QString(), [&](QJsonObject& json) {
        if (overrides.empty())
            json.remove(QStringLiteral("rulebook_overrides"));
        else
            json[QStringLiteral("rulebook_overrides")] =
                QJsonDocument::fromJson(QByteArray::fromStdString(overrides)).object();
    });
}

std::vector<Problem> ScenarioDocument::setField(const QString& path, const QJsonValue& value,
                                                const QString& label) {
    return edit(label, path, [&](QJsonObject& json) { setJsonAt(json, path, value); });
}

} // namespace creditpath::ui
