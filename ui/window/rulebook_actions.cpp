#include "rulebook_actions.h"

#include "app_settings.h"
#include "document/scenario_document.h"
#include "document_files.h"
#include "evaluation/timeline.h"
#include "rulebook/editions.h"
#include "rulebook/override_document.h"
#include "rulebook/rulebook_view.h"
#include "scenario/file_io.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <map>

namespace creditpath::ui {
namespace {

QString problemsText(const std::vector<Problem>& problems) {
    QStringList lines;
    for (const Problem& p : problems)
        lines << QString::fromStdString(p.toString());
    return lines.join(QLatin1Char('\n'));
}

std::string editionOverlayText(const std::string& id) {
    return editionOverlay(id).value_or(std::string());
}

QJsonObject jsonOf(const std::string& text) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// A shipped edition's merged rulebook: what the scenario's rulebook is compared to (as JSON,
// so the order of keys does not matter).
const QJsonObject& editionDocument(const std::string& id) {
    static std::map<std::string, QJsonObject> documents;
    auto it = documents.find(id);
    if (it == documents.end())
        it = documents.emplace(id, jsonOf(shippedRulebook(id)->documentText())).first;
    return it->second;
}

QString fileFilter() {
    return RulebookActions::tr("Rulebook overrides (*.json)");
}

} // namespace

RulebookActions::RulebookActions(QMainWindow* window, ScenarioDocument* document,
                                 DocumentFiles* files, QMenu* menu, const QLocale& locale)
    : QObject(window), window_(window), document_(document), locale_(locale),
      dock_(new QDockWidget(tr("Rulebook"), window)) {
    dock_->setObjectName(QStringLiteral("rulebookDock"));
    window->addDockWidget(Qt::RightDockWidgetArea, dock_);
    dock_->hide();
    // Rules, values, units and sources need room: the first time it opens, the rulebook takes
    // close to half the window (the results keep the rest; the user can drag the edge).
    connect(dock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            view();
        if (!visible || sized_)
            return;
        sized_ = true;
        // Once the window has its final size (at start-up it is still being placed).
        QTimer::singleShot(0, this, [this] {
            const QRect w = window_->geometry();
            if (w.width() >= 1600) {
                window_->resizeDocks({dock_}, {w.width() * 45 / 100}, Qt::Horizontal);
                return;
            }
            // A laptop's window (or screen sharing) leaves a docked rulebook a sliver beside
            // the forms and results: it floats over their right side instead.
            dock_->setFloating(true);
            dock_->setGeometry(w.x() + w.width() * 35 / 100, w.y() + w.height() / 12,
                               w.width() * 63 / 100, w.height() * 85 / 100);
        });
    });

    QAction* show = dock_->toggleViewAction();
    show->setText(tr("Show &rulebook"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    menu->addAction(show);
    menu->addAction(tr("What &changed"), this, [this] {
        dock_->show();
        view()->showChanges();
    });
    QMenu* editionMenu = menu->addMenu(tr("&Edition"));
    // Which edition is in use takes a parse of the whole rulebook: worked out when someone
    // looks, not on every start (the window's first frame would wait for it).
    connect(editionMenu, &QMenu::aboutToShow, this, &RulebookActions::markEdition);
    auto* group = new QActionGroup(this);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const ShippedEdition& e : shippedEditions()) {
        const QString id = QString::fromStdString(e.id);
        QAction* a =
            editionMenu->addAction(id == QLatin1String("seed")
                                       ? tr("Seed edition (%1)").arg(QString::fromStdString(e.name))
                                       : QString::fromStdString(e.name));
        a->setData(id);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { switchEdition(id); });
        editions_ << a;
    }
    menu->addSeparator();
    menu->addAction(tr("&Load overrides…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(window_, tr("Load rulebook overrides"),
                                                          QString(), fileFilter());
        if (!path.isEmpty())
            loadOverrides(path);
    });
    save_ = menu->addAction(tr("&Save overrides…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            window_, tr("Save rulebook overrides"), QStringLiteral("overrides.json"), fileFilter());
        if (!path.isEmpty())
            saveOverrides(path);
    });
    drop_ = menu->addAction(tr("&Drop overrides"), this, &RulebookActions::dropOverrides);

    connect(document_, &ScenarioDocument::changed, this, &RulebookActions::updateActions);
    connect(files, &DocumentFiles::openedWithOverrides, this, &RulebookActions::askKeepOverrides);
    updateActions();
}

