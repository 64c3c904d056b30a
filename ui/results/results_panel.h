#pragma once
// Everything the evaluation says, beside the forms: sinking warnings on top, the recommended
// path, the seven paths, and the reasons of the selected path.
#include "evaluation/evaluation.h"

#include <QFont>
#include <QLocale>
#include <QWidget>

#include <array>

class QLabel;
class QTableView;

namespace creditpath::ui {

class AlertBanner;
class ReasonsModel;
class ReasonsTitle;
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
    // Cold start: until releaseDetails() the reasons table has no model, so the window's
    // first frame neither connects it nor measures its rows to their wrapped text.
    void releaseDetails();
    // The narrowest the panel can be without its table scrolling sideways: every path name
    // whole, the face values compact.
    int widthShowingEveryColumn() const;

signals:
    void pathSelected(PathId path);
    // A rule ID was clicked (the reasons' rule column, or one in "Why this number").
    void ruleActivated(const QString& ruleId);

protected:
    QSize minimumSizeHint() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void update();
    void fitToContents();
    int contentsWidth(int column) const;
    void sizeColumnToContents(int column);
    void fitColumns();
    // The table's frame, the path names and every column but the face values.
    int widthBesideTheValues() const;
    // The face values' column with compact values.
    int compactValuesWidth() const;
    void fitHeight();
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
    ReasonsTitle* reasonsTitle_;
    QLabel* derivation_;
    bool detailsHeld_ = true;
    // The height the recommendation and the derivation take beyond one line, as last measured.
    struct WrappedHeight {
        int width = -1;
        QString text;
        QFont font;
        int extra = 0;
    };
    mutable std::array<WrappedHeight, 2> wrapped_;
    int linesBeyondTheFirst(const QLabel& label, WrappedHeight& known) const;
    // The widest path name as drawn; the widest face values in the bold font, with padding.
    struct {
        int path = 0, value = 0, compactValue = 0, charWidth = 1;
    } measured_;
};

} // namespace creditpath::ui
