#include "main_window.h"

#include "app_settings.h"
#include "document/scenario_document.h"
#include "document_recovery.h"
#include "evaluation/timeline.h"
#include "first_start_geometry.h"
#include "format/rulebook_text.h"
#include "forms/field_binder.h"
#include "forms/name_mask_highlighter.h"
#include "forms/scenario_forms.h"
#include "forms/spend_page.h"
#include "layout/vertical_scroll_area.h"
#include "output/name_redaction.h"
#include "results/charts_panel.h"
#include "results/results_panel.h"
#include "rulebook/rulebook_view.h"
#include "rulebook_actions.h"
#include "staged_build.h"
#include "variant_bar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace creditpath::ui {

MainWindow::MainWindow(const Rulebook& rulebook, AppSettings* settings, QLocale locale, Build build,
                       const OpenFirst& openFirst, QWidget* parent)
    : QMainWindow(parent), settings_(settings), locale_(locale),
      document_(new ScenarioDocument(rulebook, todayUtc(), this)),
      files_(new DocumentFiles(document_, settings, this)),
      recovery_(new DocumentRecovery(document_, files_, settings, this)),
      binder_(new FieldBinder(document_, locale, this)) {
    if (openFirst)
        openFirst(*files_);
    normalFont_ = QApplication::font();
    steps_ = new StagedBuild(this);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("panes"));
    forms_ = new QTabWidget;
    forms_->setObjectName(QStringLiteral("formTabs"));
    // Tabs over their pages without a frame around them, as in the charts pane: the frame's
    // half-transparent sides, taller than a hundred pixels, are what Qt's raster engine hands
    // to its thread pool, 60 round trips between threads on the first frame (issue 10).
    forms_->setDocumentMode(true);
    // The pages behind other tabs are not on the first paint: they are built right after it
    // (or when their tab is chosen first). None sets the forms pane's minimum width, so the
    // window does not move when they arrive (the Spend page's buttons wrap).
    forms_->addTab(scrolled(makeCompanyPage(binder_)), tr("&Company"));
    spend_ = new SpendPage(document_, locale);
    forms_->addTab(spend_, tr("&Spend"));
    forms_->addTab(scrolled(nullptr), tr("&Applications"));
    forms_->addTab(scrolled(nullptr), tr("Bedrock &POC"));
    connect(forms_, &QTabWidget::currentChanged, this, &MainWindow::buildLaterPages);
    // The forms edit the base or a variant: the choice sits right above them.
    auto* left = new QWidget;
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->setSpacing(0);
    variantBar_ = new VariantBar(document_);
    leftColumn->addWidget(variantBar_);
    leftColumn->addWidget(forms_, 1);
    split->addWidget(left);

    auto* right = new QSplitter(Qt::Vertical);
    results_ = new ResultsPanel(document_, locale);
    charts_ = new ChartsPanel(document_, locale);
    right->addWidget(results_);
    right->addWidget(charts_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({600, 400}); // proportions: the splitter scales them to the window
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 620});
    split_ = split;
    rightSplit_ = right;
    setCentralWidget(new VerticalScrollArea(split));
    connect(results_, &ResultsPanel::pathSelected, charts_, &ChartsPanel::setPath);

    createMenus();
    setAcceptDrops(true);
    connect(files_, &DocumentFiles::fileChanged, this, &MainWindow::updateTitle);
    connect(files_, &DocumentFiles::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(document_->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(document_, &ScenarioDocument::changed, this, &MainWindow::documentChanged);

    // First start fits the screen it opens on: a laptop's is filled (maximized, so a window
    // manager's title bar never pushes the status bar off), a larger one is used, centred.
    if (settings_->geometry().isEmpty()) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QRect placed = firstStartGeometry(available);
        setGeometry(placed);
        if (placed == available)
            setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        restoreGeometry(settings_->geometry());
    }
    // Read both before setting either: checking one applies (and saves) the pair.
    const bool share = settings_->screenShare(), hideName = settings_->redactCompanyName();
    redactName_->setChecked(hideName);
    screenShare_->setChecked(share);
    applyScreenShare();
    rulebook_->restoreFrom(*settings_);
    updateRecentMenu();
    updateTitle();
    if (openFirst)
        documentChanged(); // opened before anyone listened

    // The first frame shows the window laid out with its forms and results; the reasons, the
    // charts and the pages behind the forms' other tabs follow, each in a pass of its own.
    charts_->holdCharts();
    steps_->add([this] { results_->releaseDetails(); });
    steps_->add([this] { charts_->releaseCharts(); });
    steps_->add([this] { buildLaterPages(); });
    if (build == Build::Complete)
        finishBuilding();
    else
        steps_->startAfterFirstPaint(this);
}

