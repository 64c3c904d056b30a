#pragma once
// For start-up measurements (tools/startup_benchmark.sh): once the window has painted for the
// first time, print how long that took since the launcher's clock reading
// (CREDITPATH_LAUNCHED_AT_US, microseconds since the epoch, as bash's EPOCHREALTIME gives it)
// and quit. Header-only, so the bare reference window (bench/) measures itself the same way
// without linking any of CreditPath.
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace creditpath::ui {

class StartupProbe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !done_) {
            done_ = true;
            // Queued: runs once this paint (the whole window's backing store) is finished.
            QTimer::singleShot(0, qApp, [] {
                report();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report() {
        const QByteArray launched = qgetenv("CREDITPATH_LAUNCHED_AT_US").replace('.', "");
        if (launched.isEmpty())
            return;
        const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        std::printf("first-paint-us %lld\n", static_cast<long long>(now - launched.toLongLong()));
        std::fflush(stdout);
    }
    bool done_ = false;
};

} // namespace creditpath::ui
