#pragma once
// The status bar's word after an export: what was written, and a button that opens it (a
// file in its application, a folder in the file manager). It stays until the next export.
#include <QWidget>

class QLabel;
class QPushButton;

namespace creditpath::ui {

class ExportNotice : public QWidget {
    Q_OBJECT
public:
    explicit ExportNotice(QWidget* parent = nullptr);
    void notify(const QString& message, const QString& target);
    QString message() const;
    QString target() const { return target_; }
    QPushButton* openButton() const { return open_; }

private:
    QLabel* text_;
    QPushButton* open_;
    QString target_;
};

} // namespace creditpath::ui
