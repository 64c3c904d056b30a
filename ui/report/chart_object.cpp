#include "chart_object.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace creditpath::ui::report {
namespace {

constexpr int kChartObjectType = QTextFormat::UserObject + 17;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartAspect = QTextFormat::UserProperty + 2;

qreal availableWidth(const QTextDocument* doc) {
    const qreal page = doc->pageSize().width();
    const qreal width = page > 0 ? page : doc->textWidth();
    return width - 2 * doc->documentMargin() - 2; // a hair narrower than the frame
}

} // namespace

ChartObjects::ChartObjects(QTextDocument* document) : QObject(document) {}
ChartObjects::~ChartObjects() = default;

ChartObjects* ChartObjects::attach(QTextDocument* document) {
    return new ChartObjects(document);
}

void ChartObjects::registerHandler() {
    auto* document = static_cast<QTextDocument*>(parent());
    document->documentLayout()->registerHandler(kChartObjectType, this);
}

void ChartObjects::insert(QTextCursor& cursor, QChart* chart, qreal aspect) {
    auto scene = std::make_unique<QGraphicsScene>();
    chart->setAnimationOptions(QChart::NoAnimation);
    scene->addItem(chart); // the scene owns the chart from here on
    QTextCharFormat format;
    format.setObjectType(kChartObjectType);
    format.setProperty(kChartIndex, int(charts_.size()));
    format.setProperty(kChartAspect, aspect);
    charts_.push_back({std::move(scene), chart});
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartObjects::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) {
    const qreal width = availableWidth(doc);
    return {width, width * format.doubleProperty(kChartAspect)};
}

void ChartObjects::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                              const QTextFormat& format) {
    const int index = format.intProperty(kChartIndex);
    if (index < 0 || index >= int(charts_.size()))
        return;
    // A chart pushed to the next page is still asked to draw while the page before is painted;
    // the scene's own clipping lets a sliver of it through below that page's footer.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    QGraphicsScene* scene = charts_[std::size_t(index)].scene.get();
    QChart* chart = charts_[std::size_t(index)].chart;
    // Lay the chart out a little larger than its printed size in 96-dpi units (fonts print at
    // 1/kZoom of their point size), so legends and axis labels have room and are not elided.
    constexpr qreal kZoom = 1.3;
    const qreal dpi = painter->device() ? painter->device()->logicalDpiX() : 96;
    const QSizeF logical = rect.size() * (96.0 * kZoom / dpi);
    if (chart->size() != logical) {
        chart->resize(logical);
        chart->layout()->activate();
    }
    scene->setSceneRect(QRectF(QPointF(0, 0), logical));
    scene->render(painter, rect, scene->sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace creditpath::ui::report
