// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Paginator.h"

#include "core/time/Dates.h"
#include "reports/layout/Fonts.h"
#include "reports/layout/TextWrap.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLineF>
#include <QMutex>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <variant>

namespace isf::reports {

namespace {

using detail::FontSet;
using detail::Line;
using detail::Lines;
using detail::wrapPlain;
using detail::wrapRich;

// Print-safe colours: near-black text, a dark blue accent, pale fills.
constexpr QRgb kInk = 0xff1a1a1a;
constexpr QRgb kMuted = 0xff4a525c;
constexpr QRgb kAccent = 0xff1f3a5f;
constexpr QRgb kRule = 0xffbcc3cb;
constexpr QRgb kHeaderRule = 0xff5a6470;
constexpr QRgb kHeaderFill = 0xffe3e8ee;
constexpr QRgb kSectionFill = 0xfff0f2f5;
constexpr QRgb kReversalFill = 0xfffbf0de;
constexpr QRgb kReversalMark = 0xffd08a1e;

constexpr qreal kMarginSideMm = 18.0;
constexpr qreal kMarginTopMm = 14.0;
constexpr qreal kMarginBottomMm = 12.0;
constexpr qreal kEpsilon = 0.01;
constexpr qreal kUnbounded = 1.0e9; // the page bottom while measuring

// The display list: what the first pass decided, replayed by the second.
struct TextOp {
    QPointF baseline;
    QString text;
    int font;
    QRgb colour;
};
struct LineOp {
    QLineF line;
    qreal width;
    QRgb colour;
};
struct FillOp {
    QRectF rect;
    QRgb colour;
};
struct ImageOp {
    QRectF rect;
    QImage image;
};
struct GraphicOp {
    QRectF rect;
    const Graphic *graphic;
};
using Op = std::variant<TextOp, LineOp, FillOp, ImageOp, GraphicOp>;

struct Page {
    std::vector<Op> ops;
};

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

struct GridColumn {
    qreal x;
    qreal width;
    Align align;
    qreal padLeft; // text sits between x + padLeft and x + width - padRight
    qreal padRight;

    qreal textLeft() const { return x + padLeft; }
    qreal textWidth() const { return width - padLeft - padRight; }
};

// A table or a key/value grid, in page coordinates.
struct Grid {
    QString caption;
    std::vector<GridColumn> columns;
    QStringList titles; // empty: no header row
    const std::vector<TableRow> *rows = nullptr;
    bool rowRules = true;
    qreal left = 0;
    qreal width = 0;
};

// The parts of a grid drawn above its rows, on every page it runs over.
struct GridHead {
    Lines caption;
    qreal captionHeight = 0;
    std::vector<Lines> titles;
    qreal headerHeight = 0;
};

struct RowBox {
    std::vector<Lines> cells; // one per column; one spanning cell for a Section row
    int lineCount = 1;
    qreal height = 0;
    RowStyle style = RowStyle::Normal;
};

struct SignatureBox {
    Lines party;
    Lines name;
    qreal nameWidth = 0;
    qreal height = 0;
};

struct HeadingStyle {
    qreal size;
    QRgb colour;
    qreal before; // in body line heights
    qreal after;
    bool ruled;
};

HeadingStyle headingStyle(int level)
{
    if (level <= 1)
        return { 1.35, kAccent, 1.0, 0.45, true };
    if (level == 2)
        return { 1.15, kAccent, 0.85, 0.3, false };
    return { 1.0, kInk, 0.7, 0.2, false };
}

// The logo as it is best embedded: no more than 600 pixels to the inch on paper, and
// opaque (on white paper transparency changes nothing, but the PDF would carry a second,
// mask image). Prepared once per logo and kept, as every statement of a run has the same.
QImage printableLogo(const QImage &logo, const QSizeF &printedMm)
{
    struct Prepared {
        qint64 key;
        QSize size;
        QImage image;
    };
    static QMutex mutex;
    static std::vector<Prepared> cache;
    const QMutexLocker lock(&mutex);
    const qint64 key = logo.cacheKey();
    const QSize size = (printedMm * (600 / 25.4)).toSize();
    for (const Prepared &p : cache) {
        if (p.key == key && p.size == size)
            return p.image;
    }
    QImage image = logo;
    if (image.width() > size.width())
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.setDevicePixelRatio(image.devicePixelRatio());
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        painter.end();
        image = opaque;
    }
    if (cache.size() >= 8)
        cache.erase(cache.begin());
    cache.push_back({ key, size, image });
    return image;
}

class Engine {
public:
    Engine(const Document &doc, FontSet &fonts, std::vector<Page> &pages, const QSizeF &paper,
        qreal dpi)
        : m_doc(doc), m_fonts(fonts), m_pages(pages), m_paper(paper), m_dpi(dpi)
    {
        const qreal smallSize = std::max<qreal>(0.8, 7.5 / m_fonts.basePt());
        m_body = m_fonts.get(1.0);
        m_bodyBold = m_fonts.get(1.0, true);
        m_small = m_fonts.get(smallSize);
        m_smallBold = m_fonts.get(smallSize, true);

        m_left = mm(kMarginSideMm);
        m_width = m_paper.width() - 2 * m_left;
        const qreal bodyHeight = m_fonts.height(m_body);
        m_lineFactor = m_fonts.basePt() >= 13.5 ? 1.25 : 1.12;
        m_bodyLine = bodyHeight * m_lineFactor;
        m_blockAfter = 0.6 * m_bodyLine;
        m_cellLine = bodyHeight * 1.04;
        m_cellPadV = bodyHeight * 0.3;
        m_cellPadH = mm(1.6);

        const qreal footerTextTop
            = m_paper.height() - mm(kMarginBottomMm) - m_fonts.height(m_small);
        m_footerRuleY = footerTextTop - mm(1.8);
        m_pageBottom = m_footerRuleY - mm(5.0);
        m_bottom = m_pageBottom;
        prepareCompactHeader();
    }

