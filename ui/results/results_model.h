#pragma once
// The seven paths of an evaluation as a table: verdict (colour and icon), face value range,
// usable value, expected value, days to money and founder effort. Every figure carries its
// derivation ("why this number?") as tooltip and DerivationRole. Read-only.
#include "evaluation/evaluation.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QLocale>

namespace creditpath::ui {

class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PathColumn,
        VerdictColumn,
        ValueColumn,
        UsableColumn,
        ExpectedColumn,
        DaysColumn,
        MinutesColumn,
        ColumnCount
    };
    // The derivation text of the figure in a cell (empty for the path and verdict columns).
    static constexpr int DerivationRole = Qt::UserRole + 1;

    explicit ResultsModel(QLocale locale, QObject* parent = nullptr);

    void setEvaluation(const Evaluation& evaluation);
    // Face values as "$150K" when the table is too narrow for whole dollars.
    void setCompact(bool compact);
    bool isCompact() const { return compact_; }
    // A row's face values as the value column shows them, either way: the panel measures
    // both without switching the model (each switch re-measures the whole table).
    QString valueText(int row, bool compact) const;
    PathId pathAt(int row) const;
    // A column's term explained on hover (tooltip and What's This), with its rule IDs.
    static QString headerExplanation(int section);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString derivation(const PathResult& path, int column) const;
    QString verdictWhy(const PathResult& path) const;

    QLocale locale_;
    std::vector<PathResult> paths_;
    std::optional<PathId> recommended_;
    bool needsSpend_ = false;
    bool compact_ = false;
    // Fit, poor fit, not eligible: made once (verdict_icon.h), not on every data() call.
    QIcon verdictIcons_[3];
};

// The reasons of one path: rule ID, severity, text, source.
class ReasonsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RuleColumn, SeverityColumn, TextColumn, SourceColumn, ColumnCount };
    ReasonsModel(const Rulebook& rulebook, QLocale locale, QObject* parent = nullptr);

    void setReasons(std::vector<Reason> reasons);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Rulebook& rulebook_;
    QLocale locale_;
    std::vector<Reason> reasons_;
};

QColor verdictColor(Verdict verdict);
QColor severityColor(Severity severity);

} // namespace creditpath::ui
