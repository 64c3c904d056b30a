#include "headless.h"

#include "creditpath_version.h"
#include "data_exchange.h"
#include "evaluation/evaluator.h"
#include "evaluation/monte_carlo.h"
#include "evaluation/sensitivity.h"
#include "evaluation/timeline.h"
#include "output/comparison_text.h"
#include "output/diff_output.h"
#include "output/evaluation_json.h"
#include "output/text_summary.h"
#include "report_exports.h"
#include "rulebook/editions.h"
#include "rulebook/override_document.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"
#include "variants/comparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <iostream>
#include <optional>

namespace creditpath::app {
namespace {

constexpr const char* kHeadlessFlags[] = {
    "--evaluate",   "--export-json",  "--export-csv", "--export-paths-csv", "--export-pdf",
    "--export-ics", "--help",         "-h",           "--version",          "-v",
    "--help-all",   "--import-spend", "--export-ace", "--rulebook-diff"};

constexpr int kMaxDraws = 1'000'000;

// Bad input: one line per problem on stderr, nothing on stdout, exit status 2.
struct UsageError {
    std::vector<std::string> lines;
};

struct Inputs {
    Scenario scenario;
    Rulebook rulebook;
    EvaluationOptions options;
};

Inputs loadInputs(const QCommandLineParser& cli, const std::string& scenarioPath) {
    std::vector<std::string> errors;
    Inputs in{Scenario(), Rulebook::builtIn(), {todayUtc()}};
    const std::string edition = cli.value("rulebook-edition").toStdString();
    if (auto shipped = shippedRulebook(edition))
        in.rulebook = std::move(*shipped);
    else
        errors.push_back("--rulebook-edition: must be seed or aws-2026, got \"" + edition + "\"");
    try {
        in.scenario = parseScenario(readTextFile(scenarioPath));
        // The overrides a mailed scenario carries, so it evaluates as it did for its sender.
        in.rulebook = withScenarioOverrides(in.rulebook, in.scenario);
    } catch (const InvalidDocument& e) {
        for (const auto& p : e.problems())
            errors.push_back(p.toString());
    } catch (const FileError& e) {
        errors.push_back(e.what());
    }
    for (const QString& file : cli.values("rulebook-override")) {
        try {
            in.rulebook.applyOverride(readTextFile(file.toStdString()), file.toStdString());
        } catch (const InvalidDocument& e) {
            for (const auto& p : e.problems())
                errors.push_back(file.toStdString() + ": " + p.toString());
        } catch (const FileError& e) {
            errors.push_back(e.what());
        }
    }
    if (cli.isSet("start-date")) {
        // Timelines and reminders run years past day 0; dates past 2099 would be written in a
        // form no reader takes back.
        const auto d = parseIsoDate(cli.value("start-date").toStdString());
        if (d && *d >= *parseIsoDate("2000-01-01") && *d <= *parseIsoDate("2099-12-31"))
            in.options.startDate = *d;
        else
            errors.push_back("--start-date: must be a date from 2000-01-01 to 2099-12-31 like "
                             "2026-11-26, got \"" +
                             cli.value("start-date").toStdString() + "\"");
    }
    if (cli.isSet("objective")) {
        if (auto o = parseEnum<Objective>(cli.value("objective").toStdString()))
            in.scenario.objective = *o;
        else
            errors.push_back("--objective: must be credits_within_days, largest_expected_value or "
                             "least_founder_time, got \"" +
                             cli.value("objective").toStdString() + "\"");
    }
    if (!errors.empty())
        throw UsageError{errors};
    return in;
}

const BurnDown& chosenBurnDown(const QCommandLineParser& cli, const Evaluation& ev) {
    if (!cli.isSet("path"))
        return ev.burnDown;
    const auto id = parsePathId(cli.value("path").toStdString());
    const BurnDown* b = id ? ev.burnDownFor(*id) : nullptr;
    if (!b)
        throw UsageError{{"--path: no burn-down for \"" + cli.value("path").toStdString() +
                          "\" (credit paths: stack, portfolio_build, portfolio_only, "
                          "genai_accelerator, map when migrating)"}};
    return *b;
}

// --draws N [--seed S]: the Monte Carlo distribution of every credit path (issue 11).
std::optional<MonteCarloOptions> monteCarloOptions(const QCommandLineParser& cli) {
    if (!cli.isSet("draws")) {
        if (cli.isSet("seed"))
            throw UsageError{{"--seed: only with --draws"}};
        return std::nullopt;
    }
    std::vector<std::string> errors;
    MonteCarloOptions o;
    bool ok = false;
    const qlonglong n = cli.value("draws").toLongLong(&ok);
    if (ok && n >= 1 && n <= kMaxDraws)
        o.draws = static_cast<int>(n);
    else
        errors.push_back("--draws: must be a whole number from 1 to " + std::to_string(kMaxDraws) +
                         ", got \"" + cli.value("draws").toStdString() + "\"");
    if (cli.isSet("seed")) {
        const qulonglong seed = cli.value("seed").toULongLong(&ok);
        if (ok)
            o.seed = seed;
        else
            errors.push_back("--seed: must be a whole number from 0 to 18446744073709551615, "
                             "got \"" +
                             cli.value("seed").toStdString() + "\"");
    }
    if (!errors.empty())
        throw UsageError{errors};
    return o;
}

void writeOut(const QString& path, const std::string& text) {
    writeFileAtomically(path.toStdString(), text);
}

int importSpend(const QCommandLineParser& cli) {
    const QStringList files = cli.positionalArguments();
    if (files.size() != 2)
        throw UsageError{{"--import-spend: name the cost export, the scenario to read and the "
                          "scenario to write (see --help)"}};
    const Inputs in = loadInputs(cli, files[0].toStdString());
    // The last full month is the last one over by day 0 (--start-date, or today).
    const auto errors = importSpendCommand(cli.value("import-spend").toStdString(), in.scenario,
                                           files[1].toStdString(), cli.isSet("apply-trend"),
                                           in.options.startDate, std::cout);
    if (!errors.empty())
        throw UsageError{errors};
    return 0;
}

// What the edition and overrides change for the scenario, against the shipped edition alone.
int rulebookDiff(const QCommandLineParser& cli) {
    const Inputs in = loadInputs(cli, cli.value("rulebook-diff").toStdString());
    const Evaluation before = evaluate(in.scenario, Rulebook::builtIn(), in.options);
    const Evaluation after = evaluate(in.scenario, in.rulebook, in.options);
    const auto changes = diffEvaluations(before, after);
    std::cout << (cli.isSet("json") ? diffJson(before, after, changes)
                                    : diffText(before, after, changes));
    return 0;
}

int run(QCommandLineParser& cli) {
    if (cli.isSet("import-spend"))
        return importSpend(cli);
    if (cli.isSet("export-pdf") && !pdfReportAvailable())
        throw UsageError{{"--export-pdf: not available, this creditpath was built without the "
                          "GUI (CREDITPATH_BUILD_GUI=OFF)"}};
    if (cli.isSet("rulebook-diff"))
        return rulebookDiff(cli);
    const bool evaluateMode = cli.isSet("evaluate");
    std::string scenarioPath;
    if (evaluateMode) {
        scenarioPath = cli.value("evaluate").toStdString();
    } else if (cli.positionalArguments().size() == 1) {
        scenarioPath = cli.positionalArguments().front().toStdString();
    } else {
        throw UsageError{{"name exactly one scenario file (see --help)"}};
    }
    const PdfExportSettings pdf{cli.value("paper"), cli.value("language"),
                                cli.isSet("redact-company")};
    if (!isValidPaper(pdf.paper))
        throw UsageError{
            {"--paper: must be a4 or letter, got \"" + pdf.paper.toStdString() + "\""}};
    const Inputs in = loadInputs(cli, scenarioPath);
    const std::optional<MonteCarloOptions> draws = monteCarloOptions(cli);
    Evaluation ev = evaluate(in.scenario, in.rulebook, in.options);
    if (draws)
        addDistributions(in.scenario, in.rulebook, ev, *draws);
    if (cli.isSet("sensitivity"))
        ev.sensitivity = computeSensitivity(in.scenario, in.rulebook, ev);
    const auto variants = evaluateVariants(in.scenario, in.rulebook, in.options);
    const BurnDown& burnDown = chosenBurnDown(cli, ev);

    if (cli.isSet("export-json"))
        writeOut(cli.value("export-json"), evaluationToJson(ev, variants));
    if (cli.isSet("export-csv"))
        writeOut(cli.value("export-csv"), burnDownCsv(burnDown));
    if (cli.isSet("export-paths-csv"))
        writeOut(cli.value("export-paths-csv"), pathsCsv(ev));
    if (cli.isSet("export-ics"))
        writeCalendar(ev, in.scenario, cli.value("export-ics"));
    if (cli.isSet("export-ace"))
        writePartnerCentralRecords(in.scenario, ev, cli.value("export-ace").toStdString());
    if (cli.isSet("export-pdf")) {
        installTranslations(pdf.language);
        writePdfReport(ev, in.scenario, in.rulebook, variants, cli.value("export-pdf"), pdf);
    }
    if (evaluateMode) {
        if (cli.isSet("json"))
            std::cout << evaluationToJson(ev, variants);
        else if (cli.isSet("csv"))
            std::cout << burnDownCsv(burnDown);
        else if (cli.isSet("paths-csv"))
            std::cout << pathsCsv(ev);
        else {
            std::cout << evaluationSummary(ev, in.scenario.name);
            if (!variants.empty())
                std::cout << "\n" << comparisonSummary(buildComparison(ev, variants));
        }
    }
    return 0;
}

void addOptions(QCommandLineParser& cli) {
    cli.setApplicationDescription(
        "Compare AWS credit paths for a startup scenario.\n"
        "Without options, opens the desktop application (on FILE, or on the built-in example).");
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addOptions({
        {"evaluate", "Evaluate <file> and print a summary table (no window).", "file"},
        {"json", "With --evaluate: print the evaluation as JSON (FORMATS.md)."},
        {"draws",
         "Add each credit path's distribution over <n> seeded Monte Carlo draws of "
         "approvals, POC completion and spend to the JSON.",
         "n"},
        {"seed", "Seed of --draws (default 1): the same seed gives the same figures.", "s"},
        {"sensitivity", "Add the tornado: the expected out of pocket (or usable value) of the "
                        "recommended credit path with each input at either end of its range."},
        {"csv", "With --evaluate: print the burn-down month by month as CSV."},
        {"paths-csv", "With --evaluate: print the paths side by side as CSV (face, usable, "
                      "forfeited and expected value, days, founder minutes)."},
        {"path", "Burn-down of this credit path for --csv/--export-csv (default: stack).", "id"},
        {"export-json", "Write the evaluation JSON of SCENARIO to <out>.", "out"},
        {"export-csv", "Write the burn-down CSV of SCENARIO to <out>.", "out"},
        {"export-paths-csv", "Write the path comparison CSV of SCENARIO to <out>.", "out"},
        {"export-pdf", "Write the PDF comparison report of SCENARIO to <out> (no display needed).",
         "out"},
        {"export-ics", "Write credit-expiry and POC-checkpoint reminders (iCalendar) to <out>.",
         "out"},
        {"paper", "Paper of --export-pdf: a4 (default) or letter.", "size", "a4"},
        {"language", "Language and locale of --export-pdf, e.g. de or en_US (default: system).",
         "lang"},
        {"redact-company", "With --export-pdf: leave out the company name and revenue."},
        {"rulebook-override", "Lay a partial rulebook <file> over the shipped one (repeatable).",
         "file"},
        {"rulebook-edition",
         "The rulebook edition: seed (default) or aws-2026 (AWS public pages, 2026).", "edition",
         "seed"},
        {"rulebook-diff",
         "Print what the edition and overrides change for <file> against the shipped edition: "
         "path, figure, before, after, rules (--json for JSON).",
         "file"},
        {"start-date", "Day 0 of the application timelines (default: today).", "yyyy-mm-dd"},
        {"objective", "credits_within_days, largest_expected_value or least_founder_time.",
         "objective"},
        {"export-ace",
         "Write SCENARIO's application records as Partner Central CreateOpportunity requests "
         "into the folder <dir>, one JSON file per record.",
         "dir"},
        {"import-spend",
         "Replace the spend lines of SCENARIO_IN with the last full month of <costs> (Cost "
         "Explorer JSON or CSV, monthly by service) and write SCENARIO_OUT.",
         "costs"},
        {"apply-trend", "With --import-spend: grow each line by the trend of the last months."},
    });
    cli.addPositionalArgument("SCENARIO", "Scenario file (*.creditpath.json) for --export-*.");
}

} // namespace

bool isHeadlessInvocation(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* flag : kHeadlessFlags) {
            const std::size_t n = std::strlen(flag);
            if (std::strncmp(argv[i], flag, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    return false;
}

int runHeadless(int argc, char** argv) {
    const auto app = makeHeadlessApplication(argc, argv);
    QCoreApplication::setApplicationName("creditpath");
    QCoreApplication::setApplicationVersion(QString::fromUtf8(kVersionString));
    QCommandLineParser cli;
    addOptions(cli);
    if (!cli.parse(QCoreApplication::arguments())) {
        std::cerr << "creditpath: " << cli.errorText().toStdString() << "\n";
        return 2;
    }
    if (cli.isSet("help"))
        cli.showHelp(0);
    if (cli.isSet("version"))
        cli.showVersion();
    try {
        return run(cli);
    } catch (const UsageError& e) {
        for (const auto& line : e.lines)
            std::cerr << line << "\n";
        return 2;
    } catch (const FileError& e) {
        std::cerr << "creditpath: " << e.what() << "\n";
        return 1;
    } catch (const InvalidDocument& e) {
        // A scenario the readers accept but the engine refuses (a charge that outgrows every
        // bill): still bad input, with its field.
        for (const auto& p : e.problems())
            std::cerr << p.toString() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "creditpath: cannot evaluate: " << e.what() << "\n";
        return 2;
    }
}

} // namespace creditpath::app
