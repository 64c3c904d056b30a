// One test (at least) per rule ID: each fails if its rule is broken. Verdicts are checked
// with the rule ID and message code behind them.
#include "evaluation/application_records.h"
#include "evaluation/messages.h"
#include "evaluation/timeline.h"
#include "test_support.h"

#include <QTest>

using namespace creditpath;
using test::findReason;
using test::usd;

namespace {

Scenario ref() {
    return test::referenceScenario();
}
Evaluation run(const Scenario& s) {
    return test::evaluateScenario(s);
}
const PathResult& stackOf(const Evaluation& ev) {
    return ev.path(PathId::Stack);
}

// The path is copied first: `path` is often a member of a temporary evaluation, and a pointer
// into it must not outlive the statement (AddressSanitizer's use-after-free).
#define REQUIRE_REASON(path, rule, code, sev)                                                      \
    do {                                                                                           \
        const PathResult p_ = (path);                                                              \
        const Reason* r_ = findReason(p_, rule, code);                                             \
        QVERIFY2(r_, ("missing " + std::string(rule) + " " + std::string(code)).c_str());          \
        QCOMPARE(r_->severity, sev);                                                               \
    } while (0)

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private slots:
    void referenceScenarioIsAFitStack() {
        const Evaluation ev = run(ref());
        QCOMPARE(stackOf(ev).verdict, Verdict::Fit);
        QCOMPARE(ev.recommendation.path, std::optional<PathId>(PathId::Stack));
        QCOMPARE(ev.recommendation.why.rule, std::string("PD-4"));
        QVERIFY(ev.alerts.empty());
    }

    void pf1_portfolioCeiling() {
        const Evaluation ev = run(ref());
        const PathResult& p = ev.path(PathId::PortfolioOnly);
        QCOMPARE(p.value.typical, usd("100000"));
        REQUIRE_REASON(p, "PF-1", "portfolio_value", Severity::Info);
    }

    void pf2_spendBand() {
        Scenario s = ref();
        s.spendLines = {{Category::Compute, usd("2000"), {}, {}, {}}};
        const Evaluation below = run(s);
        const Reason* r = findReason(below.path(PathId::PortfolioOnly), "PF-2", "spend_below_band");
        QVERIFY(r);
        QVERIFY(r->text().find("about 50 months") != std::string::npos);
        s.spendLines = {{Category::Compute, usd("20000"), {}, {}, {}}};
        REQUIRE_REASON(run(s).path(PathId::PortfolioOnly), "PF-2", "spend_above_band",
                       Severity::Info);
    }

    void pf3_implausibleSpendForStage() {
        Scenario s = ref();
        s.spendLines = {{Category::Compute, usd("50000"), {}, {}, {}}}; // the seed's example
        const Evaluation ev = run(s);
        for (PathId id : {PathId::Stack, PathId::PortfolioBuild, PathId::PortfolioOnly}) {
            REQUIRE_REASON(ev.path(id), "PF-3", "implausible_spend", Severity::Warning);
            QCOMPARE(ev.path(id).verdict, Verdict::PoorFit);
        }
        QCOMPARE(ev.alerts.front().reason.rule, std::string("PF-3"));
        s.company.stage = Stage::SeriesB; // plausible later
        QVERIFY(!findReason(run(s).path(PathId::Stack), "PF-3", "implausible_spend"));
    }

    void pf4_awsProductOverlap() {
        Scenario s = ref();
        s.portfolio.useCase = "We are building a hosting platform for developers.";
        REQUIRE_REASON(stackOf(run(s)), "PF-4", "aws_product_overlap", Severity::Warning);
    }

