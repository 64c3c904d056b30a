#include "compare_view.h"

#include "document/scenario_document.h"
#include "format/comparison_text.h"
#include "format/display_text.h"
#include "window/refresh_when_visible.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditpath::ui {

CompareView::CompareView(ScenarioDocument* document, QLocale locale, QWidget* parent)
    : QWidget(parent), document_(document), locale_(std::move(locale)),
      refresh_(new RefreshWhenVisible(this, [this] { refresh(); })) {
    setObjectName(QStringLiteral("compareView"));
    connect(document_, &ScenarioDocument::changed, refresh_, &RefreshWhenVisible::request);
    refresh_->request();
}

void CompareView::build() {
    // Behind its tab at start: made when first shown, not on the window's first frame (issue
    // 10: cold start).
    empty_ = new QLabel;
    table_ = new QTableWidget;
    overlay_ = new QCheckBox(tr("Variants on the burn-down chart"));
    table_->setObjectName(QStringLiteral("compareTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    empty_->setWordWrap(true);
    empty_->setText(tr("No variants yet. Edit the scenario and choose Save as variant… above the "
                       "forms: the edits become a variant and the base stays as saved. Each "
                       "variant then appears here as a column beside the base."));
    overlay_->setObjectName(QStringLiteral("overlayVariants"));
    overlay_->setToolTip(tr("Draw each variant's out of pocket on the burn-down chart as a "
                            "dashed line (the same path in every scenario)"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    column->addWidget(empty_);
    column->addWidget(table_, 1);
    column->addWidget(overlay_);
    connect(overlay_, &QCheckBox::toggled, this, &CompareView::overlayToggled);
    // A column header picks that scenario for the forms.
    connect(table_->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this](int column) { document_->selectVariant(column - 1); });
}

QTableWidget* CompareView::table() const {
    refresh_->flush();
    return table_;
}

QCheckBox* CompareView::overlayCheck() const {
    refresh_->flush();
    return overlay_;
}

void CompareView::setHiddenName(const QString& companyName) {
    if (hiddenName_ == companyName)
        return;
    hiddenName_ = companyName;
    refresh_->request();
}

void CompareView::refresh() {
    if (!table_)
        build();
    const Comparison c = document_->comparison();
    const bool any = c.columns.size() > 1;
    empty_->setVisible(!any);
    table_->setVisible(any);
    overlay_->setEnabled(any);
    table_->clear();
    table_->setColumnCount(int(c.columns.size()));
    table_->setRowCount(int(c.rows.size()));
    const std::string hide = hiddenName_.toStdString();
    for (int col = 0; col < int(c.columns.size()); ++col) {
        const ComparisonColumn& column = c.columns[std::size_t(col)];
        QString name = comparisonColumnName(column, hide, QStringLiteral("•••"));
        if (col - 1 == document_->selectedVariant())
            name = tr("%1 (editing)").arg(name);
        auto* header = new QTableWidgetItem(name);
        header->setToolTip(tr("Figures of %1. Click to edit this scenario in the forms.")
                               .arg(pathName(column.path)));
        table_->setHorizontalHeaderItem(col, header);
    }
    for (int r = 0; r < int(c.rows.size()); ++r) {
        const ComparisonRow& row = c.rows[std::size_t(r)];
        auto* header = new QTableWidgetItem(comparisonRowName(row.id));
        header->setToolTip(comparisonBetterText(row.better));
        table_->setVerticalHeaderItem(r, header);
        for (int col = 0; col < int(row.cells.size()); ++col) {
            const ComparisonCell& cell = row.cells[std::size_t(col)];
            QString text = comparisonCellText(row.id, cell, locale_);
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (cell.best) {
                text = tr("✓ %1").arg(text);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xe8, 0xf5, 0xe9));
                item->setToolTip(tr("Best of the row: %1").arg(comparisonBetterText(row.better)));
            }
            item->setText(text);
            table_->setItem(r, col, item);
        }
    }
}

} // namespace creditpath::ui
