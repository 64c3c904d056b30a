// libFuzzer entry point: Cost Explorer export text (the CLI's JSON or the console's CSV) ->
// reader -> spend import -> the reference scenario with those lines -> save -> read back,
// which must give the same scenario. A refused export (InvalidDocument) is fine; anything else
// escaping is a bug.
#include "evaluation/timeline.h"
#include "fuzz_reference.h"
#include "import/cost_export.h"
#include "import/spend_import.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace creditpath;
    SpendImport imported;
    try {
        imported =
            importSpend(readCostExport(std::string_view(reinterpret_cast<const char*>(data), size)),
                        *parseIsoDate("2026-11-27"));
    } catch (const InvalidDocument&) {
        return 0;
    }
    (void)importSummary(imported, true);
    const Scenario scenario = withImportedSpend(fuzz::referenceScenario(), imported, true);
    // Whatever an import accepts, the scenario reader takes back unchanged.
    if (!parseScenario(serializeScenario(scenario)).sameContent(scenario))
        std::abort();
    return 0;
}
