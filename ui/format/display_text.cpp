#include "display_text.h"

#include "evaluation/messages.h"
#include "evaluation/timeline.h"

#include <QCoreApplication>
#include <QDate>

namespace creditpath::ui {

// Straight from the canonical text: the amount never passes through floating point.
QString groupedDigits(const std::string& canonical, const QLocale& locale, const QString& minus) {
    QString text = QString::fromStdString(canonical);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, locale.groupSeparator());
    QString out = whole;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return negative ? minus + out : out;
}

namespace {

QString localDigits(const std::string& canonical, const QLocale& locale) {
    return groupedDigits(canonical, locale, locale.negativeSign());
}

// The locale's currency pattern (symbol before or after, with or without a space) for "$".
QString withDollar(const QString& digits, const QLocale& locale) {
    QString pattern = locale.toCurrencyString(qlonglong(7), QStringLiteral("$"));
    return pattern.replace(QLatin1Char('7'), digits);
}

QString styledMoney(const Money& amount, const QLocale& locale, MoneyStyle style) {
    return style == MoneyStyle::Cents ? formatMoney(amount, locale)
                                      : formatMoneyShort(amount, locale);
}

// "PF-1 $100,000 + BS-1 $25,000 − BD-3 $6,000" in the reader's money style.
QString termsText(const std::string& canonical, const QLocale& locale, MoneyStyle style) {
    QString out;
    for (const Term& t : parseTerms(canonical)) {
        if (!out.isEmpty())
            out += t.subtract ? QStringLiteral(" − ") : QStringLiteral(" + ");
        else if (t.subtract)
            out += QStringLiteral("−");
        const bool money = t.amount.find('.') != std::string::npos;
        out += QString::fromStdString(t.rule) + QLatin1Char(' ') +
               (money ? styledMoney(Money::parse(t.amount), locale, style)
                      : locale.toString(QString::fromStdString(t.amount).toLongLong()));
    }
    return out;
}

QString argText(const MessageArg& arg, const QLocale& locale, MoneyStyle style) {
    switch (arg.kind) {
    case MessageArg::Kind::Money:
        return styledMoney(std::get<Money>(arg.typed), locale, style);
    case MessageArg::Kind::Percent:
        return formatPercent(std::get<Rate>(arg.typed), locale);
    case MessageArg::Kind::Integer:
        return locale.toString(std::get<long long>(arg.typed));
    case MessageArg::Kind::Fraction:
        try {
            return formatPercent(Rate::parseFraction(arg.value()), locale);
        } catch (const MoneyError&) {
            return QString::fromStdString(arg.value());
        }
    case MessageArg::Kind::Terms:
        return termsText(arg.value(), locale, style);
    case MessageArg::Kind::Forfeits: {
        QStringList parts;
        for (const Forfeit& f : parseForfeits(arg.value()))
            parts << QCoreApplication::translate("Display", "%1 %2 at month %3")
                         .arg(poolName(f.pool), styledMoney(Money::parse(f.amount), locale, style))
                         .arg(f.month);
        return parts.join(QStringLiteral(", "));
    }
    case MessageArg::Kind::Text:
        break;
    }
    // Enumerations travel as their file names; show them translated where we know them.
    const std::string text = arg.value();
    if (auto stage = parseEnum<Stage>(text))
        return stageName(*stage);
    return QString::fromStdString(text);
}

} // namespace

const char* reasonTemplate(std::string_view code) {
    // The core's catalog holds each template once; its literals are NUL-terminated.
    for (const auto& [c, text] : messageCatalog())
        if (c == code)
            return text.data();
    return nullptr;
}

QString formatMoney(const Money& amount, const QLocale& locale) {
    return withDollar(localDigits(amount.toString(), locale), locale);
}

QString formatMoneyShort(const Money& amount, const QLocale& locale) {
    const Money whole = Money::parse(amount.toWholeString());
    if (whole == amount)
        return withDollar(localDigits(amount.toWholeString(), locale), locale);
    return formatMoney(amount, locale);
}

QString formatMoneyCompact(const Money& amount, const QLocale& locale) {
    // Thousands or millions with at most one decimal, from the canonical text: no doubles.
    const std::string whole = amount.toWholeString();
    const bool negative = !whole.empty() && whole[0] == '-';
    const std::string digits = negative ? whole.substr(1) : whole;
    if (digits.size() < 4)
        return formatMoneyShort(amount, locale);
    const bool millions = digits.size() > 6;
    const std::size_t cut = digits.size() - (millions ? 6 : 3);
    std::string text = digits.substr(0, cut);
    if (const char tenth = digits[cut]; tenth != '0')
        text += std::string(".") + tenth;
    QString shown =
        localDigits(text, locale) + (millions ? QStringLiteral("M") : QStringLiteral("K"));
    if (negative)
        shown = locale.negativeSign() + shown;
    return withDollar(shown, locale);
}

