#include "partner_central.h"

#include "evaluation/application_records.h"
#include "evaluation/timeline.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

// Allowed values of the API reference, as this program uses them.
constexpr const char* kCatalog = "AWS";
constexpr const char* kOrigin = "Partner Referral";
constexpr const char* kOpportunityType = "Net New Business";
constexpr const char* kPrimaryNeed = "Co-Sell - Deal Support";
constexpr const char* kIndustry = "Software and Internet";
constexpr const char* kUseCaseAi = "AI Machine Learning and Analytics";
constexpr const char* kUseCaseMigration = "Migration/Database Migration";
constexpr const char* kUseCaseGeneral = "Containers & Serverless";

struct RecordSpec {
    const char* id;
    const char* title;
    const char* reviewStep; // the stack timeline step whose end is the target close date
    std::string useCase;
    Money monthly;
    const char* customerUseCase;
};

// 64-bit FNV-1a: a stable digest of the record's content for its ClientToken (not security).
std::string digest(const std::string& text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

std::string targetCloseDate(const Evaluation& ev, const char* step) {
    for (const PathResult& p : ev.paths)
        if (p.id == PathId::Stack)
            for (const TimelineStep& s : p.timeline)
                if (s.id == step)
                    return toIsoDate(s.dateTo);
    return {};
}

std::vector<RecordSpec> specs(const Scenario& s) {
    Money portfolioSpend;
    Money bedrockSpend;
    for (const SpendLine& line : s.spendLines) {
        if (describedByPortfolioRecord(line.category))
            portfolioSpend += line.monthly;
        if (line.category == Category::Bedrock || line.category == Category::BedrockSupporting)
            bedrockSpend += line.monthly;
    }
    const bool aiFirst = s.company.aiProfile == AiProfile::AiFirst;
    std::vector<RecordSpec> out{{"portfolio", "Activate Portfolio", "review_portfolio",
                                 s.portfolio.useCase, portfolioSpend,
                                 aiFirst ? kUseCaseAi : kUseCaseGeneral}};
    if (s.build.enabled)
        out.push_back(
            {"build", "Build for Startups", "review_build", s.build.useCase, s.build.monthlySpend,
             s.migration.from != MigrationSource::None ? kUseCaseMigration : kUseCaseGeneral});
    if (s.bedrockPoc.enabled)
        out.push_back({"bedrock_poc", "Bedrock POC", "review_bedrock_poc", s.bedrockPoc.useCase,
                       s.bedrockPoc.monthlyBudget.value_or(bedrockSpend), kUseCaseAi});
    return out;
}

} // namespace

std::vector<PartnerCentralRecord> partnerCentralRecords(const Scenario& scenario,
                                                        const Evaluation& evaluation,
                                                        const PartnerCentralOptions& options) {
    std::vector<PartnerCentralRecord> out;
    for (const RecordSpec& r : specs(scenario)) {
        const std::string amount = r.monthly.toString(); // at most two fraction digits
        const std::string closeDate = targetCloseDate(evaluation, r.reviewStep);
        const std::string title =
            std::string(r.title) +
            (scenario.company.name.empty() ? "" : ": " + scenario.company.name);
        Json account = Json::object();
        account["CompanyName"] = scenario.company.name;
        if (!scenario.company.awsAccountId.empty() && !options.omitAccountId)
            account["AwsAccountId"] = scenario.company.awsAccountId;
        account["Industry"] = kIndustry;
        Json spend = Json::object();
        spend["Amount"] = amount;
        spend["CurrencyCode"] = "USD";
        spend["Frequency"] = "Monthly";
        spend["TargetCompany"] = "AWS";
        Json project = Json::object();
        project["Title"] = title;
        project["CustomerBusinessProblem"] = r.useCase;
        project["CustomerUseCase"] = r.customerUseCase;
        project["ExpectedCustomerSpend"] = Json::array({spend});
        Json request = Json::object();
        request["Catalog"] = kCatalog;
        // The account ID never enters the token: a redacted export has the same one.
        request["ClientToken"] = "creditpath-" + std::string(r.id) + "-" +
                                 digest(std::string(r.id) + '\n' + scenario.company.name + '\n' +
                                        r.useCase + '\n' + amount + '\n' + closeDate);
        request["Customer"] = Json{{"Account", account}};
        request["OpportunityType"] = kOpportunityType;
        request["Origin"] = kOrigin;
        request["PrimaryNeedsFromAws"] = Json::array({kPrimaryNeed});
        request["Project"] = project;
        if (!closeDate.empty())
            request["LifeCycle"] = Json{{"TargetCloseDate", closeDate}};
        std::string fileName = r.id;
        for (char& c : fileName)
            if (c == '_')
                c = '-';
        out.push_back({r.id, fileName + ".CreateOpportunity.json", request.dump(2) + "\n"});
    }
    return out;
}

} // namespace creditpath
