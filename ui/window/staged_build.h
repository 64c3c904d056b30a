#pragma once
// Work that a window's first frame does not need, run after that frame in small steps: one
// step per pass of the event loop, so clicks, keys and repaints get in between and the window
// never stops answering for long. finish() runs whatever is left at once, for code that needs
// the whole window now (tests, tools).
#include <QObject>

#include <deque>
#include <functional>

class QWidget;

namespace creditpath::ui {

class StagedBuild : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void add(std::function<void()> step);
    // The steps begin once `window` has painted for the first time (then it is on screen).
    void startAfterFirstPaint(QWidget* window);
    void finish();
    bool done() const { return steps_.empty(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleNext();
    void runNext();
    void runFront();
    std::deque<std::function<void()>> steps_;
    bool scheduled_ = false;
};

} // namespace creditpath::ui
