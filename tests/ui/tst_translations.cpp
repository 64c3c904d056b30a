// Every shipped translation is complete (checked with Linguist's own lrelease and by reading the
// .ts XML), the language menu is what ships, and the application loads them.
#include "evaluation/messages.h"
#include "format/display_text.h"
#include "input/input_messages.h"
#include "rulebook/rulebook.h"
#include "window/languages.h"

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTranslator>
#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui;

namespace {

// Every translation that ships: translations/creditpath_XX.ts.
QStringList shippedTsFiles() {
    const QDir dir(QStringLiteral(CREDITPATH_TS_DIR));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("creditpath_*.ts")}, QDir::Files))
        files << dir.filePath(name);
    return files;
}

QString languageOf(const QString& tsFile) {
    return QFileInfo(tsFile).completeBaseName().section(QLatin1Char('_'), 1);
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
private slots:
    void tsFilesHaveNoUnfinishedEntries_data() {
        QTest::addColumn<QString>("file");
        for (const QString& file : shippedTsFiles())
            QTest::newRow(qPrintable(languageOf(file))) << file;
        QVERIFY(shippedTsFiles().size() >= 2); // English plurals and German at least
    }
    void tsFilesHaveNoUnfinishedEntries() {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&ts));
        const QDomNodeList translations = doc.elementsByTagName(QStringLiteral("translation"));
        // English carries only its plural forms; the others every message.
        QVERIFY(translations.size() > (languageOf(file) == QLatin1String("en") ? 3 : 300));
        for (int i = 0; i < translations.size(); ++i) {
            const QDomElement t = translations.at(i).toElement();
            const QString source =
                t.parentNode().firstChildElement(QStringLiteral("source")).text();
            QVERIFY2(t.attribute(QStringLiteral("type")) != QStringLiteral("unfinished"),
                     qPrintable(source));
            QVERIFY2(!t.text().trimmed().isEmpty() || source.trimmed().isEmpty(),
                     qPrintable(source));
            const QDomNodeList forms = t.elementsByTagName(QStringLiteral("numerusform"));
            for (int f = 0; f < forms.size(); ++f) // every plural form, not just one
                QVERIFY2(!forms.at(f).toElement().text().trimmed().isEmpty(), qPrintable(source));
        }
    }
    void lreleaseReportsNoUnfinishedEntries_data() { tsFilesHaveNoUnfinishedEntries_data(); }
    void lreleaseReportsNoUnfinishedEntries() {
        QFETCH(QString, file);
        QProcess lrelease;
        const QString qm = QDir::temp().filePath(QStringLiteral("creditpath_check.qm"));
        lrelease.start(QStringLiteral(CREDITPATH_LRELEASE), {file, QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(30000));
        QCOMPARE(lrelease.exitCode(), 0);
        const QString out = QString::fromUtf8(lrelease.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("0 unfinished")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("untranslated")), qPrintable(out));
    }
    // The language menu lists what ships: one entry per .ts file, each named in itself.
    void languagesAreDiscoveredFromTheShippedTranslations() {
        QStringList expected;
        for (const QString& file : shippedTsFiles())
            expected << languageOf(file);
        QStringList found;
        for (const InterfaceLanguage& l : shippedLanguages()) {
            found << l.code;
            QVERIFY(!l.nativeName.isEmpty());
        }
        QCOMPARE(found.first(), QStringLiteral("en"));
        std::sort(expected.begin(), expected.end());
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
        QCOMPARE(shippedLanguages().at(1).code, QStringLiteral("de"));
        QCOMPARE(shippedLanguages().at(1).nativeName, QStringLiteral("Deutsch"));
    }
    // English plurals come from the plurals translation, not from the source text.
    void englishPluralsComeFromTheTranslation() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::English, QLocale::UnitedStates),
                                QStringLiteral("creditpath"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        const char* source = "(%n examples per week against a held-out set)";
        QCOMPARE(translator.translate("ReportComposer", source, nullptr, 1),
                 QStringLiteral("(%n example per week against a held-out set)"));
        QCOMPARE(translator.translate("ReportComposer", source, nullptr, 2),
                 QString::fromLatin1(source));
    }
    void applicationLoadsGerman() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("creditpath"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(verdictName(Verdict::Fit), QStringLiteral("Passt"));
        const Reason r = makeReason("PF-1", Severity::Info, "portfolio_value",
                                    {moneyArg("ceiling", Money::fromWhole(100000))});
        QCOMPARE(reasonText(r, QLocale(QLocale::German, QLocale::Germany)),
                 QString::fromUtf8("Activate Portfolio finanziert allgemeine Infrastruktur bis "
                                   "100.000\u00a0$."));
        QCoreApplication::removeTranslator(&translator);
    }
    // Every template of the core's catalog (reasons and derivations) reaches German: the one
    // copy of each template is the one Linguist sees.
    void everyCatalogTemplateIsTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const QString& file : shippedTsFiles())
            if (languageOf(file) != QLatin1String("en"))
                QTest::newRow(qPrintable(languageOf(file))) << languageOf(file);
    }
    // Reasons, derivations and input messages: no template stays English in another language.
    void everyCatalogTemplateIsTranslated() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("creditpath"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        using Catalog = std::vector<std::pair<std::string_view, std::string_view>>;
        const std::pair<const char*, const Catalog*> catalogs[] = {
            {"Reason", &messageCatalog()}, {"Input", &inputMessageCatalog()}};
        for (const auto& [context, catalog] : catalogs)
            for (const auto& [code, english] : *catalog) {
                const QString translated = translator.translate(context, english.data());
                QVERIFY2(!translated.isEmpty(), std::string(code).c_str());
                QVERIFY2(translated != QString::fromUtf8(english.data()),
                         std::string(code).c_str());
            }
    }
    // Every rule title of the shipped rulebook reaches every language through the generated
    // catalogue; only program names (proper nouns) may read the same as in English.
    void everyRuleTitleIsTranslated_data() { everyCatalogTemplateIsTranslated_data(); }
    void everyRuleTitleIsTranslated() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("creditpath"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        const QStringList programNames{"Enterprise Discount Program", "Generative AI Accelerator",
                                       "Migration Acceleration Program",
                                       "Solution Provider Program"};
        for (const RuleInfo& rule : Rulebook::builtIn().rules()) {
            const QString translated = translator.translate("RuleTitle", rule.title.c_str());
            QVERIFY2(!translated.isEmpty(), rule.id.c_str());
            if (!programNames.contains(QString::fromStdString(rule.title)))
                QVERIFY2(translated != QString::fromStdString(rule.title), rule.id.c_str());
        }
    }
    void ruleTitleFollowsTheInterfaceLanguage() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("creditpath"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString german = ruleTitle(*Rulebook::builtIn().rule("PF-1"));
        RuleInfo rewritten = *Rulebook::builtIn().rule("PF-1");
        rewritten.title = "Portfolio ceiling (partner figure)"; // an override's own words
        const QString asWritten = ruleTitle(rewritten);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(german, QStringLiteral("Obergrenze von Activate Portfolio"));
        QCOMPARE(asWritten, QStringLiteral("Portfolio ceiling (partner figure)"));
    }
    // A derivation in German: amounts in German money style, rule IDs kept.
    void derivationInGerman() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("creditpath"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const Derivation d =
            makeDerivation("expected_value", {"PD-2", "ST-2"}, "derive_expected",
                           {moneyArg("expected", Money::fromWhole(115200)),
                            moneyArg("usable", Money::fromWhole(144000)),
                            termsArg("terms", {moneyTerm("PF-1", Money::fromWhole(100000)),
                                               moneyTerm("BD-3", Money::fromWhole(6000), true)}),
                            percentArg("odds", Rate::parsePercent("80"))});
        const QString text = derivationText(d, QLocale(QLocale::German, QLocale::Germany));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.contains(QString::fromUtf8("PF-1 100.000\u00a0$ − BD-3 6.000\u00a0$")),
                 qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("115.200\u00a0$")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("(PD-2, ST-2)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Expected")));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
