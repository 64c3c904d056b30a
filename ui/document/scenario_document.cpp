#include "scenario_document.h"

#include "edit_command.h"
#include "evaluation/evaluator.h"
#include "json_path.h"
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
    : QObject(parent), rulebook_(rulebook), startDate_(startDate),
      undoStack_(new QUndoStack(this)) {
    apply(Scenario{});
}

void ScenarioDocument::reset(Scenario scenario) {
    undoStack_->clear();
    apply(scenario);
    undoStack_->setClean();
    emit replaced();
}

void ScenarioDocument::apply(const Scenario& scenario) {
    scenario_ = scenario;
    json_ = toJson(scenario_);
    // An edit has just evaluated this very scenario to validate it: use that result.
    if (prepared_ && prepared_->first.sameContent(scenario))
        evaluation_ = std::move(prepared_->second);
    else
        evaluation_ = evaluate(scenario_, rulebook_, {startDate_});
    prepared_.reset();
    emit changed();
}

std::vector<Problem> ScenarioDocument::edit(const QString& label, const QString& field,
                                            const JsonChange& change) {
    QJsonObject candidate = json_;
    change(candidate);
    Scenario next;
    Evaluation evaluation;
    try {
        next = parseScenario(QJsonDocument(candidate).toJson(QJsonDocument::Compact).toStdString());
        // Validate by evaluating too: a scenario the engine cannot evaluate is not committed.
        evaluation = evaluate(next, rulebook_, {startDate_});
    } catch (const InvalidDocument& e) {
        return e.problems();
    } catch (const std::exception& e) {
        return {Problem{field.toStdString(), e.what()}};
    }
    // Keep the original text underneath: unknown fields and their order survive a save.
    next.sourceDocument = scenario_.sourceDocument;
    if (next.sameContent(scenario_))
        return {};
    editingField_ = field;
    prepared_.emplace(next, std::move(evaluation)); // the push applies it: evaluated once
    undoStack_->push(new EditCommand(this, scenario_, next, label, field));
    editingField_.clear();
    return {};
}

std::vector<Problem> ScenarioDocument::setField(const QString& path, const QJsonValue& value,
                                                const QString& label) {
    return edit(label, path, [&](QJsonObject& json) { setJsonAt(json, path, value); });
}

} // namespace creditpath::ui
