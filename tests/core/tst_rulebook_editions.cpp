// Issue 12 in the core: the aws-2026 edition, parameter edits validated as override files,
// overrides embedded in a scenario, "what changed", stale rules, and the billing and MAP
// choices the rulebook carries as parameters.
#include "evaluation/burn_down.h"
#include "evaluation/evaluation_diff.h"
#include "evaluation/timeline.h"
#include "rulebook/editions.h"
#include "rulebook/override_document.h"
#include "rulebook/parameter_values.h"
#include "rulebook/staleness.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"
#include "test_support.h"

#include <QTest>

#include <algorithm>

using namespace creditpath;
using test::usd;

namespace {

const FigureChange* change(const std::vector<FigureChange>& list, const std::string& path,
                           const std::string& figure) {
    for (const auto& c : list)
        if (c.path == path && c.figure == figure)
            return &c;
    return nullptr;
}

Rulebook withEdit(const std::string& rule, const std::string& key, const std::string& value) {
    Rulebook rb = Rulebook::builtIn();
    rb.applyOverride(withOverrideParameter("", rule, key, value), "edit");
    return rb;
}

std::chrono::sys_days day(const char* iso) {
    return *parseIsoDate(iso);
}

} // namespace

class TestRulebookEditions : public QObject {
    Q_OBJECT
private slots:
    void shipsTwoEditions() {
        const auto& editions = shippedEditions();
        QCOMPARE(editions.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(editions[0].id), QString("seed"));
        QCOMPARE(QString::fromStdString(editions[1].name), QString("AWS public pages, 2026"));
        QVERIFY(!shippedRulebook("gcp-2030"));
        // The seed edition is the shipped rulebook, untouched.
        QCOMPARE(shippedRulebook("seed")->params().portfolioCeiling, usd("100000"));
    }

    // The drift of RULES.md section 6 as data, each figure with its page, date and status.
    void awsEditionCarriesTheDriftWithProvenance() {
        const Rulebook rb = *shippedRulebook("aws-2026");
        QCOMPARE(rb.params().portfolioCeiling, usd("200000"));
        QCOMPARE(rb.params().edpMinAnnual, usd("500000"));
        QCOMPARE(rb.params().edpMidLow, Rate::parsePercent("5"));
        QVERIFY(rb.params().mapBasis == MapCreditBasis::TaggedPostMigrationSpend);
        const ParameterNote& ceiling = rb.rule("PF-1")->paramNotes.at("ceiling");
        QCOMPARE(QString::fromStdString(ceiling.source),
                 QString("https://aws.amazon.com/startups/credits"));
        QCOMPARE(QString::fromStdString(ceiling.checked), QString("2026-11-20"));
        QVERIFY(!ceiling.estimate);
        QVERIFY(rb.rule("ED-1")->paramNotes.at("min_annual").estimate);
        QCOMPARE(rb.overrides().size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(rb.overrides().front().edition),
                 QString("AWS public pages, 2026"));
    }

    // Reference scenario: Portfolio $100K -> $200K, so the stack's face value goes from
    // $150K to $250K; the stack still fits, the diff names PF-1.
    void awsEditionRaisesPortfolioAndTheDiffNamesIt() {
        const Scenario s = test::referenceScenario();
        const Evaluation before = test::evaluateScenario(s);
        const Evaluation after = test::evaluateScenario(s, *shippedRulebook("aws-2026"));
        const auto changes = diffEvaluations(before, after);
        const FigureChange* only = change(changes, "portfolio_only", "value.typical");
        QVERIFY(only);
        QCOMPARE(only->before.money, usd("100000"));
        QCOMPARE(only->after.money, usd("200000"));
        QCOMPARE(only->rules, std::vector<std::string>{"PF-1"});
        const FigureChange* stack = change(changes, "stack", "value.typical");
        QVERIFY(stack);
        QCOMPARE(stack->before.money, usd("150000"));
        QCOMPARE(stack->after.money, usd("250000"));
        // Nothing the edition does not touch is listed: founder time stays.
        QVERIFY(!change(changes, "stack", "founder_minutes"));
        QVERIFY(diffEvaluations(before, before).empty());
    }

