// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Header-only: reads PDFs back with poppler-utils (pdfinfo, pdftotext, pdftohtml), as a
// reader would see them. Used by reports_documents and cli_documents.
//
// With ISF_DOCS_OUT set to a folder, keepPdf() copies each PDF there, to look at them
// (pdftoppm -png -r 70).

#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace pdftext {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    INFO(program.toStdString() << " " << arguments.join(u' ').toStdString() << ": "
                               << process.readAllStandardError().toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch m = QRegularExpression(
        QStringLiteral("^Pages:\\s*(\\d+)"), QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// One page (from 1), laid out as on paper; 0 for every page.
inline QString text(const QString &pdf, int page = 0)
{
    QStringList args { QStringLiteral("-layout") };
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

// The text with runs of spaces squeezed to one, so that a row reads as one line.
inline QString squeezed(const QString &pdf, int page = 0)
{
    QString t = text(pdf, page);
    t.replace(QRegularExpression(QStringLiteral("[ \\t\\x{00a0}]+")), QStringLiteral(" "));
    return t;
}

// All the text as one line: every run of white space, line ends included, squeezed to
// one space (for paragraphs that wrap; table cells that wrap interleave, so check those
// with matches()).
inline QString flat(const QString &pdf, int page = 0)
{
    QString t = text(pdf, page);
    t.replace(QRegularExpression(QStringLiteral("[\\s\\x{00a0}]+")), QStringLiteral(" "));
    return t;
}

// Whether a regular expression matches somewhere in text.
inline bool matches(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

// The smallest font size used for text, as pdftohtml reports it (zoom 1: points).
inline double smallestFontSize(const QString &pdf)
{
    const QString xml = run(QStringLiteral("pdftohtml"),
        { QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
            QStringLiteral("-q"), QStringLiteral("-zoom"), QStringLiteral("1"), pdf });
    QXmlStreamReader r(xml);
    double smallest = 1000;
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"fontspec")
            smallest = std::min(smallest, r.attributes().value(QStringLiteral("size")).toDouble());
    return smallest;
}

inline void keepPdf(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("ISF_DOCS_OUT");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile::remove(QDir(dir).filePath(name));
    QFile::copy(pdf, QDir(dir).filePath(name));
}

} // namespace pdftext

namespace pdftext {

struct Span {
    int page = 0;
    double size = 0;
    QString text;
};

// Lines of text with their font size (points), as pdftohtml -xml at zoom 1 reports them.
inline std::vector<Span> spans(const QString &pdf)
{
    const QString xml = run(QStringLiteral("pdftohtml"),
        { QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
            QStringLiteral("-q"), QStringLiteral("-zoom"), QStringLiteral("1"), pdf });
    QXmlStreamReader r(xml);
    QHash<QString, double> sizes;
    std::vector<Span> out;
    int page = 0;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"page") {
            ++page;
        } else if (r.name() == u"fontspec") {
            sizes.insert(r.attributes().value(QStringLiteral("id")).toString(),
                r.attributes().value(QStringLiteral("size")).toDouble());
        } else if (r.name() == u"text") {
            const double size
                = sizes.value(r.attributes().value(QStringLiteral("font")).toString());
            out.push_back(
                { page, size, r.readElementText(QXmlStreamReader::IncludeChildElements) });
        }
    }
    return out;
}

} // namespace pdftext
