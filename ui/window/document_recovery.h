#pragma once
// No lost work: the open scenario is written to a recovery file beside the settings every
// minute and whenever the window loses focus, while it has unsaved changes; saving (or undoing
// back to the saved state) or a normal close removes it. After a crash or a kill, the next start
// offers to restore it, as one undoable change of the file it belonged to.
#include <QObject>
#include <QTimer>

namespace creditpath::ui {

class AppSettings;
class DocumentFiles;
class ScenarioDocument;

class DocumentRecovery : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60'000;

    DocumentRecovery(ScenarioDocument* document, DocumentFiles* files, AppSettings* settings,
                     QObject* parent = nullptr);

    // Writes the recovery file when there are unsaved changes, removes it when there are none.
    void saveNow();
    bool available() const;
    // Opens the file the work belonged to (or a blank scenario) and lays the recovered scenario
    // over it as an unsaved, undoable change. False (and the recovery kept) if it cannot be read.
    bool restore();
    void discard();

private:
    ScenarioDocument* document_;
    DocumentFiles* files_;
    AppSettings* settings_;
    QTimer timer_;
};

} // namespace creditpath::ui
