#include "rulebook_model.h"

#include "document/scenario_document.h"
#include "format/display_text.h"
#include "format/rulebook_text.h"
#include "forms/typed_input.h"
#include "rulebook/staleness.h"

#include <QBrush>
#include <QColor>

namespace creditpath::ui {
namespace {

constexpr int kParameterRole = Qt::UserRole + 10; // index into values_

QStandardItem* cell(const QString& text = {}) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

RulebookModel::RulebookModel(ScenarioDocument* document, QLocale locale,
                             std::chrono::sys_days today, QObject* parent)
    : QStandardItemModel(parent), document_(document), locale_(std::move(locale)), today_(today) {
    setHorizontalHeaderLabels(
        {tr("Rule"), tr("Title"), tr("Value"), tr("Unit"), tr("Verified"), tr("Source")});
    build();
    connect(document_, &ScenarioDocument::changed, this, &RulebookModel::refresh);
}

void RulebookModel::build() {
    // The shape never changes (an override cannot add rules or parameters): rows are made once
    // and refresh() rewrites their text, so an edit in progress keeps its row.
    values_ = parameterValues(document_->rulebook());
    for (const RuleInfo& rule : document_->rulebook().rules()) {
        QList<QStandardItem*> row{
            cell(QString::fromStdString(rule.id)), cell(), cell(), cell(), cell(), cell()};
        row[IdColumn]->setData(QString::fromStdString(rule.id), RuleIdRole);
        // Under its rule, whatever order the reader reads the parameters in.
        for (std::size_t next = 0; next < values_.size(); ++next) {
            if (values_[next].spec.rule != rule.id)
                continue;
            QList<QStandardItem*> param{cell(QString::fromStdString(values_[next].spec.key)),
                                        cell(),
                                        cell(),
                                        cell(),
                                        cell(),
                                        cell()};
            for (QStandardItem* item : param) {
                item->setData(int(next), kParameterRole);
                item->setData(QString::fromStdString(rule.id), RuleIdRole);
            }
            row[IdColumn]->appendRow(param);
        }
        appendRow(row);
    }
    refresh();
}

void RulebookModel::setToday(std::chrono::sys_days today) {
    today_ = today;
    shownDocument_.clear();
    refresh();
}

void RulebookModel::refresh() {
    const Rulebook& rb = document_->rulebook();
    // Most edits change the scenario, not the rulebook: nothing to redo then.
    if (rb.documentText() == shownDocument_)
        return;
    shownDocument_ = rb.documentText();
    refreshing_ = true;
    if (shippedValues_.empty())
        shippedValues_ = parameterValues(document_->shippedRulebook());
    const auto& shippedValues = shippedValues_;
    values_ = parameterValues(rb);
    for (int r = 0; r < rowCount(); ++r) {
        QStandardItem* idItem = item(r, IdColumn);
        const RuleInfo* rule = rb.rule(idItem->text().toStdString());
        if (!rule)
            continue;
        const bool stale = isStale(*rule, rb, today_);
        item(r, TitleColumn)->setText(ruleTitle(*rule));
        // The filter reads the ID, the title, the text and the source.
        // ... in English and in the interface language.
        idItem->setData(QString::fromStdString(rule->id + " " + rule->title + " " + rule->text +
                                               " " + rule->source) +
                            QLatin1Char(' ') + ruleTitle(*rule),
                        SearchRole);
        item(r, TitleColumn)->setToolTip(QString::fromStdString(rule->text));
        item(r, VerifiedColumn)
            ->setText(stale ? tr("%1 (stale)").arg(QString::fromStdString(rule->verified))
                            : QString::fromStdString(rule->verified));
        item(r, VerifiedColumn)
            ->setToolTip(stale ? tr("Verified more than %n month(s) ago (PD-6)", nullptr,
                                    rb.params().staleAfterMonths)
                               : QString());
        item(r, VerifiedColumn)->setForeground(stale ? QBrush(QColor(0xb2, 0x6a, 0x00)) : QBrush());
        item(r, VerifiedColumn)->setData(stale, StaleRole);
        item(r, SourceColumn)->setText(QString::fromStdString(rule->source));
        item(r, SourceColumn)->setToolTip(QString::fromStdString(rule->source));
        for (int c = 0; c < idItem->rowCount(); ++c) {
            const int i = idItem->child(c, IdColumn)->data(kParameterRole).toInt();
            const ParameterValue& v = values_[std::size_t(i)];
            const bool changed = shippedValues[std::size_t(i)].json != v.json;
            QStandardItem* value = idItem->child(c, ValueColumn);
            value->setText(parameterValueText(v, locale_));
            value->setEditable(v.spec.editableInPlace());
            value->setData(v.spec.editableInPlace(), EditableRole);
            QFont font = value->font();
            font.setBold(changed); // differs from the shipped edition
            value->setFont(font);
            value->setToolTip(
                changed ? tr("Shipped: %1")
                              .arg(parameterValueText(shippedValues[std::size_t(i)], locale_))
                : v.spec.editableInPlace() ? tr("Double-click to change")
                                           : tr("Change this value through an override file:\n%1")
                                                 .arg(QString::fromStdString(v.json)));
            idItem->child(c, UnitColumn)->setText(unitName(v.spec.unit));
            idItem->child(c, IdColumn)
                ->setData(QString::fromStdString(v.spec.rule + " " + v.spec.key), SearchRole);
            const QString checked =
                v.note ? (v.note->estimate ? tr("%1 (estimate)") : tr("%1 (verified)"))
                             .arg(QString::fromStdString(v.note->checked))
                       : QString();
            idItem->child(c, VerifiedColumn)->setText(checked);
            idItem->child(c, SourceColumn)
                ->setText(v.note ? QString::fromStdString(v.note->source) : QString());
        }
    }
    // The notes point into the document's rulebook, which the next edit may replace.
    for (ParameterValue& v : values_)
        v.note = nullptr;
    refreshing_ = false;
}

Qt::ItemFlags RulebookModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QStandardItemModel::flags(index);
    if (index.column() == ValueColumn && index.data(EditableRole).toBool())
        f |= Qt::ItemIsEditable;
    return f;
}

const ParameterValue* RulebookModel::parameterAt(const QModelIndex& index) const {
    const QVariant i = index.data(kParameterRole);
    if (!i.isValid() || i.toInt() < 0 || std::size_t(i.toInt()) >= values_.size())
        return nullptr;
    return &values_[std::size_t(i.toInt())];
}

QString RulebookModel::parameterLabel(const ParameterSpec& spec) {
    return QStringLiteral("%1 %2").arg(QString::fromStdString(spec.rule),
                                       QString::fromStdString(spec.key));
}

bool RulebookModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (refreshing_ || role != Qt::EditRole || index.column() != ValueColumn)
        return QStandardItemModel::setData(index, value, role);
    const ParameterValue* param = parameterAt(index);
    if (!param)
        return false;
    const ParameterSpec spec = param->spec; // values_ is rebuilt by the edit
    const QString typed = value.toString().trimmed();
    const QString label = parameterLabel(spec);
    std::string canonical = typed.toStdString();
    // Amounts and percentages are read as the forms read them: the locale's separators, "2.5k".
    if (spec.kind == ParameterKind::Money || spec.kind == ParameterKind::Percent) {
        const TypedValue t = readTyped(
            typed, spec.kind == ParameterKind::Money ? TypedKind::Money : TypedKind::Percent, label,
            locale_);
        if (t.problem) {
            emit editRefused(peopleMessage(*t.problem, label, 0, typed));
            return false;
        }
        canonical = t.value.toString().toStdString();
    } else if (spec.kind == ParameterKind::Integer) {
        bool ok = false;
        const qlonglong n = locale_.toLongLong(typed, &ok);
        canonical = ok ? std::to_string(n) : std::string();
    } else if (spec.kind == ParameterKind::DayRange) {
        QString text = typed;
        text.replace(QChar(0x2013), QLatin1Char('-')).remove(QLatin1Char(' '));
        canonical = text.toStdString();
    }
    const std::string json = parameterJson(spec, canonical);
    if (json.empty()) {
        emit editRefused(tr("%1: “%2” is not a value of this parameter").arg(label, typed));
        return false;
    }
    const auto problems =
        document_->setRulebookParameter(spec.rule, spec.key, json, tr("Change rule %1").arg(label));
    if (!problems.empty()) {
        QStringList messages;
        for (const Problem& p : problems)
            messages << peopleMessage(p, label, 0, typed);
        emit editRefused(messages.join(QLatin1Char('\n')));
        return false;
    }
    emit editAccepted();
    return true;
}

QModelIndex RulebookModel::ruleIndex(const QString& id) const {
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, IdColumn)->text() == id)
            return index(r, IdColumn);
    return {};
}

} // namespace creditpath::ui
