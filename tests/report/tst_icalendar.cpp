// The reminders calendar: RFC 5545 structure, alarm triggers and dates worked out by hand.
#include "output/icalendar.h"
#include "report_test_data.h"

#include <QtTest>

using namespace creditpath;

namespace {

QStringList unfoldedLines(const std::string& ics) {
    QString text = QString::fromStdString(ics);
    text.replace(QStringLiteral("\r\n "), QString()); // RFC 5545 3.1 unfolding
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList valuesOf(const QStringList& lines, const QString& property) {
    QStringList out;
    for (const QString& l : lines)
        if (l.startsWith(property))
            out << l.mid(l.indexOf(QLatin1Char(':')) + 1);
    return out;
}

} // namespace

class TstICalendar : public QObject {
    Q_OBJECT
    test::Reference ref_ = test::loadReference();

private slots:
    void beginEndBalance() {
        QStringList stack;
        for (const QString& line :
             unfoldedLines(reminderCalendar(ref_.evaluation, ref_.scenario))) {
            if (line.startsWith(QLatin1String("BEGIN:")))
                stack << line.mid(6);
            if (line.startsWith(QLatin1String("END:"))) {
                QVERIFY2(!stack.isEmpty(), qPrintable(line));
                QCOMPARE(stack.takeLast(), line.mid(4));
            }
        }
        QVERIFY(stack.isEmpty());
    }

    void linesAreCrlfAndFoldedAt75Octets() {
        const std::string ics = reminderCalendar(ref_.evaluation, ref_.scenario);
        QVERIFY(ics.ends_with("END:VCALENDAR\r\n"));
        std::size_t start = 0;
        while (start < ics.size()) {
            const std::size_t end = ics.find("\r\n", start);
            QVERIFY(end != std::string::npos);
            QVERIFY2(end - start <= 75, ics.substr(start, end - start).c_str());
            QVERIFY(ics.substr(start, end - start).find('\n') == std::string::npos);
            start = end + 2;
        }
    }

    // Balances land on the stack's last timeline day: 2026-11-26 + 21 = 2026-12-17. Every pool
    // of the reference expires at month 24: 2028-12-17. The POC's 60-day checkpoint:
    // 2026-12-17 + 60 days = 2027-02-15 (14 days to Dec 31, 31 in January, 15 in February).
    void datesWorkedOutByHand() {
        const QStringList lines = unfoldedLines(reminderCalendar(ref_.evaluation, ref_.scenario));
        QCOMPARE(valuesOf(lines, QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList({"20281217", "20281217", "20281217", "20270215"}));
        QCOMPARE(valuesOf(lines, QStringLiteral("DTEND;VALUE=DATE")),
                 QStringList({"20281218", "20281218", "20281218", "20270216"}));
        QCOMPARE(valuesOf(lines, QStringLiteral("DTSTAMP")).value(0),
                 QStringLiteral("20261126T000000Z"));
    }

    void alarmsSixtyAndThirtyDaysBeforeEachExpiry() {
        const QStringList lines = unfoldedLines(reminderCalendar(ref_.evaluation, ref_.scenario));
        QCOMPARE(valuesOf(lines, QStringLiteral("TRIGGER")),
                 QStringList({"-P60D", "-P30D", "-P60D", "-P30D", "-P60D", "-P30D", "PT0S"}));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VALARM")), 7);
        QCOMPARE(lines.count(QStringLiteral("ACTION:DISPLAY")), 7);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 4);
    }

    void uidsAreUniqueAndStable() {
        const std::string once = reminderCalendar(ref_.evaluation, ref_.scenario);
        QCOMPARE(reminderCalendar(ref_.evaluation, ref_.scenario), once);
        const QStringList uids = valuesOf(unfoldedLines(once), QStringLiteral("UID"));
        QCOMPARE(uids.size(), 4);
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 4);
    }

    void incompletePocExpiresAtMonthTwelve() {
        Scenario s = ref_.scenario;
        s.bedrockPoc.pocCompletes = false;
        const Evaluation ev =
            evaluate(s, Rulebook::builtIn(), {*parseIsoDate(test::kReferenceDay)});
        const auto events = reminderEvents(ev, s);
        bool found = false;
        for (const CalendarEvent& e : events)
            if (e.uid.starts_with("bedrock_poc-expiry-")) {
                QCOMPARE(toIsoDate(e.day), std::string("2027-12-17"));
                found = true;
            }
        QVERIFY(found);
    }

    void noPocNoCheckpoint() {
        Scenario s = ref_.scenario;
        s.bedrockPoc.enabled = false;
        const Evaluation ev =
            evaluate(s, Rulebook::builtIn(), {*parseIsoDate(test::kReferenceDay)});
        for (const CalendarEvent& e : reminderEvents(ev, s))
            QVERIFY2(e.uid.find("checkpoint") == std::string::npos, e.uid.c_str());
    }

    void addMonthsClampsToMonthEnd_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "2026-12-17" << 24 << "2028-12-17";
        QTest::newRow("to february") << "2027-01-31" << 1 << "2027-02-28";
        QTest::newRow("leap february") << "2027-01-31" << 13 << "2028-02-29";
        QTest::newRow("year end") << "2026-11-30" << 2 << "2027-01-30";
    }
    void addMonthsClampsToMonthEnd() {
        QFETCH(QString, from);
        QFETCH(int, months);
        QFETCH(QString, expected);
        QCOMPARE(
            QString::fromStdString(toIsoDate(addMonths(*parseIsoDate(from.toStdString()), months))),
            expected);
    }

    void matchesGolden() {
        const std::string golden = readTextFile(
            test::sourcePath("tests/golden/seed-reference.reminders.ics").toStdString());
        QCOMPARE(QString::fromStdString(reminderCalendar(ref_.evaluation, ref_.scenario)),
                 QString::fromStdString(golden));
    }
};

QTEST_APPLESS_MAIN(TstICalendar)
#include "tst_icalendar.moc"
