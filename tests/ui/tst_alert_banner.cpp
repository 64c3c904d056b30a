// A long warning banner collapses to one line with "show all", so the reasons below keep
// their room; one short warning shows whole; every warning is in the tooltip.
#include "results/alert_banner.h"

#include <QtTest>

using namespace creditpath::ui;

namespace {

QStringList warnings(int count, int words) {
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list << QStringLiteral("Warning RULE-%1 %2")
                    .arg(i)
                    .arg(QStringLiteral("lost ").repeated(words));
    return list;
}

} // namespace

class TstAlertBanner : public QObject {
    Q_OBJECT
    QWidget host_;
    AlertBanner* banner_ = nullptr;

    // Less than two lines of text, with the banner's padding and border (6 + 2 px a side).
    int oneLine() const { return banner_->fontMetrics().lineSpacing() * 2 + 16; }
    int shownHeight() const { return banner_->heightForWidth(banner_->width()); }

private slots:
    void init() {
        banner_ = new AlertBanner(&host_);
        banner_->resize(600, 40);
        host_.show();
    }
    void cleanup() { delete banner_; }

    void oneShortWarningShowsWhole() {
        const QStringList one = warnings(1, 2);
        banner_->setAlerts(one, one);
        QVERIFY(!banner_->isHidden());
        QVERIFY(banner_->text().contains(QStringLiteral("RULE-1 lost lost")));
        QVERIFY(!banner_->text().contains(QStringLiteral("show all")));
    }

    void severalWarningsCollapseToOneLine() {
        const QStringList three = warnings(3, 30);
        banner_->setAlerts(three, three);
        QVERIFY(!banner_->isExpanded());
        QVERIFY(!banner_->wordWrap());
        QVERIFY(banner_->text().contains(QStringLiteral("RULE-1")));
        QVERIFY(!banner_->text().contains(QStringLiteral("RULE-2")));
        QVERIFY(banner_->text().contains(QStringLiteral("show all 3 warnings")));
        QVERIFY(banner_->sizeHint().height() <= oneLine());
        for (const QString& w : three)
            QVERIFY(banner_->toolTip().contains(w));
    }

    void showAllOpensAndShowLessCloses() {
        const QStringList three = warnings(3, 30);
        banner_->setAlerts(three, three);
        emit banner_->linkActivated(QStringLiteral("all"));
        QVERIFY(banner_->isExpanded());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(banner_->text().contains(QStringLiteral("RULE-%1").arg(i)));
        QVERIFY(shownHeight() > oneLine());
        QVERIFY(banner_->text().contains(QStringLiteral("show less")));
        emit banner_->linkActivated(QStringLiteral("less"));
        QVERIFY(!banner_->isExpanded());
        QVERIFY(!banner_->text().contains(QStringLiteral("RULE-2")));
    }

    void oneLongWarningCollapsesToo() {
        const QStringList one = warnings(1, 60);
        banner_->setAlerts(one, one);
        QVERIFY(banner_->text().contains(QStringLiteral("show all")));
        QVERIFY(banner_->text().contains(QStringLiteral("…")));
    }

    void noWarningHidesTheBanner() {
        banner_->setAlerts({}, {});
        QVERIFY(banner_->isHidden());
    }
};

QTEST_MAIN(TstAlertBanner)
#include "tst_alert_banner.moc"
