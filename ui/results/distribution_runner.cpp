#include "distribution_runner.h"

#include "document/scenario_document.h"
#include "evaluation/sensitivity.h"

#include <QThread>

namespace creditpath::ui {

DistributionRunner::DistributionRunner(ScenarioDocument* document, QObject* parent)
    : QObject(parent), document_(document) {
    connect(document_, &ScenarioDocument::changed, this, &DistributionRunner::request);
    request();
}

DistributionRunner::~DistributionRunner() {
    if (thread_) { // the run reads nothing of ours but the flag: stop it and wait
        cancelled_ = true;
        thread_->wait();
        delete thread_;
    }
}

void DistributionRunner::setBandPath(PathId path) {
    if (path == bandPath_ && (latest_ || thread_))
        return;
    bandPath_ = path;
    request();
}

void DistributionRunner::begin() {
    if (begun_)
        return;
    begun_ = true;
    request();
}

void DistributionRunner::request() {
    ++generation_;
    const bool had = latest_.has_value();
    latest_.reset(); // the shown figures belong to the state on screen, or there are none
    if (had)
        emit updated();
    if (!begun_)
        return;
    if (thread_) {
        cancelled_ = true;
        pending_ = true;
        return;
    }
    start();
}

void DistributionRunner::start() {
    if (document_->evaluation().needsSpend)
        return; // nothing is projected: nothing to draw
    cancelled_ = false;
    auto run = std::make_shared<Run>();
    run->scenario = document_->scenario();
    run->evaluation = document_->evaluation();
    run->generation = generation_;
    const Rulebook rulebook = document_->rulebook();
    MonteCarloOptions options;
    options.draws = kDefaultDraws;
    // One worker: on a two-core laptop the other core stays with typing and painting (10,000
    // draws take a few milliseconds on one core).
    options.threads = 1;
    options.bandPath = bandPath_;
    options.cancelled = &cancelled_;
    thread_ = QThread::create([run, rulebook, options] {
        addUncertainty(run->scenario, rulebook, run->evaluation, options, &run->band);
        run->hasBand = !run->band.p10.empty() && run->band.path == *options.bandPath;
    });
    connect(thread_, &QThread::finished, this, [this, run] { finished(run); });
    thread_->start(QThread::LowPriority);
}

void DistributionRunner::finished(const std::shared_ptr<Run>& run) {
    thread_->deleteLater();
    thread_ = nullptr;
    if (!cancelled_ && run->generation == generation_) {
        latest_ = std::move(*run);
        emit updated();
    }
    if (pending_) {
        pending_ = false;
        start();
    }
}

} // namespace creditpath::ui
