#include "verdict_icon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace creditpath::ui {
namespace {

class VerdictIconEngine : public QIconEngine {
public:
    explicit VerdictIconEngine(Verdict verdict) : verdict_(verdict) {}
    QIconEngine* clone() const override { return new VerdictIconEngine(verdict_); }
    QString key() const override { return QStringLiteral("creditpath.verdict"); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2,
                         rect.y() + (rect.height() - side) / 2, side, side);
        const QRectF shape = box.adjusted(side / 16, side / 16, -side / 16, -side / 16);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        QPen mark(Qt::white, side / 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(Qt::NoPen);
        const auto at = [&](qreal x, qreal y) {
            return QPointF(shape.left() + x * shape.width(), shape.top() + y * shape.height());
        };
        switch (verdict_) {
        case Verdict::Fit:
            painter->setBrush(QColor(0x2e, 0x7d, 0x32));
            painter->drawEllipse(shape);
            painter->setPen(mark);
            painter->drawPolyline(QPolygonF{at(0.27, 0.52), at(0.44, 0.69), at(0.74, 0.33)});
            break;
        case Verdict::PoorFit: {
            QPainterPath triangle;
            triangle.moveTo(at(0.5, 0.04));
            triangle.lineTo(at(0.98, 0.92));
            triangle.lineTo(at(0.02, 0.92));
            triangle.closeSubpath();
            painter->setBrush(QColor(0xf9, 0xa8, 0x25));
            painter->drawPath(triangle);
            mark.setColor(Qt::black);
            painter->setPen(mark);
            painter->drawLine(at(0.5, 0.36), at(0.5, 0.60));
            painter->drawPoint(at(0.5, 0.77));
            break;
        }
        case Verdict::NotEligible:
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
            painter->drawEllipse(shape);
            painter->setPen(mark);
            painter->drawLine(at(0.32, 0.32), at(0.68, 0.68));
            painter->drawLine(at(0.68, 0.32), at(0.32, 0.68));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

private:
    Verdict verdict_;
};

} // namespace

QIcon verdictIcon(Verdict verdict) {
    return QIcon(new VerdictIconEngine(verdict));
}

} // namespace creditpath::ui
