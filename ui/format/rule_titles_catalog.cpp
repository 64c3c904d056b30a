// Generated from core/rulebook/data by cmake/RuleTitles.cmake (update_translations): do not
// edit. Read by lupdate only, never compiled: rule titles are translated in the "RuleTitle"
// context, and a title an override changes is shown as the override writes it.
// clang-format off
#include <QtGlobal>

[[maybe_unused]] static const char* const kRuleTitles[] = {
    QT_TRANSLATE_NOOP("RuleTitle", "Month 1"), // BD-1
    QT_TRANSLATE_NOOP("RuleTitle", "Application order"), // BD-2
    QT_TRANSLATE_NOOP("RuleTitle", "Expiry"), // BD-3
    QT_TRANSLATE_NOOP("RuleTitle", "Reference mix"), // BD-4
    QT_TRANSLATE_NOOP("RuleTitle", "Exact money"), // BD-5
    QT_TRANSLATE_NOOP("RuleTitle", "Never covered by credits"), // BD-6
    QT_TRANSLATE_NOOP("RuleTitle", "Bedrock POC award"), // BP-1
    QT_TRANSLATE_NOOP("RuleTitle", "Bedrock POC earmark"), // BP-2
    QT_TRANSLATE_NOOP("RuleTitle", "POC plan contents"), // BP-3
    QT_TRANSLATE_NOOP("RuleTitle", "Build for Startups ceiling"), // BS-1
    QT_TRANSLATE_NOOP("RuleTitle", "Build spend band and window"), // BS-2
    QT_TRANSLATE_NOOP("RuleTitle", "What Build does not fund"), // BS-3
    QT_TRANSLATE_NOOP("RuleTitle", "Overlap detection"), // BS-4
    QT_TRANSLATE_NOOP("RuleTitle", "Enterprise Discount Program"), // ED-1
    QT_TRANSLATE_NOOP("RuleTitle", "Generative AI Accelerator"), // GA-1
    QT_TRANSLATE_NOOP("RuleTitle", "Accelerator eligibility"), // GA-2
    QT_TRANSLATE_NOOP("RuleTitle", "Migration Acceleration Program"), // MA-1
    QT_TRANSLATE_NOOP("RuleTitle", "MAP fit"), // MA-2
    QT_TRANSLATE_NOOP("RuleTitle", "Discounts on the same footing"), // PD-1
    QT_TRANSLATE_NOOP("RuleTitle", "Ranges and expected values"), // PD-2
    QT_TRANSLATE_NOOP("RuleTitle", "Horizon"), // PD-3
    QT_TRANSLATE_NOOP("RuleTitle", "Recommendation"), // PD-4
    QT_TRANSLATE_NOOP("RuleTitle", "Combining paths"), // PD-5
    QT_TRANSLATE_NOOP("RuleTitle", "Freshness of figures"), // PD-6
    QT_TRANSLATE_NOOP("RuleTitle", "Activate Portfolio ceiling"), // PF-1
    QT_TRANSLATE_NOOP("RuleTitle", "Portfolio spend band"), // PF-2
    QT_TRANSLATE_NOOP("RuleTitle", "Implausible spend for the stage"), // PF-3
    QT_TRANSLATE_NOOP("RuleTitle", "Use case overlapping AWS products"), // PF-4
    QT_TRANSLATE_NOOP("RuleTitle", "Institutional vouch"), // PF-5
    QT_TRANSLATE_NOOP("RuleTitle", "Solution Provider Program"), // SP-1
    QT_TRANSLATE_NOOP("RuleTitle", "SPP fit"), // SP-2
    QT_TRANSLATE_NOOP("RuleTitle", "Distinct use cases"), // ST-1
    QT_TRANSLATE_NOOP("RuleTitle", "Approval odds"), // ST-2
    QT_TRANSLATE_NOOP("RuleTitle", "Founder time"), // ST-3
    QT_TRANSLATE_NOOP("RuleTitle", "Filing timeline"), // TL-1
    QT_TRANSLATE_NOOP("RuleTitle", "Review order"), // TL-2
    QT_TRANSLATE_NOOP("RuleTitle", "Queue speeds"), // TL-3
    QT_TRANSLATE_NOOP("RuleTitle", "Materials checklist"), // TL-4
    QT_TRANSLATE_NOOP("RuleTitle", "Approval odds per application"), // UN-1
    QT_TRANSLATE_NOOP("RuleTitle", "Sensitivity ranges"), // UN-2
};
