#include "scenario_document.h"

#include "edit_command.h"
#include "evaluation/evaluator.h"
#include "json_path.h"
#include "rulebook/override_document.h"
#include "scenario/json_key_order.h"
#include "scenario/scenario_json.h"
#include "scenario/variants.h"

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
    // A save makes the current file the one "Save as variant…" returns the base to.
    connect(undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            saved_ = file_;
    });
}

void ScenarioDocument::reset(Scenario scenario) {
    const int selected = selected_;
    selected_ = -1;
    try {
        apply(scenario); // throws, changing nothing, when the engine refuses the file
    } catch (...) {
        selected_ = selected;
        throw;
    }
    undoStack_->clear();
    undoStack_->setClean();
    saved_ = file_;
    emit replaced();
    emit variantsChanged();
}

Rulebook ScenarioDocument::rulebookFor(const Scenario& scenario) const {
    try {
        return withScenarioOverrides(shipped_, scenario);
    } catch (const InvalidDocument&) {
        return shipped_; // the reader checked them; a rulebook never fails to exist
    }
}

void ScenarioDocument::apply(const Scenario& scenario) {
    // The file's overrides (base and variants alike) are laid over the shipped rulebook.
    std::optional<Rulebook> changedRulebook;
    if (scenario.rulebookOverrides != appliedOverrides_)
        changedRulebook = rulebookFor(scenario);
    const Rulebook& rulebook = changedRulebook ? *changedRulebook : rulebook_;
    // Evaluated before anything changes: a loaded file the engine refuses (a variant's charge
    // past every bill) throws InvalidDocument to the loader, and the open scenario stays whole.
    // An edit has just evaluated this very scenario to validate it: use that result.
    Evaluation base = prepared_ && prepared_->first.sameContent(scenario)
                          ? std::move(prepared_->second)
                          : evaluate(scenario, rulebook, {startDate_});
    prepared_.reset();
    std::vector<VariantEvaluation> variants = evaluateVariants(scenario, rulebook, {startDate_});
    if (changedRulebook) {
        rulebook_ = std::move(*changedRulebook);
        appliedOverrides_ = scenario.rulebookOverrides;
    }
    std::vector<std::string> namesBefore;
    for (const auto& v : file_.variants)
        namesBefore.push_back(v.name);
    file_ = scenario;
    baseEvaluation_ = std::move(base);
    variants_ = std::move(variants);
    if (selected_ >= int(variants_.size()))
        selected_ = -1; // an undo took the selected variant away
    showSelection();
    emit changed();
    std::vector<std::string> names;
    for (const auto& v : file_.variants)
        names.push_back(v.name);
    if (names != namesBefore)
        emit variantsChanged(); // added, removed or renamed: not on every edit of a patch
}

void ScenarioDocument::showSelection() {
    shown_ = selected_ < 0 ? file_ : variants_[std::size_t(selected_)].scenario;
    evaluation_ = selected_ < 0 ? baseEvaluation_ : variants_[std::size_t(selected_)].evaluation;
    json_ = toJson(shown_);
    // "What changed": the scenario on screen under the shipped rulebook alone.
    changes_ = file_.rulebookOverrides.empty()
                   ? std::vector<FigureChange>{}
                   : diffEvaluations(evaluate(shown_, shipped_, {startDate_}), evaluation_);
}

void ScenarioDocument::selectVariant(int index) {
    if (index < -1 || index >= int(variants_.size()) || index == selected_)
        return;
    selected_ = index;
    showSelection();
    emit changed();
    emit variantsChanged();
}

std::vector<Problem> ScenarioDocument::edit(const QString& label, const QString& field,
                                            const JsonChange& change) {
    if (selected_ >= 0)
        return editVariant(label, field, change);
    return editBase(label, field, change);
}

std::vector<Problem> ScenarioDocument::editBase(const QString& label, const QString& field,
                                                const JsonChange& change) {
    // The base as the forms show it, or as saved while a variant is on screen.
    QJsonObject candidate = selected_ < 0 ? json_ : toJson(file_);
    change(candidate);
    const std::string candidateText =
        QJsonDocument(candidate).toJson(QJsonDocument::Compact).toStdString();
    Scenario next;
    Evaluation evaluation;
    try {
        next = parseScenario(candidateText); // every variant is checked against the new base
        // Validate by evaluating too: a scenario the engine cannot evaluate is not committed.
        std::optional<Rulebook> own; // only when the edit changes the overrides
        if (next.rulebookOverrides != appliedOverrides_)
            own = rulebookFor(next);
        const Rulebook& rulebook = own ? *own : rulebook_;
        evaluation = evaluate(next, rulebook, {startDate_});
        evaluateVariants(next, rulebook, {startDate_});
    } catch (const InvalidDocument& e) {
        return e.problems();
    } catch (const std::exception& e) {
        return {Problem{field.toStdString(), e.what()}};
    }
    // The edited text underneath, in the file's key order: unknown fields stay with the object
    // they came with (a removed line takes its own along) and a save changes only the edit.
    next.sourceDocument = file_.sourceDocument.empty()
                              ? std::string()
                              : orderKeysLike(candidateText, file_.sourceDocument);
    if (next.sameContent(file_))
        return {};
    editingField_ = field;
    prepared_.emplace(next, std::move(evaluation)); // the push applies it: evaluated once
    undoStack_->push(new EditCommand(this, file_, next, label, field));
    editingField_.clear();
    return {};
}

