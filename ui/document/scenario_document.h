#pragma once
// The open scenario: its last valid state, the evaluation of that state, and the undo stack
// every edit passes through. Edits are expressed on the scenario's JSON (FORMATS.md) and
// validated by the core's own parser, so a field shows exactly the core's message.
#include "evaluation/evaluation.h"
#include "evaluation/evaluation_diff.h"
#include "scenario/problems.h"
#include "scenario/scenario.h"
#include "variants/comparison.h"

#include <QJsonObject>
#include <QObject>

#include <optional>
#include <utility>

#include <chrono>
#include <functional>

class QUndoStack;

namespace creditpath::ui {

class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    // `rulebook`: the shipped edition; the scenario's own overrides ("rulebook_overrides") are
    // laid over it.
    ScenarioDocument(const Rulebook& rulebook, std::chrono::sys_days startDate,
                     QObject* parent = nullptr);

    // What the forms and results show: the base, or the selected variant applied to it.
    const Scenario& scenario() const { return shown_; }
    const Evaluation& evaluation() const { return evaluation_; }
    // What is saved: the base scenario with its variants.
    const Scenario& fileScenario() const { return file_; }
    const Evaluation& baseEvaluation() const { return baseEvaluation_; }
    const std::vector<VariantEvaluation>& variantEvaluations() const { return variants_; }
    // The key figures of the base and every variant side by side (the core's table).
    Comparison comparison() const { return buildComparison(baseEvaluation_, variants_); }

    // The variant the forms edit: -1 for the base. Not an edit: selection is not undone.
    int selectedVariant() const { return selected_; }
    void selectVariant(int index);
    // "Save as variant…" (one undoable edit). With the base selected, the edits since the
    // last save become the variant and the base returns to its saved state; with a variant
    // selected, that variant is copied. The new variant is selected. A name that is empty or
    // taken is refused with the core's problem.
    std::vector<Problem> saveAsVariant(const QString& name);
    std::vector<Problem> renameVariant(int index, const QString& name);
    void deleteVariant(int index);
    // The rulebook the scenario is evaluated with: the shipped one and its overrides. The
    // object stays the same while its contents follow the scenario.
    const Rulebook& rulebook() const { return rulebook_; }
    const Rulebook& shippedRulebook() const { return shipped_; }
    std::chrono::sys_days startDate() const { return startDate_; }
    // What the overrides change for this scenario against the shipped rulebook ("What
    // changed"); empty without overrides.
    const std::vector<FigureChange>& changes() const { return changes_; }

    // One parameter edit in the rulebook view, as an undoable edit of the scenario's
    // overrides. `valueJson` is the JSON value; the override is validated by the core exactly
    // as an override file is; on problems (paths "rules.PF-1.params.ceiling") nothing changes.
    std::vector<Problem> setRulebookParameter(const std::string& rule, const std::string& key,
                                              const std::string& valueJson, const QString& label);
    // Replaces the overrides (edition switch, loaded file; empty drops them), one undo step.
    std::vector<Problem> setRulebookOverrides(const std::string& overrides, const QString& label);
    QUndoStack* undoStack() const { return undoStack_; }
    // The scenario as JSON, for editors that read fields by path.
    QJsonObject json() const { return json_; }

    // Replaces the whole scenario (new, open): the undo history starts afresh, clean.
    void reset(Scenario scenario);

    // One user edit. On success it is pushed as an undoable command (consecutive edits of the
    // same field merge into one) and an empty list returns; otherwise nothing changes and the
    // core's problems return.
    using JsonChange = std::function<void(QJsonObject&)>;
    std::vector<Problem> edit(const QString& label, const QString& field, const JsonChange& change);
    std::vector<Problem> setField(const QString& path, const QJsonValue& value,
                                  const QString& label);

    // The field path of the edit being applied right now, empty for undo, redo and reset.
    const QString& editingField() const { return editingField_; }

    // Replaces the scenario as one undoable edit (restoring unsaved work after a crash).
    void replaceWith(Scenario scenario, const QString& label);

    // Used by the undo commands.
    void apply(const Scenario& scenario);

signals:
    // The scenario and its evaluation changed (edit, undo, redo, reset).
    void changed();
    // A different scenario was loaded (new, open): after changed().
    void replaced();
    // Another variant (or the base) is shown, or the list of variants changed.
    void variantsChanged();

private:
    std::vector<Problem> editBase(const QString& label, const QString& field,
                                  const JsonChange& change);
    std::vector<Problem> editVariant(const QString& label, const QString& field,
                                     const JsonChange& change);
    std::vector<Problem> checkName(const QString& name, int ignoring) const;
    void showSelection();
    void push(Scenario next, const QString& label, const QString& field);
    // The shipped rulebook with `scenario`'s own overrides laid over it.
    Rulebook rulebookFor(const Scenario& scenario) const;

    const Rulebook& shipped_;
    Rulebook rulebook_;
    std::string appliedOverrides_; // the overrides rulebook_ holds
    std::vector<FigureChange> changes_;
    std::chrono::sys_days startDate_;
    Scenario file_;
    Scenario shown_;
    Scenario saved_; // the file as last opened or saved: where "Save as variant…" returns
    Evaluation baseEvaluation_;
    std::vector<VariantEvaluation> variants_;
    int selected_ = -1;
    QJsonObject json_;
    Evaluation evaluation_;
    QUndoStack* undoStack_;
    QString editingField_;
    // The evaluation an edit made while validating, handed to apply() so it is not redone.
    std::optional<std::pair<Scenario, Evaluation>> prepared_;
};

} // namespace creditpath::ui
