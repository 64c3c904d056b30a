#pragma once
// Binds form widgets to scenario field paths: each edit goes to the document as an undoable
// change (amounts and percentages read as people type them, typed_input.h), a rejected value
// keeps the typed text and shows the core's message for people under the field (label, what
// was typed, what is expected), and the widgets follow undo, redo and file loads.
#include "input/typed_number.h"
#include "scenario/problems.h"

#include <QJsonValue>
#include <QLocale>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace creditpath::ui {

class ScenarioDocument;

class FieldBinder : public QObject {
    Q_OBJECT
public:
    FieldBinder(ScenarioDocument* document, QLocale locale, QObject* parent = nullptr);

    // Each adds a labelled row to the form and returns the editor.
    QLineEdit* addText(QFormLayout* form, const QString& label, const QString& path);
    QPlainTextEdit* addLongText(QFormLayout* form, const QString& label, const QString& path);
    QLineEdit* addMoney(QFormLayout* form, const QString& label, const QString& path,
                        bool optional);
    QLineEdit* addPercent(QFormLayout* form, const QString& label, const QString& path);
    QSpinBox* addInteger(QFormLayout* form, const QString& label, const QString& path, int min,
                         int max, int fallback);
    QCheckBox* addCheck(QFormLayout* form, const QString& label, const QString& path);
    // Choices: (file name, display name) pairs.
    QComboBox* addChoice(QFormLayout* form, const QString& label, const QString& path,
                         const std::vector<std::pair<QString, QString>>& choices);
    // Tags typed as a comma-separated list, stored as a JSON array of strings.
    QLineEdit* addTags(QFormLayout* form, const QString& label, const QString& path);

    // Explains a term of the trade on hover (tooltip and What's This) on the field and its label.
    void explain(const QString& path, const QString& text);

    // The message shown under a field, empty when it is valid (tests read it).
    QString errorAt(const QString& path) const;

    // "1500.50" -> "1500,50" (German): a stored value shown in the user's decimal style.
    static QString localNumber(const QString& canonical, const QLocale& locale);

private:
    struct Binding {
        QString path;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QWidget* label = nullptr;
        std::function<void(const QJsonValue&)> show;
    };
    Binding& bind(QFormLayout* form, const QString& label, const QString& path, QWidget* editor,
                  std::function<void(const QJsonValue&)> show);
    QLineEdit* addNumber(QFormLayout* form, const QString& label, const QString& path,
                         bool optional, TypedKind kind);
    // `typed` is the text as the user typed it: messages quote it, never the stored form.
    void commit(const QString& path, const QJsonValue& value, const QString& label,
                const QString& typed);
    void showProblems(const QString& path, const std::vector<Problem>& problems,
                      const QString& label, const QString& typed);
    void refresh();
    QString labelOf(const Problem& problem, const QString& editedLabel) const;
    QString variantNamed(const Problem& problem, const QString& message) const;

    ScenarioDocument* document_;
    QLocale locale_;
    std::vector<Binding> bindings_;
    bool showing_ = false;
};

} // namespace creditpath::ui
