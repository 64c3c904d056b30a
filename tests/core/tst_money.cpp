// Money and Rate: exact parsing, the single half-up rounding rule, overflow as an error.
#include "money/money.h"

#include <QTest>

using namespace creditpath;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void parsesCanonicalText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("integer") << "1050"
                                 << "1050.00";
        QTest::newRow("one digit") << "1050.5"
                                   << "1050.50";
        QTest::newRow("two digits") << "6260.00"
                                    << "6260.00";
        QTest::newRow("negative") << "-3.25"
                                  << "-3.25";
        QTest::newRow("zero") << "0"
                              << "0.00";
        QTest::newRow("cents only") << "0.07"
                                    << "0.07";
        QTest::newRow("large") << "123456789012345678.99"
                               << "123456789012345678.99";
    }
    void parsesCanonicalText() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(QString::fromStdString(Money::parse(text.toStdString()).toString()), canonical);
    }

    void rejectsMalformedText_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "-", "1.", ".5", "1.234", "1e3", "1,000", " 12", "12 ", "+5", "0x10", "12.3.4",
              "NaN", "1234567890123456789012345678901234567890"})
            QTest::newRow(bad) << QString(bad);
    }
    void rejectsMalformedText() {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(MoneyError, Money::parse(text.toStdString()));
    }

    // The one rounding rule: half-up (away from zero on ties), to the cent.
    void roundsHalfUpOnce_data() {
        QTest::addColumn<qlonglong>("numerator");
        QTest::addColumn<qlonglong>("denominator");
        QTest::addColumn<QString>("expected");
        // numerator/denominator in cents: 25/2 = 12.5 cents = $0.125
        QTest::newRow("tie up 0.125") << 25LL << 2LL << "0.13"; // Boost would print 0.12
        QTest::newRow("tie up 0.135") << 27LL << 2LL << "0.14";
        QTest::newRow("below tie") << 2499LL << 200LL << "0.12";
        QTest::newRow("negative tie") << -25LL << 2LL << "-0.13";
        QTest::newRow("thirds") << 10000LL << 3LL << "33.33";
        QTest::newRow("two thirds") << 20000LL << 3LL << "66.67";
    }
    void roundsHalfUpOnce() {
        QFETCH(qlonglong, numerator);
        QFETCH(qlonglong, denominator);
        QFETCH(QString, expected);
        const Money m = Money::fromFraction(BigInt(numerator), BigInt(denominator));
        QCOMPARE(QString::fromStdString(m.toString()), expected);
    }

    void multipliesByRateWithOneRounding() {
        QCOMPARE(Money::parse("150000") * Rate::parsePercent("80"), Money::parse("120000"));
        QCOMPARE(Money::parse("0.05") * Rate::parsePercent("50"),
                 Money::parse("0.03")); // 2.5 cents
        QCOMPARE(Money::parse("225360") * Rate::parsePercent("10"), Money::parse("22536"));
        QCOMPARE(Money::parse("1000.01") * Rate::parsePercent("2.5"), Money::parse("25.00"));
    }

    void overflowIsAnError() {
        const Money big = Money::parse("100000000000000000000000000000"); // 1e29 dollars
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, big * 1'000'000'000'000LL);
        const Money huge = big * 1'000'000LL; // 1e37 cents still fits in 128 bits
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, huge + huge * 100LL);
        QVERIFY_THROWS_EXCEPTION(MoneyError, Money::parse("1000000000000000000000000000000000"));
    }

    void ratesParseAndPrint() {
        QCOMPARE(Rate::parsePercent("2.5").partsPerMillion(), 25'000);
        QCOMPARE(Rate::parsePercent("80").partsPerMillion(), 800'000);
        QCOMPARE(QString::fromStdString(Rate::parsePercent("2.50").toPercentString()),
                 QString("2.5"));
        QCOMPARE(QString::fromStdString(Rate::parseFraction("0.125").toFractionString(2)),
                 QString("0.13"));
        QVERIFY_THROWS_EXCEPTION(MoneyError, Rate::parsePercent("2.55555"));
        QVERIFY_THROWS_EXCEPTION(MoneyError, Rate::parsePercent("5000000"));
    }

    void comparesAndAccumulates() {
        Money total;
        for (int i = 0; i < 24; ++i)
            total += Money::parse("6260");
        QCOMPARE(total, Money::parse("150240"));
        QVERIFY(Money::parse("0.01") > Money());
        QCOMPARE(min(Money::parse("5"), Money::parse("3")), Money::parse("3"));
        QCOMPARE(Money::parse("100").dividedBy(3), Money::parse("33.33"));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
