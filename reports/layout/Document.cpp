// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Document.h"

#include "reports/layout/Fonts.h"

namespace isf::reports {

RichText &RichText::append(const QString &text, bool bold)
{
    if (text.isEmpty())
        return *this;
    if (!m_runs.empty() && m_runs.back().bold == bold)
        m_runs.back().text += text;
    else
        m_runs.push_back({ text, bold });
    return *this;
}

QString RichText::toPlainText() const
{
    QString out;
    for (const TextRun &run : m_runs)
        out += run.text;
    return out;
}

bool RichText::isEmpty() const
{
    for (const TextRun &run : m_runs) {
        if (!run.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

QFont GraphicContext::font(qreal relativeSize, bool bold) const
{
    return documentFont(fontFamily, baseFontPt * relativeSize, dpi, bold);
}

} // namespace isf::reports