    void run()
    {
        startPage();
        placeTitle();
        placeBlocks(m_doc.blocks, nullptr);
        addFooters();
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    Page &page() { return m_measuring ? m_scratch : m_pages.back(); }
    bool atTop() const { return m_y <= m_top + kEpsilon; }
    bool fits(qreal height) const { return m_y + height <= m_bottom + kEpsilon; }
    qreal freshRoom() const { return m_pageBottom - m_laterTop; }

    // ----- emitting -------------------------------------------------------------------

    void text(qreal x, qreal baseline, const QString &s, int font, QRgb colour)
    {
        page().ops.emplace_back(TextOp { QPointF(x, baseline), s, font, colour });
    }

    void rule(qreal x1, qreal y, qreal x2, qreal width, QRgb colour)
    {
        page().ops.emplace_back(LineOp { QLineF(x1, y, x2, y), width, colour });
    }

    void fill(const QRectF &rect, QRgb colour) { page().ops.emplace_back(FillOp { rect, colour }); }

    // Lines [from, to) of a wrapped text, the first at top, each lineHeight apart.
    void emitLines(const Lines &lines, qreal x, qreal width, Align align, qreal top,
        qreal lineHeight, QRgb colour, std::size_t from = 0, std::size_t to = SIZE_MAX)
    {
        to = std::min(to, lines.size());
        for (std::size_t i = from; i < to; ++i) {
            const Line &line = lines[i];
            qreal offset = 0;
            if (align == Align::Right)
                offset = width - line.width;
            else if (align == Align::Centre)
                offset = (width - line.width) / 2;
            const qreal lineTop = top + static_cast<qreal>(i - from) * lineHeight;
            for (const detail::Fragment &f : line.fragments) {
                const qreal baseline
                    = lineTop + (lineHeight - m_fonts.height(f.font)) / 2 + m_fonts.ascent(f.font);
                text(x + offset + f.x, baseline, f.text, f.font, colour);
            }
        }
    }

    static qreal widest(const Lines &lines)
    {
        qreal w = 0;
        for (const Line &l : lines)
            w = std::max(w, l.width);
        return w;
    }

    static qreal count(const Lines &lines) { return static_cast<qreal>(lines.size()); }

    // ----- pages, letterhead, header and footer --------------------------------------

    void startPage()
    {
        Q_ASSERT(!m_measuring);
        m_pages.emplace_back();
        m_top = m_pages.size() == 1 ? placeLetterhead() : placeCompactHeader();
        m_y = m_top;
    }

    void newPage()
    {
        if (!m_measuring)
            startPage();
    }

    // Page 1: the provider's name and address on the left, the logo on the right, a rule.
    qreal placeLetterhead()
    {
        const Letterhead &head = m_doc.letterhead;
        const qreal top = mm(kMarginTopMm);
        QRectF logo;
        if (!head.logo.isNull()) {
            const QSizeF size = head.logo.size();
            const qreal scale = std::min(mm(20.0) / size.height(), mm(60.0) / size.width());
            logo = QRectF(m_left + m_width - size.width() * scale, top, size.width() * scale,
                size.height() * scale);
            page().ops.emplace_back(
                ImageOp { logo, printableLogo(head.logo, logo.size() * (25.4 / m_dpi)) });
        }
        const qreal textWidth = logo.isNull() ? m_width : m_width - logo.width() - mm(6.0);
        qreal y = top;
        const int nameFont = m_fonts.get(1.5, true);
        const Lines name = wrapPlain(m_fonts, nameFont, head.providerName, textWidth);
        emitLines(name, m_left, textWidth, Align::Left, y, m_fonts.height(nameFont), kAccent);
        y += count(name) * m_fonts.height(nameFont);
        const int addressFont = m_fonts.get(0.85);
        const qreal addressLine = m_fonts.height(addressFont) * 1.05;
        if (!head.addressLines.isEmpty())
            y += mm(1.0);
        for (const QString &address : head.addressLines) {
            const Lines lines = wrapPlain(m_fonts, addressFont, address, textWidth);
            emitLines(lines, m_left, textWidth, Align::Left, y, addressLine, kMuted);
            y += count(lines) * addressLine;
        }
        const qreal ruleY = std::max(y, logo.isNull() ? top : logo.bottom()) + mm(3.0);
        rule(m_left, ruleY, m_left + m_width, mm(0.5), kAccent);
        return ruleY + mm(7.0);
    }

    void prepareCompactHeader()
    {
        m_headerProvider
            = wrapPlain(m_fonts, m_smallBold, m_doc.letterhead.providerName, m_width * 0.45);
        const qreal providerWidth = widest(m_headerProvider);
        m_headerSubjectWidth = m_width - providerWidth - (providerWidth > 0 ? mm(8.0) : 0.0);
        m_headerSubject = wrapPlain(m_fonts, m_small, m_doc.subject, m_headerSubjectWidth);
        const qreal lines
            = std::max<qreal>(1.0, std::max(count(m_headerProvider), count(m_headerSubject)));
        m_headerRuleY = mm(kMarginTopMm) + lines * m_fonts.height(m_small) + mm(1.5);
        m_laterTop = m_headerRuleY + mm(6.0);
    }

    // Later pages: provider on the left, the subject on the right, a thin rule.
    qreal placeCompactHeader()
    {
        const qreal top = mm(kMarginTopMm);
        const qreal line = m_fonts.height(m_small);
        emitLines(m_headerProvider, m_left, m_width, Align::Left, top, line, kAccent);
        emitLines(m_headerSubject, m_left + m_width - m_headerSubjectWidth, m_headerSubjectWidth,
            Align::Right, top, line, kInk);
        rule(m_left, m_headerRuleY, m_left + m_width, mm(0.25), kHeaderRule);
        return m_laterTop;
    }

    // Page 1, under the letterhead: the title, then the subject.
    void placeTitle()
    {
        bool any = false;
        if (!m_doc.title.isEmpty()) {
            const int font = m_fonts.get(1.8, true);
            const Lines lines = wrapPlain(m_fonts, font, m_doc.title, m_width);
            const qreal line = m_fonts.height(font) * 1.05;
            emitLines(lines, m_left, m_width, Align::Left, m_y, line, kAccent);
            m_y += count(lines) * line + mm(1.0);
            any = true;
        }
        if (!m_doc.subject.isEmpty()) {
            const int font = m_fonts.get(1.1, true);
            const Lines lines = wrapPlain(m_fonts, font, m_doc.subject, m_width);
            const qreal line = m_fonts.height(font) * 1.05;
            emitLines(lines, m_left, m_width, Align::Left, m_y, line, kInk);
            m_y += count(lines) * line;
            any = true;
        }
        if (any)
            m_y += mm(6.0);
        m_top = m_y; // nothing above the first block is spacing to drop
    }

    // The second pass: "Page N of M" needs M.
    void addFooters()
    {
        const QString generated = m_doc.generatedOn.isValid()
            ? QStringLiteral("Generated %1").arg(longDate(m_doc.generatedOn))
            : QString();
        const QFontMetricsF &fm = m_fonts.metrics(m_small);
        const qreal baseline = m_footerRuleY + mm(1.8) + fm.ascent();
        const qreal generatedWidth = fm.horizontalAdvance(generated);
        const int total = static_cast<int>(m_pages.size());
        for (int i = 0; i < total; ++i) {
            Page &p = m_pages[static_cast<std::size_t>(i)];
            p.ops.emplace_back(LineOp {
                QLineF(m_left, m_footerRuleY, m_left + m_width, m_footerRuleY), mm(0.25), kRule });
            if (!generated.isEmpty())
                p.ops.emplace_back(
                    TextOp { QPointF(m_left, baseline), generated, m_small, kMuted });
            const QString number = QStringLiteral("Page %1 of %2").arg(i + 1).arg(total);
            const qreal numberWidth = fm.horizontalAdvance(number);
            p.ops.emplace_back(TextOp {
                QPointF(m_left + m_width - numberWidth, baseline), number, m_small, kInk });
            if (!m_doc.footerNote.isEmpty()) {
                const qreal room = m_width - 2 * std::max(generatedWidth, numberWidth) - mm(8.0);
                const QString note = fm.elidedText(m_doc.footerNote, Qt::ElideRight, room);
                const qreal noteWidth = fm.horizontalAdvance(note);
                p.ops.emplace_back(TextOp {
                    QPointF(m_left + (m_width - noteWidth) / 2, baseline), note, m_small, kMuted });
            }
        }
    }

    // ----- blocks -------------------------------------------------------------------------

    void placeBlocks(const std::vector<Block> &blocks, const Block *after)
    {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const Block::Variant &block = blocks[i].value();
            // A page break takes effect when something follows it, so that one at the
            // end of a document (or several in a row) makes no empty page.
            if (std::holds_alternative<PageBreak>(block)) {
                m_breakPending = m_breakPending || (!m_measuring && !atTop());
                continue;
            }
            if (m_breakPending) {
                if (std::holds_alternative<Spacer>(block))
                    continue;
                m_breakPending = false;
                newPage();
            }
            const Block *next = i + 1 < blocks.size() ? &blocks[i + 1] : after;
            std::visit([&](const auto &b) { place(b, next); }, block);
        }
    }

