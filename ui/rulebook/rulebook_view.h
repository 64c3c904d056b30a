#pragma once
// The rulebook in the window: every rule with its parameters, filter by ID or word, stale
// rules marked, values edited in place (undoable, validated by the core), and "What changed"
// for the open scenario against the shipped edition.
#include <QLocale>
#include <QWidget>

#include <chrono>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace creditpath::ui {

class ChangesModel;
class RulebookModel;
class ScenarioDocument;

class RulebookView : public QWidget {
    Q_OBJECT
public:
    RulebookView(ScenarioDocument* document, QLocale locale, std::chrono::sys_days today,
                 QWidget* parent = nullptr);

    // Shows this rule ("PF-1"): the filter is cleared, the rule selected and opened.
    void showRule(const QString& id);
    void showChanges();
    // Screen sharing with the company hidden: an override named after it shows "[…]".
    void setNameToHide(const QString& companyName);

    RulebookModel* rulebookModel() const { return model_; }
    ChangesModel* changesModel() const { return changes_; }
    QTreeView* tree() const { return tree_; }
    QTableView* changesTable() const { return changesView_; }
    QLineEdit* filter() const { return filter_; }
    QLabel* message() const { return message_; }
    QTabWidget* tabs() const { return tabs_; }

private:
    void update();
    void showDetail();
    ScenarioDocument* document_;
    QLocale locale_;
    RulebookModel* model_;
    ChangesModel* changes_;
    QSortFilterProxyModel* proxy_;
    QLabel* summary_;
    QLineEdit* filter_;
    QTabWidget* tabs_;
    QTreeView* tree_;
    QLabel* detail_;
    QLabel* message_;
    QTableView* changesView_;
    QString nameToHide_;
};

} // namespace creditpath::ui
