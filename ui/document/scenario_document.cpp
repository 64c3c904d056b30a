#include "scenario_document.h"

#include "edit_command.h"
#include "evaluation/evaluator.h"
#include "json_path.h"
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
    const std::string candidateText =
        QJsonDocument(candidate).toJson(QJsonDocument::Compact).toStdString();
    Scenario next;
    Evaluation evaluation;
    try {
        next = parseScenario(candidateText);
        // Validate by evaluating too: a scenario the engine cannot evaluate is not committed.
        evaluation = evaluate(next, rulebook_, {startDate_});
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

std::vector<Problem> ScenarioDocument::setField(const QString& path, const QJsonValue& value,
                                                const QString& label) {
    return edit(label, path, [&](QJsonObject& json) { setJsonAt(json, path, value); });
}

} // namespace creditpath::ui