    // How much of a block must fit under a heading for the heading to stay on this page.
    qreal leadHeight(const Block &block)
    {
        return std::visit(
            Overloaded {
                [&](const Heading &h) { return headingHeight(h); },
                [&](const Paragraph &p) {
                    const Lines lines = paragraphLines(p);
                    return std::min<qreal>(2.0, count(lines)) * paragraphLine(p);
                },
                [&](const KeyValueGrid &g) {
                    std::vector<TableRow> rows;
                    const Grid grid = gridFor(g, rows);
                    return rows.empty() ? 0.0 : layoutRow(grid, 0).height;
                },
                [&](const Table &t) {
                    const Grid grid = gridFor(t);
                    const GridHead head = gridHead(grid, false);
                    qreal h = head.captionHeight + head.headerHeight;
                    if (!t.rows.empty())
                        h += std::min(layoutRow(grid, 0).height, 3 * m_cellLine + 2 * m_cellPadV);
                    return h;
                },
                [&](const SignatureBlock &s) { return layoutSignature(s).height; },
                [&](const Graphic &g) { return graphicHeight(g); },
                [&](const KeepTogether &k) {
                    return std::min(measure(k.blocks, nullptr), freshRoom());
                },
                [](const Spacer &) { return 0.0; },
                [](const PageBreak &) { return 0.0; },
            },
            block.value());
    }

