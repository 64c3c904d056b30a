#pragma once
// Everything the evaluation says, beside the forms: sinking warnings on top, the recommended
// path, the seven paths, and the reasons of the selected path.
#include "evaluation/evaluation.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QTableView;

namespace creditpath::ui {

class AlertBanner;
class ReasonsModel;
class ResultsModel;
class ScenarioDocument;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    ResultsPanel(ScenarioDocument* document, QLocale locale, QWidget* parent = nullptr);
    PathId selectedPath() const { return selected_; }
    void selectPath(PathId path);
    void selectRecommended();
    ResultsModel* resultsModel() const { return results_; }
    QTableView* resultsTable() const { return resultsView_; }
    AlertBanner* alertBanner() const { return banner_; }
    QLabel* recommendationLabel() const { return recommendation_; }
    // "Why this number?": the derivation of the figure last clicked in the results table.
    QLabel* derivationLabel() const { return derivation_; }
    // Cold start: from holdDetails() to releaseDetails() the reasons table (each row measured
    // to its wrapped text) stays empty, so the window's first frame does not wait for it.
    void holdDetails();
    void releaseDetails();

signals:
    void pathSelected(PathId path);
    // A rule ID was clicked (the reasons' rule column, or one in "Why this number").
    void ruleActivated(const QString& ruleId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void update();
    void fitResultsTable();
    void fitColumns();
    void showReasons();
    void showDerivation(const QModelIndex& index);
    ScenarioDocument* document_;
    QLocale locale_;
    PathId selected_ = PathId::Stack;
    AlertBanner* banner_;
    QLabel* recommendation_;
    ResultsModel* results_;
    ReasonsModel* reasons_;
    QTableView* resultsView_;
    QTableView* reasonsView_;
    QLabel* reasonsTitle_;
    QLabel* derivation_;
    bool detailsHeld_ = false;
};

} // namespace creditpath::ui