void RulebookActions::updateActions() {
    const std::string& overrides = document_->scenario().rulebookOverrides;
    save_->setEnabled(!overrides.empty());
    drop_->setEnabled(!overrides.empty());
}

const QList<QAction*>& RulebookActions::editionActions() {
    markEdition();
    return editions_;
}

void RulebookActions::markEdition() {
    // Most changes are edits of the scenario, not of the rulebook: compare the editions (a
    // parse of the whole rulebook) only when its text changed, and parse it once for all.
    const std::string& text = document_->rulebook().documentText();
    if (text == comparedRulebook_)
        return;
    comparedRulebook_ = text;
    const QJsonObject current = jsonOf(text);
    for (QAction* a : std::as_const(editions_)) {
        // The edition the scenario is evaluated with; none checked once a figure is edited.
        a->setChecked(current == editionDocument(a->data().toString().toStdString()));
    }
}

RulebookView* RulebookActions::view() {
    if (!view_) {
        view_ = new RulebookView(document_, locale_, todayUtc());
        view_->setNameToHide(nameToHide_);
        view_->tabs()->setCurrentIndex(tab_);
        dock_->setWidget(view_);
    }
    return view_;
}

void RulebookActions::setNameToHide(const QString& name) {
    nameToHide_ = name;
    if (view_)
        view_->setNameToHide(name);
}

void RulebookActions::rememberIn(AppSettings& settings) const {
    settings.setRulebookShown(dock_->isVisible());
    settings.setRulebookTab(view_ ? view_->tabs()->currentIndex() : tab_);
}

void RulebookActions::restoreFrom(const AppSettings& settings) {
    tab_ = settings.rulebookTab() == 1 ? 1 : 0;
    if (view_)
        view_->tabs()->setCurrentIndex(tab_);
    dock_->setVisible(settings.rulebookShown());
}

void RulebookActions::showRule(const QString& id) {
    dock_->show();
    dock_->raise();
    view()->showRule(id);
}

void RulebookActions::switchEdition(const QString& id) {
    const auto overlay = editionOverlayText(id.toStdString());
    const auto problems =
        document_->setRulebookOverrides(overlay, tr("Switch rulebook edition to %1").arg(id));
    if (!problems.empty())
        QMessageBox::warning(window_, tr("Rulebook edition"), problemsText(problems));
    // The menu checked the chosen edition itself: mark again, even if nothing changed.
    comparedRulebook_.clear();
    updateActions();
}

bool RulebookActions::loadOverrides(const QString& path) {
    std::vector<Problem> problems;
    try {
        problems = document_->setRulebookOverrides(readTextFile(path.toStdString()),
                                                   tr("Load rulebook overrides"));
    } catch (const std::exception& e) {
        problems.push_back({path.toStdString(), e.what()});
    }
    if (!problems.empty()) {
        QMessageBox::warning(window_, tr("Cannot load rulebook overrides"),
                             tr("%1 is not an override file this CreditPath can apply:\n%2")
                                 .arg(path, problemsText(problems)));
        return false;
    }
    window_->statusBar()->showMessage(tr("Loaded rulebook overrides"), 5000);
    return true;
}

bool RulebookActions::saveOverrides(const QString& path) {
    try {
        writeFileAtomically(path.toStdString(), document_->scenario().rulebookOverrides);
    } catch (const std::exception& e) {
        QMessageBox::warning(window_, tr("Cannot save rulebook overrides"),
                             QString::fromUtf8(e.what()));
        return false;
    }
    window_->statusBar()->showMessage(tr("Saved rulebook overrides"), 5000);
    return true;
}

void RulebookActions::dropOverrides() {
    document_->setRulebookOverrides({}, tr("Drop rulebook overrides"));
}

void RulebookActions::askKeepOverrides() {
    const auto& ev = document_->evaluation();
    std::size_t changed = 0;
    for (const auto& o : ev.rulebookOverrides)
        changed += o.changed.size();
    QMessageBox box(QMessageBox::Question, tr("Rulebook overrides"),
                    tr("This scenario carries rulebook overrides (%n change(s) to the shipped "
                       "figures). Keep them, so it evaluates as it did for its author, or "
                       "evaluate it with the shipped rulebook?",
                       nullptr, int(changed)),
                    QMessageBox::NoButton, window_);
    QPushButton* keep = box.addButton(tr("Keep overrides"), QMessageBox::AcceptRole);
    QPushButton* drop = box.addButton(tr("Drop overrides"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == drop)
        dropOverrides();
}

} // namespace creditpath::ui
