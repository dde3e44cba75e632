// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/reports_layout/PdfProbe.h"

#include "tests/support/catch.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    INFO(program.toStdString() << " " << arguments.join(u' ').toStdString() << ": "
                               << process.readAllStandardError().toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfoField(const QString &pdf, const QString &field)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpression re(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

int pdfPageCount(const QString &pdf)
{
    return pdfInfoField(pdf, QStringLiteral("Pages")).toInt();
}

QString pdfPageText(const QString &pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
            QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-") });
}

QString pdfText(const QString &pdf)
{
    return runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

std::vector<PdfWord> pdfWords(const QString &pdf)
{
    const QString html = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    std::vector<PdfWord> words;
    QXmlStreamReader xml(html);
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page") {
            ++page;
        } else if (xml.name() == u"word") {
            const QXmlStreamAttributes a = xml.attributes();
            PdfWord w;
            w.page = page;
            const qreal x0 = a.value(QStringLiteral("xMin")).toDouble();
            const qreal y0 = a.value(QStringLiteral("yMin")).toDouble();
            w.box = QRectF(QPointF(x0, y0),
                QPointF(a.value(QStringLiteral("xMax")).toDouble(),
                    a.value(QStringLiteral("yMax")).toDouble()));
            w.text = xml.readElementText();
            words.push_back(w);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return words;
}

std::vector<PdfSpan> pdfSpans(const QString &pdf)
{
    const QString xmlText = runTool(QStringLiteral("pdftohtml"),
        { QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
            QStringLiteral("-q"), QStringLiteral("-zoom"), QStringLiteral("1"), pdf });
    std::vector<PdfSpan> spans;
    QXmlStreamReader xml(xmlText);
    struct Spec {
        qreal size;
        QString family;
    };
    QHash<QString, Spec> specs;
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"page") {
            ++page;
        } else if (xml.name() == u"fontspec") {
            specs.insert(a.value(QStringLiteral("id")).toString(),
                { a.value(QStringLiteral("size")).toDouble(),
                    a.value(QStringLiteral("family")).toString() });
        } else if (xml.name() == u"text") {
            const Spec spec = specs.value(a.value(QStringLiteral("font")).toString());
            PdfSpan span { page, spec.size, spec.family, {}, {} };
            int boldDepth = 0;
            QString bold;
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::StartElement && xml.name() == u"b") {
                    ++boldDepth;
                } else if (token == QXmlStreamReader::EndElement && xml.name() == u"b") {
                    if (--boldDepth == 0) {
                        span.boldParts.push_back(bold.trimmed());
                        bold.clear();
                    }
                } else if (token == QXmlStreamReader::EndElement && xml.name() == u"text") {
                    break;
                } else if (token == QXmlStreamReader::Characters) {
                    span.text += xml.text();
                    if (boldDepth > 0)
                        bold += xml.text();
                }
            }
            spans.push_back(span);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return spans;
}

std::vector<PdfFont> pdfFonts(const QString &pdf)
{
    const QStringList lines
        = runTool(QStringLiteral("pdffonts"), { pdf }).split(u'\n', Qt::SkipEmptyParts);
    std::vector<PdfFont> fonts;
    for (qsizetype i = 2; i < lines.size(); ++i) { // after the title and the dashes
        const QStringList cells = lines[i].split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cells.size() >= 7);
        fonts.push_back({ cells.front(), cells[cells.size() - 5] == u"yes",
            cells[cells.size() - 4] == u"yes" });
    }
    return fonts;
}

std::vector<int> pdfImagesPerPage(const QString &pdf)
{
    const QStringList lines = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf })
                                  .split(u'\n', Qt::SkipEmptyParts);
    std::vector<int> perPage(static_cast<std::size_t>(pdfPageCount(pdf)), 0);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u' ', Qt::SkipEmptyParts);
        const int page = cells.value(0).toInt();
        // Soft masks (alpha channels) are listed as images of their own.
        if (page >= 1 && cells.value(2) != u"smask")
            ++perPage[static_cast<std::size_t>(page - 1)];
    }
    return perPage;
}

std::vector<PdfWord> wordsNamed(const std::vector<PdfWord> &words, const QString &text)
{
    std::vector<PdfWord> out;
    for (const PdfWord &w : words) {
        if (w.text == text)
            out.push_back(w);
    }
    return out;
}

int pageOf(const std::vector<PdfWord> &words, const QString &text)
{
    const std::vector<PdfWord> found = wordsNamed(words, text);
    if (found.empty())
        return 0;
    return found.size() == 1 ? found.front().page : -1;
}
