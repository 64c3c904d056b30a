#include "rulebook_text.h"

#include "display_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace creditpath::ui {
namespace {
// Not named tr(): lupdate must see the QT_TRANSLATE_NOOP("Rulebook", ...) inside each call.
QString tx(const char* text) {
    return QCoreApplication::translate("Rulebook", text);
}
} // namespace

QString unitName(ParameterUnit unit) {
    switch (unit) {
    case ParameterUnit::None:
        return {};
    case ParameterUnit::Usd:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "USD"));
    case ParameterUnit::UsdPerMonth:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "USD per month"));
    case ParameterUnit::UsdPerYear:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "USD per year"));
    case ParameterUnit::Percent:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "percent"));
    case ParameterUnit::Months:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "months"));
    case ParameterUnit::Days:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "days"));
    case ParameterUnit::Minutes:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "founder minutes"));
    }
    return {};
}

QString choiceName(const std::string& value) {
    static const std::pair<const char*, const char*> names[] = {
        {"next_month", QT_TRANSLATE_NOOP("Rulebook", "the next billing month")},
        {"issue_month", QT_TRANSLATE_NOOP("Rulebook", "the billing month they are issued")},
        {"fewest_services_then_oldest",
         QT_TRANSLATE_NOOP("Rulebook", "fewest applicable services, then oldest")},
        {"oldest_then_fewest_services",
         QT_TRANSLATE_NOOP("Rulebook", "oldest, then fewest applicable services")},
        {"migration_cost", QT_TRANSLATE_NOOP("Rulebook", "the migration's cost")},
        {"tagged_post_migration_spend",
         QT_TRANSLATE_NOOP("Rulebook", "tagged post-migration spend")},
    };
    for (const auto& [id, name] : names)
        if (value == id)
            return tx(name);
    return QString::fromStdString(value);
}

QString parameterValueText(const ParameterValue& v, const QLocale& locale) {
    switch (v.spec.kind) {
    case ParameterKind::Money:
        return formatMoney(Money::parse(v.text), locale);
    case ParameterKind::Percent:
        return formatPercent(Rate::parsePercent(v.text), locale);
    case ParameterKind::Integer:
        return locale.toString(QString::fromStdString(v.text).toLongLong());
    case ParameterKind::Flag:
        return v.text == "true" ? tx(QT_TRANSLATE_NOOP("Rulebook", "yes"))
                                : tx(QT_TRANSLATE_NOOP("Rulebook", "no"));
    case ParameterKind::Choice:
        return choiceName(v.text);
    case ParameterKind::DayRange:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "%1–%2"))
            .arg(locale.toString(v.days.min), locale.toString(v.days.max));
    case ParameterKind::TextList:
    case ParameterKind::Categories:
    case ParameterKind::Stages: {
        QStringList items;
        for (const QJsonValue& item :
             QJsonDocument::fromJson(QByteArray::fromStdString(v.json)).array())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    case ParameterKind::MoneyByStage: {
        QStringList items;
        const QJsonObject stages =
            QJsonDocument::fromJson(QByteArray::fromStdString(v.json)).object();
        for (auto it = stages.begin(); it != stages.end(); ++it)
            items << QStringLiteral("%1 %2").arg(
                it.key(), formatMoney(Money::parse(it.value().toString().toStdString()), locale));
        return items.join(QStringLiteral(", "));
    }
    default: {
        // Timelines, spend lines, combinations: their size here, the JSON on hover.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(v.json));
        const int n = doc.isArray() ? int(doc.array().size()) : int(doc.object().size());
        return QCoreApplication::translate("Rulebook", "%n entries", nullptr, n);
    }
    }
}

QString parameterEditText(const ParameterValue& v, const QLocale& locale) {
    switch (v.spec.kind) {
    case ParameterKind::Money:
    case ParameterKind::Percent:
    case ParameterKind::Integer:
        return parameterValueText(v, locale);
    case ParameterKind::DayRange:
        return QStringLiteral("%1-%2").arg(v.days.min).arg(v.days.max);
    default:
        return QString::fromStdString(v.text);
    }
}

