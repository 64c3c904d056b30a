// The main window's menus and actions, with the platform's standard shortcuts.
#include "app_settings.h"
#include "creditpath_version.h"
#include "document/scenario_document.h"
#include "export_actions.h"
#include "export_notice.h"
#include "languages.h"
#include "main_window.h"
#include "results/results_model.h"
#include "results/results_panel.h"
#include "results/table_copy.h"
#include "rulebook_actions.h"
#include "spend_import.h"
#include "variant_bar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace creditpath::ui {

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = file->addMenu(tr("&New"));
    QAction* blank = newMenu->addAction(tr("&Blank scenario"), this, [this] {
        files_->newDocument(DocumentFiles::Example::Blank);
    });
    blank->setShortcut(QKeySequence::New);
    newMenu->addAction(tr("&Seed reference mix"), this,
                       [this] { files_->newDocument(DocumentFiles::Example::SeedReference); });
    newMenu->addAction(tr("&GCP to Frankfurt example (AI-first, GDPR)"), this,
                       [this] { files_->newDocument(DocumentFiles::Example::GcpFrankfurt); });
    file->addAction(tr("&Open…"), this, [this] { files_->open(); })
        ->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save"), this, [this] { files_->save(); })->setShortcut(QKeySequence::Save);
    // Not every platform theme binds QKeySequence::SaveAs; Ctrl+Shift+S everywhere.
    file->addAction(tr("Save &As…"), this, [this] { files_->saveAs(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    spendImporter_ = new SpendImporter(this, document_, locale_);
    file->addAction(tr("&Import spend…"), spendImporter_, &SpendImporter::chooseAndImport)
        ->setToolTip(tr("Spend lines from a Cost Explorer export (monthly, by service)"));
    file->addSeparator();
    exportNotice_ = new ExportNotice;
    statusBar()->addPermanentWidget(exportNotice_);
    exports_ = new ExportActions(
        this, document_, files_, settings_, [this] { return isScreenShare(); },
        [this] { return results_->selectedPath(); });
    file->addAction(tr("Export PDF &report…"), exports_, &ExportActions::exportPdf)
        ->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("&Print report…"), exports_, &ExportActions::print)
        ->setShortcut(QKeySequence::Print);
    file->addAction(tr("Print pre&view…"), exports_, &ExportActions::printPreview);
    QMenu* paper = file->addMenu(tr("Report &paper"));
    auto* papers = new QActionGroup(paper);
    for (const auto& [id, label] : {std::pair{QStringLiteral("a4"), tr("A4")},
                                    std::pair{QStringLiteral("letter"), tr("US Letter")}}) {
        QAction* a =
            paper->addAction(label, this, [this, id = id] { settings_->setReportPaper(id); });
        a->setCheckable(true);
        a->setChecked(settings_->reportPaper() == id);
        papers->addAction(a);
    }
    QMenu* backups = file->addMenu(tr("&Backups to keep"));
    backups->setToolTip(tr("Earlier versions kept beside the file on every save: NAME~, "
                           "then NAME.~2~ and older"));
    auto* backupCounts = new QActionGroup(backups);
    for (const int count : {0, 1, 3, 5, 10}) {
        QAction* a = backups->addAction(count == 0 ? tr("None") : QString::number(count), this,
                                        [this, count] { settings_->setBackupsToKeep(count); });
        a->setCheckable(true);
        a->setChecked(settings_->backupsToKeep() == count);
        backupCounts->addAction(a);
    }
    file->addAction(tr("Export burn-down &CSV…"), exports_, &ExportActions::exportCsv);
    file->addAction(tr("Export path co&mparison CSV…"), exports_, &ExportActions::exportPathsCsv);
    file->addAction(tr("Export evaluation &JSON…"), exports_, &ExportActions::exportJson);
    file->addAction(tr("Export &reminders (iCalendar)…"), exports_, &ExportActions::exportIcs);
    file->addAction(tr("Export Partner Central records…"), exports_,
                    &ExportActions::exportPartnerCentral)
        ->setToolTip(tr("The application records as CreateOpportunity requests for the AWS "
                        "Partner Central Selling API, one JSON file each"));
    connect(exports_, &ExportActions::exported, exportNotice_, &ExportNotice::notify);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Text fields keep Ctrl+C for their own selection (they take the shortcut first).
    edit->addAction(tr("&Copy results table"), this, [this] { copyResultsTable(); })
        ->setShortcut(QKeySequence::Copy);
    edit->addSeparator();
    edit->addAction(variantBar_->saveAsVariantAction());
    edit->addAction(variantBar_->renameAction());
    edit->addAction(variantBar_->deleteAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    screenShare_ = view->addAction(tr("&Screen-share mode"));
    screenShare_->setCheckable(true);
    screenShare_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    screenShare_->setToolTip(tr("Larger text and charts; the AWS account ID is hidden"));
    redactName_ = view->addAction(tr("Also hide the &company name when sharing"));
    redactName_->setCheckable(true);
    connect(screenShare_, &QAction::toggled, this, &MainWindow::applyScreenShare);
    connect(redactName_, &QAction::toggled, this, &MainWindow::applyScreenShare);

    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    QList<InterfaceLanguage> languages = shippedLanguages();
    languages.prepend({QString(), tr("System default")});
    for (const InterfaceLanguage& l : languages) {
        QAction* a = language->addAction(l.nativeName);
        a->setData(l.code);
        a->setCheckable(true);
        a->setChecked(settings_->language() == l.code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] { chooseLanguage(code); });
    }

    rulebook_ =
        new RulebookActions(this, document_, files_, menuBar()->addMenu(tr("&Rulebook")), locale_);
    connect(results_, &ResultsPanel::ruleActivated, rulebook_, &RulebookActions::showRule);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CreditPath"), this, [this] {
        // The version line ("CreditPath 0.1.0 (git 1a2b3c4)") is the same in every language.
        QMessageBox::about(
            this, tr("About CreditPath"),
            QStringLiteral("CreditPath %1\n\n").arg(QString::fromUtf8(kVersionString)) +
                tr("CreditPath compares the ways a startup can fund its AWS bill.\n"
                   "Rulebook: %1")
                    .arg(QString::fromStdString(document_->rulebook().edition())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::chooseLanguage(const QString& code) {
    if (code == settings_->language())
        return;
    settings_->setLanguage(code);
    QMessageBox box(QMessageBox::Question, tr("Language"),
                    tr("CreditPath shows the new language after a restart."), QMessageBox::NoButton,
                    this);
    QPushButton* now = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() == now)
        restart();
}

void MainWindow::restart() {
    // Closing asks about unsaved changes first; the new process opens the same file.
    const QString file = files_->filePath();
    if (!close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            file.isEmpty() ? QStringList() : QStringList{file});
    QCoreApplication::quit();
}

void MainWindow::copyResultsTable() {
    // Whole figures, even when a narrow table shows them compact ($150K).
    ResultsModel* model = results_->resultsModel();
    const bool compact = model->isCompact();
    model->setCompact(false);
    QApplication::clipboard()->setMimeData(tableMimeData(*model));
    model->setCompact(compact);
    statusBar()->showMessage(tr("Copied the results table"), 5000);
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList files = settings_->recentFiles();
    for (const QString& path : files)
        recentMenu_
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { files_->openPath(path); })
            ->setToolTip(path);
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("&Clear list"), this, [this] {
            settings_->clearRecentFiles();
            updateRecentMenu();
        });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

} // namespace creditpath::ui
