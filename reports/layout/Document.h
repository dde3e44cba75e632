// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The document model every printed document is written in: a letterhead, a running
// header subject, a title, a generated date and a sequence of blocks. The paginator
// (Paginator.h) lays the blocks out onto pages; Renderer.h paints them to a PDF or a
// printer. A document is plain data: build it on any thread, then render it from any
// number of threads at once (graphic callbacks must then be safe to call concurrently).

#include <QDate>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <concepts>
#include <functional>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

class QPainter;

namespace isf::reports {

enum class Align { Left, Centre, Right };

// A stretch of text in one style. Documents only need plain and bold.
struct TextRun {
    QString text;
    bool bold = false;
};

// Plain text with optional bold stretches, wrapped at spaces; '\n' starts a new line, and
// a no-break space (U+00A0) keeps a telephone number or "£12 a week" together. A word
// wider than the line is broken between letters rather than cut off.
// Runs join without adding spaces, so RichText(u"You have "_s).bold(amount).plain(u" left."_s)
// reads "You have £12.00 left."
class RichText {
public:
    RichText() = default;
    // Implicit on purpose: a QString is the common case of a paragraph.
    RichText(const QString &plain) { this->plain(plain); } // NOLINT(google-explicit-constructor)

    RichText &plain(const QString &text) { return append(text, false); }
    RichText &bold(const QString &text) { return append(text, true); }
    RichText &append(const QString &text, bool bold);

    const std::vector<TextRun> &runs() const { return m_runs; }
    QString toPlainText() const;
    bool isEmpty() const;

private:
    std::vector<TextRun> m_runs;
};

// A section heading. Level 1 is a section (ruled underneath), 2 a subsection, 3 a minor
// heading. A heading is never left alone at the foot of a page: it moves to the next page
// with the start of the block after it.
struct Heading {
    QString text;
    int level = 1;
};

// Wrapped text. relativeSize scales the document's base font (0.85 for small print).
struct Paragraph {
    RichText text;
    Align align = Align::Left;
    qreal relativeSize = 1.0;
};

struct KeyValue {
    QString key;
    QString value;
    bool emphasised = false; // bold with a rule above: a total such as the closing balance
};

// Label/value pairs in two columns ("Opening balance  £1,234.56"). Rows never split
// across pages. keyShare is the label column's part of the grid's width; widthShare is
// the grid's part of the page's text width (a narrow grid keeps amounts near labels).
struct KeyValueGrid {
    std::vector<KeyValue> rows;
    qreal keyShare = 0.5;
    qreal widthShare = 1.0;
    Align valueAlign = Align::Left;

    KeyValueGrid &add(const QString &key, const QString &value, bool emphasised = false)
    {
        rows.push_back({ key, value, emphasised });
        return *this;
    }
};

// A table column: title, relative width (weights are shared out over the text width)
// and alignment. Money columns are Align::Right so that the pence line up.
struct Column {
    QString title;
    qreal weight = 1.0;
    Align align = Align::Left;
};

enum class RowStyle {
    Normal,
    Total, // bold, with a rule above
    Reversal, // on a tinted band, marked at its left edge: an entry that undoes another
    Section, // the first cell spans the table in bold: a category heading
};

struct TableRow {
    QStringList cells; // one per column; missing cells are blank
    RowStyle style = RowStyle::Normal;
};

// A table whose cells wrap. Over a page break the caption (marked "continued") and the
// column titles repeat, and a row is never split, unless it is taller than a whole page,
// in which case its cells continue on the next page line by line.
struct Table {
    QString caption;
    std::vector<Column> columns;
    std::vector<TableRow> rows;

    Table &addColumn(const QString &title, qreal weight = 1.0, Align align = Align::Left)
    {
        columns.push_back({ title, weight, align });
        return *this;
    }
    Table &addRow(const QStringList &cells, RowStyle style = RowStyle::Normal)
    {
        rows.push_back({ cells, style });
        return *this;
    }
};

// Vertical space. Dropped at the top of a page.
struct Spacer {
    qreal heightMm = 5.0;
};

// Starts a new page, unless the current page is still empty.
struct PageBreak { };

// A party's signature block, always kept on one page:
//   <party>            e.g. "Signed for the council"
//   Name: <name>       (a line to write on when the name is blank)
//   ____________________   ____________
//   Signature              Date
struct SignatureBlock {
    QString party;
    QString name;
    QString signatureLabel = QStringLiteral("Signature");
    QString dateLabel = QStringLiteral("Date");
    QString nameLabel = QStringLiteral("Name");
};

// What a graphic callback gets besides the painter and its rectangle (device pixels).
struct GraphicContext {
    qreal dpi = 72.0;
    QString fontFamily;
    qreal baseFontPt = 10.0;

    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal pt(qreal points) const { return points * dpi / 72.0; }
    // The document's font at relativeSize times its base size, as text is drawn elsewhere.
    QFont font(qreal relativeSize = 1.0, bool bold = false) const;
};

using GraphicPainter = std::function<void(QPainter &, const QRectF &, const GraphicContext &)>;

// A picture drawn by a callback into a rectangle the full text width wide and heightMm
// tall (taller than a page is shrunk to fit). Kept on one page. See Charts.h.
struct Graphic {
    qreal heightMm = 40.0;
    GraphicPainter paint;
};

class Block;

// Blocks that move to the next page together if they do not fit on this one (a group
// taller than a whole page is laid out normally).
struct KeepTogether {
    std::vector<Block> blocks;

    template <typename T> KeepTogether &add(T &&block);
};

class Block {
public:
    using Variant = std::variant<Heading, Paragraph, KeyValueGrid, Table, Spacer, PageBreak,
        SignatureBlock, Graphic, KeepTogether>;

    template <typename T>
    requires(!std::same_as<std::remove_cvref_t<T>, Block> && std::constructible_from<Variant, T &&>)
        Block(T &&block) // NOLINT(google-explicit-constructor)
        : m_value(std::forward<T>(block))
    { }

    const Variant &value() const { return m_value; }

private:
    Variant m_value;
};

template <typename T> KeepTogether &KeepTogether::add(T &&block)
{
    blocks.emplace_back(std::forward<T>(block));
    return *this;
}

// The provider's letterhead: in full on page 1, as one line on later pages.
struct Letterhead {
    QString providerName;
    QStringList addressLines; // address, telephone, email: one line each
    QImage logo; // optional; drawn at most 20 mm tall and 60 mm wide, keeping its shape
};

struct Document {
    static constexpr qreal kNormalFontPt = 10.0;
    static constexpr qreal kEasyReadFontPt = 14.0; // the least an easy-read document may use

    Letterhead letterhead;
    QString subject; // the running header, on every page: the person's name and reference
    QString title; // on page 1 under the letterhead; also the PDF's title
    QDate generatedOn; // "Generated 6 April 2026" in every footer
    QString footerNote; // optional, centred in every footer ("Confidential")
    qreal baseFontPt = kNormalFontPt;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    std::vector<Block> blocks;

    template <typename T> Document &add(T &&block)
    {
        blocks.emplace_back(std::forward<T>(block));
        return *this;
    }
};

} // namespace isf::reports