    void pf5_vouch() {
        Scenario s = ref();
        s.company.vcInActivatePortfolio = false;
        REQUIRE_REASON(stackOf(run(s)), "PF-5", "attestation_substitutes", Severity::Info);
        QCOMPARE(stackOf(run(s)).verdict, Verdict::Fit);
        s.company.partnerAttestation = false;
        const Evaluation ev = run(s);
        for (PathId id : {PathId::Stack, PathId::PortfolioBuild, PathId::PortfolioOnly}) {
            REQUIRE_REASON(ev.path(id), "PF-5", "no_vouch", Severity::Blocker);
            QCOMPARE(ev.path(id).verdict, Verdict::NotEligible);
            QCOMPARE(ev.path(id).expectedValue, usd("0"));
        }
    }

    void bs1_bs2_buildLayer() {
        const Evaluation ev = run(ref());
        REQUIRE_REASON(ev.path(PathId::PortfolioBuild), "BS-1", "build_value", Severity::Info);
        REQUIRE_REASON(ev.path(PathId::PortfolioBuild), "BS-2", "build_spend_outside_band",
                       Severity::Info); // $460
        Scenario s = ref();
        s.build.windowMonths = 18;
        REQUIRE_REASON(run(s).path(PathId::PortfolioBuild), "BS-2", "build_window_outside",
                       Severity::Warning);
        s = ref();
        s.build.enabled = false;
        REQUIRE_REASON(run(s).path(PathId::Stack), "ST-1", "build_not_planned", Severity::Warning);
        QCOMPARE(run(s).burnDown.pools.size(), std::size_t(2));
    }

    void bs3_genericFraming() {
        Scenario s = ref();
        s.build.useCase = "More generic infrastructure for the platform.";
        REQUIRE_REASON(stackOf(run(s)), "BS-3", "build_generic_framing", Severity::Warning);
    }

