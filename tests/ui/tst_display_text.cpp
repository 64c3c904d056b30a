// Formatting and translation tables of ui/format.
#include "evaluation/messages.h"
#include "format/display_text.h"

#include <QtTest>

using namespace creditpath;
using namespace creditpath::ui;

class TstDisplayText : public QObject {
    Q_OBJECT
private slots:
    // The window renders a code from the core's one template: the same English as the core.
    void everyCatalogTemplateRendersLikeTheCore() {
        for (const auto& [code, english] : messageCatalog()) {
            QVERIFY2(reasonTemplate(code), std::string(code).c_str());
            QCOMPARE(reasonTemplate(code), english.data());
        }
        const Derivation d =
            makeDerivation("expected_value", {"PD-2"}, "derive_expected",
                           {moneyArg("expected", Money::fromWhole(115200)),
                            moneyArg("usable", Money::fromWhole(144000)),
                            termsArg("terms", {moneyTerm("PF-1", Money::fromWhole(100000)),
                                               moneyTerm("BD-3", Money::fromWhole(6000), true)}),
                            percentArg("odds", Rate::parsePercent("80"))});
        QCOMPARE(derivationText(d, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QString::fromStdString(d.text()));
    }
    void reasonTextMatchesCoreInEnglish() {
        const Reason r = makeReason("PF-1", Severity::Info, "portfolio_value",
                                    {moneyArg("ceiling", Money::fromWhole(100000))});
        QCOMPARE(reasonText(r, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QString::fromStdString(r.text()));
    }
    void formatMoney_data() {
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "150000.00"
                            << "en_US"
                            << "$150,000.00";
        QTest::newRow("en small") << "5.5"
                                  << "en_US"
                                  << "$5.50";
        QTest::newRow("de") << "1234567.89"
                            << "de_DE" << QString::fromUtf8("1.234.567,89\u00a0$");
    }
    void formatMoney() {
        QFETCH(QString, canonical);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(ui::formatMoney(Money::parse(canonical.toStdString()), QLocale(locale)), expected);
    }
    void formatMoneyCompact_data() {
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hundreds stay whole") << "999.00"
                                             << "en_US"
                                             << "$999";
        QTest::newRow("thousands") << "100000.00"
                                   << "en_US"
                                   << "$100K";
        QTest::newRow("a tenth, truncated") << "17280.00"
                                            << "en_US"
                                            << "$17.2K";
        QTest::newRow("millions") << "1000000.00"
                                  << "en_US"
                                  << "$1M";
        QTest::newRow("a tenth of a million") << "1500000.00"
                                              << "en_US"
                                              << "$1.5M";
        QTest::newRow("de") << "1500000.00"
                            << "de_DE" << QString::fromUtf8("1,5M\u00a0$");
    }
    void formatMoneyCompact() {
        QFETCH(QString, canonical);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(ui::formatMoneyCompact(Money::parse(canonical.toStdString()), QLocale(locale)),
                 expected);
    }
    void redactsEveryDigit() {
        const QString r = redactAccountId(QStringLiteral("123456789012"));
        QCOMPARE(r.size(), 12);
        QVERIFY(!r.contains(QLatin1Char('1')));
    }
};

QTEST_MAIN(TstDisplayText)
#include "tst_display_text.moc"
