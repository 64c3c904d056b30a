#include "service_categories.h"

#include <utility>

namespace creditpath {
namespace {

using C = Category;

// Normalised names. Bedrock's supporting services (BP-2: OpenSearch vector search, Lambda
// orchestration, S3 prompt logs) cannot be told apart from the same services' other uses in
// a by-service export, so they land in their general categories; the user may move them.
constexpr std::pair<std::string_view, Category> kServices[] = {
    {"elastic compute cloud - compute", C::Compute},
    {"ec2-instances", C::Compute},
    {"ec2 - other", C::Compute},
    {"ec2-other", C::Compute},
    {"ec2 container registry (ecr)", C::Compute},
    {"elastic container registry", C::Compute},
    {"elastic container service", C::Compute},
    {"elastic container service for kubernetes", C::Compute},
    {"elastic kubernetes service", C::Compute},
    {"lambda", C::Compute},
    {"fargate", C::Compute},
    {"lightsail", C::Compute},
    {"sagemaker", C::Compute},
    {"batch", C::Compute},
    {"app runner", C::Compute},
    {"elastic beanstalk", C::Compute},
    {"relational database service", C::Database},
    {"rds", C::Database},
    {"dynamodb", C::Database},
    {"elasticache", C::Database},
    {"documentdb (with mongodb compatibility)", C::Database},
    {"neptune", C::Database},
    {"redshift", C::Database},
    {"opensearch service", C::Database},
    {"elasticsearch service", C::Database},
    {"memorydb", C::Database},
    {"keyspaces (for apache cassandra)", C::Database},
    {"timestream", C::Database},
    {"simple storage service", C::StorageCdn},
    {"s3", C::StorageCdn},
    {"cloudfront", C::StorageCdn},
    {"elastic file system", C::StorageCdn},
    {"efs", C::StorageCdn},
    {"glacier", C::StorageCdn},
    {"s3 glacier", C::StorageCdn},
    {"backup", C::StorageCdn},
    {"fsx", C::StorageCdn},
    {"virtual private cloud", C::Networking},
    {"vpc", C::Networking},
    {"elastic load balancing", C::Networking},
    {"route 53", C::Networking},
    {"data transfer", C::Networking},
    {"api gateway", C::Networking},
    {"direct connect", C::Networking},
    {"global accelerator", C::Networking},
    {"cloudwatch", C::Observability},
    {"amazoncloudwatch", C::Observability}, // the API's spelling
    {"cloudwatch events", C::Observability},
    {"cloudtrail", C::Observability},
    {"x-ray", C::Observability},
    {"config", C::Observability},
    {"managed service for prometheus", C::Observability},
    {"managed grafana", C::Observability},
    {"bedrock", C::Bedrock},
    {"support (enterprise)", C::EnterpriseSupport},
    {"support (enterprise on-ramp)", C::EnterpriseSupport},
    {"support (business)", C::Other},
    {"support (developer)", C::Other},
    {"simple queue service", C::Other},
    {"simple notification service", C::Other},
    {"key management service", C::Other},
    {"secrets manager", C::Other},
    {"cognito", C::Other},
};

constexpr std::string_view kNotSpend[] = {"tax",    "credit",  "credits",
                                          "refund", "refunds", "discount"};
constexpr std::string_view kTotals[] = {"total costs", "total cost", "service total", "total"};

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

} // namespace

std::string normaliseServiceName(std::string_view name) {
    std::string s;
    for (char c : name)
        s += lower(c);
    const auto trim = [&] {
        const auto first = s.find_first_not_of(' ');
        s = first == std::string::npos ? std::string()
                                       : s.substr(first, s.find_last_not_of(' ') - first + 1);
    };
    trim();
    if (endsWith(s, "($)"))
        s.erase(s.size() - 3);
    trim();
    for (std::string_view prefix : {"amazon ", "aws "})
        if (s.rfind(prefix, 0) == 0)
            s.erase(0, prefix.size());
    trim();
    return s;
}

ServiceMapping mapService(std::string_view serviceName) {
    const std::string name = normaliseServiceName(serviceName);
    for (std::string_view n : kNotSpend)
        if (name == n)
            return {ServiceKind::NotSpend, std::nullopt};
    for (std::string_view n : kTotals)
        if (name == n)
            return {ServiceKind::Total, std::nullopt};
    for (const auto& [n, category] : kServices)
        if (name == n)
            return {ServiceKind::Spend, category};
    // Model providers bill their Bedrock models as "Claude 3.5 Sonnet (Amazon Bedrock Edition)".
    if (endsWith(name, "(amazon bedrock edition)") || endsWith(name, "(bedrock edition)"))
        return {ServiceKind::Spend, Category::Bedrock};
    return {ServiceKind::Spend, std::nullopt};
}

} // namespace creditpath
