// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QFont>
#include <QString>

namespace isf::reports {

// Documents are set in DejaVu Sans, whose TrueType outlines Qt embeds in PDFs as subsets.
//
// Embedding is most of the cost of writing a PDF, and most of that was Qt running the
// TrueType hinting program of each glyph used, in every font of every PDF (QFontSubset
// loads unscaled outlines to read widths). Hinting means nothing in a PDF, so the engine
// registers, once per process, a copy of the system's DejaVu Sans faces with the hinting
// taken out, under the family name kDocumentFamily. Outlines, metrics, kerning and
// coverage are the system font's, and the embedded fonts keep their PostScript names
// (DejaVuSans, DejaVuSans-Bold). A two-page statement is written about 1.6 times as
// fast. When the system font files are missing the family asked for is used as it is.
inline constexpr char16_t kDocumentFamily[] = u"ISF DejaVu Sans";

// Registers the document fonts (see above). Safe from any thread; cheap after the first
// call. Needs a QGuiApplication.
void ensureDocumentFonts();

// The family to draw with for the family a document asks for: kDocumentFamily for
// "DejaVu Sans" once the unhinted copy is registered, otherwise the family itself.
QString resolvedFamily(const QString &family);

// The font text is drawn and measured with on a device of dpi dots per inch: the resolved
// family, unhinted, no shaping where the script does not need it. Its size is set in
// whole device pixels, rounded up, so type is never smaller than asked for (Qt would
// round a point size to the nearest pixel: 14 pt at 300 dpi would become 13.9 pt).
QFont documentFont(
    const QString &family, qreal pointSize, qreal dpi, bool bold = false, bool italic = false);

// A TrueType font file with its hinting (the fpgm, prep, cvt, hdmx, LTSH, VDMX and gasp
// tables and every glyph's instructions) removed and its family renamed to family.
// Returns an empty array when the file is not a TrueType font it understands.
QByteArray withoutHinting(const QByteArray &font, const QString &family);

} // namespace isf::reports
