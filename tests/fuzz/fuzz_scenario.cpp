// libFuzzer entry point: scenario text -> reader -> engine -> every writer. Bad input may be
// refused (InvalidDocument); anything else escaping, or any sanitizer report, is a bug.
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "output/evaluation_json.h"
#include "output/icalendar.h"
#include "output/name_redaction.h"
#include "output/text_summary.h"
#include "rulebook/rulebook.h"
#include "scenario/json_key_order.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace creditpath;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Scenario scenario;
    try {
        scenario = parseScenario(text);
    } catch (const InvalidDocument&) {
        return 0;
    }
    Evaluation ev;
    try {
        ev = evaluate(scenario, Rulebook::builtIn(), {*parseIsoDate("2026-11-26")});
    } catch (const InvalidDocument&) {
        return 0; // a charge that outgrows every bill: refused with its line
    }
    (void)evaluationToJson(ev);
    (void)evaluationSummary(ev, scenario.name);
    (void)pathsCsv(ev);
    for (const auto& p : ev.paths)
        (void)burnDownCsv(ev.shownBurnDown(p.id));
    (void)reminderCalendar(ev, scenario);
    // What the program wrote it reads back as the same scenario.
    const std::string saved = serializeScenario(scenario);
    if (!parseScenario(saved).sameContent(scenario))
        __builtin_trap();
    // The window's edit path: the saved text put back in the file's key order reads the same.
    if (!parseScenario(orderKeysLike(saved, text)).sameContent(scenario))
        __builtin_trap();
    (void)hideCompanyName(scenario.portfolio.useCase, scenario.company.name, "[redacted]");
    return 0;
}
