#pragma once
// The projected spend lines as an editable table. Edits go to the document; a rejected cell
// keeps its typed text, shown in red with a message naming the column and the row as shown.
#include "scenario/problems.h"

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QLocale>

#include <map>
#include <utility>
#include <vector>

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

    // Appends the rows of a spreadsheet paste (spend_paste.h) as one undoable edit. False,
    // with every problem shown and nothing changed, when a cell is refused.
    bool pasteLines(const QString& text);
    void addLine();
    void removeLine(int row);
    void applyReferenceMix();
    static QString columnTitle(int column);
    // A column's terms explained on hover, with their rule IDs.
    static QString columnExplanation(int column);
    // The field path of a cell: "spend.lines[2].monthly".
    static QString fieldPath(int row, int column);

signals:
    // Every rejected cell's message, one a line; empty once all are fixed.
    void problemsChanged(const QString& text);

private:
    void reload();
    QString problemText() const;
    // Reads a cell's text and hands it to the document as one undoable edit.
    std::vector<Problem> applyCell(int row, int column, const QString& text, const QString& label);
    std::vector<Problem> setRamp(int row, const QString& label, int column,
                                 const QJsonValue& value);
    ScenarioDocument* document_;
    QLocale locale_;
    int rows_ = 0;
    std::map<std::pair<int, int>, std::pair<QString, QString>> rejected_; // text, message
};

} // namespace creditpath::ui
