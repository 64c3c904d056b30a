#include "variant_bar.h"

#include "document/scenario_document.h"
#include "forms/typed_input.h"
#include "output/name_redaction.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace creditpath::ui {

VariantBar::VariantBar(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), selector_(new QComboBox),
      saveAs_(new QAction(tr("Save as &variant…"), this)),
      rename_(new QAction(tr("Rename variant…"), this)),
      delete_(new QAction(tr("Delete variant"), this)) {
    setObjectName(QStringLiteral("variantBar"));
    selector_->setObjectName(QStringLiteral("variantSelector"));
    selector_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    selector_->setMinimumContentsLength(12);
    selector_->setToolTip(tr("The scenario the forms edit: the base, or one of its variants "
                             "(the base with some fields changed)"));
    saveAs_->setToolTip(tr("With the base: the edits since the last save become a new variant "
                           "and the base returns to its saved state. With a variant: a copy "
                           "of it."));
    // Two rows: the forms' pane is narrow (a third of the window while sharing).
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(2, 2, 2, 4);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Editing:"));
    label->setBuddy(selector_);
    row->addWidget(label);
    row->addWidget(selector_, 1);
    column->addLayout(row);
    // One button, Rename and Delete on its menu: three buttons side by side made the pane (and
    // with it the window) wider than a 1366-pixel screen in screen share and in Japanese.
    auto* buttons = new QHBoxLayout;
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("variantButton"));
    button->setDefaultAction(saveAs_);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    auto* more = new QMenu(button);
    more->addAction(rename_);
    more->addAction(delete_);
    button->setMenu(more);
    buttons->addWidget(button);
    buttons->addStretch(1);
    column->addLayout(buttons);
    connect(selector_, &QComboBox::currentIndexChanged, this,
            [this](int index) { document_->selectVariant(index - 1); });
    connect(saveAs_, &QAction::triggered, this, &VariantBar::askSaveAsVariant);
    connect(rename_, &QAction::triggered, this, &VariantBar::askRename);
    connect(delete_, &QAction::triggered, this,
            [this] { document_->deleteVariant(document_->selectedVariant()); });
    connect(document_, &ScenarioDocument::variantsChanged, this, &VariantBar::rebuild);
    rebuild();
}

void VariantBar::setHiddenName(const QString& companyName) {
    if (hiddenName_ == companyName)
        return;
    hiddenName_ = companyName;
    rebuild();
}

void VariantBar::rebuild() {
    const QSignalBlocker block(selector_);
    selector_->clear();
    selector_->addItem(tr("Base scenario"));
    for (const Variant& v : document_->fileScenario().variants)
        selector_->addItem(hiddenName_.isEmpty() ? QString::fromStdString(v.name)
                                                 : QString::fromStdString(hideCompanyName(
                                                       v.name, hiddenName_.toStdString(), "•••")));
    selector_->setCurrentIndex(document_->selectedVariant() + 1);
    const bool variant = document_->selectedVariant() >= 0;
    rename_->setEnabled(variant);
    delete_->setEnabled(variant);
}

bool VariantBar::showProblems(const std::vector<Problem>& problems, const QString& typed) {
    if (problems.empty())
        return false;
    QStringList lines;
    for (const Problem& p : problems)
        lines << peopleMessage(p, tr("Variant name"), 0, typed);
    QMessageBox::warning(this, tr("Variant"), lines.join(QLatin1Char('\n')));
    return true;
}

void VariantBar::askSaveAsVariant() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as variant"), tr("Name of the new variant:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        showProblems(document_->saveAsVariant(name.trimmed()), name);
}

void VariantBar::askRename() {
    const int index = document_->selectedVariant();
    if (index < 0)
        return;
    bool ok = false;
    // While the company's name is hidden, the old name (which may hold it) is not shown.
    const QString old =
        hiddenName_.isEmpty()
            ? QString::fromStdString(document_->fileScenario().variants[std::size_t(index)].name)
            : QString();
    const QString name = QInputDialog::getText(this, tr("Rename variant"), tr("New name:"),
                                               QLineEdit::Normal, old, &ok);
    if (ok)
        showProblems(document_->renameVariant(index, name.trimmed()), name);
}

} // namespace creditpath::ui
