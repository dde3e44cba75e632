// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Renderer.h"

#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"
#include "reports/layout/Paginator.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace isf::reports {

void render(const Document &document, QPagedPaintDevice &device)
{
    const PagedLayout layout(document, device);
    // Layout works from the paper's corner; a printer paints from its margins' corner.
    const QPageLayout page = device.pageLayout();
    const QPointF offsetMm = page.paintRect(QPageLayout::Millimeter).topLeft()
        - page.fullRect(QPageLayout::Millimeter).topLeft();
    const qreal pxPerMm = device.logicalDpiY() / 25.4;

    QPainter painter;
    if (!painter.begin(&device))
        throw Error(QStringLiteral("Cannot print \"%1\": the printer or file could not be opened.")
                        .arg(document.title));
    painter.translate(-offsetMm * pxPerMm);
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            throw Error(QStringLiteral("Cannot print \"%1\": the printer refused page %2.")
                            .arg(document.title)
                            .arg(i + 1));
        }
        layout.paintPage(painter, i);
    }
    if (!painter.end())
        throw Error(QStringLiteral("Cannot print \"%1\": the document could not be finished.")
                        .arg(document.title));
}

void setUpPdfWriter(QPdfWriter &writer, const Document &document)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    // Coordinates and type sizes are whole device pixels: at 1200 dpi 10 pt type is
    // 10.02 pt (at 300 dpi it would be 10.08 pt).
    writer.setResolution(1200);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("ISF Desk"));
}

void writePdf(const Document &document, const QString &path)
{
    writeFileAtomically(path, pdfBytes(document));
}

QByteArray pdfBytes(const Document &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, document);
        render(document, writer);
    }
    buffer.close();
    return bytes;
}

} // namespace isf::reports
