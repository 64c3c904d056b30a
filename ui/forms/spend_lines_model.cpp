#include "spend_lines_model.h"

#include "document/json_path.h"
#include "document/scenario_document.h"
#include "field_binder.h"
#include "format/display_text.h"
#include "rulebook/rulebook.h"
#include "scenario/scenario_json.h"

#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>

namespace creditpath::ui {
namespace {
const char* const kFields[] = {"category", "monthly", "ramp.to", "ramp.months",
                               "growth_percent_per_month"};
}

SpendLinesModel::SpendLinesModel(ScenarioDocument* document, QLocale locale, QObject* parent)
    : QAbstractTableModel(parent), document_(document), locale_(std::move(locale)) {
    connect(document_, &ScenarioDocument::changed, this, &SpendLinesModel::reload);
    rows_ = int(document_->scenario().spendLines.size());
}

QString SpendLinesModel::fieldPath(int row, int column) {
    return QStringLiteral("spend.lines[%1].%2").arg(row).arg(QLatin1String(kFields[column]));
}

void SpendLinesModel::reload() {
    const int rows = int(document_->scenario().spendLines.size());
    if (document_->editingField().isEmpty())
        rejected_.clear();
    if (rows != rows_) {
        beginResetModel();
        rows_ = rows;
        rejected_.clear();
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
    if (rejected_.empty())
        emit problemsChanged(QString());
}

int SpendLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int SpendLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case MonthlyColumn:
        return tr("Monthly (USD)");
    case RampToColumn:
        return tr("Ramp to (USD)");
    case RampMonthsColumn:
        return tr("Ramp months");
    case GrowthColumn:
        return tr("Growth %/month");
    }
    return {};
}

Qt::ItemFlags SpendLinesModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant SpendLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_)
        return {};
    const auto rejected = rejected_.find({index.row(), index.column()});
    if (rejected != rejected_.end()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return rejected->second.first;
        if (role == Qt::ToolTipRole)
            return rejected->second.second;
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        return {};
    }
    const QJsonValue v = jsonAt(document_->json(), fieldPath(index.row(), index.column()));
    if (index.column() == CategoryColumn) {
        const auto category = parseEnum<Category>(v.toString().toStdString());
        if (role == Qt::DisplayRole)
            return category ? categoryName(*category) : v.toString();
        if (role == Qt::EditRole)
            return v.toString();
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (v.isDouble())
        return v.toInt();
    return FieldBinder::localNumber(v.toString(), locale_);
}

bool SpendLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const QString path = fieldPath(index.row(), index.column());
    const QString text = value.toString();
    const QString canonical = FieldBinder::canonicalNumber(text, locale_);
    std::vector<Problem> problems;
    const QString label = tr("Edit spend line %1").arg(index.row() + 1);
    switch (index.column()) {
    case CategoryColumn:
        problems = document_->setField(path, text, label);
        break;
    case MonthlyColumn:
        problems = document_->setField(path, canonical, label);
        break;
    case GrowthColumn:
        problems = document_->setField(
            path, canonical.isEmpty() ? QJsonValue() : QJsonValue(canonical), label);
        break;
    case RampToColumn:
    case RampMonthsColumn: {
        const QString rampPath = QStringLiteral("spend.lines[%1].ramp").arg(index.row());
        problems = document_->edit(label, path, [&](QJsonObject& json) {
            if (canonical.isEmpty() && index.column() == RampToColumn) {
                setJsonAt(json, rampPath, QJsonValue());
                return;
            }
            QJsonObject ramp = jsonAt(json, rampPath).toObject();
            if (!ramp.contains(QStringLiteral("months")))
                ramp[QStringLiteral("months")] = 6;
            if (index.column() == RampToColumn)
                ramp[QStringLiteral("to")] = canonical;
            else {
                bool ok = false;
                const int months = canonical.toInt(&ok);
                ramp[QStringLiteral("months")] = ok ? QJsonValue(months) : QJsonValue(canonical);
                if (!ramp.contains(QStringLiteral("to")))
                    ramp[QStringLiteral("to")] =
                        jsonAt(json, fieldPath(index.row(), MonthlyColumn));
            }
            setJsonAt(json, rampPath, ramp);
        });
        break;
    }
    }
    const auto key = std::make_pair(index.row(), index.column());
    if (problems.empty()) {
        rejected_.erase(key);
    } else {
        QStringList messages;
        for (const auto& p : problems)
            messages << QString::fromStdString(p.toString());
        rejected_[key] = {text, messages.join(QLatin1Char('\n'))};
        emit problemsChanged(messages.join(QLatin1Char('\n')));
    }
    emit dataChanged(index, index);
    return problems.empty();
}

void SpendLinesModel::addLine() {
    const int row = rows_;
    document_->edit(tr("Add spend line"), QString(), [row](QJsonObject& json) {
        QJsonObject line{{QStringLiteral("category"), QStringLiteral("compute")},
                         {QStringLiteral("monthly"), QStringLiteral("0.00")}};
        setJsonAt(json, QStringLiteral("spend.lines[%1]").arg(row), line);
    });
}

void SpendLinesModel::removeLine(int row) {
    if (row < 0 || row >= rows_)
        return;
    document_->edit(tr("Remove spend line %1").arg(row + 1), QString(), [row](QJsonObject& json) {
        QJsonArray lines = jsonAt(json, QStringLiteral("spend.lines")).toArray();
        lines.removeAt(row);
        setJsonAt(json, QStringLiteral("spend.lines"), lines);
    });
}

void SpendLinesModel::applyReferenceMix() {
    Scenario mix;
    mix.spendLines = document_->rulebook().params().referenceMix;
    const QJsonObject mixJson =
        QJsonDocument::fromJson(QByteArray::fromStdString(serializeScenario(mix))).object();
    const QJsonValue lines = jsonAt(mixJson, QStringLiteral("spend.lines"));
    document_->edit(tr("Apply the seed reference mix"), QString(), [&](QJsonObject& json) {
        setJsonAt(json, QStringLiteral("spend.lines"), lines);
    });
}

} // namespace creditpath::ui
