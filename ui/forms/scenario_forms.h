#pragma once
// The scenario's form pages. Each builds its widgets on a FieldBinder; none holds state of
// its own beyond what the binder and the document hold.
#include <QWidget>

class QLabel;

namespace creditpath::ui {

class FieldBinder;
class ScenarioDocument;

// Scenario name, objective, horizon and the company profile.
QWidget* makeCompanyPage(FieldBinder* binder);
// Portfolio and Build applications, and the migration plan.
QWidget* makeApplicationsPage(FieldBinder* binder);

// The Bedrock POC plan with its live BP-3 checklist.
class PocPage : public QWidget {
    Q_OBJECT
public:
    PocPage(FieldBinder* binder, ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void updateChecklist();
    ScenarioDocument* document_;
    QLabel* checklist_;
};

} // namespace creditpath::ui
