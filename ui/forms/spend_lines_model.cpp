#include "spend_lines_model.h"

#include "document/json_path.h"
#include "document/scenario_document.h"
#include "field_binder.h"
#include "format/display_text.h"
#include "rulebook/rulebook.h"
#include "scenario/scenario_json.h"
#include "spend_paste.h"
#include "typed_input.h"

#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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
    emit problemsChanged(problemText());
}

int SpendLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int SpendLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SpendLinesModel::columnTitle(int column) {
    switch (column) {
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

QString SpendLinesModel::columnExplanation(int column) {
    switch (column) {
    case CategoryColumn:
        return tr("Bedrock and its supporting services are earmarked: Bedrock POC credits pay "
                  "only for them (BP-2). Marketplace, upfront commitments and Enterprise support "
                  "are never paid by credits (BD-6).");
    case MonthlyColumn:
        return tr("The charge in month 1, the first invoice after the credits land (BD-1).");
    case RampToColumn:
    case RampMonthsColumn:
        return tr("Ramp: the monthly charge moves in equal steps from Monthly to Ramp to over "
                  "Ramp months, then grows by Growth %/month.");
    case GrowthColumn:
        return tr("Compounding growth of the charge each month, after any ramp.");
    }
    return {};
}

QVariant SpendLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && (role == Qt::ToolTipRole || role == Qt::WhatsThisRole))
        return columnExplanation(section);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnTitle(section);
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
    const QString text = value.toString();
    const std::vector<Problem> problems =
        applyCell(index.row(), index.column(), text, tr("Edit spend line %1").arg(index.row() + 1));
    const auto key = std::make_pair(index.row(), index.column());
    if (problems.empty()) {
        rejected_.erase(key);
    } else {
        QStringList messages;
        for (const auto& p : problems)
            messages << peopleMessage(p, columnTitle(index.column()), index.row() + 1, text);
        rejected_[key] = {text, messages.join(QLatin1Char('\n'))};
    }
    emit dataChanged(index, index);
    emit problemsChanged(problemText());
    return problems.empty();
}

QString SpendLinesModel::problemText() const {
    QStringList messages;
    for (const auto& [cell, rejected] : rejected_)
        messages << rejected.second;
    return messages.join(QLatin1Char('\n'));
}

std::vector<Problem> SpendLinesModel::applyCell(int row, int column, const QString& text,
                                                const QString& label) {
    const QString path = fieldPath(row, column);
    const auto typed = [&](TypedKind kind) { return readTyped(text, kind, path, locale_); };
    switch (column) {
    case CategoryColumn:
        return document_->setField(path, text, label);
    case MonthlyColumn: {
        const TypedValue v = typed(TypedKind::Money);
        if (v.problem)
            return {*v.problem};
        return document_->setField(path, v.value.isNull() ? QJsonValue(QString()) : v.value, label);
    }
    case GrowthColumn: {
        const TypedValue v = typed(TypedKind::Percent);
        if (v.problem)
            return {*v.problem};
        return document_->setField(path, v.value, label);
    }
    case RampToColumn: {
        const TypedValue v = typed(TypedKind::Money);
        if (v.problem)
            return {*v.problem};
        return setRamp(row, label, RampToColumn, v.value);
    }
    case RampMonthsColumn: {
        bool ok = false;
        const int months = text.trimmed().toInt(&ok);
        return setRamp(row, label, RampMonthsColumn, ok ? QJsonValue(months) : QJsonValue(text));
    }
    }
    return {};
}

// A ramp needs both ends: a cleared target removes it, a first months count starts from the
// line's monthly amount, a first target ramps over six months.
std::vector<Problem> SpendLinesModel::setRamp(int row, const QString& label, int column,
                                              const QJsonValue& value) {
    const QString rampPath = QStringLiteral("spend.lines[%1].ramp").arg(row);
    const bool editingTo = column == RampToColumn;
    return document_->edit(label, fieldPath(row, column), [&](QJsonObject& json) {
        if (editingTo && value.isNull()) {
            setJsonAt(json, rampPath, QJsonValue());
            return;
        }
        QJsonObject ramp = jsonAt(json, rampPath).toObject();
        if (!ramp.contains(QStringLiteral("months")))
            ramp[QStringLiteral("months")] = 6;
        if (editingTo) {
            ramp[QStringLiteral("to")] = value;
        } else {
            ramp[QStringLiteral("months")] = value;
            if (!ramp.contains(QStringLiteral("to")))
                ramp[QStringLiteral("to")] = jsonAt(json, fieldPath(row, MonthlyColumn));
        }
        setJsonAt(json, rampPath, ramp);
    });
}

bool SpendLinesModel::pasteLines(const QString& text) {
    const PastedLines pasted = readSpendPaste(text, locale_, rows_ + 1);
    if (pasted.lines.isEmpty() && pasted.problems.isEmpty())
        return false;
    QStringList messages = pasted.problems;
    if (messages.isEmpty()) {
        const int first = rows_;
        const auto problems =
            document_->edit(tr("Paste %n spend line(s)", nullptr, int(pasted.lines.size())),
                            QString(), [&](QJsonObject& json) {
                                QJsonArray lines =
                                    jsonAt(json, QStringLiteral("spend.lines")).toArray();
                                for (const auto& line : pasted.lines)
                                    lines.append(line);
                                setJsonAt(json, QStringLiteral("spend.lines"), lines);
                            });
        // What the core refuses (an amount past the limit) names the row the line would take.
        static const QRegularExpression cellPath(
            QStringLiteral(R"(^spend\.lines\[(\d+)\]\.(.+)$)"));
        for (const auto& p : problems) {
            const auto match = cellPath.match(QString::fromStdString(p.path));
            const int row = match.hasMatch() ? match.captured(1).toInt() : first;
            int column = CategoryColumn;
            for (int c = 0; c < ColumnCount; ++c)
                if (match.captured(2) == QLatin1String(kFields[c]))
                    column = c;
            const QJsonValue typed = pasted.lines.at(row - first)
                                         .toObject()
                                         .value(match.captured(2).section(QLatin1Char('.'), 0, 0));
            messages << peopleMessage(p, columnTitle(column), row + 1,
                                      typed.isString() ? typed.toString() : QString());
        }
    }
    emit problemsChanged(messages.join(QLatin1Char('\n')));
    return messages.isEmpty();
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
