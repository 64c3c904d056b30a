#include "document_files.h"

#include "app_settings.h"
#include "document/scenario_document.h"
#include "scenario/backups.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace creditpath::ui {
namespace {

QString fileFilter() {
    return DocumentFiles::tr("CreditPath scenarios (*.creditpath.json *.json)");
}

QString problemsText(const InvalidDocument& e) {
    QStringList lines;
    for (const auto& p : e.problems())
        lines << QString::fromStdString(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DocumentFiles::DocumentFiles(ScenarioDocument* document, AppSettings* settings, QWidget* window)
    : QObject(window), document_(document), settings_(settings), window_(window) {}

QString DocumentFiles::displayName() const {
    return filePath_.isEmpty() ? untitledName_ : QFileInfo(filePath_).fileName();
}

bool DocumentFiles::load(const QString& path) {
    try {
        Scenario scenario = parseScenario(readTextFile(path.toStdString()));
        document_->reset(std::move(scenario));
    } catch (const InvalidDocument& e) {
        QMessageBox::warning(window_, tr("Cannot open scenario"),
                             tr("%1 is not a valid scenario:\n%2").arg(path, problemsText(e)));
        return false;
    } catch (const std::exception& e) {
        QMessageBox::warning(window_, tr("Cannot open scenario"),
                             tr("%1 cannot be read: %2").arg(path, QString::fromUtf8(e.what())));
        return false;
    }
    filePath_ = QFileInfo(path).absoluteFilePath();
    settings_->addRecentFile(filePath_);
    emit recentFilesChanged();
    emit fileChanged();
    return true;
}

bool DocumentFiles::saveTo(const QString& path) {
    try {
        rotateBackups(path.toStdString(), settings_->backupsToKeep());
        writeFileAtomically(path.toStdString(), serializeScenario(document_->fileScenario()));
    } catch (const std::exception& e) {
        QMessageBox::warning(window_, tr("Cannot save scenario"),
                             tr("%1 cannot be written: %2").arg(path, QString::fromUtf8(e.what())));
        return false;
    }
    filePath_ = QFileInfo(path).absoluteFilePath();
    document_->undoStack()->setClean();
    settings_->addRecentFile(filePath_);
    emit recentFilesChanged();
    emit fileChanged();
    return true;
}

void DocumentFiles::loadExample(Example example) {
    Scenario scenario;
    switch (example) {
    case Example::Blank:
        scenario.name = tr("New scenario").toStdString();
        untitledName_ = tr("Untitled");
        break;
    case Example::SeedReference:
    case Example::GcpFrankfurt: {
        const bool seed = example == Example::SeedReference;
        QFile file(seed ? QStringLiteral(":/examples/seed-reference.creditpath.json")
                        : QStringLiteral(":/examples/gcp-frankfurt.creditpath.json"));
        file.open(QIODevice::ReadOnly);
        scenario = parseScenario(file.readAll().toStdString());
        untitledName_ =
            seed ? tr("Seed reference mix (example)") : tr("GCP to Frankfurt (example)");
        break;
    }
    }
    // An example is a template: saving asks for a file name.
    scenario.sourceDocument.clear();
    document_->reset(std::move(scenario));
    filePath_.clear();
    emit fileChanged();
}

bool DocumentFiles::maybeSave() {
    if (document_->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::warning(
        window_, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentFiles::newDocument(Example example) {
    if (maybeSave())
        loadExample(example);
}

void DocumentFiles::open() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open scenario"),
                                                      QFileInfo(filePath_).path(), fileFilter());
    if (!path.isEmpty() && load(path) && !document_->scenario().rulebookOverrides.empty())
        emit openedWithOverrides();
}

void DocumentFiles::openPath(const QString& path) {
    if (maybeSave() && load(path) && !document_->scenario().rulebookOverrides.empty())
        emit openedWithOverrides(); // the window asks whether to keep them
}

bool DocumentFiles::save() {
    return filePath_.isEmpty() ? saveAs() : saveTo(filePath_);
}

bool DocumentFiles::saveAs() {
    QString suggestion = filePath_;
    if (suggestion.isEmpty())
        suggestion = QStringLiteral("scenario.creditpath.json");
    QString path =
        QFileDialog::getSaveFileName(window_, tr("Save scenario as"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".creditpath.json");
    return saveTo(path);
}

} // namespace creditpath::ui