    // The height blocks take when laid out without page breaks (for KeepTogether).
    qreal measure(const std::vector<Block> &blocks, const Block *after)
    {
        const qreal y = m_y;
        const qreal top = m_top;
        const qreal bottom = m_bottom;
        const bool measuring = m_measuring;
        m_measuring = true;
        m_top = 0;
        m_y = 1; // not at the top, so spacing before the first block counts
        m_bottom = kUnbounded;
        placeBlocks(blocks, after);
        const qreal height = m_y - 1;
        m_y = y;
        m_top = top;
        m_bottom = bottom;
        m_measuring = measuring;
        if (!m_measuring)
            m_scratch.ops.clear();
        return height;
    }

    qreal headingHeight(const Heading &h)
    {
        const HeadingStyle style = headingStyle(h.level);
        const int font = m_fonts.get(style.size, true);
        return count(wrapPlain(m_fonts, font, h.text, m_width)) * m_fonts.height(font)
            + (style.ruled ? mm(1.2) : 0.0);
    }

    void place(const Heading &h, const Block *next)
    {
        const HeadingStyle style = headingStyle(h.level);
        const int font = m_fonts.get(style.size, true);
        const Lines lines = wrapPlain(m_fonts, font, h.text, m_width);
        const qreal line = m_fonts.height(font);
        const qreal height = count(lines) * line + (style.ruled ? mm(1.2) : 0.0);
        const qreal after = style.after * m_bodyLine;
        qreal before = atTop() ? 0.0 : style.before * m_bodyLine;
        const qreal lead = next ? leadHeight(*next) : 0.0;
        if (!atTop() && !fits(before + height + after + lead)) {
            newPage();
            before = 0;
        }
        m_y += before;
        emitLines(lines, m_left, m_width, Align::Left, m_y, line, style.colour);
        m_y += count(lines) * line;
        if (style.ruled) {
            m_y += mm(1.0);
            rule(m_left, m_y, m_left + m_width, mm(0.3), kAccent);
            m_y += mm(0.2);
        }
        m_y += after;
    }

