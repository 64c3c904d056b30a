#include "spend_page.h"

#include "choices.h"
#include "document/scenario_document.h"
#include "evaluation/charges.h"
#include "format/display_text.h"
#include "format/error_colour.h"
#include "layout/flow_layout.h"
#include "spend_lines_model.h"
#include "window/refresh_when_visible.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditpath::ui {
namespace {

// Category cells edit through a combo box of the translated category names.
class CategoryDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        for (const auto& [name, display] : choicesOf<Category>(categoryName))
            combo->addItem(display, name);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

SpendPage::SpendPage(ScenarioDocument* document, QLocale locale, QWidget* parent)
    : QWidget(parent), document_(document), locale_(locale),
      model_(new SpendLinesModel(document, locale, this)) {
    auto* column = new QVBoxLayout(this); // for the page's contents, once built
    column->setContentsMargins(0, 0, 0, 0);
}

void SpendPage::showEvent(QShowEvent* event) {
    build(); // chosen before the window built it
    QWidget::showEvent(event);
}

void SpendPage::build() {
    if (table_)
        return;
    table_ = new QTableView;
    problems_ = new QLabel;
    totals_ = new QTableWidget;
    auto* contents = new QWidget;
    auto* layout = new QVBoxLayout(contents);
    table_->setObjectName(QStringLiteral("spendLines"));
    table_->setItemDelegateForColumn(SpendLinesModel::CategoryColumn, new CategoryDelegate(table_));
    // Behind its tab at start, the lines wait until the page is shown: a table given its
    // model measures every cell (issue 10: cold start).
    linesRefresh_ = new RefreshWhenVisible(this, [this] { showLines(); });
    linesRefresh_->request();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    layout->addWidget(table_, 3);

    problems_->setObjectName(QStringLiteral("spendProblems"));
    showInErrorColour(problems_);
    problems_->setWordWrap(true);
    problems_->hide();
    layout->addWidget(problems_);
    connect(model_, &SpendLinesModel::problemsChanged, this, [this](const QString& text) {
        problems_->setText(text);
        problems_->setVisible(!text.isEmpty());
    });

    // Wrapping onto a second row rather than widening the forms pane: in French they held it
    // at 448 px, and a laptop sharing its screen cut the results table's last column.
    auto* buttons = new FlowLayout(layout->spacing(), layout->spacing());
    auto* add = new QPushButton(tr("&Add line"));
    auto* remove = new QPushButton(tr("&Remove line"));
    auto* mix = new QPushButton(tr("Seed &reference mix"));
    mix->setToolTip(tr("Replace the lines with the seed page's reference mix (rule BD-4)"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(mix);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, model_, &SpendLinesModel::addLine);
    connect(remove, &QPushButton::clicked, this,
            [this] { model_->removeLine(table_->currentIndex().row()); });
    connect(mix, &QPushButton::clicked, model_, &SpendLinesModel::applyReferenceMix);
    // Ctrl+V on the table, or its context menu (an open cell editor keeps Ctrl+V for its text).
    // No button: a fourth button would make the row wrap sooner.
    auto* paste = new QAction(tr("&Paste lines from a spreadsheet"), table_);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    paste->setToolTip(tr("Add the lines copied from a spreadsheet: category or AWS service, "
                         "monthly, ramp to, ramp months, growth %"));
    table_->addAction(paste);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(paste, &QAction::triggered, this,
            [this] { model_->pasteLines(QGuiApplication::clipboard()->text()); });

    layout->addWidget(new QLabel(tr("Total projected spend per month")));
    totals_->setObjectName(QStringLiteral("monthTotals"));
    totals_->setRowCount(1);
    totals_->setVerticalHeaderLabels({tr("Total")});
    totals_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One row of totals under a header, with its scroll bar: sized from the font, so it is
    // never clipped whatever the screen-share size.
    const int line = totals_->fontMetrics().height() + 12;
    totals_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    totals_->verticalHeader()->setDefaultSectionSize(line);
    totals_->horizontalHeader()->setFixedHeight(line);
    totals_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    totals_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    totals_->setFixedHeight(2 * line + style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                            2 * totals_->frameWidth() + 4);
    layout->addWidget(totals_);
    // Behind its tab at start, the totals wait until the page is shown.
    totalsRefresh_ = new RefreshWhenVisible(this, [this] { updateTotals(); });
    connect(document_, &ScenarioDocument::changed, totalsRefresh_, &RefreshWhenVisible::request);
    totalsRefresh_->request();
    this->layout()->addWidget(contents);
    contents->show(); // at once when the page is on screen: no empty frame in between
}

QTableView* SpendPage::table() {
    build();
    linesRefresh_->flush(); // read while hidden: with its lines
    return table_;
}

void SpendPage::showLines() {
    table_->setModel(model_);
    // Each column as wide as its header and amounts: a narrow pane (French, sharing a laptop's
    // screen) scrolls sideways instead of cutting "2 500 $" to "2 5…". (A stretched last
    // column was cut to the room left.)
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void SpendPage::updateTotals() {
    const Scenario& s = document_->scenario();
    const ChargeSchedule schedule(s.spendLines, s.horizonMonths);
    totals_->setColumnCount(schedule.months());
    for (int m = 1; m <= schedule.months(); ++m) {
        totals_->setHorizontalHeaderItem(m - 1, new QTableWidgetItem(tr("M%1").arg(m)));
        auto* item = new QTableWidgetItem(formatMoneyShort(schedule.total(m), locale_));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        totals_->setItem(0, m - 1, item);
    }
    totals_->resizeColumnsToContents();
}

} // namespace creditpath::ui
