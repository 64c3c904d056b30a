#include "results_model.h"

#include "format/display_text.h"
#include "verdict_icon.h"

#include <QBrush>
#include <QFont>

namespace creditpath::ui {
namespace {

int verdictIndex(Verdict verdict) {
    switch (verdict) {
    case Verdict::Fit:
        return 0;
    case Verdict::PoorFit:
        return 1;
    case Verdict::NotEligible:
        break;
    }
    return 2;
}

QString dayRange(const DayRange& days) {
    return days.min == days.max ? QString::number(days.min)
                                : QStringLiteral("%1–%2").arg(days.min).arg(days.max);
}

} // namespace

QColor verdictColor(Verdict verdict) {
    switch (verdict) {
    case Verdict::Fit:
        return QColor(0xc8, 0xe6, 0xc9);
    case Verdict::PoorFit:
        return QColor(0xff, 0xec, 0xb3);
    case Verdict::NotEligible:
        return QColor(0xff, 0xcd, 0xd2);
    }
    return {};
}

QColor severityColor(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QColor(0xe3, 0xf2, 0xfd);
    case Severity::Warning:
        return QColor(0xff, 0xec, 0xb3);
    case Severity::Blocker:
        return QColor(0xff, 0xcd, 0xd2);
    }
    return {};
}

ResultsModel::ResultsModel(QLocale locale, QObject* parent)
    : QAbstractTableModel(parent),
      locale_(std::move(locale)), verdictIcons_{verdictIcon(Verdict::Fit),
                                                verdictIcon(Verdict::PoorFit),
                                                verdictIcon(Verdict::NotEligible)} {}

void ResultsModel::setEvaluation(const Evaluation& evaluation) {
    const bool sameRows = paths_.size() == evaluation.paths.size();
    if (!sameRows)
        beginResetModel();
    paths_ = evaluation.paths;
    recommended_ = evaluation.recommendation.path;
    needsSpend_ = evaluation.needsSpend;
    if (!sameRows)
        endResetModel();
    else if (!paths_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsModel::setCompact(bool compact) {
    if (compact == compact_)
        return;
    compact_ = compact;
    if (!paths_.empty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

QString ResultsModel::valueText(int row, bool compact) const {
    if (row < 0 || std::size_t(row) >= paths_.size())
        return {};
    const ValueRange& v = paths_[std::size_t(row)].value;
    const auto money = compact ? formatMoneyCompact : formatMoneyShort;
    return QStringLiteral("%1 – %2 – %3")
        .arg(money(v.low, locale_), money(v.typical, locale_), money(v.high, locale_));
}

PathId ResultsModel::pathAt(int row) const {
    return row >= 0 && std::size_t(row) < paths_.size() ? paths_[std::size_t(row)].id
                                                        : PathId::Stack;
}

int ResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(paths_.size());
}
int ResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && (role == Qt::ToolTipRole || role == Qt::WhatsThisRole))
        return headerExplanation(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case VerdictColumn:
        return tr("Verdict");
    case ValueColumn:
        // Two lines, so the header is no wider than "$100K – $150K – $175K" and the table
        // fits a 1366-pixel laptop in screen-share mode without scrolling sideways.
        return tr("Face value\nlow – typical – high");
    case UsableColumn:
        return tr("Usable");
    case ExpectedColumn:
        return tr("Expected");
    case DaysColumn:
        return tr("Days");
    case MinutesColumn:
        return tr("Founder\nminutes");
    }
    return {};
}

// The trade's terms in plain words, with the rules they come from.
QString ResultsModel::headerExplanation(int section) {
    switch (section) {
    case ValueColumn:
        return tr("Face value: the credits applied for, at the low, typical and high award "
                  "(PF-1, BS-1, BP-1); for SPP and EDP, the saving over the horizon (SP-1, ED-1).");
    case UsableColumn:
        return tr("Usable value: what the projected bill absorbs of the credits before each "
                  "pool expires; the rest is forfeited (BD-3).");
    case ExpectedColumn:
        return tr("Expected value: the approval odds times the usable typical value, so a likely "
                  "smaller award can beat an unlikely larger one (PD-2, ST-2).");
    case DaysColumn:
        return tr("Days from the first inquiry until the money is there (TL-1, TL-2, TL-3).");
    case MinutesColumn:
        return tr("Founder time the application takes (ST-3).");
    }
    return {};
}

QString ResultsModel::derivation(const PathResult& p, int column) const {
    const char* figure = nullptr;
    switch (column) {
    case ValueColumn:
        figure = "value";
        break;
    case UsableColumn:
        figure = "usable_value";
        break;
    case ExpectedColumn:
        figure = "expected_value";
        break;
    case DaysColumn:
        figure = "days_to_money";
        break;
    case MinutesColumn:
        figure = "founder_minutes";
        break;
    default:
        return {};
    }
    // The table's figures are the path's own: none of them reads its burn-down.
    const auto d = derivationOf(p, nullptr, figure);
    return d ? derivationText(*d, locale_) : QString();
}

QString ResultsModel::verdictWhy(const PathResult& p) const {
    const Reason* worst = p.verdictReason();
    if (!worst)
        return tr("Fit: no eligibility, fit or timing rule warns against this path.");
    return tr("%1 because of %2: %3")
        .arg(verdictName(p.verdict), QString::fromStdString(worst->rule),
             reasonText(*worst, locale_));
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= paths_.size())
        return {};
    const PathResult& p = paths_[std::size_t(index.row())];
    const bool recommended = recommended_ && *recommended_ == p.id;
    // Before any spend is entered nothing is judged: no verdict colours, no usable value.
    const bool blank =
        needsSpend_ && (index.column() == VerdictColumn || index.column() == UsableColumn ||
                        index.column() == ExpectedColumn);
    if (role == DerivationRole)
        return derivation(p, index.column());
    if (blank && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return role == Qt::DisplayRole ? QStringLiteral("—")
                                       : tr("Enter your projected monthly spend on the Spend "
                                            "tab to judge this path.");
    if (blank && (role == Qt::DecorationRole || role == Qt::BackgroundRole))
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PathColumn:
            return recommended ? QStringLiteral("★ ") + pathShortName(p.id) : pathShortName(p.id);
        case VerdictColumn:
            return verdictName(p.verdict);
        case UsableColumn:
            return formatMoneyShort(p.usableValue.typical, locale_);
        case ValueColumn:
            return valueText(index.row(), compact_);
        case ExpectedColumn:
            return formatMoneyShort(p.expectedValue, locale_);
        case DaysColumn:
            return dayRange(p.daysToMoney);
        case MinutesColumn:
            return locale_.toString(p.founderMinutes);
        }
    }
    if (role == Qt::DecorationRole && index.column() == VerdictColumn)
        return verdictIcons_[verdictIndex(p.verdict)];
    if (role == Qt::BackgroundRole && index.column() == VerdictColumn)
        return QBrush(verdictColor(p.verdict));
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return QBrush(Qt::black);
    if (role == Qt::FontRole && recommended) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == UsableColumn &&
        !p.forfeited.typical.isZero())
        return QBrush(QColor(0xb7, 0x1c, 0x1c)); // money lost to expiry (BD-3)
    if (role == Qt::TextAlignmentRole && index.column() >= ValueColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PathColumn)
        return recommended
                   ? pathName(p.id) + QLatin1Char('\n') + tr("Recommended for the stated objective")
                   : pathName(p.id);
    if (role == Qt::ToolTipRole && index.column() == VerdictColumn)
        return verdictWhy(p);
    if (role == Qt::ToolTipRole)
        return derivation(p, index.column());
    return {};
}

