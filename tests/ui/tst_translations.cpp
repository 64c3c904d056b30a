// The German translation is complete (checked with Linguist's own lrelease and by reading the
// .ts XML) and is what the application loads.
#include "evaluation/messages.h"
#include "format/display_text.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QTranslator>
#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui;

class TstTranslations : public QObject {
    Q_OBJECT
private slots:
    void tsFileHasNoUnfinishedEntries() {
        QFile file(QStringLiteral(CREDITPATH_DE_TS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument ts;
        QVERIFY(ts.setContent(&file));
        const QDomNodeList translations = ts.elementsByTagName(QStringLiteral("translation"));
        QVERIFY(translations.size() > 300);
        for (int i = 0; i < translations.size(); ++i) {
            const QDomElement t = translations.at(i).toElement();
            const QString source =
                t.parentNode().firstChildElement(QStringLiteral("source")).text();
            QVERIFY2(t.attribute(QStringLiteral("type")) != QStringLiteral("unfinished"),
                     qPrintable(source));
            QVERIFY2(!t.text().trimmed().isEmpty() || source.trimmed().isEmpty(),
                     qPrintable(source));
        }
    }
    void lreleaseReportsNoUnfinishedEntries() {
        QProcess lrelease;
        const QString qm = QDir::temp().filePath(QStringLiteral("creditpath_de_check.qm"));
        lrelease.start(QStringLiteral(CREDITPATH_LRELEASE),
                       {QStringLiteral(CREDITPATH_DE_TS), QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(30000));
        QCOMPARE(lrelease.exitCode(), 0);
        const QString out = QString::fromUtf8(lrelease.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("0 unfinished")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("untranslated")), qPrintable(out));
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
    void everyCatalogTemplateIsTranslated() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("creditpath"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        for (const auto& [code, english] : messageCatalog()) {
            const QString german = translator.translate("Reason", english.data());
            QVERIFY2(!german.isEmpty(), std::string(code).c_str());
            QVERIFY2(german != QString::fromUtf8(english.data()), std::string(code).c_str());
        }
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
