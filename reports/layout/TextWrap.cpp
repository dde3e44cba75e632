// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/TextWrap.h"

#include "reports/layout/Fonts.h"

#include <QPaintDevice>

#include <algorithm>

namespace isf::reports::detail {

namespace {

constexpr qreal kFitTolerance = 0.01;

bool isBreakingSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == QChar(0x2002) || c == QChar(0x2003)
        || c == QChar(0x2009);
}

class Wrapper {
public:
    Wrapper(const FontSet &fonts, qreal maxWidth)
        : m_fonts(fonts), m_maxWidth(std::max<qreal>(maxWidth, 1.0))
    { }

    // Adds the words of text; a space between words (or before the first, when
    // spaceBefore) is kept as one space.
    void addText(const QString &text, int font)
    {
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = text.at(i);
            if (c == u'\n') {
                breakLine(true);
                m_spacePending = false;
                ++i;
                continue;
            }
            if (isBreakingSpace(c)) {
                m_spacePending = true;
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && text.at(end) != u'\n' && !isBreakingSpace(text.at(end)))
                ++end;
            addWord(text.mid(i, end - i), font);
            i = end;
        }
    }

    Lines finish()
    {
        if (!m_line.fragments.isEmpty())
            breakLine(false);
        return std::move(m_lines);
    }

private:
    void addWord(const QString &word, int font)
    {
        const QFontMetricsF &fm = m_fonts.metrics(font);
        const qreal width = fm.horizontalAdvance(word);
        const bool spaced = m_spacePending && !m_line.fragments.isEmpty();
        m_spacePending = false;
        const qreal space = spaced ? m_fonts.spaceWidth(font) : 0.0;
        if (!m_line.fragments.isEmpty()) {
            if (m_x + space + width <= m_maxWidth + kFitTolerance) {
                append(word, font, width, spaced, space);
                return;
            }
            breakLine(false);
        }
        if (width <= m_maxWidth + kFitTolerance) {
            append(word, font, width, false, 0.0);
            return;
        }
        // Wider than the whole line: break between characters (never inside a
        // surrogate pair), taking the longest piece that fits each time.
        QString rest = word;
        while (!rest.isEmpty()) {
            qsizetype lo = 1;
            qsizetype hi = rest.size();
            while (lo < hi) {
                const qsizetype mid = (lo + hi + 1) / 2;
                if (fm.horizontalAdvance(rest.left(mid)) <= m_maxWidth + kFitTolerance)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (lo < rest.size() && rest.at(lo - 1).isHighSurrogate())
                lo = lo > 1 ? lo - 1 : lo + 1;
            const QString piece = rest.left(lo);
            rest.remove(0, lo);
            append(piece, font, fm.horizontalAdvance(piece), false, 0.0);
            if (!rest.isEmpty())
                breakLine(false);
        }
    }

    void append(const QString &word, int font, qreal width, bool spaced, qreal space)
    {
        if (!m_line.fragments.isEmpty() && m_line.fragments.back().font == font) {
            Fragment &last = m_line.fragments.back();
            if (spaced)
                last.text += u' ';
            last.text += word;
        } else {
            m_line.fragments.push_back(Fragment { m_x + space, font, word });
        }
        m_x += space + width;
        m_line.width = m_x;
    }

    void breakLine(bool forced)
    {
        if (forced || !m_line.fragments.isEmpty())
            m_lines.push_back(std::move(m_line));
        m_line = Line {};
        m_x = 0;
    }

    const FontSet &m_fonts;
    qreal m_maxWidth;
    Lines m_lines;
    Line m_line;
    qreal m_x = 0;
    bool m_spacePending = false;
};

} // namespace

FontSet::FontSet(const QString &family, qreal basePt, const QPaintDevice *device)
    : m_family(family), m_basePt(basePt), m_device(device)
{
    m_entries.reserve(16);
}

int FontSet::get(qreal relativeSize, bool bold, bool italic)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (qFuzzyCompare(e.relativeSize, relativeSize) && e.bold == bold && e.italic == italic)
            return static_cast<int>(i);
    }
    QFont font
        = documentFont(m_family, m_basePt * relativeSize, m_device->logicalDpiY(), bold, italic);
    QFontMetricsF metrics(font, m_device);
    const qreal space = metrics.horizontalAdvance(QChar(u' '));
    m_entries.push_back(Entry { relativeSize, bold, italic, font, metrics, space });
    return static_cast<int>(m_entries.size() - 1);
}

Lines wrapPlain(const FontSet &fonts, int font, const QString &text, qreal maxWidth)
{
    if (text.isEmpty())
        return {};
    // Most cells and labels are one short line: measure once and be done.
    bool simple = !text.front().isSpace() && !text.back().isSpace();
    for (qsizetype i = 0; simple && i < text.size(); ++i) {
        const QChar c = text.at(i);
        simple = c != u'\n' && c != u'\t' && c != u'\r';
    }
    if (simple) {
        const qreal width = fonts.metrics(font).horizontalAdvance(text);
        if (width <= maxWidth + kFitTolerance) {
            Lines lines(1);
            lines.front().fragments.push_back(Fragment { 0.0, font, text });
            lines.front().width = width;
            return lines;
        }
    }
    Wrapper wrapper(fonts, maxWidth);
    wrapper.addText(text, font);
    return wrapper.finish();
}

Lines wrapRich(
    const FontSet &fonts, int regular, int bold, const std::vector<TextRun> &runs, qreal maxWidth)
{
    if (runs.size() == 1 && !runs.front().bold)
        return wrapPlain(fonts, regular, runs.front().text, maxWidth);
    Wrapper wrapper(fonts, maxWidth);
    for (const TextRun &run : runs)
        wrapper.addText(run.text, run.bold ? bold : regular);
    return wrapper.finish();
}

} // namespace isf::reports::detail
