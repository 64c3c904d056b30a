#pragma once
// The main window: scenario forms on the left, results and charts on the right, all fed by
// one ScenarioDocument.
#include "document_files.h"

#include <QFont>
#include <QLocale>
#include <QMainWindow>

#include <functional>

class QAction;
class QMenu;
class QSplitter;
class QTabWidget;

namespace creditpath {
class Rulebook;
}

namespace creditpath::ui {

class AppSettings;
class ChartsPanel;
class ExportActions;
class ExportNotice;
class DocumentRecovery;
class FieldBinder;
class ResultsPanel;
class RulebookActions;
class ScenarioDocument;
class SpendImporter;
class SpendPage;
class StagedBuild;
class VariantBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Complete: everything is built when the constructor returns. FirstFrameFirst (the
    // application's start): the window is laid out with its forms and results; the reasons,
    // the charts and the other form pages follow in small steps once it has painted, so it
    // appears sooner.
    enum class Build { Complete, FirstFrameFirst };
    // Fills the document (a file, the example) before the panes are made from it, so they are
    // laid out once, with the figures they show, not first for an empty scenario.
    using OpenFirst = std::function<void(DocumentFiles&)>;
    MainWindow(const Rulebook& rulebook, AppSettings* settings, QLocale locale,
               Build build = Build::Complete, const OpenFirst& openFirst = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;
    // Builds at once what FirstFrameFirst left for later, for code that needs it now.
    void finishBuilding();
    bool isBuilt() const;
    // More work the first frame can do without (the application's icon): after the panes,
    // or at once when they are built.
    void addAfterFirstFrame(std::function<void()> step);

    ScenarioDocument* document() const { return document_; }
    DocumentFiles* files() const { return files_; }
    DocumentRecovery* recovery() const { return recovery_; }
    FieldBinder* binder() const { return binder_; }
    ResultsPanel* results() const { return results_; }
    ChartsPanel* charts() const { return charts_; }
    SpendPage* spendPage() const { return spend_; }
    VariantBar* variantBar() const { return variantBar_; }
    QAction* screenShareAction() const { return screenShare_; }
    QAction* redactNameAction() const { return redactName_; }
    ExportActions* exports() const { return exports_; }
    SpendImporter* spendImporter() const { return spendImporter_; }
    ExportNotice* exportNotice() const { return exportNotice_; }
    QMenu* recentMenu() const { return recentMenu_; }
    RulebookActions* rulebookActions() const { return rulebook_; }
    // Edit -> Copy: the results table as tab-separated text and as an HTML table.
    void copyResultsTable();
    bool isScreenShare() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // A scenario file dropped on the window opens (after the unsaved-changes prompt).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void updateRecentMenu();
    // Stores the choice and offers to restart into it (Qt reads translations at start).
    void chooseLanguage(const QString& code);
    void restart();
    void updateTitle();
    void documentChanged(); // the name masks and the status bar's rulebook
    void applyScreenShare();
    void placePanes(); // the splitters' shares for the current mode
    void updateNameMasks();
    QWidget* scrolled(QWidget* page);
    void buildLaterPages();
    void applyFormWrap();

    AppSettings* settings_;
    QLocale locale_;
    ScenarioDocument* document_;
    DocumentFiles* files_;
    DocumentRecovery* recovery_ = nullptr;
    FieldBinder* binder_;
    QTabWidget* forms_ = nullptr;
    QSplitter* split_ = nullptr;      // forms | results and charts
    QSplitter* rightSplit_ = nullptr; // results over charts
    StagedBuild* steps_ = nullptr;
    SpendPage* spend_ = nullptr;
    VariantBar* variantBar_ = nullptr;
    ResultsPanel* results_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* screenShare_ = nullptr;
    QAction* redactName_ = nullptr;
    ExportActions* exports_ = nullptr;
    SpendImporter* spendImporter_ = nullptr;
    ExportNotice* exportNotice_ = nullptr;
    RulebookActions* rulebook_ = nullptr;
    QFont normalFont_; // the application font outside screen-share mode
    bool laterPagesBuilt_ = false;
    bool panesPlaced_ = false;
};

} // namespace creditpath::ui
