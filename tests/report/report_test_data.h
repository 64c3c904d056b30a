#pragma once
// The reference scenario evaluated on a fixed day, shared by the report tests.
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

#include <QString>

namespace creditpath::test {

inline QString sourcePath(const char* relative) {
    return QStringLiteral(CREDITPATH_SOURCE_DIR "/") + QLatin1String(relative);
}

inline const char* kReferenceScenario = "tests/data/seed-reference.creditpath.json";
inline const char* kReferenceDay = "2026-11-26";

struct Reference {
    Scenario scenario;
    Evaluation evaluation;
};

inline Reference loadReference() {
    Reference r;
    r.scenario = parseScenario(readTextFile(sourcePath(kReferenceScenario).toStdString()));
    r.evaluation = evaluate(r.scenario, Rulebook::builtIn(), {*parseIsoDate(kReferenceDay)});
    return r;
}

} // namespace creditpath::test
