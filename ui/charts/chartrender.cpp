#include "chartrender.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace pd::ui {

void renderChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene *previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    QGraphicsScene scene;
    chart->setAnimationOptions(QChart::NoAnimation);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    // Laying the chart out happens on the next event; force it before painting.
    if (chart->layout())
        chart->layout()->activate();
    scene.render(painter, target, scene.sceneRect());
    scene.removeItem(chart);
    if (previous)
        previous->addItem(chart);
}

QImage renderChartImage(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace pd::ui
