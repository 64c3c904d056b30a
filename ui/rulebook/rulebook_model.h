#pragma once
// The rulebook as a tree for the rulebook view: one row per rule (ID, title, verified date,
// source), its parameters beneath (value, unit, provenance). Values are edited in place: a
// changed value becomes an undoable edit of the scenario's overrides, validated by the core as
// an override file is; a refused value changes nothing and says why, naming the parameter.
#include "rulebook/parameter_values.h"

#include <QLocale>
#include <QStandardItemModel>

#include <chrono>

namespace creditpath::ui {

class ScenarioDocument;

class RulebookModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, ValueColumn, UnitColumn, VerifiedColumn, SourceColumn };
    enum Role { StaleRole = Qt::UserRole + 1, RuleIdRole, EditableRole, SearchRole };
    RulebookModel(ScenarioDocument* document, QLocale locale, std::chrono::sys_days today,
                  QObject* parent = nullptr);

    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The row of a rule ("PF-1"), invalid when the rulebook has no such rule.
    QModelIndex ruleIndex(const QString& id) const;
    // The parameter behind a value cell, or nullptr.
    const ParameterValue* parameterAt(const QModelIndex& index) const;
    // The label a message names a parameter by: "PF-1 ceiling".
    static QString parameterLabel(const ParameterSpec& spec);
    void setToday(std::chrono::sys_days today);

signals:
    // An edit was refused: the message names the parameter; nothing changed.
    void editRefused(const QString& message);
    void editAccepted();

private:
    void build();
    void refresh();
    ScenarioDocument* document_;
    QLocale locale_;
    std::chrono::sys_days today_;
    std::vector<ParameterValue> values_; // in the order of the parameter rows
    std::vector<ParameterValue> shippedValues_;
    std::string shownDocument_; // the rulebook the rows show
    bool refreshing_ = false;
};

} // namespace creditpath::ui
