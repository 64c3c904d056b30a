// The window's first start fits the screen it opens on: a 1366x768 laptop is filled (status
// bar and chart legend in view), a 1920x1080 screen is used rather than a small window in a
// corner; and at the laptop size nothing of the results table is cut.
#include "window/first_start_geometry.h"

#include <QtTest>

using namespace creditpath::ui;

class TstFirstStart : public QObject {
    Q_OBJECT
private slots:
    void fitsTheScreen_data() {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<bool>("filled");
        // Available areas as desktops report them: a top panel, or a dock at the bottom.
        QTest::newRow("laptop 1366x768") << QRect(0, 27, 1366, 741) << true;
        QTest::newRow("laptop 1440x900") << QRect(0, 0, 1440, 860) << true;
        QTest::newRow("full HD 1920x1080") << QRect(0, 0, 1920, 1040) << false;
        QTest::newRow("second full HD screen") << QRect(1920, 0, 1920, 1080) << false;
        QTest::newRow("4K") << QRect(0, 0, 3840, 2160) << false;
    }
    void fitsTheScreen() {
        QFETCH(QRect, available);
        QFETCH(bool, filled);
        const QRect placed = firstStartGeometry(available);
        QVERIFY(available.contains(placed));
        if (filled) {
            QCOMPARE(placed, available);
            return;
        }
        // Used: at least 85% of each side (or the readable maximum), centred on the screen.
        QVERIFY(placed.width() >= std::min(available.width() * 85 / 100, 2400));
        QVERIFY(placed.height() >= std::min(available.height() * 85 / 100, 1500));
        QVERIFY((placed.center() - available.center()).manhattanLength() <= 2);
    }
    void fullHdIsNotTheOldLaptopWindow() {
        // The old first start was 1280x800 on every screen.
        const QRect placed = firstStartGeometry(QRect(0, 0, 1920, 1080));
        QVERIFY(placed.width() > 1600);
        QVERIFY(placed.height() > 900);
    }
};

QTEST_MAIN(TstFirstStart)
#include "tst_first_start.moc"
