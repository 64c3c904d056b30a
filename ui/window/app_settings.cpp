#include "app_settings.h"

#include "scenario/backups.h"

#include <QFileInfo>

#include <algorithm>

namespace creditpath::ui {

AppSettings::AppSettings(const QString& iniFile)
    : settings_(iniFile.isEmpty() ? std::make_unique<QSettings>(QStringLiteral("CreditPath"),
                                                                QStringLiteral("CreditPath"))
                                  : std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QByteArray AppSettings::geometry() const {
    return settings_->value("window/geometry").toByteArray();
}
void AppSettings::setGeometry(const QByteArray& g) {
    settings_->setValue("window/geometry", g);
}
QByteArray AppSettings::windowState() const {
    return settings_->value("window/state").toByteArray();
}
void AppSettings::setWindowState(const QByteArray& s) {
    settings_->setValue("window/state", s);
}

QStringList AppSettings::recentFiles() const {
    return settings_->value("files/recent").toStringList();
}

void AppSettings::clearRecentFiles() {
    settings_->remove("files/recent");
}

void AppSettings::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings_->setValue("files/recent", files);
}

QString AppSettings::recoveryFile() const {
    return QFileInfo(settings_->fileName()).absolutePath() +
           QStringLiteral("/recovery.creditpath.json");
}
QString AppSettings::recoveredFrom() const {
    return settings_->value("recovery/file").toString();
}
void AppSettings::setRecoveredFrom(const QString& path) {
    settings_->setValue("recovery/file", path);
    settings_->sync();
}

int AppSettings::backupsToKeep() const {
    return std::clamp(settings_->value("options/backupsToKeep", 1).toInt(), 0,
                      kMaxBackupGenerations);
}
void AppSettings::setBackupsToKeep(int count) {
    settings_->setValue("options/backupsToKeep", std::clamp(count, 0, kMaxBackupGenerations));
}

QString AppSettings::language() const {
    return settings_->value("options/language").toString();
}
void AppSettings::setLanguage(const QString& l) {
    settings_->setValue("options/language", l);
}
bool AppSettings::rulebookShown() const {
    return settings_->value("options/rulebookShown", false).toBool();
}

void AppSettings::setRulebookShown(bool on) {
    setOption("options/rulebookShown", on, false);
}

int AppSettings::rulebookTab() const {
    return settings_->value("options/rulebookTab", 0).toInt();
}

void AppSettings::setRulebookTab(int tab) {
    setOption("options/rulebookTab", tab, 0);
}

bool AppSettings::screenShare() const {
    return settings_->value("options/screenShare", false).toBool();
}
void AppSettings::setScreenShare(bool on) {
    setOption("options/screenShare", on, false);
}
bool AppSettings::redactCompanyName() const {
    return settings_->value("options/redactCompanyName", false).toBool();
}
void AppSettings::setRedactCompanyName(bool on) {
    setOption("options/redactCompanyName", on, false);
}
QString AppSettings::reportPaper() const {
    return settings_->value("options/reportPaper", "a4").toString();
}
void AppSettings::setReportPaper(const QString& paper) {
    settings_->setValue("options/reportPaper", paper);
}

} // namespace creditpath::ui
