#include "field_binder.h"

#include "document/json_path.h"
#include "document/scenario_document.h"

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

QString FieldBinder::canonicalNumber(const QString& text, const QLocale& locale) {
    QString out = text.trimmed();
    out.remove(locale.groupSeparator());
    if (locale.groupSeparator() == QStringLiteral("\u00a0"))
        out.remove(QLatin1Char(' '));
    out.replace(locale.decimalPoint(), QStringLiteral("."));
    return out;
}

QString FieldBinder::localNumber(const QString& canonical, const QLocale& locale) {
    QString out = canonical;
    out.replace(QLatin1Char('.'), locale.decimalPoint());
    return out;
}

FieldBinder::Binding& FieldBinder::bind(QFormLayout* form, const QString& label,
                                        const QString& path, QWidget* editor,
                                        std::function<void(const QJsonValue&)> show) {
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("error:") + path);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
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
    bindings_.push_back({path, editor, error, std::move(show)});
    showing_ = true;
    bindings_.back().show(jsonAt(document_->json(), path));
    showing_ = false;
    return bindings_.back();
}

void FieldBinder::commit(const QString& path, const QJsonValue& value, const QString& label) {
    if (showing_)
        return;
    const auto problems = document_->setField(path, value, tr("Edit %1").arg(label));
    for (Binding& b : bindings_) {
        if (b.path != path)
            continue;
        QStringList messages;
        for (const auto& p : problems)
            messages << QString::fromStdString(p.toString());
        b.error->setText(messages.join(QLatin1Char('\n')));
        b.error->setVisible(!messages.isEmpty());
        b.editor->setProperty("invalid", !messages.isEmpty());
        b.editor->setStyleSheet(messages.isEmpty() ? QString()
                                                   : QStringLiteral("border: 2px solid #c62828;"));
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
            [this, path, label](const QString& t) { commit(path, t, label); });
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
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, path, label] { commit(path, edit->toPlainText(), label); });
    return edit;
}

QLineEdit* FieldBinder::addMoney(QFormLayout* form, const QString& label, const QString& path,
                                 bool optional) {
    auto* edit = new QLineEdit;
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(optional ? tr("not given") : QString());
    const QLocale locale = locale_;
    bind(form, label, path, edit, [edit, locale](const QJsonValue& v) {
        const QString shown = localNumber(v.toString(), locale);
        if (canonicalNumber(edit->text(), locale) != v.toString())
            edit->setText(shown);
    });
    connect(edit, &QLineEdit::textEdited, this, [this, path, label, optional](const QString& t) {
        const QString canonical = canonicalNumber(t, locale_);
        commit(path, optional && canonical.isEmpty() ? QJsonValue() : QJsonValue(canonical), label);
    });
    return edit;
}

QLineEdit* FieldBinder::addPercent(QFormLayout* form, const QString& label, const QString& path) {
    QLineEdit* edit = addMoney(form, label, path, true);
    edit->setPlaceholderText(QStringLiteral("0"));
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
            [this, path, label](int v) { commit(path, v, label); });
    return spin;
}

QCheckBox* FieldBinder::addCheck(QFormLayout* form, const QString& label, const QString& path) {
    auto* check = new QCheckBox;
    bind(form, label, path, check, [check](const QJsonValue& v) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool());
    });
    connect(check, &QCheckBox::toggled, this,
            [this, path, label](bool on) { commit(path, on, label); });
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
        commit(path, combo->itemData(index).toString(), label);
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
            [this, path, label, split](const QString& t) { commit(path, split(t), label); });
    return edit;
}

} // namespace creditpath::ui
