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
    QTableView* table();
    // The page's widgets: after the window's first frame, which shows another tab (issue 10:
    // cold start), or when the page is first shown or its table asked for. Called again, it
    // does nothing.
    void build();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showLines();
    void updateTotals();
    ScenarioDocument* document_;
    QLocale locale_;
    SpendLinesModel* model_;
    QTableView* table_ = nullptr;
    QLabel* problems_ = nullptr;
    QTableWidget* totals_ = nullptr;
    RefreshWhenVisible* linesRefresh_ = nullptr;
    RefreshWhenVisible* totalsRefresh_ = nullptr;
};

} // namespace creditpath::ui
