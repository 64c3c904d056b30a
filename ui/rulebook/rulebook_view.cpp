#include "rulebook_view.h"

#include "changes_model.h"
#include "document/scenario_document.h"
#include "format/display_text.h"
#include "format/error_colour.h"
#include "format/rulebook_text.h"
#include "output/name_redaction.h"
#include "rulebook_model.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace creditpath::ui {
namespace {

// Choices and yes/no are picked from a list; other values are typed.
class ValueDelegate : public QStyledItemDelegate {
public:
    ValueDelegate(RulebookModel* model, QSortFilterProxyModel* proxy, QObject* parent)
        : QStyledItemDelegate(parent), model_(model), proxy_(proxy) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        const ParameterValue* v = model_->parameterAt(proxy_->mapToSource(index));
        if (!v || (v->spec.kind != ParameterKind::Choice && v->spec.kind != ParameterKind::Flag))
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* box = new QComboBox(parent);
        if (v->spec.kind == ParameterKind::Flag) {
            box->addItem(RulebookView::tr("yes"), QStringLiteral("true"));
            box->addItem(RulebookView::tr("no"), QStringLiteral("false"));
        } else {
            for (const auto& c : v->spec.choices)
                box->addItem(choiceName(c), QString::fromStdString(c));
        }
        box->setCurrentIndex(box->findData(QString::fromStdString(v->text)));
        return box;
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* box = qobject_cast<QComboBox*>(editor))
            model->setData(index, box->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    RulebookModel* model_;
    QSortFilterProxyModel* proxy_;
};

QLabel* wrappedLabel(const char* name) {
    auto* label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RulebookView::RulebookView(ScenarioDocument* document, QLocale locale, std::chrono::sys_days today,
                           QWidget* parent)
    : QWidget(parent), document_(document), locale_(locale),
      model_(new RulebookModel(document, locale, today, this)),
      changes_(new ChangesModel(document, locale, this)), proxy_(new QSortFilterProxyModel(this)),
      summary_(wrappedLabel("rulebookSummary")), filter_(new QLineEdit), tabs_(new QTabWidget),
      tree_(new QTreeView), detail_(wrappedLabel("ruleDetail")),
      message_(wrappedLabel("rulebookMessage")), changesView_(new QTableView) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    filter_->setObjectName(QStringLiteral("rulebookFilter"));
    filter_->setPlaceholderText(tr("Filter by rule ID or word"));
    filter_->setClearButtonEnabled(true);
    layout->addWidget(filter_);

    proxy_->setSourceModel(model_);
    proxy_->setRecursiveFilteringEnabled(true);
    proxy_->setAutoAcceptChildRows(true); // a matching rule shows all its parameters
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(RulebookModel::IdColumn);
    proxy_->setFilterRole(RulebookModel::SearchRole);
    tree_->setObjectName(QStringLiteral("rulebookTree"));
    tree_->setModel(proxy_);
    tree_->setItemDelegateForColumn(RulebookModel::ValueColumn,
                                    new ValueDelegate(model_, proxy_, tree_));
    tree_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    tree_->setAlternatingRowColors(true);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(RulebookModel::SourceColumn, QHeaderView::Stretch);
    // Lists (categories, phrases) would push units and sources out of sight: titles and values
    // take a set width, the whole text on hover.
    for (const int column : {int(RulebookModel::TitleColumn), int(RulebookModel::ValueColumn)}) {
        tree_->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        tree_->header()->resizeSection(column, fontMetrics().averageCharWidth() * 26);
    }
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            tree_->expandAll();
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RulebookView::showDetail);

    auto* rules = new QWidget;
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(tree_, 1);
    showInErrorColour(message_);
    message_->hide();
    rulesLayout->addWidget(message_);
    rulesLayout->addWidget(detail_);
    tabs_->setDocumentMode(true); // as every tab set in the window (main_window.cpp)
    tabs_->addTab(rules, tr("Rules"));

    changesView_->setObjectName(QStringLiteral("changesTable"));
    changesView_->setModel(changes_);
    changesView_->verticalHeader()->hide();
    changesView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    changesView_->horizontalHeader()->setStretchLastSection(true);
    tabs_->addTab(changesView_, QString());
    layout->addWidget(tabs_, 1);

    connect(model_, &RulebookModel::editRefused, this, [this](const QString& text) {
        message_->setText(text);
        message_->show();
    });
    connect(model_, &RulebookModel::editAccepted, message_, &QLabel::hide);
    connect(document_, &ScenarioDocument::changed, this, &RulebookView::update);
    tree_->expandAll(); // every parameter in sight; a rule folds with a click
    update();
}

void RulebookView::update() {
    const Rulebook& rb = document_->rulebook();
    QString name = rulebookName(document_->evaluation());
    if (!nameToHide_.isEmpty())
        name = QString::fromStdString(
            hideCompanyName(name.toStdString(), nameToHide_.toStdString(), "[…]"));
    summary_->setText(tr("<b>Rulebook:</b> %1<br>%2 %3")
                          .arg(name.toHtmlEscaped(), creditsStartText(rb.params()).toHtmlEscaped(),
                               tieBreakText(rb.params()).toHtmlEscaped()));
    // Narrow (a laptop, screen sharing): the billing assumptions stay one hover away.
    summary_->setToolTip(creditsStartText(rb.params()) + QLatin1Char('\n') +
                         tieBreakText(rb.params()));
    const int n = int(document_->changes().size());
    tabs_->setTabText(1, tr("What changed (%n)", nullptr, n));
    showDetail();
}

void RulebookView::showDetail() {
    const QModelIndex index = proxy_->mapToSource(tree_->currentIndex());
    const RuleInfo* rule = index.isValid()
                               ? document_->rulebook().rule(
                                     index.data(RulebookModel::RuleIdRole).toString().toStdString())
                               : nullptr;
    if (!rule) {
        detail_->setText(tr("Choose a rule to read it; double-click a value to change it."));
        return;
    }
    detail_->setText(tr("<b>%1 %2</b>: %3<br><i>Source:</i> %4 (<i>verified</i> %5)")
                         .arg(QString::fromStdString(rule->id), ruleTitle(*rule).toHtmlEscaped(),
                              QString::fromStdString(rule->text).toHtmlEscaped(),
                              QString::fromStdString(rule->source).toHtmlEscaped(),
                              QString::fromStdString(rule->verified)));
}

void RulebookView::showRule(const QString& id) {
    filter_->clear();
    tabs_->setCurrentIndex(0);
    const QModelIndex index = proxy_->mapFromSource(model_->ruleIndex(id));
    if (!index.isValid())
        return;
    tree_->expand(index);
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void RulebookView::setNameToHide(const QString& companyName) {
    if (nameToHide_ == companyName)
        return;
    nameToHide_ = companyName;
    update();
}

void RulebookView::showChanges() {
    tabs_->setCurrentIndex(1);
}

} // namespace creditpath::ui