// The forms show the patched scenario; an edit of it becomes the variant's new merge patch
// over the base, which stays as it is.
std::vector<Problem> ScenarioDocument::editVariant(const QString& label, const QString& field,
                                                   const JsonChange& change) {
    QJsonObject candidate = json_;
    change(candidate);
    const std::string candidateText =
        QJsonDocument(candidate).toJson(QJsonDocument::Compact).toStdString();
    Scenario next = file_;
    try {
        Scenario edited = parseScenario(candidateText);
        evaluate(edited, rulebook_, {startDate_});
        // In the base's key order, so the patch lists its members as the file does.
        edited.sourceDocument = orderKeysLike(candidateText, serializeScenario(shown_));
        next.variants[std::size_t(selected_)].patch = variantPatchFor(file_, edited);
    } catch (const InvalidDocument& e) {
        return e.problems(); // about the fields on screen: the variant's own
    } catch (const std::exception& e) {
        return {Problem{field.toStdString(), e.what()}};
    }
    if (next.sameContent(file_))
        return {};
    editingField_ = field;
    // Typing in one variant merges into one step; not with the same field of the base.
    undoStack_->push(new EditCommand(this, file_, next, label,
                                     QStringLiteral("variants[%1].").arg(selected_) + field));
    editingField_.clear();
    return {};
}

void ScenarioDocument::push(Scenario next, const QString& label, const QString& field) {
    undoStack_->push(new EditCommand(this, file_, std::move(next), label, field));
}

std::vector<Problem> ScenarioDocument::checkName(const QString& name, int ignoring) const {
    const std::string path =
        "variants[" + std::to_string(ignoring < 0 ? file_.variants.size() : std::size_t(ignoring)) +
        "].name";
    if (name.trimmed().isEmpty())
        return {Problem{path, "variant_name_empty", {}}};
    for (std::size_t i = 0; i < file_.variants.size(); ++i)
        if (int(i) != ignoring && file_.variants[i].name == name.toStdString())
            return {
                Problem{path, "variant_name_taken", {{"name", "“" + name.toStdString() + "”"}}}};
    return {};
}

std::vector<Problem> ScenarioDocument::saveAsVariant(const QString& name) {
    if (auto problems = checkName(name, -1); !problems.empty())
        return problems;
    Scenario next = file_;
    Scenario edited = shown_;
    if (selected_ < 0) {
        // The base goes back to how it was saved; the variants stay as they are now.
        next = saved_;
        next.variants = file_.variants;
        next.sourceDocument = saved_.sourceDocument;
    }
    try {
        next.variants.push_back({name.toStdString(), variantPatchFor(next, edited)});
        next = parseScenario(serializeScenario(next)); // the new file, checked as it will load
        // The other variants now lie over the saved base: the engine must take them too.
        evaluateVariants(next, rulebook_, {startDate_});
    } catch (const InvalidDocument& e) {
        return e.problems();
    } catch (const std::exception& e) {
        return {Problem{"variants", e.what()}};
    }
    push(std::move(next), tr("Save as variant"), QString());
    selectVariant(int(file_.variants.size()) - 1);
    return {};
}

std::vector<Problem> ScenarioDocument::renameVariant(int index, const QString& name) {
    if (index < 0 || index >= int(file_.variants.size()))
        return {};
    if (auto problems = checkName(name, index); !problems.empty())
        return problems;
    Scenario next = file_;
    next.variants[std::size_t(index)].name = name.toStdString();
    if (!next.sameContent(file_))
        push(std::move(next), tr("Rename variant"), QString());
    return {};
}

void ScenarioDocument::deleteVariant(int index) {
    if (index < 0 || index >= int(file_.variants.size()))
        return;
    Scenario next = file_;
    next.variants.erase(next.variants.begin() + index);
    if (selected_ >= index)
        selected_ = selected_ == index ? -1 : selected_ - 1;
    push(std::move(next), tr("Delete variant"), QString());
}

std::vector<Problem> ScenarioDocument::setRulebookParameter(const std::string& rule,
                                                            const std::string& key,
                                                            const std::string& valueJson,
                                                            const QString& label) {
    std::string next;
    try {
        next = withOverrideParameter(file_.rulebookOverrides, rule, key, valueJson);
    } catch (const InvalidDocument& e) {
        return e.problems();
    }
    if (auto problems = overrideProblems(next, ""); !problems.empty())
        return problems;
    const QString field = QStringLiteral("rulebook_overrides.rules.%1.params.%2")
                              .arg(QString::fromStdString(rule), QString::fromStdString(key));
    // The rulebook belongs to the file: its edits change the base, whatever is on screen.
    return editBase(label, field, [&](QJsonObject& json) {
        json[QStringLiteral("rulebook_overrides")] =
            QJsonDocument::fromJson(QByteArray::fromStdString(next)).object();
    });
}

std::vector<Problem> ScenarioDocument::setRulebookOverrides(const std::string& overrides,
                                                            const QString& label) {
    if (!overrides.empty())
        if (auto problems = overrideProblems(overrides, ""); !problems.empty())
            return problems;
    return editBase(label, QString(), [&](QJsonObject& json) {
        if (overrides.empty())
            json.remove(QStringLiteral("rulebook_overrides"));
        else
            json[QStringLiteral("rulebook_overrides")] =
                QJsonDocument::fromJson(QByteArray::fromStdString(overrides)).object();
    });
}

void ScenarioDocument::replaceWith(Scenario scenario, const QString& label) {
    if (scenario.sourceDocument.empty()) // the file's text stays underneath
        scenario.sourceDocument = file_.sourceDocument;
    undoStack_->push(new EditCommand(this, file_, std::move(scenario), label, QString()));
}

std::vector<Problem> ScenarioDocument::setField(const QString& path, const QJsonValue& value,
                                                const QString& label) {
    return edit(label, path, [&](QJsonObject& json) { setJsonAt(json, path, value); });
}

} // namespace creditpath::ui
