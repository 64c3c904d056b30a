// Reference for the start-up measurement: a bare Qt Widgets + Charts window that quits after
// its first paint, like `CREDITPATH_QUIT_AFTER_FIRST_PAINT=1 creditpath`.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

namespace {
class QuitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !quitting_) {
            quitting_ = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool quitting_ = false;
};
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    auto* series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 3);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart));
    window.resize(1280, 800);
    QuitAfterFirstPaint quit;
    app.installEventFilter(&quit);
    window.show();
    return app.exec();
}
