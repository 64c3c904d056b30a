// A recommendation users can trust (issue 7): usable value, verdicts that mean fit, a
// recommendation that states the rule it applied, an empty state, one story per path, and a
// derivation behind every figure. Figures are worked by hand in the comments.
#include "evaluation/messages.h"
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"
#include "test_support.h"

#include <QTest>

#include <algorithm>

using namespace creditpath;
using test::findReason;
using test::usd;

namespace {

Scenario load(const char* file) {
    return parseScenario(readTextFile(test::testDataPath(file)));
}

Scenario example(const char* file) {
    return parseScenario(readTextFile(test::examplePath(file)));
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const PathNote* ruledOut(const Recommendation& rec, PathId id) {
    for (const auto& n : rec.ruledOut)
        for (PathId p : n.paths)
            if (p == id)
                return &n;
    return nullptr;
}

std::vector<std::string> poolIds(const BurnDown& bd) {
    std::vector<std::string> ids;
    for (const auto& p : bd.pools)
        ids.emplace_back(p.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestRecommendation : public QObject {
    Q_OBJECT
private slots:
    // $6,000 a month: compute 4000, database 400, Bedrock 1100, Build project 500. The POC pool
    // takes Bedrock (25000 by month 23); the general pools see 4900 a month plus Bedrock's
    // overflow: 24 x 4900 + 300 + 1100 = 119000 of their 125000, so Build loses 6000 at month
    // 24. Usable 150000 - 6000 = 144000 = 24 x 6000; expected 144000 x 80 % = 115200.
    // Portfolio + Build: 125000 fully used (144000 > 125000); expected 125000 x 86 % = 107500.
    void stackThatForfeitsStillWinsOnUsableValue() {
        const Evaluation ev =
            test::evaluateScenario(load("founder-forfeits-build.creditpath.json"));
        const PathResult& stack = ev.path(PathId::Stack);
        QCOMPARE(stack.value.typical, usd("150000"));
        QCOMPARE(stack.usableValue.typical, usd("144000"));
        QCOMPARE(stack.forfeited.typical, usd("6000"));
        QCOMPARE(stack.expectedValue, usd("115200"));
        QCOMPARE(stack.verdict, Verdict::Fit); // forfeiture is a value warning, not a verdict
        const Reason* lost = findReason(stack, "BD-3", "forfeiture");
        QVERIFY(lost);
        QCOMPARE(lost->kind, ReasonKind::Value);
        QVERIFY(contains(lost->text(), "build $6,000 at month 24"));
        QCOMPARE(ev.path(PathId::PortfolioBuild).expectedValue, usd("107500"));

        QCOMPARE(ev.recommendation.path, std::optional<PathId>(PathId::Stack));
        QCOMPARE(ev.recommendation.why.rule, std::string("PD-4"));
        QCOMPARE(ev.recommendation.why.code, std::string("recommend_credits_within_days"));
        QCOMPARE(ev.recommendation.why.text(),
                 std::string("Largest expected usable value ($115,200) among paths that fit and "
                             "land within 30 days."));
        // The banner names the path the forfeiture belongs to.
        const auto alert = std::find_if(ev.alerts.begin(), ev.alerts.end(), [](const PathNote& a) {
            return a.reason.code == "forfeiture";
        });
        QVERIFY(alert != ev.alerts.end());
        QCOMPARE(alert->paths, (std::vector<PathId>{PathId::Stack}));
    }

    void expectedValueDerivationShowsTheArithmetic() {
        const Evaluation ev =
            test::evaluateScenario(load("founder-forfeits-build.creditpath.json"));
        const auto d = derivationOf(ev, PathId::Stack, "expected_value");
        QVERIFY(d);
        QCOMPARE(d->text(), std::string("Expected $115,200 = usable $144,000 (PF-1 $100,000 + BS-1 "
                                        "$25,000 + BP-1 $25,000 \u2212 BD-3 $6,000) \u00d7 80% "
                                        "approval. (PF-1, BS-1, BP-1, BD-3, PD-2, ST-2)"));
        const auto usable = derivationOf(ev, PathId::Stack, "usable_value");
        QVERIFY(usable && contains(usable->text(), "award $150,000 \u2212 $6,000 expiring unused"));
        const auto lost = derivationOf(ev, PathId::Stack, "total_forfeited");
        QVERIFY(lost && contains(lost->text(), "$6,000 expires unused"));
    }

    // The usable value counts what expires after the horizon: a 12-month horizon shows
    // twelve months, yet the derivation names Build's $6,000 lost at month 24 (BD-3).
    void usableDerivationNamesForfeitsPastTheHorizon() {
        Scenario s = load("founder-forfeits-build.creditpath.json");
        s.horizonMonths = 12;
        const Evaluation ev = test::evaluateScenario(s);
        QCOMPARE(ev.burnDown.months.size(), std::size_t(12));
        QVERIFY(ev.burnDown.totalForfeited.isZero());
        const auto usable = derivationOf(ev, PathId::Stack, "usable_value");
        QVERIFY(usable);
        QCOMPARE(usable->code, std::string_view("derive_usable_forfeits"));
        const auto pools = std::find_if(usable->args.begin(), usable->args.end(),
                                        [](const MessageArg& a) { return a.name == "pools"; });
        QVERIFY(pools != usable->args.end());
        QCOMPARE(pools->value(), std::string("build=6000.00@24"));
        QCOMPARE(pools->kind, MessageArg::Kind::Forfeits);
    }

    // A path's derivations are made from the path alone (and its burn-down for three
    // figures): a copy kept after its evaluation is gone explains itself the same way.
    void derivationsNeedOnlyThePath() {
        const Evaluation ev =
            test::evaluateScenario(load("founder-forfeits-build.creditpath.json"));
        std::vector<PathResult> kept;
        {
            const Evaluation copy = ev;
            kept = copy.paths;
        }
        for (const PathResult& p : kept) {
            const auto alone = derivationsOf(p, nullptr);
            const auto within = derivationsOf(ev, p.id);
            QVERIFY(alone.size() >= 5);
            for (const Derivation& d : alone) {
                const auto same =
                    std::find_if(within.begin(), within.end(),
                                 [&](const Derivation& w) { return w.figure == d.figure; });
                QVERIFY(same != within.end());
                QCOMPARE(d.text(), same->text());
            }
            // Without the burn-down only its three figures are missing.
            QCOMPARE(alone.size() + (ev.burnDownFor(p.id) ? 3 : 0), within.size());
        }
    }

    void everyFigureHasADerivation() {
        const Evaluation ev = test::evaluateScenario(test::referenceScenario());
        for (const PathResult& p : ev.paths) {
            std::vector<std::string> figures{"value", "usable_value", "expected_value",
                                             "days_to_money", "founder_minutes"};
            if (ev.burnDownFor(p.id))
                figures.insert(figures.end(),
                               {"covered_through_month", "total_out_of_pocket", "total_forfeited"});
            for (const auto& f : figures) {
                const auto d = derivationOf(ev, p.id, f);
                QVERIFY2(d, (std::string(nameOf(p.id)) + " " + f).c_str());
                QVERIFY(!d->text().empty());
            }
        }
        // 24 x 6260 = 150240 charged by month 24, 240 of it out of pocket (month 24).
        QCOMPARE(derivationOf(ev, PathId::Stack, "covered_through_month")->text(),
                 std::string("Credits pay every eligible charge of months 1\u201323; month 24 is "
                             "the first with money out of pocket ($240). (BD-2)"));
        QVERIFY(contains(derivationOf(ev, PathId::Stack, "total_out_of_pocket")->text(),
                         "Out of pocket $75,360 = charges $225,360 \u2212 paid by credits "
                         "$150,000 over 36 months"));
        QCOMPARE(derivationOf(ev, PathId::Stack, "founder_minutes")->text(),
                 std::string("70 min of founder time = PF-1 30 + BS-1 10 + BP-1 30 min. (ST-3)"));
        const auto rules = derivationOf(ev, PathId::Stack, "expected_value")->rules;
        QVERIFY(std::find(rules.begin(), rules.end(), "ST-2") != rules.end());
    }

    // The reference figures do not move: its stack forfeits nothing.
    void referenceFiguresStay() {
        const Evaluation ev = test::evaluateScenario(test::referenceScenario());
        const PathResult& stack = ev.path(PathId::Stack);
        QCOMPARE(stack.value.typical, usd("150000"));
        QCOMPARE(stack.usableValue.typical, usd("150000"));
        QCOMPARE(stack.forfeited.typical, usd("0"));
        QCOMPARE(stack.expectedValue, usd("120000"));
        QCOMPARE(ev.burnDown.coveredThroughMonth, 23);
        QCOMPARE(ev.burnDown.totalOutOfPocket, usd("75360"));
        QCOMPARE(ev.burnDown.totalForfeited, usd("0"));
        QVERIFY(ev.alerts.empty());
        // High: POC at 50000; Bedrock absorbs 24 x 1050 = 25200 of it, general 125000 of 125040.
        QCOMPARE(stack.usableValue.high, usd("150200"));
        QCOMPARE(stack.forfeited.high, usd("24800"));
    }

    // GCP example: the bill of months 1-24 is 40850 (ramp) + 18 x 9200 = 206450. MAP's 300000
    // keeps 206450 (x 75 % = 154837.50); the stack keeps its 150000 (x 80 % = 120000). MAP
    // lands on day 14-28, so it is the largest expected usable value within 30 days.
    void gcpExampleRecommendsMapOnItsUsableValue() {
        const Evaluation ev = test::evaluateScenario(example("gcp-frankfurt.creditpath.json"));
        const PathResult& map = ev.path(PathId::Map);
        QCOMPARE(map.verdict, Verdict::Fit);
        QCOMPARE(map.usableValue.typical, usd("206450"));
        QCOMPARE(map.forfeited.typical, usd("93550"));
        QCOMPARE(map.expectedValue, usd("154837.50"));
        QCOMPARE(ev.path(PathId::Stack).expectedValue, usd("120000"));
        QCOMPARE(ev.recommendation.path, std::optional<PathId>(PathId::Map));
        QVERIFY(contains(ev.recommendation.why.text(), "($154,837.50)"));
        // Only the path it belongs to gets the MAP forfeiture alert.
        for (const PathNote& a : ev.alerts)
            if (a.reason.code == "forfeiture_estimated_expiry")
                QCOMPARE(a.paths, (std::vector<PathId>{PathId::Map}));
    }

    void blankScenarioIsAnEmptyState() {
        const Evaluation ev = test::evaluateScenario(load("blank.creditpath.json"));
        QVERIFY(ev.needsSpend);
        QVERIFY(ev.alerts.empty());
        QVERIFY(!ev.recommendation.path);
        QCOMPARE(ev.recommendation.why.code, std::string("recommend_needs_spend"));
        QVERIFY(ev.burnDown.months.empty());
        QCOMPARE(ev.burnDown.totalForfeited, Money());
        for (const PathResult& p : ev.paths) {
            QCOMPARE(p.forfeited.typical, Money());
            QVERIFY(!findReason(p, "BD-3", "forfeiture"));
        }
        // The stack row counts the pools applied for, the same ones its burn-down holds.
        const PathResult& stack = ev.path(PathId::Stack);
        QCOMPARE(stack.value.typical, usd("100000"));
        QCOMPARE(poolIds(ev.burnDown), std::vector<std::string>{"portfolio"});
        QVERIFY(findReason(stack, "BS-1", "opportunity_build"));
        QVERIFY(findReason(stack, "BP-1", "opportunity_poc"));
        QCOMPARE(findReason(stack, "BS-1", "opportunity_build")->kind, ReasonKind::Value);
    }

    // Build not applied for: the stack is Portfolio + POC (125000), 30 + 30 founder minutes,
    // and Build is listed as an opportunity.
    void stackCountsOnlyThePoolsAppliedFor() {
        Scenario s = test::referenceScenario();
        s.build.enabled = false;
        const Evaluation ev = test::evaluateScenario(s);
        const PathResult& stack = ev.path(PathId::Stack);
        QCOMPARE(stack.value.typical, usd("125000"));
        QCOMPARE(poolIds(ev.burnDown), (std::vector<std::string>{"bedrock_poc", "portfolio"}));
        QCOMPARE(stack.founderMinutes, 60);
        const Reason* more = findReason(stack, "BS-1", "opportunity_build");
        QVERIFY(more && contains(more->text(), "up to $25,000 more"));
        QCOMPARE(ev.path(PathId::PortfolioBuild).value.typical, usd("100000"));
    }

    // BS-2: 1500 a month on the Build application, a 500 Build line on the Spend tab.
    void buildSpendEnteredTwiceMustAgree() {
        Scenario s = load("founder-forfeits-build.creditpath.json");
        s.build.monthlySpend = usd("1500");
        const Evaluation ev = test::evaluateScenario(s);
        const Reason* r = findReason(ev.path(PathId::Stack), "BS-2", "build_spend_mismatch");
        QVERIFY(r);
        QCOMPARE(r->severity, Severity::Warning);
        QVERIFY(contains(r->text(), "$1,500/month on the Build application"));
        QVERIFY(contains(r->text(), "$500/month from the Build project lines"));
        QCOMPARE(ev.path(PathId::Stack).verdict, Verdict::PoorFit);
        QVERIFY(findReason(ev.path(PathId::PortfolioBuild), "BS-2", "build_spend_mismatch"));
        // Within the 10 % tolerance: 520 vs 500 agrees.
        s.build.monthlySpend = usd("520");
        QVERIFY(!findReason(test::evaluateScenario(s).path(PathId::Stack), "BS-2",
                            "build_spend_mismatch"));
        // No Build line at all: the projection does not count Build's spend; say so.
        s.spendLines.pop_back();
        QVERIFY(findReason(test::evaluateScenario(s).path(PathId::Stack), "BS-2",
                           "build_spend_not_projected"));
    }

    // Credits needed within 10 days: every credit path lands later, so nothing is recommended
    // and each path says what keeps it out.
    void nothingFitsSaysWhy() {
        Scenario s = test::referenceScenario();
        s.company.creditsNeededWithinDays = 10;
        const Evaluation ev = test::evaluateScenario(s);
        QVERIFY(!ev.recommendation.path);
        QCOMPARE(ev.recommendation.why.code, std::string("recommend_none_within_days"));
        const PathNote* stack = ruledOut(ev.recommendation, PathId::Stack);
        QVERIFY(stack);
        QCOMPARE(stack->reason.code, std::string("lands_late"));
        QCOMPARE(stack->reason.rule, std::string("TL-2"));
        const PathNote* ga = ruledOut(ev.recommendation, PathId::GenaiAccelerator);
        QVERIFY(ga && ga->reason.rule.rfind("GA-", 0) == 0);
        QVERIFY(!ruledOut(ev.recommendation, PathId::Spp)); // not a credit path
    }

    void objectivesRankFitPathsOnly() {
        Scenario s = test::referenceScenario();
        s.objective = Objective::LeastFounderTime;
        Evaluation ev = test::evaluateScenario(s);
        QCOMPARE(ev.recommendation.path, std::optional<PathId>(PathId::PortfolioOnly));
        QCOMPARE(ev.recommendation.why.text(),
                 std::string("Least founder time (30 min) among paths that fit; expected usable "
                             "value $92,000."));
        s.objective = Objective::LargestExpectedValue;
        ev = test::evaluateScenario(s);
        // SPP's saving is larger than nothing but it is a poor fit: the stack wins.
        QCOMPARE(ev.recommendation.path, std::optional<PathId>(PathId::Stack));
        QCOMPARE(ev.recommendation.why.code, std::string("recommend_largest_expected_value"));
    }

    // BS-4: on overlap the reviewer zeroes Build, so expected value uses Portfolio + POC:
    // both fully used by the reference bill, (100000 + 25000) x 80 % = 100000.
    void overlapExpectsBuildZeroed() {
        Scenario s = test::referenceScenario();
        s.build.services = {"Amazon ECS", "Aurora", "S3", "MediaConvert"};
        s.build.useCase = "Multi-tenant analytics SaaS on ECS Fargate with Aurora PostgreSQL and "
                          "S3: production infrastructure.";
        const Evaluation ev = test::evaluateScenario(s);
        const PathResult& stack = ev.path(PathId::Stack);
        QCOMPARE(stack.expectedValue, usd("100000"));
        QCOMPARE(derivationOf(ev, PathId::Stack, "expected_value")->code,
                 std::string("derive_expected_overlap"));
        const auto rules = derivationOf(ev, PathId::Stack, "expected_value")->rules;
        QVERIFY(std::find(rules.begin(), rules.end(), "BS-4") != rules.end());
    }
};

QTEST_APPLESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
