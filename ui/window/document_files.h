#pragma once
// New, open, save and save-as of the scenario document, the unsaved-changes prompt and the
// recent files. Saves are atomic (core's writeFileAtomically).
#include <QObject>
#include <QString>

class QWidget;

namespace creditpath::ui {

class AppSettings;
class ScenarioDocument;

class DocumentFiles : public QObject {
    Q_OBJECT
public:
    enum class Example { Blank, SeedReference, GcpFrankfurt };
    DocumentFiles(ScenarioDocument* document, AppSettings* settings, QWidget* window);

    const QString& filePath() const { return filePath_; }
    // The name shown in the title: the file name, or the example's name.
    QString displayName() const;

    // Without prompting: used at start-up and by tests.
    bool load(const QString& path);
    bool saveTo(const QString& path);
    void loadExample(Example example);

    // With the unsaved-changes prompt where one applies.
    bool maybeSave();
    void newDocument(Example example);
    void open();
    void openPath(const QString& path);
    bool save();
    bool saveAs();

signals:
    void fileChanged(); // path or name changed
    void recentFilesChanged();
    // A file opened interactively carries rulebook overrides ("rulebook_overrides").
    void openedWithOverrides();

private:
    ScenarioDocument* document_;
    AppSettings* settings_;
    QWidget* window_;
    QString filePath_;
    QString untitledName_;
};

} // namespace creditpath::ui