    Lines paragraphLines(const Paragraph &p)
    {
        const qreal size = std::clamp<qreal>(p.relativeSize, 0.3, 5.0);
        return wrapRich(
            m_fonts, m_fonts.get(size), m_fonts.get(size, true), p.text.runs(), m_width);
    }

    qreal paragraphLine(const Paragraph &p)
    {
        return m_fonts.height(m_fonts.get(std::clamp<qreal>(p.relativeSize, 0.3, 5.0)))
            * m_lineFactor;
    }

    void place(const Paragraph &p, const Block *)
    {
        const Lines lines = paragraphLines(p);
        if (lines.empty())
            return;
        const qreal line = paragraphLine(p);
        // Lines flow over pages, but never one line alone at the foot of a page (an
        // orphan) or at the head of the next (a widow).
        std::size_t i = 0;
        const std::size_t n = lines.size();
        while (i < n) {
            const std::size_t left = n - i;
            if (fits(static_cast<qreal>(left) * line)) {
                emitLines(lines, m_left, m_width, p.align, m_y, line, kInk, i, n);
                m_y += static_cast<qreal>(left) * line;
                break;
            }
            auto room = static_cast<std::size_t>(std::max(0.0, (m_bottom - m_y + kEpsilon) / line));
            if (!atTop() && room < 2) {
                newPage();
                continue;
            }
            if (left - room < 2 && room > 2)
                room = left - 2;
            room = std::max<std::size_t>(room, 1);
            emitLines(lines, m_left, m_width, p.align, m_y, line, kInk, i, i + room);
            m_y += static_cast<qreal>(room) * line;
            i += room;
            newPage();
        }
        m_y += 0.55 * line;
    }

    Grid gridFor(const Table &t) const
    {
        Grid grid;
        grid.caption = t.caption;
        grid.rows = &t.rows;
        grid.left = m_left;
        grid.width = m_width;
        qreal total = 0;
        for (const Column &c : t.columns)
            total += std::max<qreal>(c.weight, 0.01);
        qreal x = m_left;
        bool titled = false;
        for (const Column &c : t.columns) {
            const qreal w = m_width * std::max<qreal>(c.weight, 0.01) / total;
            grid.columns.push_back({ x, w, c.align, m_cellPadH, m_cellPadH });
            x += w;
            titled = titled || !c.title.isEmpty();
        }
        if (titled) {
            for (const Column &c : t.columns)
                grid.titles.push_back(c.title);
        }
        return grid;
    }

    Grid gridFor(const KeyValueGrid &g, std::vector<TableRow> &rows) const
    {
        rows.clear();
        rows.reserve(g.rows.size());
        for (const KeyValue &kv : g.rows)
            rows.push_back({ QStringList { kv.key, kv.value },
                kv.emphasised ? RowStyle::Total : RowStyle::Normal });
        Grid grid;
        grid.rows = &rows;
        grid.rowRules = false;
        grid.left = m_left;
        grid.width = m_width * std::clamp<qreal>(g.widthShare, 0.1, 1.0);
        const qreal keyWidth = grid.width * std::clamp<qreal>(g.keyShare, 0.05, 0.95);
        // No fill or header marks the grid's edges, so its text lines up with the
        // paragraphs' instead of being inset.
        grid.columns.push_back({ m_left, keyWidth, Align::Left, 0.0, m_cellPadH });
        grid.columns.push_back(
            { m_left + keyWidth, grid.width - keyWidth, g.valueAlign, m_cellPadH, 0.0 });
        return grid;
    }

    GridHead gridHead(const Grid &grid, bool continued)
    {
        GridHead head;
        if (!grid.caption.isEmpty()) {
            const QString caption
                = continued ? QStringLiteral("%1 (continued)").arg(grid.caption) : grid.caption;
            head.caption = wrapPlain(m_fonts, m_bodyBold, caption, grid.width);
            head.captionHeight = count(head.caption) * m_fonts.height(m_bodyBold) + mm(1.5);
        }
        if (!grid.titles.isEmpty()) {
            qreal lines = 1;
            for (std::size_t c = 0; c < grid.columns.size(); ++c) {
                head.titles.push_back(wrapPlain(m_fonts, m_bodyBold,
                    grid.titles.value(static_cast<qsizetype>(c)), grid.columns[c].textWidth()));
                lines = std::max(lines, count(head.titles.back()));
            }
            head.headerHeight = lines * m_cellLine + 2 * m_cellPadV;
        }
        return head;
    }

