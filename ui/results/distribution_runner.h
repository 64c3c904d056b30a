#pragma once
// Issue 11 in the window: the Monte Carlo distribution and the tornado of the open scenario,
// computed off the UI thread after every change so typing never waits for them. One run at a
// time; a change while it runs cancels it (its figures are dropped) and starts the latest
// state when it stops, so the result shown always belongs to the scenario on screen.
#include "evaluation/evaluation.h"
#include "evaluation/monte_carlo.h"
#include "scenario/scenario.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace creditpath::ui {

class ScenarioDocument;

class DistributionRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultDraws = 10'000;

    explicit DistributionRunner(ScenarioDocument* document, QObject* parent = nullptr);
    ~DistributionRunner() override;

    // The credit path whose monthly out-of-pocket band the burn-down chart draws.
    void setBandPath(PathId path);
    // Runs start only from here on: the window's first frame goes up before the first run
    // takes a core.
    void begin();
    // The document's evaluation with every credit path's distribution and the sensitivity,
    // once the run for the document's current state has finished; nullptr until then.
    const Evaluation* evaluation() const { return latest_ ? &latest_->evaluation : nullptr; }
    const MonthlyBand* band() const {
        return latest_ && latest_->hasBand ? &latest_->band : nullptr;
    }
    bool running() const { return thread_ != nullptr; }

signals:
    // A result for the current state is ready (or, with nothing to draw, was cleared).
    void updated();

private:
    struct Run {
        Scenario scenario;
        Evaluation evaluation;
        MonthlyBand band;
        bool hasBand = false;
        quint64 generation = 0;
    };
    void request();
    void start();
    void finished(const std::shared_ptr<Run>& run);

    ScenarioDocument* document_;
    PathId bandPath_ = PathId::Stack;
    quint64 generation_ = 0;
    QThread* thread_ = nullptr;
    bool pending_ = false;
    bool begun_ = false;
    std::atomic<bool> cancelled_{false};
    std::optional<Run> latest_;
};

} // namespace creditpath::ui
