#pragma once
// The projected spend lines as an editable table. Edits go to the document; a rejected cell
// keeps its typed text, shown in red with the core's message.
#include <QAbstractTableModel>
#include <QLocale>

#include <map>
#include <utility>

namespace creditpath::ui {

class ScenarioDocument;

class SpendLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        MonthlyColumn,
        RampToColumn,
        RampMonthsColumn,
        GrowthColumn,
        ColumnCount
    };
    SpendLinesModel(ScenarioDocument* document, QLocale locale, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    void addLine();
    void removeLine(int row);
    void applyReferenceMix();
    // The field path of a cell: "spend.lines[2].monthly".
    static QString fieldPath(int row, int column);

signals:
    void problemsChanged(const QString& text);

private:
    void reload();
    ScenarioDocument* document_;
    QLocale locale_;
    int rows_ = 0;
    std::map<std::pair<int, int>, std::pair<QString, QString>> rejected_; // text, message
};

} // namespace creditpath::ui