void MainWindow::documentChanged() {
    updateNameMasks(); // the name may have just been typed
    // The edition and its overrides, by name (never an override's file path).
    QString rulebook = rulebookName(document_->evaluation());
    if (isScreenShare() && redactName_->isChecked()) // an override may be named after it
        rulebook = QString::fromStdString(
            hideCompanyName(rulebook.toStdString(), document_->scenario().company.name, "[…]"));
    statusBar()->showMessage(tr("Evaluated with rulebook %1").arg(rulebook));
}

MainWindow::~MainWindow() {
    // The application's font was the window's to enlarge: give it back as it was.
    QApplication::setFont(normalFont_);
    QToolTip::setFont(normalFont_);
    // An open cell editor commits while the widgets go away: let that edit reach no view.
    document_->disconnect();
    document_->undoStack()->disconnect();
}

void MainWindow::finishBuilding() {
    steps_->finish();
}

bool MainWindow::isBuilt() const {
    return steps_->done();
}

void MainWindow::addAfterFirstFrame(std::function<void()> step) {
    if (isBuilt())
        step();
    else
        steps_->add(std::move(step));
}

void MainWindow::buildLaterPages() {
    if (laterPagesBuilt_)
        return;
    laterPagesBuilt_ = true;
    spend_->build();
    qobject_cast<QScrollArea*>(forms_->widget(2))->setWidget(makeApplicationsPage(binder_));
    qobject_cast<QScrollArea*>(forms_->widget(3))->setWidget(new PocPage(binder_, document_));
    applyFormWrap();
    updateNameMasks(); // their use cases are masked too while sharing
}

void MainWindow::applyFormWrap() {
    // Narrow forms while sharing: labels go above their fields.
    for (QFormLayout* form : forms_->findChildren<QFormLayout*>()) {
        form->setRowWrapPolicy(isScreenShare() ? QFormLayout::WrapAllRows
                                               : QFormLayout::WrapLongRows);
        // A long label ("Jährlich wiederkehrender Umsatz (USD)") wraps rather than widening
        // the narrow form past its pane, which cut the fields at its right.
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole))
                if (auto* label = qobject_cast<QLabel*>(item->widget()))
                    label->setWordWrap(isScreenShare());
    }
}

