// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Painting a document: to any paged device (a QPrinter, a QPdfWriter) or straight to a
// PDF. Safe to call from several threads at once, each with its own device; fonts are
// DejaVu Sans, embedded in PDFs as subsets.

#include "reports/layout/Document.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QPdfWriter;

namespace isf::reports {

// Lays the document out on the device's paper at its resolution and paints every page.
// The device's page size and margins are used as set (margins narrower than the
// document's own are made up to them). Throws isf::Error when the device cannot be
// painted on or refuses a new page.
void render(const Document &document, QPagedPaintDevice &device);

// Sets a PDF writer up as writePdf does: A4, no device margins, 1200 dpi, the document's
// title, "ISF Desk" as creator.
void setUpPdfWriter(QPdfWriter &writer, const Document &document);

// Writes the document as an A4 PDF, replacing path only once it is complete. Throws
// isf::Error naming the file when it cannot be written.
void writePdf(const Document &document, const QString &path);

// The same PDF, in memory (for archives such as the audit pack).
QByteArray pdfBytes(const Document &document);

} // namespace isf::reports
