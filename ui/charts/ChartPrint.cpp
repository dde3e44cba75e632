// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/charts/ChartPrint.h"

#include "core/util/Errors.h"

#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace isf::ui {

void saveChartPng(QChartView *view, const QString &path)
{
    const QSize size = view->size() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(view->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    if (!image.save(path, "PNG"))
        throw StorageError(QStringLiteral("Could not save the chart to %1.").arg(path));
}

void printChart(QChartView *view, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(view->chart()->title());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(page.size())));
}

} // namespace isf::ui
