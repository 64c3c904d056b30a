// The application records as Partner Central CreateOpportunity requests, checked field by field
// on the seed reference scenario (start 2026-11-26), against values worked by hand:
//   Portfolio spend = compute 2500 + database 1250 + storage 420 + networking 330
//                     + observability 250 = 4750.00 (Bedrock and the Build project excluded)
//   Build 460.00 (build.monthly_spend); Bedrock POC 1050.00 (bedrock_poc.monthly_budget)
//   Target close dates: the end of each review (TL-2, TL-3): day 12, 14 and 18.
#include "output/partner_central.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace creditpath;
using namespace creditpath::test;

namespace {
QJsonObject parsed(const PartnerCentralRecord& r) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", r.fileName.c_str(), qPrintable(error.errorString()));
    return doc.object();
}

Scenario withAccount() {
    Scenario s = referenceScenario();
    s.company.awsAccountId = "123456789012";
    return s;
}
} // namespace

class TestPartnerCentral : public QObject {
    Q_OBJECT
private slots:
    void oneFilePerRecord() {
        const Scenario s = withAccount();
        const auto records = partnerCentralRecords(s, evaluateScenario(s), {});
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].fileName, "portfolio.CreateOpportunity.json");
        QCOMPARE(records[1].fileName, "build.CreateOpportunity.json");
        QCOMPARE(records[2].fileName, "bedrock-poc.CreateOpportunity.json");
        Scenario portfolioOnly = s;
        portfolioOnly.build.enabled = false;
        portfolioOnly.bedrockPoc.enabled = false;
        QCOMPARE(partnerCentralRecords(portfolioOnly, evaluateScenario(portfolioOnly), {}).size(),
                 std::size_t(1));
    }

    void fieldsOfEachRecord_data() {
        QTest::addColumn<int>("record");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("closeDate");
        QTest::addColumn<QString>("customerUseCase");
        QTest::newRow("portfolio") << 0 << "Activate Portfolio: Reference Series-A SaaS + AI"
                                   << "4750.00"
                                   << "2026-12-08"
                                   << "AI Machine Learning and Analytics";
        QTest::newRow("build") << 1 << "Build for Startups: Reference Series-A SaaS + AI"
                               << "460.00"
                               << "2026-12-10"
                               << "Containers & Serverless";
        QTest::newRow("bedrock poc") << 2 << "Bedrock POC: Reference Series-A SaaS + AI"
                                     << "1050.00"
                                     << "2026-12-14"
                                     << "AI Machine Learning and Analytics";
    }
    void fieldsOfEachRecord() {
        QFETCH(int, record);
        QFETCH(QString, title);
        QFETCH(QString, amount);
        QFETCH(QString, closeDate);
        QFETCH(QString, customerUseCase);
        const Scenario s = withAccount();
        const QJsonObject r = parsed(partnerCentralRecords(s, evaluateScenario(s), {})[record]);
        QCOMPARE(r["Catalog"].toString(), "AWS");
        QCOMPARE(r["Origin"].toString(), "Partner Referral");
        QCOMPARE(r["OpportunityType"].toString(), "Net New Business");
        QCOMPARE(r["PrimaryNeedsFromAws"].toArray(), QJsonArray{"Co-Sell - Deal Support"});
        // The API's pattern for ClientToken: 1 to 64 printable ASCII characters, no blank.
        QVERIFY(QRegularExpression("^[!-~]{1,64}$").match(r["ClientToken"].toString()).hasMatch());
        const QJsonObject account = r["Customer"].toObject()["Account"].toObject();
        QCOMPARE(account["CompanyName"].toString(), "Reference Series-A SaaS + AI");
        QCOMPARE(account["AwsAccountId"].toString(), "123456789012");
        QCOMPARE(account["Industry"].toString(), "Software and Internet");
        const QJsonObject project = r["Project"].toObject();
        QCOMPARE(project["Title"].toString(), title);
        QCOMPARE(project["CustomerUseCase"].toString(), customerUseCase);
        QVERIFY(project["CustomerBusinessProblem"].toString().size() > 40);
        const QJsonArray spends = project["ExpectedCustomerSpend"].toArray();
        QCOMPARE(spends.size(), 1);
        const QJsonObject spend = spends[0].toObject();
        QCOMPARE(spend["Amount"].toString(), amount);
        // The API's pattern for Amount: a decimal string with at most two fraction digits.
        QVERIFY(QRegularExpression(R"(^(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?$)")
                    .match(spend["Amount"].toString())
                    .hasMatch());
        QCOMPARE(spend["CurrencyCode"].toString(), "USD");
        QCOMPARE(spend["Frequency"].toString(), "Monthly");
        QCOMPARE(spend["TargetCompany"].toString(), "AWS");
        QCOMPARE(r["LifeCycle"].toObject()["TargetCloseDate"].toString(), closeDate);
    }

    // The same scenario gives the same tokens; a changed record a new one, the others keep theirs.
    void clientTokenIsDeterministic() {
        const Scenario s = withAccount();
        const auto first = partnerCentralRecords(s, evaluateScenario(s), {});
        const auto again = partnerCentralRecords(s, evaluateScenario(s), {});
        for (std::size_t i = 0; i < first.size(); ++i)
            QCOMPARE(parsed(first[i])["ClientToken"], parsed(again[i])["ClientToken"]);
        QVERIFY(parsed(first[0])["ClientToken"] != parsed(first[1])["ClientToken"]);
        Scenario changed = s;
        changed.build.monthlySpend = usd("500.00");
        const auto after = partnerCentralRecords(changed, evaluateScenario(changed), {});
        QVERIFY(parsed(after[1])["ClientToken"] != parsed(first[1])["ClientToken"]);
        QCOMPARE(parsed(after[0])["ClientToken"], parsed(first[0])["ClientToken"]);
    }

    // Redacted (screen sharing): no account ID anywhere in the files.
    void redactedRecordsOmitTheAccountId() {
        const Scenario s = withAccount();
        for (const auto& r : partnerCentralRecords(s, evaluateScenario(s), {true})) {
            QVERIFY(r.json.find("123456789012") == std::string::npos);
            QVERIFY(
                !parsed(r)["Customer"].toObject()["Account"].toObject().contains("AwsAccountId"));
        }
    }
};

QTEST_APPLESS_MAIN(TestPartnerCentral)
#include "tst_partner_central.moc"
