#include "document_recovery.h"

#include "app_settings.h"
#include "document/scenario_document.h"
#include "document_files.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUndoStack>

namespace creditpath::ui {

DocumentRecovery::DocumentRecovery(ScenarioDocument* document, DocumentFiles* files,
                                   AppSettings* settings, QObject* parent)
    : QObject(parent), document_(document), files_(files), settings_(settings) {
    timer_.setInterval(kIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &DocumentRecovery::saveNow);
    timer_.start();
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    saveNow();
            });
    connect(document_->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
}

void DocumentRecovery::saveNow() {
    if (document_->undoStack()->isClean()) {
        discard();
        return;
    }
    try {
        writeFileAtomically(settings_->recoveryFile().toStdString(),
                            serializeScenario(document_->fileScenario()));
        settings_->setRecoveredFrom(files_->filePath());
    } catch (const FileError&) {
        // Autosave is a safety net: a full disk must not interrupt the user; the next tick
        // tries again.
    }
}

bool DocumentRecovery::available() const {
    return QFileInfo(settings_->recoveryFile()).isFile();
}

bool DocumentRecovery::restore() {
    Scenario recovered;
    try {
        recovered = parseScenario(readTextFile(settings_->recoveryFile().toStdString()));
    } catch (const std::exception&) {
        return false;
    }
    const QString original = settings_->recoveredFrom();
    if (original.isEmpty() || !QFileInfo(original).isFile() || !files_->load(original))
        files_->loadExample(DocumentFiles::Example::Blank);
    document_->replaceWith(std::move(recovered), tr("Restore unsaved changes"));
    return true;
}

void DocumentRecovery::discard() {
    QFile::remove(settings_->recoveryFile());
}

} // namespace creditpath::ui
