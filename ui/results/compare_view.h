#pragma once
// The Compare view: the base and every variant as columns, the key figures as rows, the best
// value of each row marked. The table is the core's (variants/comparison.h); this formats it.
#include <QLocale>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace creditpath::ui {

class RefreshWhenVisible;
class ScenarioDocument;

class CompareView : public QWidget {
    Q_OBJECT
public:
    CompareView(ScenarioDocument* document, QLocale locale, QWidget* parent = nullptr);
    // Both make the view, or bring a table left stale while hidden up to date, first.
    QTableWidget* table() const;
    QCheckBox* overlayCheck() const;
    // Screen share hiding the company: its name is masked in variant names too.
    void setHiddenName(const QString& companyName);

signals:
    // The burn-down chart should (not) overlay the variants' out-of-pocket lines.
    void overlayToggled(bool on);

private:
    void build();
    void refresh();
    ScenarioDocument* document_;
    QLocale locale_;
    QString hiddenName_;
    QLabel* empty_ = nullptr; // these three are made when the view is first shown
    QTableWidget* table_ = nullptr;
    QCheckBox* overlay_ = nullptr;
    RefreshWhenVisible* refresh_; // behind its tab, the table waits until it is shown
};

} // namespace creditpath::ui
