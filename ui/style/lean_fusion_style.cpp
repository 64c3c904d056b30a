#include "lean_fusion_style.h"

#include <QApplication>
#include <QGroupBox>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

namespace creditpath::ui {
namespace {

// An icon of the style's that is asked for only when something draws or measures it.
class DeferredStandardIcon : public QIconEngine {
public:
    DeferredStandardIcon(const QStyle* style, QStyle::StandardPixmap which)
        : style_(style), which_(which) {}
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    QIconEngine* clone() const override { return new DeferredStandardIcon(*this); }
    QString key() const override { return QStringLiteral("creditpath.deferred"); }

private:
    const QIcon& icon() {
        if (!loaded_ && style_)
            icon_ = style_->standardIcon(which_);
        loaded_ = true;
        return icon_;
    }
    QPointer<const QStyle> style_;
    QStyle::StandardPixmap which_;
    QIcon icon_;
    bool loaded_ = false;
};

// `over` composited onto `under`, as an opaque colour: the frame then takes the raster engine's
// plain rectangle fill.
QColor composited(const QColor& under, const QColor& over) {
    const double a = over.alphaF();
    const auto mix = [a](int below, int above) { return int(above * a + below * (1 - a) + 0.5); };
    return QColor(mix(under.red(), over.red()), mix(under.green(), over.green()),
                  mix(under.blue(), over.blue()));
}

// Fusion's frame begins this far below the title line (qfusionstyle.cpp, groupBoxTopMargin).
constexpr int titleGap = 3;

} // namespace

LeanFusionStyle::LeanFusionStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void LeanFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                    QPainter* painter, const QWidget* widget) const {
    if (element == PE_FrameGroupBox)
        drawGroupBoxFrame(option, painter, widget);
    else
        QProxyStyle::drawPrimitive(element, option, painter, widget);
}

QIcon LeanFusionStyle::standardIcon(StandardPixmap which, const QStyleOption* option,
                                    const QWidget* widget) const {
    if (which == SP_ToolBarHorizontalExtensionButton && !option)
        return QIcon(new DeferredStandardIcon(baseStyle(), which));
    return QProxyStyle::standardIcon(which, option, widget);
}

void LeanFusionStyle::drawGroupBoxFrame(const QStyleOption* option, QPainter* painter,
                                        const QWidget* widget) const {
    // The frame's top as Fusion places it: under the title (or a check box, if taller), or
    // near the top of a box with neither.
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    const bool headed = !box || box->isCheckable() || !box->title().isEmpty();
    const int top = headed ? std::max(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
                                      option->fontMetrics.height()) +
                                 titleGap
                           : titleGap;
    // Fusion's nine-patch leaves its first column and row empty, then draws a 1 px outline
    // (grey at a fifth), a 1 px line inside it (black at 3 %), the inside (black at 1 %), and
    // rounds each corner: its own pixel faint, the one within it half dark.
    const QRect o = option->rect.adjusted(1, top + 1, 0, 0); // the outline's rectangle
    if (o.width() < 4 || o.height() < 4)
        return;
    const QColor window = option->palette.color(QPalette::Window);
    const QColor outline = composited(window, QColor(0x75, 0x75, 0x75, 0x32));
    const QColor corner = composited(window, QColor(0x27, 0x27, 0x27, 0x0d));
    const QColor withinCorner = composited(window, QColor(0x5c, 0x5c, 0x5c, 0x1f));
    const QColor inner = composited(window, QColor(0, 0, 0, 7));
    const QColor inside = composited(window, QColor(0, 0, 0, 3));
    const int l = o.left(), t = o.top(), r = o.right(), b = o.bottom();
    painter->fillRect(QRect(QPoint(l + 2, t + 2), QPoint(r - 2, b - 2)), inside);
    for (const QRect& line : {QRect(QPoint(l + 2, t + 1), QPoint(r - 2, t + 1)),
                              QRect(QPoint(l + 2, b - 1), QPoint(r - 2, b - 1)),
                              QRect(QPoint(l + 1, t + 2), QPoint(l + 1, b - 2)),
                              QRect(QPoint(r - 1, t + 2), QPoint(r - 1, b - 2))})
        painter->fillRect(line, inner);
    for (const QRect& line :
         {QRect(QPoint(l + 1, t), QPoint(r - 1, t)), QRect(QPoint(l + 1, b), QPoint(r - 1, b)),
          QRect(QPoint(l, t + 1), QPoint(l, b - 1)), QRect(QPoint(r, t + 1), QPoint(r, b - 1))})
        painter->fillRect(line, outline);
    for (const QPoint& p : {QPoint(l, t), QPoint(r, t), QPoint(l, b), QPoint(r, b)})
        painter->fillRect(QRect(p, QSize(1, 1)), corner);
    for (const QPoint& p :
         {QPoint(l + 1, t + 1), QPoint(r - 1, t + 1), QPoint(l + 1, b - 1), QPoint(r - 1, b - 1)})
        painter->fillRect(QRect(p, QSize(1, 1)), withinCorner);
}

bool useLeanFusionIfFusion() {
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        return false;
    QApplication::setStyle(new LeanFusionStyle);
    return true;
}

} // namespace creditpath::ui