    void bs4_overlapDetection() {
        Scenario s = ref();
        s.build.services = {"Amazon ECS", "Aurora", "S3", "MediaConvert"};
        s.build.useCase = "Multi-tenant analytics SaaS on ECS Fargate with Aurora PostgreSQL and "
                          "S3: production infrastructure.";
        const Evaluation ev = run(s);
        QVERIFY(ev.overlap.flagged);
        // services {ecs, aurora, s3, mediaconvert} vs six portfolio services: 3 shared of 7.
        QCOMPARE(ev.overlap.serviceSimilarity.toFractionString(2), std::string("0.43"));
        QCOMPARE(ev.overlap.sharedServices,
                 (std::vector<std::string>{"Amazon ECS", "Aurora", "S3"}));
        REQUIRE_REASON(stackOf(ev), "BS-4", "overlap", Severity::Warning);
        REQUIRE_REASON(stackOf(ev), "ST-1", "overlap_file_portfolio_only", Severity::Info);
        QCOMPARE(stackOf(ev).verdict, Verdict::PoorFit);
        // Build is zeroed: (150000 - 25000) x 80 %.
        QCOMPARE(stackOf(ev).expectedValue, usd("100000"));
        QCOMPARE(ev.path(PathId::PortfolioBuild).expectedValue, usd("86000"));
        QCOMPARE(ev.alerts.front().reason.code, std::string("overlap"));

        // A partner's rulebook may flag on the text alone: no shared services to name, so the
        // reason says so in its own sentence instead of an English "none" inside it.
        Rulebook textOnly = Rulebook::builtIn();
        textOnly.applyOverride(R"({"format": "creditpath-rulebook", "version": 1,
            "rules": {"BS-4": {"params": {"service_threshold": "0", "text_threshold": "0"}}}})",
                               "text-only.json");
        const Evaluation alike = test::evaluateScenario(ref(), textOnly);
        QVERIFY(alike.overlap.flagged);
        QVERIFY(alike.overlap.sharedServices.empty());
        REQUIRE_REASON(stackOf(alike), "BS-4", "overlap_text_only", Severity::Warning);
        QCOMPARE(alike.alerts.front().reason.code, std::string("overlap_text_only"));

        const Evaluation clean = run(ref());
        QVERIFY(!clean.overlap.flagged);
        QCOMPARE(clean.overlap.serviceSimilarity.partsPerMillion(), 0);
        REQUIRE_REASON(stackOf(clean), "BS-4", "distinct_use_cases", Severity::Info);

        // Same services, unrelated descriptions: not flagged (both signals are needed).
        s.build.useCase = "Video transcoding for a separate media product line.";
        QVERIFY(!run(s).overlap.flagged);
    }

    // BS-4's text similarity by hand: content words are lower case, three letters or more, no
    // stop words, a plural "s" dropped. Portfolio {analytic, platform, retail, store}, Build
    // {analytic, bedrock, model}: one shared of six, 1/6 = 166,667 parts per million.
    void bs4_textSimilarityByHand() {
        Scenario s = ref();
        s.portfolio.useCase = "The Analytics platform for retail STORES";
        s.build.useCase = "Running our analytics with new Bedrock models, in AI";
        const Evaluation ev = run(s);
        QCOMPARE(ev.overlap.textSimilarity.partsPerMillion(), std::int64_t(166667));
    }

    void bp1_pocAward() {
        Scenario s = ref();
        const Evaluation typical = run(s);
        REQUIRE_REASON(stackOf(typical), "BP-1", "poc_typical", Severity::Info);
        // Each missing condition is its own coded reason (translated whole, no English pieces).
        const Reason* spend = findReason(stackOf(typical), "BP-1", "poc_large_needs_bedrock_spend");
        QVERIFY(spend);
        QCOMPARE(spend->text(),
                 std::string("For $50,000: projected Bedrock spend of $5,000/month or "
                             "more (now $1,050/month)."));
        REQUIRE_REASON(stackOf(typical), "BP-1", "poc_large_needs_loi", Severity::Info);
        REQUIRE_REASON(stackOf(typical), "BP-1", "poc_large_needs_commitment", Severity::Info);
        QCOMPARE(typical.burnDown.pools[0].award, usd("25000"));
        s.spendLines[2].monthly = usd("5000");
        s.bedrockPoc.customerLoi = true;
        const Evaluation almost = run(s);
        QCOMPARE(almost.burnDown.pools[0].award, usd("25000")); // still needs the commitment
        QVERIFY(!findReason(stackOf(almost), "BP-1", "poc_large_needs_bedrock_spend"));
        QVERIFY(!findReason(stackOf(almost), "BP-1", "poc_large_needs_loi"));
        REQUIRE_REASON(stackOf(almost), "BP-1", "poc_large_needs_commitment", Severity::Info);
        s.bedrockPoc.commitToScale = true;
        const Evaluation large = run(s);
        REQUIRE_REASON(stackOf(large), "BP-1", "poc_large", Severity::Info);
        QCOMPARE(large.burnDown.pools[0].award, usd("50000"));
        QCOMPARE(stackOf(large).value.typical, usd("175000"));
    }

    void bp2_earmark() {
        const Evaluation ev = run(ref());
        REQUIRE_REASON(stackOf(ev), "BP-2", "poc_earmarked", Severity::Info);
        const Pool& poc = ev.burnDown.pools[0];
        QCOMPARE(poc.eligibleCount(), 2);
        QVERIFY(poc.eligible[static_cast<std::size_t>(Category::Bedrock)]);
    }

    void bp3_pocGapsNamedOneByOne_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("use case") << 0 << "poc_gap_use_case";
        QTest::newRow("model") << 1 << "poc_gap_model";
        QTest::newRow("reasoning") << 2 << "poc_gap_model_reasoning";
        QTest::newRow("eval method") << 3 << "poc_gap_eval_methodology";
        QTest::newRow("examples") << 4 << "poc_gap_eval_examples";
        QTest::newRow("budget") << 5 << "poc_gap_budget";
    }
    void bp3_pocGapsNamedOneByOne() {
        QFETCH(int, field);
        QFETCH(QString, code);
        Scenario s = ref();
        BedrockPocPlan& p = s.bedrockPoc;
        switch (field) {
        case 0:
            p.useCase = " ";
            break;
        case 1:
            p.model.clear();
            break;
        case 2:
            p.modelReasoning.clear();
            break;
        case 3:
            p.evalMethodology.clear();
            break;
        case 4:
            p.evalExamplesPerWeek = 0;
            break;
        case 5:
            p.monthlyBudget.reset();
            break;
        }
        const Evaluation ev = run(s);
        int gaps = 0;
        for (const auto& r : stackOf(ev).reasons)
            gaps += r.code.rfind("poc_gap_", 0) == 0 ? 1 : 0;
        QCOMPARE(gaps, 1);
        REQUIRE_REASON(stackOf(ev), "BP-3", code.toStdString(), Severity::Warning);
        QCOMPARE(stackOf(ev).verdict, Verdict::PoorFit);
        QCOMPARE(QString::fromStdString(std::string(ev.alerts.front().reason.code)), code);
    }

    void st2_approvalOddsDriveExpectedValue() {
        const Evaluation ev = run(ref());
        QCOMPARE(stackOf(ev).expectedValue, usd("120000")); // 150000 x 80 %
        QCOMPARE(ev.path(PathId::PortfolioOnly).expectedValue, usd("92000"));
        QCOMPARE(ev.path(PathId::PortfolioBuild).expectedValue, usd("107500"));
        REQUIRE_REASON(stackOf(ev), "ST-2", "approval_odds", Severity::Info);
    }

    void st3_founderMinutes() {
        const Evaluation ev = run(ref());
        QCOMPARE(stackOf(ev).founderMinutes, 70);
        QCOMPARE(ev.path(PathId::PortfolioOnly).founderMinutes, 30);
        QCOMPARE(ev.path(PathId::PortfolioBuild).founderMinutes, 40);
    }

    void tl1_tl2_tl3_timelines() {
        const Evaluation ev = run(ref());
        const auto& steps = stackOf(ev).timeline;
        QCOMPARE(steps.front().id, std::string("inquiry"));
        QCOMPARE(steps.front().founderMinutes, 3);
        QCOMPARE(toIsoDate(steps.front().dateFrom), std::string("2026-11-26"));
        QCOMPARE(steps[2].id, std::string("discovery_call"));
        QCOMPARE(steps[2].founderMinutes, 45);
        QCOMPARE(toIsoDate(steps[4].dateFrom), std::string("2026-12-01")); // day 5: filing
        QCOMPARE(steps.back().id, std::string("balances_land"));
        QCOMPARE(toIsoDate(steps.back().dateTo), std::string("2026-12-17")); // day 21
        QCOMPARE(stackOf(ev).daysToMoney, (DayRange{18, 21}));
        QCOMPARE(ev.path(PathId::PortfolioBuild).daysToMoney, (DayRange{12, 14}));
        QCOMPARE(ev.path(PathId::PortfolioOnly).daysToMoney, (DayRange{11, 18}));
        REQUIRE_REASON(stackOf(ev), "TL-2", "lands_in_time", Severity::Info);
        Scenario s = ref();
        s.company.creditsNeededWithinDays = 15;
        const Evaluation rushed = run(s);
        REQUIRE_REASON(stackOf(rushed), "TL-2", "lands_late", Severity::Warning);
        REQUIRE_REASON(rushed.path(PathId::PortfolioOnly), "TL-3", "may_land_late", Severity::Info);
        // Nothing lands for sure within 15 days, Portfolio + Build by day 14 does.
        QCOMPARE(rushed.recommendation.path, std::optional<PathId>(PathId::PortfolioBuild));
    }

    // A step's texts are the rulebook's, kept once for the program (interned): an evaluation
    // still reads them after the rulebook it came from is gone (ASan in the sanitizer suite).
    void tl1_stepTextsOutliveTheirRulebook() {
        Evaluation ev;
        {
            Rulebook partner = Rulebook::builtIn();
            partner.applyOverride(R"({"format": "creditpath-rulebook", "version": 1,
                "rules": {"TL-1": {"params": {"timelines": {"stack": [
                    {"id": "partner_intake", "text": "Partner intake form, reviewed weekly",
                     "layer": "all", "day_from": 0, "day_to": 9}]}}}}})",
                                  "partner.json");
            ev = test::evaluateScenario(ref(), partner);
        }
        const auto& steps = stackOf(ev).timeline;
        QCOMPARE(steps.size(), std::size_t(1));
        QCOMPARE(std::string(steps.front().id), std::string("partner_intake"));
        QCOMPARE(std::string(steps.front().text),
                 std::string("Partner intake form, reviewed weekly"));
        QCOMPARE(std::string(steps.front().rule), std::string("TL-1"));
        QCOMPARE(toIsoDate(steps.front().dateTo), std::string("2026-12-05")); // day 9
    }

    void tl4_portfolioRecordDescribesGeneralInfrastructure() {
        QVERIFY(describedByPortfolioRecord(Category::Compute));
        QVERIFY(!describedByPortfolioRecord(Category::Bedrock));
        QVERIFY(!describedByPortfolioRecord(Category::BuildProject));
        QVERIFY(!describedByPortfolioRecord(Category::Marketplace));
        Money portfolio;
        for (const auto& line : ref().spendLines)
            if (describedByPortfolioRecord(line.category))
                portfolio += line.monthly;
        QCOMPARE(portfolio, usd("4750")); // 6260 - 1050 Bedrock - 460 Build project
    }

    void tl4_materials() {
        const Evaluation ev = run(ref());
        QCOMPARE(ev.materials.size(), std::size_t(6));
        QCOMPARE(ev.materials[1].id, std::string("aws_account_id"));
        QVERIFY(!ev.materials[1].ready); // the reference scenario has no account ID
        QVERIFY(ev.materials[5].ready);  // eval methodology present
        Scenario s = ref();
        s.portfolio.useCase.clear();
        REQUIRE_REASON(stackOf(run(s)), "TL-4", "portfolio_use_case_missing", Severity::Warning);
    }

    void ga1_ga2_accelerator() {
        Evaluation ev = run(ref());
        const PathResult& ga = ev.path(PathId::GenaiAccelerator);
        QCOMPARE(ga.value.low, usd("200000"));
        QCOMPARE(ga.value.high, usd("1000000"));
        // The reference bill absorbs 24 x 6260 = 150240 of the 300000 before month 24.
        QCOMPARE(ga.usableValue.typical, usd("150240"));
        QCOMPARE(ga.expectedValue, usd("7512"));                     // 150240 x 5 %
        REQUIRE_REASON(ga, "GA-1", "lands_late", Severity::Warning); // 30 days < 60
        Scenario s = ref();
        s.company.creditsNeededWithinDays = 120;
        s.horizonMonths = 48;
        s.spendLines = {{Category::Bedrock, usd("13000"), {}, {}, {}}};
        QCOMPARE(run(s).path(PathId::GenaiAccelerator).verdict, Verdict::Fit);
        s.company.aiProfile = AiProfile::AiFeature;
        REQUIRE_REASON(run(s).path(PathId::GenaiAccelerator), "GA-2", "ga_not_ai_first",
                       Severity::Warning);
        s.company.aiProfile = AiProfile::AiFirst;
        s.company.stage = Stage::SeriesB;
        REQUIRE_REASON(run(s).path(PathId::GenaiAccelerator), "GA-2", "ga_stage",
                       Severity::Blocker);
        s.company.stage = Stage::Seed;
        s.company.creditsNeededWithinDays = 21;
        REQUIRE_REASON(run(s).path(PathId::GenaiAccelerator), "GA-2", "ga_too_soon",
                       Severity::Warning);
    }

    void ma1_ma2_map() {
        const Evaluation none = run(ref());
        REQUIRE_REASON(none.path(PathId::Map), "MA-2", "map_greenfield", Severity::Blocker);
        Scenario s = ref();
        s.company.stage = Stage::SeriesB;
        s.spendLines = {
            {Category::Compute, usd("20000"), {}, {}, {}}}; // uses 400K within 24 months
        s.migration = {MigrationSource::Gcp, usd("800000"), MigrationPhase::Migrate, usd("8000")};
        const Evaluation ev = run(s);
        const PathResult& map = ev.path(PathId::Map);
        QCOMPARE(map.value.low, usd("200000"));     // 25 % at Mobilize
        QCOMPARE(map.value.typical, usd("400000")); // 50 % at Migrate
        QCOMPARE(map.expectedValue, usd("300000")); // x 75 %
        QCOMPARE(map.verdict, Verdict::Fit);
        QVERIFY(ev.burnDownFor(PathId::Map));
        // With the reference spend, 400K cannot be used before month 24: the forfeiture lowers
        // usable value (24 x 6260 = 150240) and says the expiry is an estimate, but MA-2 is met,
        // so the verdict stays fit.
        Scenario smallBill = ref();
        smallBill.migration = s.migration;
        const Evaluation lowBill = run(smallBill);
        const PathResult& lowMap = lowBill.path(PathId::Map);
        REQUIRE_REASON(lowMap, "BD-3", "forfeiture_estimated_expiry", Severity::Warning);
        QVERIFY(findReason(lowMap, "BD-3", "forfeiture_estimated_expiry")
                    ->text()
                    .find("product estimate") != std::string::npos);
        QCOMPARE(lowMap.verdict, Verdict::Fit);
        QCOMPARE(lowMap.usableValue.typical, usd("150240"));
        QCOMPARE(lowMap.forfeited.typical, usd("249760"));
        QCOMPARE(lowMap.expectedValue, usd("112680")); // 150240 x 75 %
        s.migration.postMigrationMonthlySpend = usd("3000");
        s.migration.totalCost = usd("50000");
        const PathResult small = run(s).path(PathId::Map);
        REQUIRE_REASON(small, "MA-2", "map_small_spend", Severity::Warning);
        REQUIRE_REASON(small, "MA-2", "map_small_migration", Severity::Warning);
        s.migration.phaseReached = MigrationPhase::Assess;
        REQUIRE_REASON(run(s).path(PathId::Map), "MA-1", "map_assess_only", Severity::Warning);
    }

    void sp1_sp2_solutionProvider() {
        const PathResult spp = run(ref()).path(PathId::Spp);
        // 36 x 6260 = 225360 of bill; 8 / 10 / 12 %.
        QCOMPARE(spp.value.low, usd("18028.80"));
        QCOMPARE(spp.value.typical, usd("22536.00"));
        QCOMPARE(spp.value.high, usd("27043.20"));
        REQUIRE_REASON(spp, "SP-2", "spp_not_profitable", Severity::Warning);
        REQUIRE_REASON(spp, "SP-2", "spp_small_arr", Severity::Warning);
        Scenario s = ref();
        s.company = {"Boot",
                     Stage::Bootstrapped,
                     AiProfile::None,
                     false,
                     false,
                     usd("6000000"),
                     true,
                     "",
                     "",
                     30};
        s.spendLines = {{Category::Compute, usd("20000"), {}, {}, {}}};
        QCOMPARE(run(s).path(PathId::Spp).verdict, Verdict::Fit);
        s.company.annualRecurringRevenue.reset();
        REQUIRE_REASON(run(s).path(PathId::Spp), "SP-2", "spp_pre_revenue", Severity::Warning);
    }

    void ed1_enterpriseDiscount() {
        const PathResult small = run(ref()).path(PathId::Edp);
        REQUIRE_REASON(small, "ED-1", "edp_too_small", Severity::Blocker); // 75120 a year
        QCOMPARE(small.verdict, Verdict::NotEligible);
        Scenario s = ref();
        s.spendLines = {{Category::Compute, usd("10000"), {}, {}, {}}}; // 120000 a year
        const PathResult mid = run(s).path(PathId::Edp);
        QCOMPARE(mid.value.low, usd("36000"));                           // 360000 x 10 %
        QCOMPARE(mid.value.typical, usd("63000"));                       // x 17.5 %
        QCOMPARE(mid.value.high, usd("90000"));                          // x 25 %
        s.spendLines = {{Category::Compute, usd("100000"), {}, {}, {}}}; // 1.2M a year
        QCOMPARE(run(s).path(PathId::Edp).value.low, usd("900000"));     // 3.6M x 25 %
    }

    void pd4_objectives() {
        Scenario s = ref();
        s.objective = Objective::LeastFounderTime;
        QCOMPARE(run(s).recommendation.path, std::optional<PathId>(PathId::PortfolioOnly));
        s.objective = Objective::LargestExpectedValue;
        s.company.stage = Stage::SeriesB;
        s.spendLines = {{Category::Compute, usd("20000"), {}, {}, {}}};
        s.migration = {MigrationSource::Gcp, usd("800000"), MigrationPhase::Migrate, usd("8000")};
        QCOMPARE(run(s).recommendation.path, std::optional<PathId>(PathId::Map));
    }

    // PD-5: combinations the seed allows, and refusals with their reason.
    void pd5_combinations() {
        Scenario s = ref();
        s.company = {
            "Big", Stage::SeriesCPlus, AiProfile::None, true, true, usd("20000000"), true, "", "",
            30};
        s.spendLines = {{Category::Compute, usd("100000"), {}, {}, {}}};
        s.migration = {MigrationSource::OnPrem, usd("1000000"), MigrationPhase::Migrate,
                       usd("100000")};
        const Evaluation ev = run(s);
        auto find = [&](PathId a, PathId b) -> const Combination* {
            for (const auto& c : ev.combinations)
                if (c.first == a && c.second == b)
                    return &c;
            return nullptr;
        };
        const Combination* billing = find(PathId::Spp, PathId::Edp);
        QVERIFY(billing);
        QVERIFY(!billing->allowed);
        QCOMPARE(billing->why.rule, std::string("PD-5"));
        QCOMPARE(billing->why.code, std::string("combo_billing_conflict"));
        QVERIFY(find(PathId::Stack, PathId::Map) && find(PathId::Stack, PathId::Map)->allowed);
        QVERIFY(!find(PathId::Stack, PathId::PortfolioOnly)->allowed);
        // Paths that are ruled out are not offered in combinations (no Accelerator at Series C+).
        QVERIFY(!find(PathId::Stack, PathId::GenaiAccelerator));
    }

    // BD-4: the rulebook's reference mix is the seed's table, $6,260 a month, and is the
    // reference scenario's spend.
    void bd4_referenceMix() {
        const auto& mix = Rulebook::builtIn().params().referenceMix;
        Money total;
        for (const auto& line : mix)
            total += line.monthly;
        QCOMPARE(total, usd("6260"));
        QCOMPARE(mix, ref().spendLines);
    }

    // PD-3: the scenario default horizon is the rulebook's.
    void pd3_defaultHorizon() {
        QCOMPARE(Scenario().horizonMonths, Rulebook::builtIn().params().defaultHorizonMonths);
        QCOMPARE(run(ref()).burnDown.months.size(), std::size_t(36));
    }

    void everyMessageRendersAndEveryCodeIsKnown() {
        for (const auto& [code, templ] : messageCatalog()) {
            QVERIFY(!code.empty());
            QVERIFY(!templ.empty());
        }
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 makeReason("X-1", Severity::Info, "no_such_code"));
        QCOMPARE(formatUsd(usd("1234567.5")), std::string("$1,234,567.50"));
        QCOMPARE(formatUsd(usd("-50")), std::string("-$50"));
    }
};

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