QString figureName(const std::string& figure) {
    static const std::pair<const char*, const char*> names[] = {
        {"verdict", QT_TRANSLATE_NOOP("Rulebook", "Verdict")},
        {"value.low", QT_TRANSLATE_NOOP("Rulebook", "Face value, low")},
        {"value.typical", QT_TRANSLATE_NOOP("Rulebook", "Face value, typical")},
        {"value.high", QT_TRANSLATE_NOOP("Rulebook", "Face value, high")},
        {"usable_value.low", QT_TRANSLATE_NOOP("Rulebook", "Usable value, low")},
        {"usable_value.typical", QT_TRANSLATE_NOOP("Rulebook", "Usable value, typical")},
        {"usable_value.high", QT_TRANSLATE_NOOP("Rulebook", "Usable value, high")},
        {"expected_value", QT_TRANSLATE_NOOP("Rulebook", "Expected value")},
        {"approval_odds", QT_TRANSLATE_NOOP("Rulebook", "Approval odds")},
        {"days_to_money", QT_TRANSLATE_NOOP("Rulebook", "Days to money")},
        {"founder_minutes", QT_TRANSLATE_NOOP("Rulebook", "Founder minutes")},
        {"covered_through_month", QT_TRANSLATE_NOOP("Rulebook", "Covered through month")},
        {"total_out_of_pocket", QT_TRANSLATE_NOOP("Rulebook", "Out of pocket")},
        {"total_forfeited", QT_TRANSLATE_NOOP("Rulebook", "Forfeited")},
        {"path", QT_TRANSLATE_NOOP("Rulebook", "Recommended path")},
    };
    for (const auto& [id, name] : names)
        if (figure == id)
            return tx(name);
    return QString::fromStdString(figure);
}

QString diffPathName(const std::string& path) {
    if (const auto id = parsePathId(path))
        return pathShortName(*id);
    return tx(QT_TRANSLATE_NOOP("Rulebook", "Recommendation"));
}

QString diffValueText(const DiffValue& v, const QLocale& locale) {
    switch (v.kind) {
    case DiffValue::Kind::Money:
        return formatMoney(v.money, locale);
    case DiffValue::Kind::Verdict:
        return verdictName(v.verdict);
    case DiffValue::Kind::Integer:
        return locale.toString(v.integer);
    case DiffValue::Kind::Days:
        return tx(QT_TRANSLATE_NOOP("Rulebook", "%1–%2"))
            .arg(locale.toString(v.days.min), locale.toString(v.days.max));
    case DiffValue::Kind::Percent:
        return formatPercent(v.rate, locale);
    case DiffValue::Kind::Path:
        return v.path ? pathShortName(*v.path) : tx(QT_TRANSLATE_NOOP("Rulebook", "none"));
    }
    return {};
}

QString rulebookName(const Evaluation& ev) {
    QString name = QString::fromStdString(ev.rulebookEdition);
    for (const RulebookOverride& o : ev.rulebookOverrides) {
        // The override's own name; never its file path (it may carry a company's name).
        const QString label = o.edition.empty() ? tx(QT_TRANSLATE_NOOP("Rulebook", "overrides"))
                                                : QString::fromStdString(o.edition);
        name += QCoreApplication::translate("Rulebook", " + %1 (%n change(s))", nullptr,
                                            int(o.changed.size()))
                    .arg(label);
    }
    return name;
}

QString creditsStartText(const RulebookParameters& p) {
    return tx(QT_TRANSLATE_NOOP("Rulebook", "Credits count from %1 (BD-1)."))
        .arg(choiceName(p.billing.creditsFrom == CreditsApplyFrom::IssueMonth ? "issue_month"
                                                                              : "next_month"));
}

QString tieBreakText(const RulebookParameters& p) {
    return tx(QT_TRANSLATE_NOOP("Rulebook",
                                "Pools expiring in the same month are used by %1 (BD-2)."))
        .arg(choiceName(p.billing.tieBreak == PoolTieBreak::OldestThenFewestServices
                            ? "oldest_then_fewest_services"
                            : "fewest_services_then_oldest"));
}

} // namespace creditpath::ui
