#include "chart_legend.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>

#include <algorithm>

namespace creditpath::ui::charts {
namespace {
constexpr int kGap = 14;   // between entries in a row
constexpr int kRowGap = 2; // between rows
constexpr int kMargin = 4; // around the strip
} // namespace

LegendEntry::LegendEntry(const QString& name, const QColor& colour, QWidget* parent)
    : QWidget(parent), name_(name), colour_(colour) {
    setObjectName(QStringLiteral("legendEntry"));
    setToolTip(name);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

LegendEntry::LegendEntry(const QString& name, const QPen& line, QWidget* parent)
    : LegendEntry(name, line.color(), parent) {
    line_ = line;
}

int LegendEntry::swatchWidth() const {
    return fontMetrics().height() * (line_ ? 3 : 2) / 2;
}

QSize LegendEntry::sizeHint() const {
    const QFontMetrics m = fontMetrics();
    return {swatchWidth() + m.height() / 3 + m.horizontalAdvance(name_) + 2, m.height() + 2};
}

QSize LegendEntry::minimumSizeHint() const {
    return {swatchWidth() + fontMetrics().height() * 3, sizeHint().height()};
}

bool LegendEntry::showsWholeName() const {
    return width() >= sizeHint().width();
}

void LegendEntry::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics m = fontMetrics();
    const int h = m.height(), sw = swatchWidth(), mid = height() / 2;
    if (line_) {
        QPen pen = *line_;
        pen.setWidthF(std::max<qreal>(2, pen.widthF()));
        p.setPen(pen);
        p.drawLine(1, mid, sw - 1, mid);
    } else {
        const int side = h * 2 / 3;
        p.fillRect(QRect(sw - side - 1, mid - side / 2, side, side), colour_);
    }
    p.setPen(palette().color(QPalette::WindowText));
    const int x = sw + h / 3;
    p.drawText(QRect(x, 0, width() - x, height()), Qt::AlignVCenter | Qt::AlignLeft,
               m.elidedText(name_, Qt::ElideRight, width() - x));
}

ChartLegend::ChartLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("chartLegend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    hide();
}

QList<LegendEntry*> ChartLegend::entries() const {
    return entries_;
}

void ChartLegend::showLegendOf(QChart* chart) {
    qDeleteAll(entries_);
    entries_.clear();
    QLegend* legend = chart ? chart->legend() : nullptr;
    const bool takenOver = chart && chart == takenOver_;
    if (!legend || (!takenOver && !legend->isVisible()) || legend->alignment() != Qt::AlignBottom) {
        takenOver_ = nullptr;
        hide();
        return;
    }
    takenOver_ = chart;
    legend->setVisible(true); // a hidden legend's markers all read as hidden
    for (QLegendMarker* marker : legend->markers()) {
        if (!marker->isVisible() || marker->label().isEmpty())
            continue;
        // Lines are drawn as lines, in their own pen (dashed expiries, dashed variants); bars,
        // areas and points by their fill.
        auto* line = marker->series()->type() == QAbstractSeries::SeriesTypeLine
                         ? static_cast<QLineSeries*>(marker->series())
                         : nullptr;
        auto* entry = line ? new LegendEntry(marker->label(), line->pen(), this)
                           : new LegendEntry(marker->label(), marker->brush().color(), this);
        entry->setFont(legend->font());
        entry->show();
        entries_ << entry;
    }
    legend->setVisible(false);
    // On the chart's own background, so the strip reads as part of the chart.
    QPalette background = palette();
    background.setBrush(QPalette::Window, chart->backgroundBrush());
    setPalette(background);
    setAutoFillBackground(true);
    setVisible(!entries_.isEmpty());
    updateGeometry();
    arrange(width(), true);
}

int ChartLegend::arrange(int width, bool place) const {
    const int available = std::max(1, width - 2 * kMargin);
    int x = 0, y = kMargin, rowHeight = 0;
    for (LegendEntry* entry : entries_) {
        const QSize hint = entry->sizeHint();
        const int w = std::min(hint.width(), available);
        if (x > 0 && x + w > available) { // wrap
            x = 0;
            y += rowHeight + kRowGap;
            rowHeight = 0;
        }
        if (place)
            entry->setGeometry(kMargin + x, y, w, hint.height());
        x += w + kGap;
        rowHeight = std::max(rowHeight, hint.height());
    }
    return entries_.isEmpty() ? 0 : y + rowHeight + kMargin;
}

int ChartLegend::heightForWidth(int width) const {
    return arrange(width, false);
}

QSize ChartLegend::sizeHint() const {
    int w = 2 * kMargin;
    for (const LegendEntry* entry : entries_)
        w += entry->sizeHint().width() + kGap;
    return {w, heightForWidth(w)};
}

QSize ChartLegend::minimumSizeHint() const {
    return {0, heightForWidth(width() > 0 ? width() : sizeHint().width())};
}

void ChartLegend::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(width(), true);
    // A row more or less changes the height the layout should give us.
    if (heightForWidth(width()) != height())
        updateGeometry();
}

} // namespace creditpath::ui::charts
