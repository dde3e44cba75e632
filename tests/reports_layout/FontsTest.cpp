// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Fonts.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QFontInfo>
#include <QPainterPath>
#include <QRawFont>
#include <QtEndian>

using namespace isf::reports;

namespace {
QByteArray systemFont(const char *file)
{
    QFile f(QStringLiteral("/usr/share/fonts/truetype/dejavu/") + QLatin1String(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("the unhinted document font has the system font's glyphs, metrics and coverage")
{
    for (const char *file : { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" }) {
        INFO(file);
        const QByteArray original = systemFont(file);
        const QByteArray stripped = withoutHinting(original, QStringLiteral("Test Family"));
        REQUIRE_FALSE(stripped.isEmpty());
        const QRawFont before(original, 100, QFont::PreferNoHinting);
        const QRawFont after(stripped, 100, QFont::PreferNoHinting);
        REQUIRE(after.isValid());
        CHECK(after.familyName() == u"Test Family");
        CHECK(after.styleName() == before.styleName());
        CHECK_FALSE(before.fontTable("fpgm").isEmpty());
        CHECK(after.fontTable("fpgm").isEmpty());
        CHECK(after.fontTable("prep").isEmpty());
        CHECK(after.fontTable("GPOS") == before.fontTable("GPOS")); // kerning kept
        CHECK(after.fontTable("cmap") == before.fontTable("cmap")); // coverage kept

        const QString sample = QStringLiteral("Jane Smith · £1,234.56 Łódź Ærøskøbing ﬁ Ω → ½");
        const QList<quint32> glyphs = after.glyphIndexesForString(sample);
        CHECK(glyphs == before.glyphIndexesForString(sample));
        CHECK(after.advancesForGlyphIndexes(glyphs) == before.advancesForGlyphIndexes(glyphs));
        // Every glyph's outline, composite glyphs included, has the same curves. Qt reads
        // the system font's outlines hinted at 2048 ppem, which moves points by up to 1.5%
        // of the em in DejaVu; the stripped font's are the design outlines themselves.
        const int count = qFromBigEndian<quint16>(after.fontTable("maxp").constData() + 4);
        REQUIRE(count > 5000);
        int different = 0;
        qreal furthest = 0;
        for (int g = 0; g < count; ++g) {
            const QPainterPath a = before.pathForGlyph(static_cast<quint32>(g));
            const QPainterPath b = after.pathForGlyph(static_cast<quint32>(g));
            bool same = a.elementCount() == b.elementCount();
            for (int i = 0; same && i < a.elementCount(); ++i) {
                const QPainterPath::Element e = a.elementAt(i);
                const QPainterPath::Element f = b.elementAt(i);
                same = e.type == f.type;
                furthest = std::max(furthest, std::abs(e.x - f.x) + std::abs(e.y - f.y));
            }
            if (!same)
                ++different;
        }
        CHECK(different == 0);
        CHECK(furthest < 2.0); // pixels, at 100 px to the em
    }
}

TEST_CASE("a file that is not a TrueType font is refused")
{
    CHECK(withoutHinting(QByteArray(), QStringLiteral("X")).isEmpty());
    CHECK(withoutHinting(QByteArray("OTTO and some junk"), QStringLiteral("X")).isEmpty());
    QByteArray truncated = systemFont("DejaVuSans.ttf").left(5000);
    CHECK(withoutHinting(truncated, QStringLiteral("X")).isEmpty());
}

TEST_CASE("documents ask for DejaVu Sans and get the unhinted copy")
{
    ensureDocumentFonts();
    CHECK(resolvedFamily(QStringLiteral("DejaVu Sans")) == QString::fromUtf16(kDocumentFamily));
    CHECK(resolvedFamily(QStringLiteral("Other")) == u"Other");
    const QFont font = documentFont(QStringLiteral("DejaVu Sans"), 14, 300, true);
    CHECK(font.pixelSize() == 59); // 58.3 rounded up: never smaller than 14 pt
    const QFontInfo info(font);
    CHECK(info.family() == QString::fromUtf16(kDocumentFamily));
    CHECK(info.bold());
}

TEST_CASE("a damaged font file is refused or rewritten, never read out of bounds")
{
    const QByteArray original = systemFont("DejaVuSans.ttf");
    quint32 seed = 12345;
    const auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
    for (int i = 0; i < 30; ++i) {
        // Cut anywhere, or overwrite a run of bytes in the directory or the tables.
        withoutHinting(
            original.left(static_cast<qsizetype>(next() % static_cast<quint32>(original.size()))),
            QStringLiteral("X"));
        QByteArray damaged = original;
        const qsizetype at = i < 10
            ? static_cast<qsizetype>(next() % 400)
            : static_cast<qsizetype>(next() % static_cast<quint32>(original.size() - 8));
        for (qsizetype k = 0; k < 8; ++k)
            damaged[at + k] = static_cast<char>(next() >> 24);
        withoutHinting(damaged, QStringLiteral("X"));
    }
    SUCCEED();
}
