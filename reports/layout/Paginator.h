// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The first of the engine's two passes: a document laid out onto pages, measured with the
// fonts of the device it will be painted on. The second pass (paintPage) adds the
// footers, which need the page count ("Page 2 of 7"). Render.h does both for you; this
// is here for previews, page counts and tests.
//
// Pages are A4-shaped or whatever paper the device has: margins are 18 mm at the sides,
// 14 mm at the top and 12 mm at the bottom of the paper. Text is measured for the device's
// resolution (type sizes are whole device pixels), so a 600 dpi printer may break a line
// where the 1200 dpi PDF did not. Layout time and memory are linear in the number of
// blocks, table rows and words.

#include "reports/layout/Document.h"

#include <QSizeF>

#include <memory>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace isf::reports {

class PagedLayout {
public:
    // Lays the document out on paper of paperSizePx (device pixels) using the resolution
    // and fonts of device. The layout refers to the document's logo and graphics: keep
    // the document alive while the layout is used.
    PagedLayout(const Document &document, const QPaintDevice &device, const QSizeF &paperSizePx);
    // The same on the paper the paged device is set up with.
    PagedLayout(const Document &document, const QPagedPaintDevice &device);
    ~PagedLayout();
    PagedLayout(PagedLayout &&) noexcept;
    PagedLayout &operator=(PagedLayout &&) noexcept;
    PagedLayout(const PagedLayout &) = delete;
    PagedLayout &operator=(const PagedLayout &) = delete;

    int pageCount() const;
    // Paints page index (from 0), header and footer included, with the painter's origin at
    // the paper's top-left corner and its unit a device pixel of the measuring device.
    void paintPage(QPainter &painter, int index) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace isf::reports
