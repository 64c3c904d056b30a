#pragma once
// Charts inside a QTextDocument as vector objects: the document holds a placeholder character,
// and when the document is drawn (screen, printer or PDF) the chart's private QGraphicsScene is
// rendered straight into that painter, so a PDF gets paths and text, never a bitmap.
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QTextCursor;
class QTextDocument;

namespace creditpath::ui::report {

class ChartObjects : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // The document owns it (QObject parent). Call registerHandler() once the document is
    // complete: a layout that exists while tables are filled redoes them at every cell.
    static ChartObjects* attach(QTextDocument* document);
    void registerHandler();
    ~ChartObjects() override;

    // Takes ownership of the chart; it spans the text width, `aspect` = height / width.
    void insert(QTextCursor& cursor, QChart* chart, qreal aspect);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    explicit ChartObjects(QTextDocument* document);
    struct Entry {
        std::unique_ptr<QGraphicsScene> scene; // owns the chart
        QChart* chart = nullptr;
    };
    std::vector<Entry> charts_;
};

} // namespace creditpath::ui::report
