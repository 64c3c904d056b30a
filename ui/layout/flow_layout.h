#pragma once
// Items left to right, wrapping onto as many rows as the width needs: a row of figures that
// never makes its pane wider than the screen (a long language sharing a laptop's screen).
#include <QLayout>

#include <vector>

namespace creditpath::ui {

class FlowLayout : public QLayout {
public:
    // `spacing` between items in a row; rows are `rowSpacing` apart. With nothing to show (no
    // items, or all hidden) it takes no room, margins included.
    FlowLayout(int spacing, int rowSpacing, QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;    // every item in one row
    QSize minimumSize() const override; // as narrow as the widest item
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in rows within `rect`, placing them only if `place`; returns the
    // height used, margins included.
    int arrange(const QRect& rect, bool place) const;
    std::vector<QLayoutItem*> items_;
    int spacing_;
    int rowSpacing_;
};

} // namespace creditpath::ui
