#include "staged_build.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace creditpath::ui {

void StagedBuild::add(std::function<void()> step) {
    steps_.push_back(std::move(step));
}

void StagedBuild::startAfterFirstPaint(QWidget* window) {
    window->installEventFilter(this);
}

bool StagedBuild::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Posted from inside the paint: the first step runs once the whole frame is drawn.
        scheduleNext();
    }
    return QObject::eventFilter(watched, event);
}

void StagedBuild::scheduleNext() {
    if (scheduled_ || steps_.empty())
        return;
    scheduled_ = true;
    QTimer::singleShot(0, this, &StagedBuild::runNext);
}

void StagedBuild::runNext() {
    scheduled_ = false;
    if (steps_.empty()) // finish() got there first
        return;
    runFront();
    scheduleNext();
}

void StagedBuild::finish() {
    while (!steps_.empty())
        runFront();
}

void StagedBuild::runFront() {
    // Taken off the queue before it runs: a step that calls finish() does not run twice.
    std::function<void()> step = std::move(steps_.front());
    steps_.pop_front();
    step();
}

} // namespace creditpath::ui
