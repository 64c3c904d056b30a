#pragma once
// The legend of a window chart as a strip of entries that wraps onto as many rows as the width
// needs. Qt Charts lays its legend out in one row and elides every entry once the row is full
// ("Bedrock P…" in a narrow window); here each entry keeps its whole name and moves to the
// next row instead. Only a name wider than the whole strip (a long variant name) is
// shortened, with the full name in its tooltip. Print charts keep Qt's legend.
#include <QPen>
#include <QPointer>
#include <QWidget>

#include <optional>

class QChart;

namespace creditpath::ui {
class FlowLayout;
}

namespace creditpath::ui::charts {

// One legend entry: the series' colour (a swatch, or a short line in the series' pen for line
// series) and name.
class LegendEntry : public QWidget {
    Q_OBJECT
public:
    LegendEntry(const QString& name, const QColor& colour, QWidget* parent = nullptr);
    LegendEntry(const QString& name, const QPen& line, QWidget* parent = nullptr);
    const QString& name() const { return name_; }
    // Whether the whole name fits the width the entry has now.
    bool showsWholeName() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int swatchWidth() const;
    QString name_;
    QColor colour_;
    std::optional<QPen> line_;
};

class ChartLegend : public QWidget {
    Q_OBJECT
public:
    explicit ChartLegend(QWidget* parent = nullptr);
    // Takes over the legend of `chart`: its visible entries shown here, its own legend hidden.
    // A chart whose legend sits beside the plot keeps it (the strip empties and hides). Called
    // again for the chart it took over, it shows the entries the chart has now.
    void showLegendOf(QChart* chart);
    QList<LegendEntry*> entries() const;

    // Its height for a width is its layout's: as many rows as the entries need there.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    FlowLayout* flow_; // the entries, in rows
    QList<LegendEntry*> entries_;
    QPointer<QChart> takenOver_; // the chart whose legend the strip shows
};

} // namespace creditpath::ui::charts