    void emitGridHead(const Grid &grid, const GridHead &head)
    {
        if (!head.caption.empty()) {
            emitLines(head.caption, grid.left, grid.width, Align::Left, m_y,
                m_fonts.height(m_bodyBold), kAccent);
            m_y += head.captionHeight;
        }
        if (!head.titles.empty()) {
            fill(QRectF(grid.left, m_y, grid.width, head.headerHeight), kHeaderFill);
            for (std::size_t c = 0; c < grid.columns.size(); ++c) {
                const GridColumn &col = grid.columns[c];
                emitLines(head.titles[c], col.textLeft(), col.textWidth(), col.align,
                    m_y + m_cellPadV, m_cellLine, kInk);
            }
            m_y += head.headerHeight;
            rule(grid.left, m_y, grid.left + grid.width, mm(0.3), kHeaderRule);
        }
    }

    int rowFont(RowStyle style) const
    {
        switch (style) {
        case RowStyle::Total:
        case RowStyle::Section:
            return m_bodyBold;
        case RowStyle::Reversal: // marked by its band, not a third font to embed
        case RowStyle::Normal:
            break;
        }
        return m_body;
    }

    RowBox layoutRow(const Grid &grid, std::size_t index)
    {
        const TableRow &row = (*grid.rows)[index];
        RowBox box;
        box.style = row.style;
        const int font = rowFont(row.style);
        std::size_t lines = 1;
        if (row.style == RowStyle::Section) {
            box.cells.push_back(
                wrapPlain(m_fonts, font, row.cells.value(0), grid.width - 2 * m_cellPadH));
            lines = std::max(lines, box.cells.back().size());
        } else {
            Q_ASSERT_X(row.cells.size() <= static_cast<qsizetype>(grid.columns.size()),
                "isf::reports::Table", "a row has more cells than the table has columns");
            box.cells.reserve(grid.columns.size());
            for (std::size_t c = 0; c < grid.columns.size(); ++c) {
                box.cells.push_back(wrapPlain(m_fonts, font,
                    row.cells.value(static_cast<qsizetype>(c)), grid.columns[c].textWidth()));
                lines = std::max(lines, box.cells.back().size());
            }
        }
        box.lineCount = static_cast<int>(lines);
        box.height = static_cast<qreal>(lines) * m_cellLine + 2 * m_cellPadV;
        return box;
    }

    // Lines [from, to) of a row, at the current position.
    void emitRow(const Grid &grid, const RowBox &row, int from, int to)
    {
        const qreal top = m_y;
        const qreal height = (to - from) * m_cellLine + 2 * m_cellPadV;
        const QRectF band(grid.left, top, grid.width, height);
        if (row.style == RowStyle::Section)
            fill(band, kSectionFill);
        else if (row.style == RowStyle::Reversal) {
            fill(band, kReversalFill);
            fill(QRectF(grid.left, top, mm(0.8), height), kReversalMark);
        }
        if (row.style == RowStyle::Total)
            rule(grid.left, top, grid.left + grid.width, mm(0.35), kInk);
        const auto first = static_cast<std::size_t>(from);
        const auto last = static_cast<std::size_t>(to);
        if (row.style == RowStyle::Section) {
            emitLines(row.cells.front(), grid.left + m_cellPadH, grid.width - 2 * m_cellPadH,
                Align::Left, top + m_cellPadV, m_cellLine, kInk, first, last);
        } else {
            for (std::size_t c = 0; c < grid.columns.size(); ++c) {
                const GridColumn &col = grid.columns[c];
                emitLines(row.cells[c], col.textLeft(), col.textWidth(), col.align,
                    top + m_cellPadV, m_cellLine, kInk, first, last);
            }
        }
        if (grid.rowRules && row.style != RowStyle::Section)
            rule(grid.left, top + height, grid.left + grid.width, mm(0.15), kRule);
        m_y = top + height;
    }

    void continueGrid(const Grid &grid)
    {
        newPage();
        if (m_continuedHead.has_value())
            emitGridHead(grid, *m_continuedHead);
    }

