#include "edit_command.h"

#include "scenario_document.h"

#include <QHash>

namespace creditpath::ui {

EditCommand::EditCommand(ScenarioDocument* document, Scenario before, Scenario after,
                         const QString& label, const QString& field)
    : QUndoCommand(label), document_(document), before_(std::move(before)),
      after_(std::move(after)), mergeId_(field.isEmpty() ? -1 : int(qHash(field) & 0x3fffffff)) {}

void EditCommand::undo() {
    document_->apply(before_);
}

void EditCommand::redo() {
    document_->apply(after_);
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    if (other->id() != id())
        return false;
    after_ = static_cast<const EditCommand*>(other)->after_;
    return true;
}

} // namespace creditpath::ui
