#pragma once
// Above the forms: which scenario they edit (the base or one of its variants), and the
// variant actions: Save as variant…, Rename…, Delete. Every change is one undoable edit.
#include "scenario/problems.h"

#include <QWidget>

class QAction;
class QComboBox;
class QToolButton;

namespace creditpath::ui {

class ScenarioDocument;

class VariantBar : public QWidget {
    Q_OBJECT
public:
    explicit VariantBar(ScenarioDocument* document, QWidget* parent = nullptr);
    QComboBox* selector() const { return selector_; }
    QAction* saveAsVariantAction() const { return saveAs_; }
    QAction* renameAction() const { return rename_; }
    QAction* deleteAction() const { return delete_; }
    // Screen share hiding the company: its name is masked in variant names too.
    void setHiddenName(const QString& companyName);

private:
    void rebuild();
    void askSaveAsVariant();
    void askRename();
    bool showProblems(const std::vector<Problem>& problems, const QString& typed);
    ScenarioDocument* document_;
    QString hiddenName_;
    QComboBox* selector_;
    QAction* saveAs_;
    QAction* rename_;
    QAction* delete_;
};

} // namespace creditpath::ui
