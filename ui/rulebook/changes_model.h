#pragma once
// "What changed": for the open scenario, each verdict and figure that differs from the shipped
// edition (the core's diffEvaluations), formatted for the interface language.
#include "evaluation/evaluation_diff.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace creditpath::ui {

class ScenarioDocument;

class ChangesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PathColumn, FigureColumn, BeforeColumn, AfterColumn, RuleColumn, ColumnCount };
    ChangesModel(ScenarioDocument* document, QLocale locale, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ScenarioDocument* document_;
    QLocale locale_;
    std::vector<FigureChange> changes_;
};

} // namespace creditpath::ui