QString formatPercent(const Rate& rate, const QLocale& locale) {
    return localDigits(rate.toPercentString(), locale) + locale.percent();
}

QString formatDate(std::chrono::sys_days day, const QLocale& locale) {
    const QDate date = QDate::fromString(QString::fromStdString(toIsoDate(day)), Qt::ISODate);
    return locale.toString(date, QLocale::ShortFormat);
}

QString pathName(PathId id) {
    switch (id) {
    case PathId::Stack:
        return QCoreApplication::translate("Display", "Stack: Portfolio + Build + Bedrock POC");
    case PathId::PortfolioBuild:
        return QCoreApplication::translate("Display", "Portfolio + Build");
    case PathId::PortfolioOnly:
        return QCoreApplication::translate("Display", "Portfolio only");
    case PathId::GenaiAccelerator:
        return QCoreApplication::translate("Display", "Generative AI Accelerator");
    case PathId::Map:
        return QCoreApplication::translate("Display", "Migration Acceleration (MAP)");
    case PathId::Spp:
        return QCoreApplication::translate("Display", "Solution Provider (SPP)");
    case PathId::Edp:
        return QCoreApplication::translate("Display", "Enterprise Discount (EDP)");
    }
    return {};
}

QString pathShortName(PathId id) {
    switch (id) {
    case PathId::Stack:
        return QCoreApplication::translate("Display", "Stack");
    case PathId::PortfolioBuild:
        return QCoreApplication::translate("Display", "Portfolio + Build");
    case PathId::PortfolioOnly:
        return QCoreApplication::translate("Display", "Portfolio only");
    case PathId::GenaiAccelerator:
        return QCoreApplication::translate("Display", "GenAI Accelerator");
    case PathId::Map:
        return QCoreApplication::translate("Display", "MAP");
    case PathId::Spp:
        return QCoreApplication::translate("Display", "SPP");
    case PathId::Edp:
        return QCoreApplication::translate("Display", "EDP");
    }
    return {};
}

QString verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Fit:
        return QCoreApplication::translate("Display", "Fit");
    case Verdict::PoorFit:
        return QCoreApplication::translate("Display", "Poor fit");
    case Verdict::NotEligible:
        return QCoreApplication::translate("Display", "Not eligible");
    }
    return {};
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Display", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Display", "Warning");
    case Severity::Blocker:
        return QCoreApplication::translate("Display", "Blocker");
    }
    return {};
}

} // namespace creditpath::ui

namespace creditpath::ui {

namespace {

// A message code's template in the UI language with its arguments filled in; the core's
// English sentence when the code or an argument is unknown.
QString renderMessage(std::string_view code, const std::vector<MessageArg>& args,
                      const std::string& english, const QLocale& locale, MoneyStyle style) {
    const char* templ = reasonTemplate(code);
    if (!templ)
        return QString::fromStdString(english);
    QString text = QCoreApplication::translate("Reason", templ);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('{')) {
            out += text[i];
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return QString::fromStdString(english);
        const std::string name = text.mid(i + 1, close - i - 1).toStdString();
        bool found = false;
        for (const auto& arg : args)
            if (arg.name == name) {
                out += argText(arg, locale, style);
                found = true;
                break;
            }
        if (!found)
            return QString::fromStdString(english);
        i = close;
    }
    return out;
}

} // namespace

QString reasonText(const Reason& reason, const QLocale& locale, MoneyStyle style) {
    return renderMessage(reason.code, reason.args, reason.text(), locale, style);
}

QString derivationText(const Derivation& d, const QLocale& locale, MoneyStyle style) {
    const QString sentence = renderMessage(d.code, d.args, {}, locale, style);
    if (sentence.isEmpty())
        return QString::fromStdString(d.text());
    // The rule list is appended by the core's one helper, as in the English text.
    return QString::fromStdString(withRules(sentence.toStdString(), d.rules));
}

QString pathList(const std::vector<PathId>& paths) {
    QStringList names;
    for (PathId id : paths)
        names << pathName(id);
    return names.join(QStringLiteral(", "));
}

} // namespace creditpath::ui
