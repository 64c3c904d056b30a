#pragma once
// File -> Import spend…: a Cost Explorer export (the CLI's JSON or the console's CSV, monthly
// by service) replaces the spend lines as one undoable edit, after the user has seen what it
// found: the month taken, the services counted as other, what was left out as not spend, and
// the trend offered as growth.
#include "import/spend_import.h"

#include <QLocale>
#include <QObject>
#include <QString>

#include <chrono>

class QWidget;

namespace creditpath::ui {

class ScenarioDocument;

class SpendImporter : public QObject {
    Q_OBJECT
public:
    SpendImporter(QWidget* window, ScenarioDocument* document, QLocale locale);

    // Asks for the file, shows the summary, imports on confirmation.
    void chooseAndImport();

    // Reads `path` as of `today`; on failure returns false with the problems in `error`.
    bool read(const QString& path, std::chrono::sys_days today, SpendImport* imported,
              QString* error) const;
    // Replaces the spend lines (one undo step); each grows by the trend when asked.
    void apply(const SpendImport& imported, bool applyTrend);
    // What the import found, in the interface language.
    QString summary(const SpendImport& imported) const;

private:
    QWidget* window_;
    ScenarioDocument* document_;
    QLocale locale_;
};

} // namespace creditpath::ui
