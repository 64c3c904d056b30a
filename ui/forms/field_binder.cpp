#include "field_binder.h"

#include "document/json_path.h"
#include "document/scenario_document.h"
#include "format/display_text.h"
#include "format/error_colour.h"
#include "scenario/variants.h"
#include "typed_input.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace creditpath::ui {

FieldBinder::FieldBinder(ScenarioDocument* document, QLocale locale, QObject* parent)
    : QObject(parent), document_(document), locale_(std::move(locale)) {
    connect(document_, &ScenarioDocument::changed, this, &FieldBinder::refresh);
}

// "1500000.00" shows as "1,500,000.00" (en), "1.500.000,00" (de), with an ASCII minus: the
// reader of typed numbers takes it all back, so a shown value always reads as itself.
QString FieldBinder::localNumber(const QString& canonical, const QLocale& locale) {
    return groupedDigits(canonical.toStdString(), locale, QStringLiteral("-"));
}

FieldBinder::Binding& FieldBinder::bind(QFormLayout* form, const QString& label,
                                        const QString& path, QWidget* editor,
                                        std::function<void(const QJsonValue&)> show) {
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("error:") + path);
    showInErrorColour(error);
    error->setWordWrap(true);
    error->hide();
    editor->setObjectName(path);
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(error);
    // Narrow panes (screen-share fonts on a laptop) put labels above their fields.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(label, box);
    bindings_.push_back({path, editor, error, form->labelForField(box), std::move(show)});
    showing_ = true;
    bindings_.back().show(jsonAt(document_->json(), path));
    showing_ = false;
    return bindings_.back();
}

void FieldBinder::commit(const QString& path, const QJsonValue& value, const QString& label,
                         const QString& typed) {
    if (showing_)
        return;
    showProblems(path, document_->setField(path, value, tr("Edit %1").arg(label)), label, typed);
}

void FieldBinder::showProblems(const QString& path, const std::vector<Problem>& problems,
                               const QString& label, const QString& typed) {
    for (Binding& b : bindings_) {
        if (b.path != path)
            continue;
        QStringList messages;
        for (const auto& p : problems)
            messages << variantNamed(p, peopleMessage(p, labelOf(p, label), 0, typed));
        b.error->setText(messages.join(QLatin1Char('\n')));
        b.error->setVisible(!messages.isEmpty());
        b.editor->setProperty("invalid", !messages.isEmpty());
        b.editor->setStyleSheet(messages.isEmpty() ? QString()
                                                   : QStringLiteral("border: 2px solid #c62828;"));
    }
}

// An edit of the base can make a variant invalid (the patched scenario): the message names the
// variant, and the form label of the field within it when this page shows that field.
QString FieldBinder::labelOf(const Problem& problem, const QString& editedLabel) const {
    const auto field = variantFieldOf(problem.path);
    if (!field)
        return editedLabel;
    for (const Binding& b : bindings_)
        if (b.path.toStdString() == field->field)
            if (auto* label = qobject_cast<QLabel*>(b.label))
                return label->text();
    return editedLabel;
}

QString FieldBinder::variantNamed(const Problem& problem, const QString& message) const {
    const auto field = variantFieldOf(problem.path);
    const auto& variants = document_->fileScenario().variants;
    if (!field || field->index >= variants.size())
        return message;
    return tr("Variant “%1”: %2").arg(QString::fromStdString(variants[field->index].name), message);
}

void FieldBinder::explain(const QString& path, const QString& text) {
    for (Binding& b : bindings_)
        if (b.path == path)
            for (QWidget* w : {b.editor, b.label})
                if (w) {
                    w->setToolTip(text);
                    w->setWhatsThis(text);
                }
}

QString FieldBinder::errorAt(const QString& path) const {
    for (const Binding& b : bindings_)
        if (b.path == path && !b.error->isHidden())
            return b.error->text();
    return {};
}

void FieldBinder::refresh() {
    const QString& editing = document_->editingField();
    const QJsonObject json = document_->json();
    showing_ = true;
    for (Binding& b : bindings_) {
        if (b.path == editing)
            continue;
        // Another field's edit leaves a rejected text alone; undo, redo and loads replace it.
        const bool invalid = !b.error->isHidden();
        if (invalid && !editing.isEmpty())
            continue;
        b.error->hide();
        b.editor->setStyleSheet(QString());
        b.show(jsonAt(json, b.path));
    }
    showing_ = false;
}

QLineEdit* FieldBinder::addText(QFormLayout* form, const QString& label, const QString& path) {
    auto* edit = new QLineEdit;
    bind(form, label, path, edit, [edit](const QJsonValue& v) {
        if (edit->text() != v.toString()) {
            edit->setText(v.toString());
            edit->setCursorPosition(0);
        }
    });
    connect(edit, &QLineEdit::textEdited, this,
            [this, path, label](const QString& t) { commit(path, t, label, t); });
    return edit;
}

