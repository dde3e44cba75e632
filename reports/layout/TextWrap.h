// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Internal to the layout engine: the fonts of one document measured for one paint device,
// and greedy word wrapping. Measuring uses QFontMetricsF for the device's resolution, so
// what is measured is what QPainter draws there. Not for use outside reports/layout/.

#include "reports/layout/Document.h"

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QVarLengthArray>

#include <vector>

class QPaintDevice;

namespace isf::reports::detail {

class FontSet {
public:
    FontSet(const QString &family, qreal basePt, const QPaintDevice *device);

    // The index of the font at relativeSize times the base size, created on first use.
    int get(qreal relativeSize, bool bold = false, bool italic = false);

    const QFont &font(int index) const { return m_entries[static_cast<std::size_t>(index)].font; }
    const QFontMetricsF &metrics(int index) const
    {
        return m_entries[static_cast<std::size_t>(index)].metrics;
    }
    qreal spaceWidth(int index) const { return m_entries[static_cast<std::size_t>(index)].space; }
    qreal height(int index) const { return metrics(index).height(); }
    qreal ascent(int index) const { return metrics(index).ascent(); }
    qreal basePt() const { return m_basePt; }
    const QString &family() const { return m_family; }

private:
    struct Entry {
        qreal relativeSize;
        bool bold;
        bool italic;
        QFont font;
        QFontMetricsF metrics;
        qreal space;
    };
    QString m_family;
    qreal m_basePt;
    const QPaintDevice *m_device;
    std::vector<Entry> m_entries;
};

// A piece of a line in one font, x from the line's start.
struct Fragment {
    qreal x = 0;
    int font = 0;
    QString text;
};

struct Line {
    QVarLengthArray<Fragment, 1> fragments;
    qreal width = 0;
};

using Lines = std::vector<Line>;

// Wraps text in one font to maxWidth at spaces; '\n' breaks a line; a word wider than
// maxWidth is broken between characters. Empty text gives no lines.
Lines wrapPlain(const FontSet &fonts, int font, const QString &text, qreal maxWidth);

// The same for runs of plain and bold text.
Lines wrapRich(
    const FontSet &fonts, int regular, int bold, const std::vector<TextRun> &runs, qreal maxWidth);

} // namespace isf::reports::detail
