#pragma once
// Projected spend: the lines table with add/remove and the reference-mix preset, and the
// month-by-month total the engine bills.
#include <QLocale>
#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace creditpath::ui {

class ScenarioDocument;
class RefreshWhenVisible;
class SpendLinesModel;

class SpendPage : public QWidget {
    Q_OBJECT
public:
    SpendPage(ScenarioDocument* document, QLocale locale, QWidget* parent = nullptr);
    SpendLinesModel* model() const { return model_; }
    QTableView* table() const;

private:
    void showLines();
    void updateTotals();
    ScenarioDocument* document_;
    QLocale locale_;
    SpendLinesModel* model_;
    QTableView* table_;
    QLabel* problems_;
    QTableWidget* totals_;
    RefreshWhenVisible* linesRefresh_ = nullptr;
    RefreshWhenVisible* totalsRefresh_ = nullptr;
};

} // namespace creditpath::ui
