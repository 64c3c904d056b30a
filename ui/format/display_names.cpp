// Translated names of the scenario and evaluation vocabularies (display_text.h).
#include "display_text.h"

#include <QCoreApplication>

namespace creditpath::ui {
namespace {
// Not named tr(): lupdate must see the QT_TRANSLATE_NOOP("Display", ...) inside each call.
QString tx(const char* text) {
    return QCoreApplication::translate("Display", text);
}
} // namespace

QString categoryName(Category category) {
    switch (category) {
    case Category::Compute:
        return tx(QT_TRANSLATE_NOOP("Display", "Compute"));
    case Category::Database:
        return tx(QT_TRANSLATE_NOOP("Display", "Database"));
    case Category::StorageCdn:
        return tx(QT_TRANSLATE_NOOP("Display", "Storage & CDN"));
    case Category::Networking:
        return tx(QT_TRANSLATE_NOOP("Display", "Networking"));
    case Category::Observability:
        return tx(QT_TRANSLATE_NOOP("Display", "Observability"));
    case Category::Bedrock:
        return tx(QT_TRANSLATE_NOOP("Display", "Bedrock"));
    case Category::BedrockSupporting:
        return tx(QT_TRANSLATE_NOOP("Display", "Bedrock supporting services"));
    case Category::BuildProject:
        return tx(QT_TRANSLATE_NOOP("Display", "Build project"));
    case Category::Marketplace:
        return tx(QT_TRANSLATE_NOOP("Display", "Marketplace"));
    case Category::UpfrontCommitments:
        return tx(QT_TRANSLATE_NOOP("Display", "Upfront commitments (RI/SP)"));
    case Category::EnterpriseSupport:
        return tx(QT_TRANSLATE_NOOP("Display", "Enterprise support"));
    case Category::Other:
        return tx(QT_TRANSLATE_NOOP("Display", "Other"));
    }
    return {};
}

QString stageName(Stage stage) {
    switch (stage) {
    case Stage::PreSeed:
        return tx(QT_TRANSLATE_NOOP("Display", "Pre-seed"));
    case Stage::Seed:
        return tx(QT_TRANSLATE_NOOP("Display", "Seed"));
    case Stage::SeriesA:
        return tx(QT_TRANSLATE_NOOP("Display", "Series A"));
    case Stage::SeriesB:
        return tx(QT_TRANSLATE_NOOP("Display", "Series B"));
    case Stage::SeriesCPlus:
        return tx(QT_TRANSLATE_NOOP("Display", "Series C+"));
    case Stage::Bootstrapped:
        return tx(QT_TRANSLATE_NOOP("Display", "Bootstrapped"));
    }
    return {};
}

QString aiProfileName(AiProfile profile) {
    switch (profile) {
    case AiProfile::None:
        return tx(QT_TRANSLATE_NOOP("Display", "No AI"));
    case AiProfile::AiFeature:
        return tx(QT_TRANSLATE_NOOP("Display", "Uses AI features"));
    case AiProfile::AiFirst:
        return tx(QT_TRANSLATE_NOOP("Display", "AI-first product"));
    }
    return {};
}

QString migrationSourceName(MigrationSource source) {
    switch (source) {
    case MigrationSource::None:
        return tx(QT_TRANSLATE_NOOP("Display", "No migration"));
    case MigrationSource::Gcp:
        return tx(QT_TRANSLATE_NOOP("Display", "Google Cloud"));
    case MigrationSource::Azure:
        return tx(QT_TRANSLATE_NOOP("Display", "Azure"));
    case MigrationSource::OnPrem:
        return tx(QT_TRANSLATE_NOOP("Display", "On-premises"));
    case MigrationSource::Other:
        return tx(QT_TRANSLATE_NOOP("Display", "Other"));
    }
    return {};
}

QString migrationPhaseName(MigrationPhase phase) {
    switch (phase) {
    case MigrationPhase::Assess:
        return tx(QT_TRANSLATE_NOOP("Display", "Assess"));
    case MigrationPhase::Mobilize:
        return tx(QT_TRANSLATE_NOOP("Display", "Mobilize"));
    case MigrationPhase::Migrate:
        return tx(QT_TRANSLATE_NOOP("Display", "Migrate"));
    }
    return {};
}

QString objectiveName(Objective objective) {
    switch (objective) {
    case Objective::CreditsWithinDays:
        return tx(QT_TRANSLATE_NOOP("Display", "Credits within the deadline"));
    case Objective::LargestExpectedValue:
        return tx(QT_TRANSLATE_NOOP("Display", "Largest expected value"));
    case Objective::LeastFounderTime:
        return tx(QT_TRANSLATE_NOOP("Display", "Least founder time"));
    }
    return {};
}

QString poolName(std::string_view poolId) {
    if (poolId == "portfolio")
        return tx(QT_TRANSLATE_NOOP("Display", "Portfolio"));
    if (poolId == "build")
        return tx(QT_TRANSLATE_NOOP("Display", "Build"));
    if (poolId == "bedrock_poc")
        return tx(QT_TRANSLATE_NOOP("Display", "Bedrock POC"));
    if (poolId == "genai_accelerator")
        return tx(QT_TRANSLATE_NOOP("Display", "GenAI Accelerator"));
    if (poolId == "map")
        return tx(QT_TRANSLATE_NOOP("Display", "MAP"));
    return QString::fromUtf8(poolId.data(), static_cast<qsizetype>(poolId.size()));
}

QString layerName(std::string_view layerId) {
    if (layerId == "all")
        return tx(QT_TRANSLATE_NOOP("Display", "All layers"));
    return poolName(layerId);
}

QString materialName(const std::string& itemId) {
    if (itemId == "company_info")
        return tx(QT_TRANSLATE_NOOP("Display", "Company info"));
    if (itemId == "aws_account_id")
        return tx(QT_TRANSLATE_NOOP("Display", "AWS account ID"));
    if (itemId == "deck")
        return tx(QT_TRANSLATE_NOOP("Display", "Pitch deck"));
    if (itemId == "use_case_portfolio_build")
        return tx(QT_TRANSLATE_NOOP("Display", "Use-case paragraphs (Portfolio, Build)"));
    if (itemId == "use_case_bedrock_poc")
        return tx(QT_TRANSLATE_NOOP("Display", "Use-case paragraph (Bedrock POC)"));
    if (itemId == "eval_methodology")
        return tx(QT_TRANSLATE_NOOP("Display", "Evaluation methodology"));
    return QString::fromStdString(itemId);
}

QString timelineStepName(std::string_view stepId, std::string_view englishFallback) {
    static const std::pair<const char*, const char*> kSteps[] = {
        {"inquiry", QT_TRANSLATE_NOOP("Display", "Submit the inquiry")},
        {"routing", QT_TRANSLATE_NOOP("Display", "Routed to a partner")},
        {"discovery_call", QT_TRANSLATE_NOOP("Display", "Discovery call")},
        {"materials", QT_TRANSLATE_NOOP("Display", "Founder provides materials")},
        {"filing", QT_TRANSLATE_NOOP("Display", "Partner files the ACE records")},
        {"review_portfolio", QT_TRANSLATE_NOOP("Display", "Portfolio review")},
        {"review_build", QT_TRANSLATE_NOOP("Display", "Build review")},
        {"review_bedrock_poc", QT_TRANSLATE_NOOP("Display", "Bedrock POC review")},
        {"balances_land", QT_TRANSLATE_NOOP("Display", "Credit balances land")},
        {"cohort_application", QT_TRANSLATE_NOOP("Display", "Cohort application")},
        {"selection", QT_TRANSLATE_NOOP("Display", "Cohort selection")},
        {"credits_available", QT_TRANSLATE_NOOP("Display", "Credits available")},
        {"assess", QT_TRANSLATE_NOOP("Display", "Assess phase")},
        {"mobilize", QT_TRANSLATE_NOOP("Display", "Mobilize phase")},
        {"migrate", QT_TRANSLATE_NOOP("Display", "Migrate phase")},
        {"contract", QT_TRANSLATE_NOOP("Display", "Reseller contract")},
        {"discount_active", QT_TRANSLATE_NOOP("Display", "Discount active")},
        {"sales_cycle", QT_TRANSLATE_NOOP("Display", "Enterprise sales cycle")},
    };
    for (const auto& [id, text] : kSteps)
        if (stepId == id)
            return tx(text);
    return QString::fromUtf8(englishFallback);
}

QString ruleTitle(const RuleInfo& rule) {
    // The catalogue lupdate reads is generated from the shipped rulebook (rule_titles_catalog
    // .cpp); a title an override rewrote has no translation and shows as written.
    return QCoreApplication::translate("RuleTitle", rule.title.c_str());
}

QString redactAccountId(const QString& accountId) {
    if (accountId.isEmpty())
        return accountId;
    return QString(accountId.size(), QChar(0x2022));
}

} // namespace creditpath::ui