    void parameterEditChangesTheEvaluation() {
        const Evaluation ev = test::evaluateScenario(test::referenceScenario(),
                                                     withEdit("BS-1", "ceiling", "\"30000.00\""));
        // Stack face: Portfolio 100,000 + Build 30,000 + POC 25,000.
        QCOMPARE(ev.path(PathId::Stack).value.typical, usd("155000"));
    }

    // Invalid edits: refused by applyOverride with the parameter's path; nothing changes.
    void invalidEditIsRefusedNamingTheParameter_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("negative money") << "PF-1"
                                        << "ceiling"
                                        << "\"-1\""
                                        << "rules.PF-1.params.ceiling";
        QTest::newRow("percent over 100") << "ST-2"
                                          << "approval_stack"
                                          << "\"150\""
                                          << "rules.ST-2.params.approval_stack";
        QTest::newRow("months out of range") << "BD-3"
                                             << "general_expiry_month"
                                             << "0"
                                             << "rules.BD-3.params.general_expiry_month";
        QTest::newRow("unknown choice") << "BD-1"
                                        << "credits_apply_from"
                                        << "\"someday\""
                                        << "rules.BD-1.params.credits_apply_from";
        QTest::newRow("days reversed") << "TL-2"
                                       << "days_stack"
                                       << "[21, 18]"
                                       << "rules.TL-2.params.days_stack";
        QTest::newRow("unknown parameter") << "PF-1"
                                           << "floor"
                                           << "\"1\""
                                           << "rules.PF-1.params.floor";
    }
    void invalidEditIsRefusedNamingTheParameter() {
        QFETCH(QString, rule);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, path);
        Rulebook rb = Rulebook::builtIn();
        const std::string before = rb.documentText();
        try {
            rb.applyOverride(withOverrideParameter("", rule.toStdString(), key.toStdString(),
                                                   value.toStdString()),
                             "edit");
            QFAIL("accepted");
        } catch (const InvalidDocument& e) {
            QCOMPARE(QString::fromStdString(e.problems().front().path), path);
        }
        QCOMPARE(rb.documentText(), before);
        QCOMPARE(rb.params().portfolioCeiling, usd("100000"));
    }

    // A scenario carries its overrides; it reads, evaluates and writes back unchanged.
    void embeddedOverridesRoundTrip() {
        Scenario s = test::referenceScenario();
        s.rulebookOverrides = *editionOverlay("aws-2026");
        const std::string text = serializeScenario(s);
        const Scenario back = parseScenario(text);
        QVERIFY(back.sameContent(s));
        QCOMPARE(serializeScenario(back), text);
        const Evaluation ev =
            test::evaluateScenario(back, withScenarioOverrides(Rulebook::builtIn(), back));
        QCOMPARE(ev.path(PathId::PortfolioOnly).value.typical, usd("200000"));
        QCOMPARE(QString::fromStdString(ev.rulebookOverrides.front().origin), QString("scenario"));
        // Dropped: the key goes, the rest of the file stays as it was.
        Scenario dropped = back;
        dropped.rulebookOverrides.clear();
        QVERIFY(serializeScenario(dropped).find("rulebook_overrides") == std::string::npos);
    }

    void badEmbeddedOverridesNameTheField() {
        Scenario s = test::referenceScenario();
        s.rulebookOverrides = withOverrideParameter("", "PF-1", "ceiling", "\"-5\"");
        try {
            parseScenario(serializeScenario(s));
            QFAIL("accepted");
        } catch (const InvalidDocument& e) {
            QCOMPARE(QString::fromStdString(e.problems().front().path),
                     QString("rulebook_overrides.rules.PF-1.params.ceiling"));
        }
    }

    void composedOverridesKeepBothAndTheTopWins() {
        const std::string a = withOverrideParameter("", "PF-1", "ceiling", "\"150000.00\"");
        const std::string b = withOverrideParameter(a, "BS-1", "ceiling", "\"30000.00\"");
        const std::string top = withOverrideParameter("", "PF-1", "ceiling", "\"120000.00\"");
        Rulebook rb = Rulebook::builtIn();
        rb.applyOverride(composeOverrides(b, top), "composed");
        QCOMPARE(rb.params().portfolioCeiling, usd("120000"));
        QCOMPARE(rb.params().buildCeiling, usd("30000"));
    }

    // PD-6: stale when verified + 6 months falls before today; month ends clamp.
    void staleByDate_data() {
        QTest::addColumn<QString>("verified");
        QTest::addColumn<QString>("today");
        QTest::addColumn<bool>("stale");
        QTest::newRow("fresh") << "2026-11-01"
                               << "2026-11-27" << false;
        QTest::newRow("exactly six months") << "2026-05-27"
                                            << "2026-11-27" << false;
        QTest::newRow("a day past") << "2026-05-27"
                                    << "2026-11-28" << true;
        QTest::newRow("month end clamps") << "2026-05-31"
                                          << "2026-11-30" << false;
        QTest::newRow("month end, next day") << "2026-05-31"
                                             << "2026-12-01" << true;
        QTest::newRow("unreadable date") << "last spring"
                                         << "2026-11-27" << true;
    }
    void staleByDate() {
        QFETCH(QString, verified);
        QFETCH(QString, today);
        QFETCH(bool, stale);
        RuleInfo rule{"PF-1", "", "", "", verified.toStdString(), {}};
        QCOMPARE(isStale(rule, Rulebook::builtIn(), day(today.toUtf8().constData())), stale);
    }
    void staleRulesFollowTheParameter() {
        const Rulebook& seed = Rulebook::builtIn();
        QVERIFY(staleRules(seed, day("2026-11-27")).empty());
        // The seed's rules were verified 2026-11-01, stale from 2027-05-02 on; the uncertainty
        // model's two (UN-1, UN-2) were written 2026-11-27, stale from 2027-05-28.
        QCOMPARE(staleRules(seed, day("2027-05-02")).size(), seed.rules().size() - 2);
        QCOMPARE(staleRules(seed, day("2027-05-28")).size(), seed.rules().size());
        const Rulebook twelve = withEdit("PD-6", "stale_after_months", "12");
        QVERIFY(staleRules(twelve, day("2027-05-02")).empty());
        // The aws-2026 edition re-verified PF-1, MA-1 and ED-1 on 2026-11-20.
        const auto stale = staleRules(*shippedRulebook("aws-2026"), day("2027-05-10"));
        QCOMPARE(stale.size(), seed.rules().size() - 3 - 2);
        QVERIFY(std::find(stale.begin(), stale.end(), "PF-1") == stale.end());
    }

    // The view's catalogue comes from the reader: kinds, units and choices.
    void parametersAreTyped() {
        const auto values = parameterValues(Rulebook::builtIn());
        auto find = [&](const char* rule, const char* key) -> const ParameterValue* {
            for (const auto& v : values)
                if (v.spec.rule == rule && v.spec.key == key)
                    return &v;
            return nullptr;
        };
        const ParameterValue* ceiling = find("PF-1", "ceiling");
        QVERIFY(ceiling);
        QVERIFY(ceiling->spec.kind == ParameterKind::Money);
        QVERIFY(ceiling->spec.unit == ParameterUnit::Usd);
        QCOMPARE(QString::fromStdString(ceiling->text), QString("100000.00"));
        const ParameterValue* from = find("BD-1", "credits_apply_from");
        QVERIFY(from && from->spec.kind == ParameterKind::Choice);
        QCOMPARE(from->spec.choices, (std::vector<std::string>{"next_month", "issue_month"}));
        QVERIFY(find("ST-3", "minutes_stack")->spec.unit == ParameterUnit::Minutes);
        QCOMPARE(find("TL-2", "days_stack")->days, (DayRange{18, 21}));
        QVERIFY(!find("TL-1", "timelines")->spec.editableInPlace());
        QCOMPARE(QString::fromStdString(parameterJson(find("TL-2", "days_stack")->spec, "12-14")),
                 QString("[12, 14]"));
        QCOMPARE(QString::fromStdString(parameterJson(ceiling->spec, "200000.00")),
                 QString("\"200000.00\""));
        QVERIFY(parameterJson(find("ST-3", "minutes_stack")->spec, "ten").empty());
    }

    // BD-1: counted from the issue month, every expiry falls one invoice earlier. Reference
    // mix: $6,260 a month against $150K; month 23 is the last Portfolio and Build pay.
    void creditsFromTheIssueMonthExpireAMonthEarlier() {
        const Scenario s = test::referenceScenario();
        const Evaluation seed = test::evaluateScenario(s);
        const Evaluation issue =
            test::evaluateScenario(s, withEdit("BD-1", "credits_apply_from", "\"issue_month\""));
        for (const Pool& p : issue.burnDown.pools)
            QCOMPARE(p.expiresMonth, 23);
        QCOMPARE(seed.burnDown.coveredThroughMonth, 23);
        QCOMPARE(issue.burnDown.coveredThroughMonth, 23);
        // 23 months x $6,260 = $143,980 used; $6,020 of the $150K is left at month 23. The seed
        // pays month 24 too ($6,020 of its $6,260), so nothing of Portfolio is lost there.
        QCOMPARE(issue.burnDown.totalForfeited, usd("6020.00"));
        QCOMPARE(seed.burnDown.totalForfeited, usd("0.00"));
    }

    // BD-2: two pools expiring together; the tie-break decides which pays Bedrock first.
    void tieBreakOrder() {
        const auto& r = Rulebook::builtIn().params();
        std::vector<Pool> pools{
            {"portfolio", usd("100"), 24, r.generalEligible, 0, "PF-1", "BD-3", false},
            {"bedrock_poc", usd("100"), 24, r.pocEligible, 2, "BP-1", "BD-3", false}};
        const ChargeSchedule charges({{Category::Bedrock, usd("60"), {}, {}, {}}}, 1);
        const BurnDown fewest = computeBurnDown(PathId::Stack, pools, charges, 1,
                                                PoolTieBreak::FewestServicesThenOldest);
        QCOMPARE(test::applied(fewest.months[0], "bedrock_poc"), usd("60"));
        const BurnDown oldest = computeBurnDown(PathId::Stack, pools, charges, 1,
                                                PoolTieBreak::OldestThenFewestServices);
        QCOMPARE(test::applied(oldest.months[0], "portfolio"), usd("60"));
        QCOMPARE(test::applied(oldest.months[0], "bedrock_poc"), usd("0"));
    }

    // MA-1: the formula the edition chooses. $8,000/month tagged for 12 months = $96,000;
    // 50% at Migrate = $48,000, against 50% of the $800,000 migration cost = $400,000.
    void mapCreditBasis() {
        Scenario s = test::referenceScenario();
        s.migration = {MigrationSource::Gcp, usd("800000"), MigrationPhase::Migrate, usd("8000")};
        QCOMPARE(test::evaluateScenario(s).path(PathId::Map).value.typical, usd("400000"));
        const Evaluation tagged = test::evaluateScenario(
            s, withEdit("MA-1", "credit_basis", "\"tagged_post_migration_spend\""));
        QCOMPARE(tagged.path(PathId::Map).value.typical, usd("48000"));
        QVERIFY(test::findReason(tagged.path(PathId::Map), "MA-1", "map_value_tagged"));
    }
};

QTEST_APPLESS_MAIN(TestRulebookEditions)
#include "tst_rulebook_editions.moc"