QPlainTextEdit* FieldBinder::addLongText(QFormLayout* form, const QString& label,
                                         const QString& path) {
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(48);
    edit->setMaximumHeight(90);
    bind(form, label, path, edit, [edit](const QJsonValue& v) {
        if (edit->toPlainText() != v.toString())
            edit->setPlainText(v.toString());
    });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, path, label] {
        commit(path, edit->toPlainText(), label, edit->toPlainText());
    });
    return edit;
}

QLineEdit* FieldBinder::addMoney(QFormLayout* form, const QString& label, const QString& path,
                                 bool optional) {
    QLineEdit* edit = addNumber(form, label, path, optional, TypedKind::Money);
    edit->setPlaceholderText(optional ? tr("not given") : QString());
    return edit;
}

QLineEdit* FieldBinder::addPercent(QFormLayout* form, const QString& label, const QString& path) {
    QLineEdit* edit = addNumber(form, label, path, true, TypedKind::Percent);
    edit->setPlaceholderText(QStringLiteral("0"));
    return edit;
}

QLineEdit* FieldBinder::addNumber(QFormLayout* form, const QString& label, const QString& path,
                                  bool optional, TypedKind kind) {
    auto* edit = new QLineEdit;
    edit->setAlignment(Qt::AlignRight);
    const QLocale locale = locale_;
    bind(form, label, path, edit, [edit, locale, kind, path](const QJsonValue& v) {
        // A text that already reads as the stored value stays as typed ("2.5k").
        if (readTyped(edit->text(), kind, path, locale).value != v)
            edit->setText(localNumber(v.toString(), locale));
    });
    connect(edit, &QLineEdit::textEdited, this,
            [this, path, label, optional, kind](const QString& t) {
                const TypedValue typed = readTyped(t, kind, path, locale_);
                if (typed.problem) // nothing reaches the document: the last valid state stays
                    showProblems(path, {*typed.problem}, label, t);
                else if (typed.value.isNull() && !optional)
                    commit(path, QString(), label, t);
                else
                    commit(path, typed.value, label, t);
            });
    return edit;
}

QSpinBox* FieldBinder::addInteger(QFormLayout* form, const QString& label, const QString& path,
                                  int min, int max, int fallback) {
    auto* spin = new QSpinBox;
    spin->setRange(min, max);
    spin->setGroupSeparatorShown(true);
    bind(form, label, path, spin, [spin, fallback](const QJsonValue& v) {
        const int value = v.isDouble() ? v.toInt() : fallback;
        if (spin->value() != value) {
            const QSignalBlocker block(spin);
            spin->setValue(value);
        }
    });
    connect(spin, &QSpinBox::valueChanged, this,
            [this, path, label](int v) { commit(path, v, label, QString::number(v)); });
    return spin;
}

QCheckBox* FieldBinder::addCheck(QFormLayout* form, const QString& label, const QString& path) {
    auto* check = new QCheckBox;
    bind(form, label, path, check, [check](const QJsonValue& v) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool());
    });
    connect(check, &QCheckBox::toggled, this,
            [this, path, label](bool on) { commit(path, on, label, QString()); });
    return check;
}

QComboBox* FieldBinder::addChoice(QFormLayout* form, const QString& label, const QString& path,
                                  const std::vector<std::pair<QString, QString>>& choices) {
    auto* combo = new QComboBox;
    for (const auto& [name, display] : choices)
        combo->addItem(display, name);
    bind(form, label, path, combo, [combo](const QJsonValue& v) {
        const QSignalBlocker block(combo);
        const int index = combo->findData(v.toString());
        combo->setCurrentIndex(index < 0 ? 0 : index);
    });
    connect(combo, &QComboBox::activated, this, [this, combo, path, label](int index) {
        commit(path, combo->itemData(index).toString(), label, combo->itemText(index));
    });
    return combo;
}

QLineEdit* FieldBinder::addTags(QFormLayout* form, const QString& label, const QString& path) {
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(tr("comma-separated, e.g. ECS, Aurora, S3"));
    const auto join = [](const QJsonValue& v) {
        QStringList tags;
        for (const auto& t : v.toArray())
            tags << t.toString();
        return tags.join(QStringLiteral(", "));
    };
    const auto split = [](const QString& text) {
        QJsonArray tags;
        for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tags.append(t.trimmed());
        return tags;
    };
    bind(form, label, path, edit, [edit, join, split](const QJsonValue& v) {
        if (split(edit->text()) != v.toArray())
            edit->setText(join(v));
    });
    connect(edit, &QLineEdit::textEdited, this,
            [this, path, label, split](const QString& t) { commit(path, split(t), label, t); });
    return edit;
}

} // namespace creditpath::ui