ReasonsModel::ReasonsModel(const Rulebook& rulebook, QLocale locale, QObject* parent)
    : QAbstractTableModel(parent), rulebook_(rulebook), locale_(std::move(locale)) {}

void ReasonsModel::setReasons(std::vector<Reason> reasons) {
    beginResetModel();
    reasons_ = std::move(reasons);
    endResetModel();
}

int ReasonsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(reasons_.size());
}
int ReasonsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case SeverityColumn:
        return tr("Severity");
    case TextColumn:
        return tr("Reason");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QVariant ReasonsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= reasons_.size())
        return {};
    const Reason& r = reasons_[std::size_t(index.row())];
    const RuleInfo* rule = rulebook_.rule(r.rule);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RuleColumn:
            return QString::fromStdString(r.rule);
        case SeverityColumn:
            return severityName(r.severity);
        case TextColumn:
            // The source column hides on narrow screens: the tooltip still cites it.
            if (role == Qt::ToolTipRole && rule)
                return reasonText(r, locale_) + QStringLiteral("\n\n") + ruleTitle(*rule) +
                       QStringLiteral(": ") + QString::fromStdString(rule->source);
            return reasonText(r, locale_);
        case SourceColumn:
            if (!rule)
                return QString();
            return role == Qt::ToolTipRole
                       ? ruleTitle(*rule) + QStringLiteral(": ") +
                             QString::fromStdString(rule->source + " (" + rule->verified + ")")
                       : QString::fromStdString(rule->source);
        }
    }
    if (role == Qt::BackgroundRole && index.column() == SeverityColumn)
        return QBrush(severityColor(r.severity));
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn)
        return QBrush(Qt::black);
    return {};
}

} // namespace creditpath::ui
