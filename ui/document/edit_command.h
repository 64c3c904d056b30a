#pragma once
// One undoable scenario edit: the states before and after. Consecutive edits of the same
// field (typing a number key by key) merge into one step.
#include "scenario/scenario.h"

#include <QUndoCommand>

namespace creditpath::ui {

class ScenarioDocument;

class EditCommand : public QUndoCommand {
public:
    EditCommand(ScenarioDocument* document, Scenario before, Scenario after, const QString& label,
                const QString& field);
    void undo() override;
    void redo() override;
    int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioDocument* document_;
    Scenario before_, after_;
    int mergeId_;
};

} // namespace creditpath::ui
