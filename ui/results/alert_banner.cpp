#include "alert_banner.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPalette>

namespace creditpath::ui {
namespace {

const QString kShowAll = QStringLiteral("all");
const QString kShowLess = QStringLiteral("less");
const QString kMark = QStringLiteral("⚠ ");

} // namespace

AlertBanner::AlertBanner(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("alertBanner"));
    setTextFormat(Qt::RichText);
    // A palette, not a style sheet: a styled widget keeps its font when the application's
    // grows (screen share).
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xe0));
    colours.setColor(QPalette::WindowText, QColor(0x4e, 0x26, 0x00));
    setPalette(colours);
    setAutoFillBackground(true);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(2);
    setMargin(6);
    // The one line is elided to the width it is given: it must never ask for more.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    connect(this, &QLabel::linkActivated, this,
            [this](const QString& link) { setExpanded(link == kShowAll); });
    hide();
}

void AlertBanner::setAlerts(const QStringList& richText, const QStringList& plainText) {
    rich_ = richText;
    plain_ = plainText;
    setToolTip(allAlerts());
    setVisible(!rich_.isEmpty());
    relayout();
}

void AlertBanner::setExpanded(bool expanded) {
    expanded_ = expanded;
    relayout();
}

QString AlertBanner::allAlerts() const {
    return plain_.isEmpty() ? QString() : kMark + plain_.join(QLatin1Char('\n') + kMark);
}

void AlertBanner::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    relayout();
}

void AlertBanner::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void AlertBanner::relayout() {
    if (laying_ || rich_.isEmpty())
        return;
    laying_ = true;
    const QFontMetrics fm(font());
    const int room = contentsRect().width() - fm.averageCharWidth() * 2;
    const bool fitsOneLine = plain_.size() == 1 && fm.horizontalAdvance(kMark + plain_[0]) <= room;
    if (fitsOneLine || expanded_) {
        QString text = kMark + rich_.join(QStringLiteral("<br>") + kMark);
        if (!fitsOneLine)
            text += QStringLiteral(" &nbsp;<a href=\"%1\">%2</a>").arg(kShowLess, tr("show less"));
        setWordWrap(true);
        setText(text);
    } else {
        const QString link = plain_.size() > 1
                                 ? tr("show all %n warnings", nullptr, int(plain_.size()))
                                 : tr("show all");
        const int linkWidth = fm.horizontalAdvance(link + QStringLiteral("   "));
        const QString first = fm.elidedText(kMark + plain_[0], Qt::ElideRight, room - linkWidth);
        setWordWrap(false);
        setText(first.toHtmlEscaped() +
                QStringLiteral(" &nbsp;<a href=\"%1\">%2</a>").arg(kShowAll, link));
    }
    laying_ = false;
}

} // namespace creditpath::ui
