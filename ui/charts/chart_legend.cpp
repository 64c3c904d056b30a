#include "chart_legend.h"

#include "layout/flow_layout.h"

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
    // A few letters of a long name; a short one ("Build") never takes more than it needs.
    const QSize whole = sizeHint();
    return {std::min(whole.width(), swatchWidth() + fontMetrics().height() * 3), whole.height()};
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
    flow_ = new FlowLayout(kGap, kRowGap, this);
    flow_->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    // The strip may be narrower than its widest entry, which is then shortened (the tooltip
    // keeps the name): the layout must not raise the strip's minimum width.
    flow_->setSizeConstraint(QLayout::SetNoConstraint);
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
        flow_->addWidget(entry);
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
    flow_->activate(); // the entries placed now, not at the next layout pass
}

QSize ChartLegend::sizeHint() const {
    const int oneRow = flow_->sizeHint().width();
    return {oneRow, heightForWidth(oneRow)};
}

QSize ChartLegend::minimumSizeHint() const {
    return {0, heightForWidth(width() > 0 ? width() : sizeHint().width())};
}

void ChartLegend::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event); // the layout has placed the entries for this width
    // A row more or less changes the height the layout should give us.
    if (heightForWidth(width()) != height())
        updateGeometry();
}

} // namespace creditpath::ui::charts
