#include "data_exchange.h"

#include "import/cost_export.h"
#include "import/spend_import.h"
#include "output/partner_central.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"

#include <filesystem>

namespace creditpath::app {
std::vector<std::string> importSpendCommand(const std::string& costsPath, const Scenario& scenario,
                                            const std::string& scenarioOut, bool applyTrend,
                                            std::chrono::sys_days today, std::ostream& report) {
    std::vector<std::string> errors;
    std::string text;
    try {
        text = readTextFile(costsPath);
    } catch (const FileError& e) { // unreadable input is bad input (exit 2), as for scenarios
        return {e.what()};
    }
    try {
        const SpendImport imported = importSpend(readCostExport(text), today);
        writeFileAtomically(scenarioOut,
                            serializeScenario(withImportedSpend(scenario, imported, applyTrend)));
        report << importSummary(imported, applyTrend && imported.trend) << "Wrote " << scenarioOut
               << "\n";
    } catch (const InvalidDocument& e) {
        for (const auto& p : e.problems())
            errors.push_back(costsPath + ": " + p.toString());
    }
    return errors;
}

std::vector<std::string> writePartnerCentralRecords(const Scenario& scenario,
                                                    const Evaluation& evaluation,
                                                    const std::string& outDir) {
    std::error_code error;
    std::filesystem::create_directories(outDir, error);
    if (error)
        throw FileError("cannot make the folder " + outDir + ": " + error.message());
    std::vector<std::string> written;
    for (const auto& record : partnerCentralRecords(scenario, evaluation, {})) {
        const auto path = (std::filesystem::path(outDir) / record.fileName).string();
        writeFileAtomically(path, record.json);
        written.push_back(path);
    }
    return written;
}

} // namespace creditpath::app
