#pragma once
// The Rulebook menu and dock: show the rulebook (also from any rule ID in the results),
// switch edition, load, save and drop overrides, and ask whether to keep the overrides a
// scenario file brings. Every change of the rulebook is an undoable edit of the scenario.
#include <QLocale>
#include <QObject>
#include <QString>

#include <string>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace creditpath::ui {

class AppSettings;
class DocumentFiles;
class RulebookView;
class ScenarioDocument;

class RulebookActions : public QObject {
    Q_OBJECT
public:
    RulebookActions(QMainWindow* window, ScenarioDocument* document, DocumentFiles* files,
                    QMenu* menu, const QLocale& locale);

    // Built the first time it is needed (shown, a rule asked for): not on the first paint.
    RulebookView* view();
    // The company name the view hides while sharing (kept until the view exists).
    void setNameToHide(const QString& name);
    QDockWidget* dock() const { return dock_; }
    // The edition actions, seed first (checked: the edition the scenario is evaluated with).
    const QList<QAction*>& editionActions();

    void showRule(const QString& id);
    // The rulebook opens as it was left (shown or not, which tab).
    void rememberIn(AppSettings& settings) const;
    void restoreFrom(const AppSettings& settings);
    // Replaces the overrides with a shipped edition's ("seed": none), one undo step.
    void switchEdition(const QString& id);
    bool loadOverrides(const QString& path);
    bool saveOverrides(const QString& path);
    void dropOverrides();

private:
    void askKeepOverrides();
    void updateActions();
    void markEdition();
    QMainWindow* window_;
    ScenarioDocument* document_;
    QLocale locale_;
    QString nameToHide_;
    RulebookView* view_ = nullptr;
    QDockWidget* dock_;
    QList<QAction*> editions_;
    QAction* save_ = nullptr;
    QAction* drop_ = nullptr;
    bool sized_ = false;
    int tab_ = 0;                  // the tab the view opens on
    std::string comparedRulebook_; // the rulebook text the edition marks were set for
};

} // namespace creditpath::ui
