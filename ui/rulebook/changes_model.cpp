#include "changes_model.h"

#include "document/scenario_document.h"
#include "format/rulebook_text.h"

namespace creditpath::ui {

ChangesModel::ChangesModel(ScenarioDocument* document, QLocale locale, QObject* parent)
    : QAbstractTableModel(parent), document_(document), locale_(std::move(locale)),
      changes_(document->changes()) {
    connect(document_, &ScenarioDocument::changed, this, [this] {
        beginResetModel();
        changes_ = document_->changes();
        endResetModel();
    });
}

int ChangesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(changes_.size());
}

int ChangesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= changes_.size())
        return {};
    const FigureChange& c = changes_[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == BeforeColumn || index.column() == AfterColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PathColumn:
        return diffPathName(c.path);
    case FigureColumn:
        return figureName(c.figure);
    case BeforeColumn:
        return diffValueText(c.before, locale_);
    case AfterColumn:
        return diffValueText(c.after, locale_);
    case RuleColumn: {
        QStringList rules;
        for (const auto& r : c.rules)
            rules << QString::fromStdString(r);
        return rules.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case FigureColumn:
        return tr("Figure");
    case BeforeColumn:
        return tr("Shipped");
    case AfterColumn:
        return tr("Now");
    case RuleColumn:
        return tr("Rule");
    }
    return {};
}

} // namespace creditpath::ui
