// What people type into money and percent fields, read under the separators of real locales
// (QLocale's, as the window passes them): accepted forms, and refusals that never rescale.
#include "input/input_messages.h"
#include "input/typed_number.h"

#include <QLocale>
#include <QTest>

using namespace creditpath;

namespace {
NumberStyle styleOf(const QString& localeName) {
    const QLocale locale(localeName);
    return {locale.decimalPoint().toStdString(), locale.groupSeparator().toStdString()};
}
} // namespace

class TestTypedInput : public QObject {
    Q_OBJECT
private slots:
    // The separators this table relies on are the ones Qt's locale data gives.
    void localesHaveTheSeparatorsTheTableAssumes() {
        QCOMPARE(styleOf("en_US").decimal, ".");
        QCOMPARE(styleOf("en_US").group, ",");
        QCOMPARE(styleOf("de_DE").decimal, ",");
        QCOMPARE(styleOf("de_DE").group, ".");
        QCOMPARE(styleOf("fr_FR").decimal, ",");
        QCOMPARE(styleOf("fr_FR").group, "\u202f"); // narrow no-break space
        QCOMPARE(styleOf("ja_JP").decimal, ".");
        QCOMPARE(styleOf("ja_JP").group, ",");
    }

    void readsMoney_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");  // empty when refused
        QTest::addColumn<QString>("problem");    // empty when read
        QTest::addColumn<QString>("suggestion"); // for typed_ambiguous
        const auto ok = [](const char* name, const char* locale, const QString& typed,
                           const char* canonical) {
            QTest::newRow(name) << locale << typed << canonical << ""
                                << "";
        };
        const auto no = [](const char* name, const char* locale, const QString& typed,
                           const char* problem, const char* suggestion = "") {
            QTest::newRow(name) << locale << typed << "" << problem << suggestion;
        };
        // en_US: the forms of the issue.
        ok("us dollar groups", "en_US", "$2,000,000", "2000000");
        ok("us groups", "en_US", "2,000,000", "2000000");
        ok("us 2M", "en_US", "2M", "2000000");
        ok("us 2.5k", "en_US", "2.5k", "2500");
        ok("us 2.555k", "en_US", "2.555k", "2555");
        ok("us 1.5m cents", "en_US", "1.23456M", "1234560");
        ok("us $1,300", "en_US", "$1,300", "1300");
        ok("us 1300 USD", "en_US", "1300 USD", "1300");
        ok("us USD prefix", "en_US", "USD 1,300.50", "1300.50");
        ok("us US$", "en_US", "US$99", "99");
        ok("us plain", "en_US", "1050.50", "1050.50");
        ok("us blanks around", "en_US", "  1,050.5 ", "1050.5");
        ok("us cents only", "en_US", ".75", "0.75");
        ok("us negative", "en_US", "-$5", "-5");
        ok("us unicode minus", "en_US", "\u22125.25", "-5.25");
        ok("us zeros", "en_US", "0.00", "0.00");
        no("us trailing zero decimals", "en_US", "12.500", "typed_ambiguous", "12500");
        no("us misplaced group", "en_US", "1,00,000", "typed_grouping");
        no("us one-digit group", "en_US", "20,0", "typed_ambiguous", "20.0");
        no("us german style", "en_US", "1.200,50", "typed_ambiguous", "1200.50");
        no("us three decimals", "en_US", "1.234", "typed_ambiguous", "1234");
        no("us sub-cent", "en_US", "0.125", "typed_too_many_decimals");
        no("us euro", "en_US", "\u20ac1,000", "typed_not_usd");
        no("us EUR", "en_US", "1000 EUR", "typed_not_usd");
        no("us words", "en_US", "about 5", "typed_not_a_number");
        no("us two points", "en_US", "1.2.3", "typed_not_a_number");
        no("us percent in money", "en_US", "5%", "typed_not_a_number");
        no("us exponent", "en_US", "1e3", "typed_not_a_number");
        no("us inner space", "en_US", "1 000", "typed_not_a_number");
        no("us sign only", "en_US", "-$", "typed_not_a_number");
        no("us point only", "en_US", "5.", "typed_not_a_number");
        // de_DE: the bug. "1050.50" is refused with the suggestion, never 105050.00.
        ok("de group", "de_DE", "1.200", "1200");
        ok("de group decimals", "de_DE", "1.200,50", "1200.50");
        ok("de dollar after", "de_DE", "1.200 $", "1200");
        ok("de decimal", "de_DE", "1050,50", "1050.50");
        ok("de 2,5k", "de_DE", "2,5k", "2500");
        ok("de millions", "de_DE", "2.000.000 USD", "2000000");
        no("de 1050.50 never rescaled", "de_DE", "1050.50", "typed_ambiguous", "1050.50");
        no("de english groups", "de_DE", "1,200.50", "typed_ambiguous", "1200.50");
        no("de 2.5k", "de_DE", "2.5k", "typed_ambiguous", "2500");
        no("de three decimals", "de_DE", "1,234", "typed_ambiguous", "1234");
        no("de broken groups", "de_DE", "1.200.50", "typed_grouping");
        // fr_FR: narrow no-break space groups, and the plain space people type for them.
        ok("fr narrow nbsp", "fr_FR", "1\u202f200,50", "1200.50");
        ok("fr nbsp", "fr_FR", "1\u00a0200,50", "1200.50");
        ok("fr space", "fr_FR", "1 200,50 $", "1200.50");
        ok("fr millions", "fr_FR", "2 000 000", "2000000");
        no("fr point decimal", "fr_FR", "1200.50", "typed_ambiguous", "1200.50");
        no("fr misplaced space", "fr_FR", "12 00", "typed_grouping");
        // ja_JP: the en_US separators; yen is not dollars.
        ok("ja groups", "ja_JP", "1,200", "1200");
        ok("ja decimals", "ja_JP", "$1,200.5", "1200.5");
        no("ja yen sign", "ja_JP", "\u00a51,200", "typed_not_usd");
        no("ja yen word", "ja_JP", "1200\u5186", "typed_not_usd");
        no("ja comma decimal", "ja_JP", "1200,5", "typed_ambiguous", "1200.5");
    }
    void readsMoney() {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        QFETCH(QString, problem);
        QFETCH(QString, suggestion);
        const TypedNumber t =
            readTypedNumber(typed.toStdString(), TypedKind::Money, styleOf(locale));
        QCOMPARE(QString::fromStdString(t.problem), problem);
        QCOMPARE(QString::fromStdString(t.canonical), canonical);
        QCOMPARE(QString::fromStdString(t.suggestion), suggestion);
        QVERIFY(!t.blank);
    }

    void readsPercent_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("problem");
        QTest::newRow("2%") << "en_US"
                            << "2%"
                            << "2"
                            << "";
        QTest::newRow("2 %") << "en_US"
                             << "2 %"
                             << "2"
                             << "";
        QTest::newRow("plain") << "en_US"
                               << "2.5"
                               << "2.5"
                               << "";
        QTest::newRow("negative") << "en_US"
                                  << "-1.25 %"
                                  << "-1.25"
                                  << "";
        QTest::newRow("de comma") << "de_DE"
                                  << "2,5 %"
                                  << "2.5"
                                  << "";
        QTest::newRow("fr nbsp percent") << "fr_FR"
                                         << "2,5\u00a0%"
                                         << "2.5"
                                         << "";
        QTest::newRow("four places") << "en_US"
                                     << "0.1234%"
                                     << "0.1234"
                                     << "";
        QTest::newRow("five places") << "en_US"
                                     << "0.12345"
                                     << ""
                                     << "typed_percent_too_many_decimals";
        QTest::newRow("de point") << "de_DE"
                                  << "2.5%"
                                  << ""
                                  << "typed_ambiguous";
        QTest::newRow("dollar") << "en_US"
                                << "$2"
                                << ""
                                << "typed_not_a_percentage";
        QTest::newRow("k is money only") << "en_US"
                                         << "2k"
                                         << ""
                                         << "typed_not_a_percentage";
    }
    void readsPercent() {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        QFETCH(QString, problem);
        const TypedNumber t =
            readTypedNumber(typed.toStdString(), TypedKind::Percent, styleOf(locale));
        QCOMPARE(QString::fromStdString(t.problem), problem);
        QCOMPARE(QString::fromStdString(t.canonical), canonical);
    }

    void blankIsNotAProblem() {
        const TypedNumber t = readTypedNumber(" \u00a0 ", TypedKind::Money, styleOf("fr_FR"));
        QVERIFY(t.blank);
        QVERIFY(t.ok());
        QVERIFY(t.canonical.empty());
    }

    void overlongTextIsRefused() {
        const std::string typed(5000, '1');
        QCOMPARE(readTypedNumber(typed, TypedKind::Money, styleOf("en_US")).problem,
                 "typed_not_a_number");
    }

    // Every code the reader can return has a template, and templates fill their arguments.
    void everyCodeHasATemplate() {
        for (const char* code :
             {"typed_not_a_number", "typed_not_a_percentage", "typed_grouping", "typed_ambiguous",
              "typed_too_many_decimals", "typed_percent_too_many_decimals", "typed_not_usd"})
            QVERIFY2(inputMessageTemplate(code), code);
        QCOMPARE(renderInputMessage("amount_non_negative", {{"got", "\"-5\""}}),
                 "must be a non-negative amount, got \"-5\"");
        QCOMPARE(renderInputMessage("typed_ambiguous",
                                    {{"got", "\"1050.50\""}, {"suggestion", "1.050,50"}}),
                 "\"1050.50\" can be read more than one way; did you mean 1.050,50? Type it that "
                 "way to use it");
        QVERIFY_THROWS_EXCEPTION(std::logic_error, renderInputMessage("typed_grouping", {}));
    }
};

QTEST_APPLESS_MAIN(TestTypedInput)
#include "tst_typed_input.moc"
