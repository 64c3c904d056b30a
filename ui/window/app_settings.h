#pragma once
// The user's options, kept with QSettings and passed to whoever needs them (no singleton).
#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace creditpath::ui {

class AppSettings {
public:
    // Tests pass a file; the application uses the platform's place for CreditPath.
    explicit AppSettings(const QString& iniFile = QString());

    QByteArray geometry() const;
    void setGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void clearRecentFiles();
    // "" = the system's language, else "en" or "de".
    QString language() const;
    void setLanguage(const QString& language);
    bool screenShare() const;
    void setScreenShare(bool on);
    bool redactCompanyName() const;
    void setRedactCompanyName(bool on);
    // Whether the rulebook was open at the last close, and on which tab (0 rules, 1 changes).
    bool rulebookShown() const;
    void setRulebookShown(bool on);
    int rulebookTab() const;
    void setRulebookTab(int tab);
    // "a4" (default) or "letter", for PDF reports.
    QString reportPaper() const;
    void setReportPaper(const QString& paper);

    // Previous versions kept on save: 1 = NAME~ (default), n = also NAME.~2~ … NAME.~n~, 0 = none.
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // Autosave: the unsaved scenario, beside the settings, and the file it belongs to.
    QString recoveryFile() const;
    QString recoveredFrom() const;
    void setRecoveredFrom(const QString& path);

    static constexpr int kMaxRecentFiles = 8;

private:
    // Writes `value` unless the stored value (or `fallback` when unset), read as a T, already
    // equals it: the window restores its options at every start, and a start-up should not
    // wait for the settings file to be saved.
    template <typename T> void setOption(const char* key, const T& value, const T& fallback) {
        if (settings_->value(key, fallback).template value<T>() != value)
            settings_->setValue(key, value);
    }
    std::unique_ptr<QSettings> settings_;
};

} // namespace creditpath::ui