    void placeGrid(const Grid &grid)
    {
        const std::size_t n = grid.rows->size();
        const GridHead head = gridHead(grid, false);
        const GridHead continued = gridHead(grid, true);
        m_continuedHead = continued;
        // Room for rows on a page the grid continues on.
        const qreal room = freshRoom() - continued.captionHeight - continued.headerHeight;
        RowBox row = n > 0 ? layoutRow(grid, 0) : RowBox {};
        const qreal firstRow = n == 0 ? 0.0
            : row.height <= room      ? row.height
                                      : 3 * m_cellLine + 2 * m_cellPadV;
        if (!atTop() && !fits(head.captionHeight + head.headerHeight + firstRow))
            newPage();
        emitGridHead(grid, head);
        for (std::size_t i = 0; i < n; ++i) {
            RowBox next = i + 1 < n ? layoutRow(grid, i + 1) : RowBox {};
            qreal need = row.height;
            // A category heading row stays with the row after it, and a total with the
            // row before it.
            if (i + 1 < n && (row.style == RowStyle::Section || next.style == RowStyle::Total))
                need += std::min(next.height, 3 * m_cellLine + 2 * m_cellPadV);
            if (fits(need)) {
                emitRow(grid, row, 0, row.lineCount);
            } else if (row.height <= room) {
                continueGrid(grid);
                emitRow(grid, row, 0, row.lineCount);
            } else {
                splitRow(grid, row);
            }
            row = std::move(next);
        }
        m_continuedHead.reset();
        m_y += m_blockAfter;
    }

    // Only for a row taller than a whole page: its cells continue line by line.
    void splitRow(const Grid &grid, const RowBox &row)
    {
        int from = 0;
        bool fresh = false;
        while (from < row.lineCount) {
            int room = static_cast<int>(
                std::max(0.0, (m_bottom - m_y - 2 * m_cellPadV + kEpsilon) / m_cellLine));
            if (!fresh && (room < 1 || (from == 0 && room < 3))) {
                continueGrid(grid);
                fresh = true;
                continue;
            }
            room = std::max(room, 1);
            const int to = std::min(row.lineCount, from + room);
            emitRow(grid, row, from, to);
            from = to;
            fresh = false;
            if (from < row.lineCount) {
                continueGrid(grid);
                fresh = true;
            }
        }
    }

    void place(const Table &t, const Block *)
    {
        if (t.columns.empty())
            return;
        placeGrid(gridFor(t));
    }

    void place(const KeyValueGrid &g, const Block *)
    {
        if (g.rows.empty())
            return;
        std::vector<TableRow> rows;
        placeGrid(gridFor(g, rows));
    }

    SignatureBox layoutSignature(const SignatureBlock &s)
    {
        SignatureBox box;
        box.party = wrapPlain(m_fonts, m_bodyBold, s.party, m_width);
        const QString name = s.name.isEmpty() ? QStringLiteral("%1:").arg(s.nameLabel)
                                              : QStringLiteral("%1: %2").arg(s.nameLabel, s.name);
        box.name = wrapPlain(m_fonts, m_body, name, m_width);
        box.nameWidth = widest(box.name);
        box.height = (count(box.party) + count(box.name)) * m_bodyLine + mm(1.0) + mm(15.0)
            + mm(1.2) + m_fonts.height(m_small) + mm(7.0);
        return box;
    }

    void place(const SignatureBlock &s, const Block *)
    {
        const SignatureBox box = layoutSignature(s);
        if (!atTop() && !fits(box.height))
            newPage();
        qreal y = m_y;
        emitLines(box.party, m_left, m_width, Align::Left, y, m_bodyLine, kInk);
        y += count(box.party) * m_bodyLine + mm(1.0);
        emitLines(box.name, m_left, m_width, Align::Left, y, m_bodyLine, kInk);
        const qreal signatureWidth = std::min(m_width * 0.55, mm(95.0));
        if (s.name.isEmpty()) {
            const qreal baseline = y + m_bodyLine - mm(1.0);
            rule(
                m_left + box.nameWidth + mm(2.0), baseline, m_left + signatureWidth, mm(0.2), kInk);
        }
        y += count(box.name) * m_bodyLine + mm(15.0);
        const qreal dateX = m_left + signatureWidth + mm(12.0);
        const qreal dateEnd = std::min(dateX + mm(45.0), m_left + m_width);
        rule(m_left, y, m_left + signatureWidth, mm(0.25), kInk);
        rule(dateX, y, dateEnd, mm(0.25), kInk);
        const qreal captionBaseline = y + mm(1.2) + m_fonts.ascent(m_small);
        text(m_left, captionBaseline, s.signatureLabel, m_small, kMuted);
        text(dateX, captionBaseline, s.dateLabel, m_small, kMuted);
        m_y += box.height;
    }

    qreal graphicHeight(const Graphic &g) const
    {
        return std::clamp(mm(g.heightMm), mm(2.0), freshRoom());
    }

    void place(const Graphic &g, const Block *)
    {
        const qreal height = graphicHeight(g);
        if (!atTop() && !fits(height))
            newPage();
        if (g.paint)
            page().ops.emplace_back(GraphicOp { QRectF(m_left, m_y, m_width, height), &g });
        m_y += height + m_blockAfter;
    }