QWidget* MainWindow::scrolled(QWidget* page) {
    auto* area = new QScrollArea;
    if (page)
        area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

bool MainWindow::isScreenShare() const {
    return screenShare_->isChecked();
}

void MainWindow::updateTitle() {
    // A file or scenario name often carries the company's: hidden with it.
    QString name = files_->displayName();
    if (isScreenShare() && redactName_->isChecked())
        name = tr("Scenario");
    setWindowTitle(tr("%1[*] — CreditPath").arg(name));
    setWindowModified(!document_->undoStack()->isClean());
}

void MainWindow::applyScreenShare() {
    const bool on = isScreenShare();
    settings_->setScreenShare(on);
    settings_->setRedactCompanyName(redactName_->isChecked());
    // Everything a viewer reads grows, not only the central widget: menus, dialogs, the status
    // bar and tooltips take the application's font. Only touch it when the mode changes.
    const qreal size = on ? normalFont_.pointSizeF() * 1.45 : normalFont_.pointSizeF();
    if (QApplication::font().pointSizeF() != size) {
        QFont f = normalFont_;
        f.setPointSizeF(size);
        QApplication::setFont(f);
        QToolTip::setFont(f);
        // Classes with a font of their own from the platform theme (table headers) follow
        // an explicit parent font: the central widget's.
        centralWidget()->setFont(f);
        // A table header laid out before the change kept its old font (Qt 6.4, screen share
        // on at start-up): set theirs too.
        for (QHeaderView* header : findChildren<QHeaderView*>())
            header->setFont(f);
        // Qt posts the change to every widget: deliver it now, so what follows measures the
        // new sizes.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    }
    charts_->setScreenShare(on);
    applyFormWrap();
    placePanes();
    if (auto* account = findChild<QLineEdit*>(QStringLiteral("company.aws_account_id")))
        account->setEchoMode(on ? QLineEdit::Password : QLineEdit::Normal);
    const bool hideName = on && redactName_->isChecked();
    // The scenario's name usually repeats the company's ("Acme – Series A plan").
    for (const QString& field : {QStringLiteral("company.name"), QStringLiteral("name")})
        if (auto* edit = findChild<QLineEdit*>(field))
            edit->setEchoMode(hideName ? QLineEdit::Password : QLineEdit::Normal);
    updateNameMasks();
    updateTitle();
}

void MainWindow::placePanes() {
    const bool on = isScreenShare();
    // Sharing: the results are what the call is about, so they get most of the width.
    // Before the first show the splitter has no width of its own yet: the window's, which the
    // central widget nearly fills, gives the panes their final proportions at the first layout
    // (rather than laying them out twice).
    const int width =
        (split_->isVisible() ? split_->width() : this->width()) - split_->handleWidth();
    int results = on ? width * 7 / 10 : width * 62 / 100;
    // Never so little that the results table scrolls sideways while the forms could give up
    // room (German or French sharing a laptop's screen cut its last column).
    const int formsMinimum =
        std::max(split_->widget(0)->minimumSizeHint().width(), split_->widget(0)->minimumWidth());
    results =
        std::max(results, std::min(results_->widthShowingEveryColumn(), width - formsMinimum));
    split_->setSizes({width - results, results});
    // Large chart text needs height too: the reasons table gives some up (it scrolls).
    const int height = rightSplit_->isVisible() ? rightSplit_->height()
                                                : this->height() - menuBar()->sizeHint().height() -
                                                      statusBar()->sizeHint().height();
    rightSplit_->setSizes(on ? QList<int>{height * 53 / 100, height * 47 / 100}
                             : QList<int>{height * 60 / 100, height * 40 / 100});
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Before the first paint, laid out at the window's size: the panes get their shares of
    // it, not shares of a guess scaled by each pane's minimum.
    if (!panesPlaced_) {
        panesPlaced_ = true;
        placePanes();
    }
}

void MainWindow::updateNameMasks() {
    const bool hideName = isScreenShare() && redactName_->isChecked();
    const QString name =
        hideName ? QString::fromStdString(document_->scenario().company.name) : QString();
    if (rulebook_)
        rulebook_->setNameToHide(name);
    // Variant names often repeat the company's ("Acme with the LOI").
    const QString baseName =
        hideName ? QString::fromStdString(document_->fileScenario().company.name) : QString();
    variantBar_->setHiddenName(baseName);
    charts_->setHiddenName(baseName);
    for (QPlainTextEdit* edit : forms_->findChildren<QPlainTextEdit*>()) {
        auto* mask = edit->document()->findChild<NameMaskHighlighter*>();
        if (!mask && name.isEmpty())
            continue;
        if (!mask)
            mask = new NameMaskHighlighter(edit->document());
        mask->setCompanyName(name);
    }
}

namespace {
// The one local file a drag carries, or empty.
QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().front().isLocalFile())
        return {};
    return mime->urls().front().toLocalFile();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    files_->openPath(path); // an unreadable file says why and keeps the open scenario
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!files_->maybeSave()) {
        event->ignore();
        return;
    }
    settings_->setGeometry(saveGeometry());
    rulebook_->rememberIn(*settings_);
    recovery_->discard(); // saved, or dropped on purpose: nothing to recover
    event->accept();
}

} // namespace creditpath::ui
