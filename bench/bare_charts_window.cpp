// Reference for the start-up measurement: a bare Qt Widgets + Charts window that quits after
// its first paint, like `CREDITPATH_QUIT_AFTER_FIRST_PAINT=1 creditpath`, measured by the same
// probe.
#include "startup_probe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

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
    creditpath::ui::StartupProbe probe;
    app.installEventFilter(&probe);
    window.show();
    return app.exec();
}
