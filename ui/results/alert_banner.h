#pragma once
// The warnings that would sink an application or lose money, above the results. Several or
// long warnings collapse to one line with "show all", so the reasons table below keeps its
// room; every warning is in the tooltip as well.
#include <QLabel>
#include <QStringList>

namespace creditpath::ui {

class AlertBanner : public QLabel {
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);
    // One entry per warning: rich text for the open banner, plain text for the one line.
    void setAlerts(const QStringList& richText, const QStringList& plainText);
    bool isExpanded() const { return expanded_; }
    void setExpanded(bool expanded);
    // Every warning in full, whatever is shown.
    QString allAlerts() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    QStringList rich_;
    QStringList plain_;
    bool expanded_ = false;
    bool laying_ = false;
};

} // namespace creditpath::ui