    void place(const Spacer &s, const Block *)
    {
        if (!atTop())
            m_y = std::min(m_y + mm(std::max<qreal>(s.heightMm, 0.0)), m_bottom);
    }

    void place(const PageBreak &, const Block *) { } // see placeBlocks

    void place(const KeepTogether &k, const Block *next)
    {
        if (!m_measuring && !atTop()) {
            const qreal height = measure(k.blocks, next);
            if (!fits(height) && height <= freshRoom())
                newPage();
        }
        placeBlocks(k.blocks, next);
    }

    const Document &m_doc;
    FontSet &m_fonts;
    std::vector<Page> &m_pages;
    QSizeF m_paper;
    qreal m_dpi;

    int m_body = 0;
    int m_bodyBold = 0;
    int m_small = 0;
    int m_smallBold = 0;

    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_lineFactor = 1.12;
    qreal m_bodyLine = 0;
    qreal m_blockAfter = 0;
    qreal m_cellLine = 0;
    qreal m_cellPadV = 0;
    qreal m_cellPadH = 0;
    qreal m_footerRuleY = 0;
    qreal m_pageBottom = 0;
    qreal m_laterTop = 0;

    Lines m_headerProvider;
    Lines m_headerSubject;
    qreal m_headerSubjectWidth = 0;
    qreal m_headerRuleY = 0;

    // The flow: the current position, the top of this page's text area (spacing there
    // is dropped) and its bottom.
    qreal m_y = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    bool m_measuring = false;
    bool m_breakPending = false;
    Page m_scratch;
    std::optional<GridHead> m_continuedHead;
};

} // namespace

struct PagedLayout::Impl {
    Impl(const Document &document, const QPaintDevice &device)
        : doc(&document)
        , dpi(device.logicalDpiY())
        , fonts(document.fontFamily, std::clamp<qreal>(document.baseFontPt, 4.0, 72.0), &device)
    { }

    const Document *doc;
    qreal dpi;
    FontSet fonts;
    std::vector<Page> pages;
};

PagedLayout::PagedLayout(
    const Document &document, const QPaintDevice &device, const QSizeF &paperSizePx)
{
    ensureDocumentFonts();
    d = std::make_unique<Impl>(document, device);
    Engine engine(document, d->fonts, d->pages, paperSizePx, d->dpi);
    engine.run();
}

namespace {
QSizeF paperPixels(const QPagedPaintDevice &device)
{
    const QSizeF paperMm = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    return paperMm * (device.logicalDpiY() / 25.4);
}
} // namespace

PagedLayout::PagedLayout(const Document &document, const QPagedPaintDevice &device)
    : PagedLayout(document, device, paperPixels(device))
{ }

PagedLayout::~PagedLayout() = default;
PagedLayout::PagedLayout(PagedLayout &&) noexcept = default;
PagedLayout &PagedLayout::operator=(PagedLayout &&) noexcept = default;

int PagedLayout::pageCount() const
{
    return static_cast<int>(d->pages.size());
}

void PagedLayout::paintPage(QPainter &painter, int index) const
{
    const Page &page = d->pages.at(static_cast<std::size_t>(index));
    const GraphicContext context { d->dpi, d->doc->fontFamily, d->fonts.basePt() };
    int font = -1;
    QRgb penColour = 0;
    qreal penWidth = -1; // 0 for text: a pen whose width does not matter
    const auto usePen = [&](QRgb colour, qreal width) {
        if (colour == penColour && width == penWidth)
            return;
        QPen pen { QColor::fromRgba(colour) };
        if (width > 0) {
            pen.setWidthF(width);
            pen.setCapStyle(Qt::FlatCap);
        }
        painter.setPen(pen);
        penColour = colour;
        penWidth = width;
    };
    for (const Op &op : page.ops) {
        std::visit(
            Overloaded {
                [&](const TextOp &t) {
                    if (t.font != font) {
                        painter.setFont(d->fonts.font(t.font));
                        font = t.font;
                    }
                    usePen(t.colour, 0.0);
                    painter.drawText(t.baseline, t.text);
                },
                [&](const LineOp &l) {
                    usePen(l.colour, l.width);
                    painter.drawLine(l.line);
                },
                [&](const FillOp &f) { painter.fillRect(f.rect, QColor::fromRgba(f.colour)); },
                [&](const ImageOp &i) { painter.drawImage(i.rect, i.image); },
                [&](const GraphicOp &g) {
                    painter.save();
                    painter.setClipRect(g.rect);
                    painter.setRenderHint(QPainter::Antialiasing);
                    g.graphic->paint(painter, g.rect, context);
                    painter.restore();
                    font = -1;
                    penWidth = -1;
                },
            },
            op);
    }
}

} // namespace isf::reports
