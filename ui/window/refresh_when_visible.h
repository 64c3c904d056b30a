#pragma once
// A view that nobody can see need not be rebuilt on every edit: requests made while its widget
// is hidden (a tab not chosen, the window not yet on screen) run once, when it is next shown.
// Cold start (issue 10): the Compare table and the spend totals behind their tabs cost the
// first frame text layout nobody reads.
#include <QObject>

#include <functional>

class QWidget;

namespace creditpath::ui {

class RefreshWhenVisible : public QObject {
public:
    RefreshWhenVisible(QWidget* widget, std::function<void()> refresh);
    // Refresh now if the widget is visible, else when it is next shown.
    void request();
    // Run a pending refresh now: for code that reads the widget while it is hidden.
    void flush();
    bool pending() const { return pending_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* widget_;
    std::function<void()> refresh_;
    bool pending_ = false;
};

} // namespace creditpath::ui
