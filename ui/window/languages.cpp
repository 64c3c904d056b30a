#include "languages.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace creditpath::ui {
namespace {

InterfaceLanguage describe(const QString& code) {
    QString name = QLocale(code).nativeLanguageName();
    if (code == QLatin1String("en"))
        name = QStringLiteral("English"); // not "American English": the language, not the variant
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "français" in a menu of names
    return {code, name.isEmpty() ? code : name};
}

} // namespace

QList<InterfaceLanguage> shippedLanguages() {
    static const QRegularExpression qmName(QStringLiteral("^creditpath_([a-z]{2,3})\\.qm$"));
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files)
        if (const auto match = qmName.match(file); match.hasMatch())
            if (!codes.contains(match.captured(1)))
                codes << match.captured(1);
    QList<InterfaceLanguage> languages;
    for (const QString& code : codes)
        languages << describe(code);
    return languages;
}

} // namespace creditpath::ui
