// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Reads PDFs back with poppler-utils (pdfinfo, pdftotext, pdftohtml, pdffonts, pdfimages),
// as a person's PDF reader would see them.

#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

struct PdfWord {
    int page = 0; // from 1
    QRectF box; // points, from the page's top-left corner
    QString text;
};

struct PdfSpan {
    int page = 0;
    qreal fontSize = 0; // as pdftohtml reports it
    QString fontFamily;
    QString text;
    QStringList boldParts; // the stretches pdftohtml marks bold
};

// Runs a tool and returns its standard output; fails the test when it does not succeed.
QString runTool(const QString &program, const QStringList &arguments);

int pdfPageCount(const QString &pdf);
QString pdfInfoField(const QString &pdf, const QString &field);
// The text of one page (from 1) or of all pages, laid out as on paper.
QString pdfPageText(const QString &pdf, int page);
QString pdfText(const QString &pdf);
// Every word with its box.
std::vector<PdfWord> pdfWords(const QString &pdf);
// Lines of text with their font size, as pdftohtml -xml at zoom 1 reports them.
std::vector<PdfSpan> pdfSpans(const QString &pdf);
// Rows of pdffonts: name, then whether embedded and subset ("yes"/"no").
struct PdfFont {
    QString name;
    bool embedded = false;
    bool subset = false;
};
std::vector<PdfFont> pdfFonts(const QString &pdf);
// How many images each page (from 1) draws.
std::vector<int> pdfImagesPerPage(const QString &pdf);

// The words whose text is exactly text.
std::vector<PdfWord> wordsNamed(const std::vector<PdfWord> &words, const QString &text);
// The page the single word text is on; 0 when absent, -1 when there is more than one.
int pageOf(const std::vector<PdfWord> &words, const QString &text);
