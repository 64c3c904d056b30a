#pragma once
// Fusion as Qt draws it, less the two image files it would read for the first frame (issue 10:
// cold start). Reading any image makes Qt load every image plugin to ask whether it wants the
// file (SVG with QtSvg, JPEG with libjpeg, GIF, ICO): 3.8 M instructions, more than any one
// pane's widgets cost.
// - The group box's frame, a nine-patch PNG in Fusion, is painted from its colours: the same
//   outline, inner line and corners, in opaque fills. Half-transparent lines taller than a few
//   dozen pixels are what Qt's raster engine hands to its thread pool, each a round trip of
//   two threads for a few hundred pixels.
// - The menu bar's overflow arrow, an icon made with the menu bar but shown only when its
//   menus do not fit, is read from Fusion when it is first drawn.
// Another style (a desktop's own, `-style`, QT_STYLE_OVERRIDE) is left as it is.
#include <QProxyStyle>

namespace creditpath::ui {

class LeanFusionStyle : public QProxyStyle {
    Q_OBJECT
public:
    LeanFusionStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap which, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

private:
    void drawGroupBoxFrame(const QStyleOption* option, QPainter* painter,
                           const QWidget* widget) const;
};

// Before any widget exists: replaces the application's style with LeanFusionStyle when that
// style is Fusion. Returns whether it did.
bool useLeanFusionIfFusion();

} // namespace creditpath::ui
