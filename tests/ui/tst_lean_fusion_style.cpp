// Issue 10, cold start: LeanFusionStyle draws what Fusion draws without reading an image file
// for the first frame (every image read loads all of Qt's image plugins).
#include "style/lean_fusion_style.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace creditpath::ui;

namespace {

// Whether an image-format plugin (Qt's own or another) is loaded into this process.
bool anImagePluginIsLoaded() {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains("/imageformats/");
}

QImage drawn(QWidget& widget, QStyle* style) {
    widget.setStyle(style);
    for (QWidget* child : widget.findChildren<QWidget*>())
        child->setStyle(style);
    widget.resize(widget.sizeHint().expandedTo(QSize(260, 140)));
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Per pixel, the largest difference of one colour channel between two pictures of one size.
QList<int> differences(const QImage& a, const QImage& b) {
    QList<int> all;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            all << std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                             std::abs(qBlue(p) - qBlue(q))});
        }
    return all;
}

} // namespace

class LeanFusionStyleTest : public QObject {
    Q_OBJECT
private slots:
    // First: once a test has drawn with Fusion itself, the plugins are loaded for good.
    void aWindowWithMenusAndGroupBoxesReadsNoImage();
    void groupBoxFramesLookLikeFusions_data();
    void groupBoxFramesLookLikeFusions();
    void onlyFusionIsReplaced();
};

void LeanFusionStyleTest::aWindowWithMenusAndGroupBoxesReadsNoImage() {
    auto* style = new LeanFusionStyle;
    QApplication::setStyle(style);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Open"));
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    auto* box = new QGroupBox(QStringLiteral("Company profile"));
    (new QVBoxLayout(box))->addWidget(new QLabel(QStringLiteral("Stage")));
    column->addWidget(box);
    window.setCentralWidget(page);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.grab(); // paints every widget
    QVERIFY(!anImagePluginIsLoaded());

    // The overflow arrow is Fusion's own picture, read when first drawn.
    auto* overflow = window.menuBar()->findChild<QToolButton*>();
    QVERIFY(overflow);
    const QImage arrow = overflow->icon().pixmap(QSize(16, 10)).toImage();
    QVERIFY(anImagePluginIsLoaded());
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(arrow,
             fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, overflow)
                 .pixmap(QSize(16, 10))
                 .toImage());
}

void LeanFusionStyleTest::groupBoxFramesLookLikeFusions_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("checkable");
    QTest::newRow("titled") << QStringLiteral("Company profile") << false;
    QTest::newRow("untitled") << QString() << false;
    QTest::newRow("checkable") << QStringLiteral("BP-3 checklist") << true;
}

void LeanFusionStyleTest::groupBoxFramesLookLikeFusions() {
    QFETCH(QString, title);
    QFETCH(bool, checkable);
    QWidget page;
    auto* box = new QGroupBox(title);
    box->setCheckable(checkable);
    auto* inside = new QVBoxLayout(box);
    for (const char* text : {"Stage", "AI profile", "Annual recurring revenue (USD)", "Profitable"})
        inside->addWidget(new QLabel(QString::fromLatin1(text)));
    (new QVBoxLayout(&page))->addWidget(box);

    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    LeanFusionStyle lean;
    const QImage expected = drawn(page, fusion.get());
    const QImage actual = drawn(page, &lean);
    QCOMPARE(actual.size(), expected.size());
    // Within a level or two everywhere (rounding), but for the two outline pixels on either
    // side of each corner, which Fusion's picture shades a few levels darker than its edges.
    const QList<int> apart = differences(actual, expected);
    const auto beyondRounding =
        std::count_if(apart.begin(), apart.end(), [](int d) { return d > 2; });
    QVERIFY2(beyondRounding <= 4 * 4, qPrintable(QString::number(beyondRounding)));
    QVERIFY2(*std::max_element(apart.begin(), apart.end()) <= 8,
             qPrintable(QString::number(*std::max_element(apart.begin(), apart.end()))));
    // Not trivially: the frame is there (an empty page differs by far more).
    QWidget empty;
    empty.resize(page.size());
    const QList<int> fromEmpty =
        differences(actual, empty.grab().toImage().convertToFormat(QImage::Format_RGB32));
    QVERIFY(*std::max_element(fromEmpty.begin(), fromEmpty.end()) > 20);
}

void LeanFusionStyleTest::onlyFusionIsReplaced() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    QVERIFY(!useLeanFusionIfFusion());
    QVERIFY(!qobject_cast<LeanFusionStyle*>(QApplication::style()));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(useLeanFusionIfFusion());
    QVERIFY(qobject_cast<LeanFusionStyle*>(QApplication::style()));
}

QTEST_MAIN(LeanFusionStyleTest)
#include "tst_lean_fusion_style.moc"
