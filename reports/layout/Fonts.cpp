// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Fonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <vector>

namespace isf::reports {

namespace {

// ----- reading and writing big-endian TrueType data -----------------------------------

class Reader {
public:
    explicit Reader(const QByteArray &data) : m_data(data) { }
    bool has(qsizetype offset, qsizetype length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_data.size() - length;
    }
    quint16 u16(qsizetype offset) const
    {
        return has(offset, 2) ? qFromBigEndian<quint16>(m_data.constData() + offset) : 0;
    }
    quint32 u32(qsizetype offset) const
    {
        return has(offset, 4) ? qFromBigEndian<quint32>(m_data.constData() + offset) : 0;
    }

private:
    const QByteArray &m_data;
};

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void padTo4(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

using Tables = std::map<QByteArray, QByteArray>; // sorted by tag, as the directory must be

// Composite glyph component flags.
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;
constexpr quint16 kHaveInstructions = 0x0100;

// One glyph without its instructions; false when the glyph data is malformed.
bool stripGlyph(const QByteArray &glyph, QByteArray &out)
{
    const Reader r(glyph);
    if (!r.has(0, 10))
        return false;
    const auto contours = static_cast<qint16>(r.u16(0));
    if (contours >= 0) {
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (!r.has(lengthAt, 2))
            return false;
        const qsizetype rest = lengthAt + 2 + r.u16(lengthAt);
        if (rest > glyph.size())
            return false;
        out += glyph.left(lengthAt);
        put16(out, 0);
        out += glyph.mid(rest);
        return true;
    }
    QByteArray copy = glyph;
    qsizetype at = 10;
    quint16 flags = 0;
    do {
        if (!r.has(at, 4))
            return false;
        flags = r.u16(at);
        qToBigEndian<quint16>(flags & ~kHaveInstructions, copy.data() + at);
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
    } while (flags & kMoreComponents);
    if (at > glyph.size())
        return false;
    out += copy.left(at);
    return true;
}

// The name table with the family (name 1) replaced and the typographic family and
// subfamily (16, 17, 21, 22), which would override it, dropped.
QByteArray renamed(const QByteArray &name, const QString &family)
{
    const Reader r(name);
    const int count = r.u16(2);
    const int storage = r.u16(4);
    if (!r.has(6, 12 * qsizetype(count)))
        return {};
    struct Record {
        quint16 platform, encoding, language, id;
        QByteArray text;
    };
    std::vector<Record> records;
    for (int i = 0; i < count; ++i) {
        const qsizetype at = 6 + 12 * qsizetype(i);
        Record record { r.u16(at), r.u16(at + 2), r.u16(at + 4), r.u16(at + 6), {} };
        const qsizetype length = r.u16(at + 8);
        const qsizetype offset = storage + qsizetype(r.u16(at + 10));
        if (!r.has(offset, length))
            return {};
        record.text = name.mid(offset, length);
        if (record.id == 16 || record.id == 17 || record.id == 21 || record.id == 22)
            continue;
        if (record.id == 1) {
            if (record.platform == 3 || record.platform == 0) {
                record.text.clear();
                for (const QChar c : family)
                    put16(record.text, c.unicode());
            } else if (record.platform == 1) {
                record.text = family.toLatin1();
            } else {
                continue;
            }
        }
        records.push_back(record);
    }
    QByteArray out;
    QByteArray strings;
    put16(out, 0);
    put16(out, static_cast<quint16>(records.size()));
    put16(out, static_cast<quint16>(6 + 12 * records.size()));
    for (const Record &record : records) {
        put16(out, record.platform);
        put16(out, record.encoding);
        put16(out, record.language);
        put16(out, record.id);
        put16(out, static_cast<quint16>(record.text.size()));
        put16(out, static_cast<quint16>(strings.size()));
        strings += record.text;
    }
    return out + strings;
}

struct Face {
    const char *file;
};
constexpr Face kFaces[] = { { "DejaVuSans.ttf" }, { "DejaVuSans-Bold.ttf" },
    { "DejaVuSans-Oblique.ttf" }, { "DejaVuSans-BoldOblique.ttf" } };

QString g_documentFamily; // set once, under the once_flag

} // namespace

QByteArray withoutHinting(const QByteArray &font, const QString &family)
{
    const Reader r(font);
    const quint32 version = r.u32(0);
    if (version != 0x00010000 && version != 0x74727565) // TrueType outlines only
        return {};
    Tables tables;
    const int count = r.u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * qsizetype(i);
        const qsizetype offset = r.u32(record + 8);
        const qsizetype length = r.u32(record + 12);
        if (!r.has(record, 16) || !r.has(offset, length))
            return {};
        tables[font.mid(record, 4)] = font.mid(offset, length);
    }
    for (const char *required : { "head", "maxp", "loca", "glyf", "name" }) {
        if (tables.count(QByteArray(required)) == 0)
            return {};
    }

    QByteArray &head = tables[QByteArrayLiteral("head")];
    const Reader headReader(head);
    const Reader maxp(tables[QByteArrayLiteral("maxp")]);
    const QByteArray &loca = tables[QByteArrayLiteral("loca")];
    const QByteArray &glyf = tables[QByteArrayLiteral("glyf")];
    const Reader locaReader(loca);
    if (!headReader.has(50, 2) || !maxp.has(4, 2))
        return {};
    const bool longOffsets = headReader.u16(50) == 1;
    const int glyphs = maxp.u16(4);
    if (!locaReader.has(0, qsizetype(glyphs + 1) * (longOffsets ? 4 : 2)))
        return {};

    QByteArray newGlyf;
    QByteArray newLoca;
    newGlyf.reserve(glyf.size());
    for (int g = 0; g < glyphs; ++g) {
        const qsizetype start = longOffsets ? locaReader.u32(4 * g) : 2 * locaReader.u16(2 * g);
        const qsizetype end
            = longOffsets ? locaReader.u32(4 * g + 4) : 2 * locaReader.u16(2 * g + 2);
        put32(newLoca, static_cast<quint32>(newGlyf.size()));
        if (end <= start)
            continue; // an empty glyph (a space)
        if (end > glyf.size() || !stripGlyph(glyf.mid(start, end - start), newGlyf))
            return {};
        padTo4(newGlyf);
    }
    put32(newLoca, static_cast<quint32>(newGlyf.size()));
    qToBigEndian<quint16>(1, head.data() + 50); // loca now has 32-bit offsets
    const QByteArray name = renamed(tables[QByteArrayLiteral("name")], family);
    if (name.isEmpty())
        return {};
    tables[QByteArrayLiteral("glyf")] = newGlyf;
    tables[QByteArrayLiteral("loca")] = newLoca;
    tables[QByteArrayLiteral("name")] = name;
    for (const char *tag : { "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "gasp" })
        tables.erase(QByteArray(tag));

    // The directory; checksums are left at zero (nothing that reads fonts here checks them).
    QByteArray out;
    put32(out, 0x00010000);
    const auto n = static_cast<quint16>(tables.size());
    quint16 selector = 0;
    while ((2u << selector) <= n)
        ++selector;
    put16(out, n);
    put16(out, static_cast<quint16>(16u << selector));
    put16(out, selector);
    put16(out, static_cast<quint16>(n * 16u - (16u << selector)));
    QByteArray body;
    const qsizetype bodyStart = 12 + 16 * qsizetype(n);
    for (const auto &[tag, data] : tables) {
        out += tag;
        put32(out, 0);
        put32(out, static_cast<quint32>(bodyStart + body.size()));
        put32(out, static_cast<quint32>(data.size()));
        body += data;
        padTo4(body);
    }
    return out + body;
}

void ensureDocumentFonts()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QStringList folders = { QStringLiteral("/usr/share/fonts/truetype/dejavu"),
            QStringLiteral("/usr/share/fonts/dejavu"), QStringLiteral("/usr/share/fonts/TTF") };
        const QString family = QString::fromUtf16(kDocumentFamily);
        for (const QString &folder : folders) {
            int registered = 0;
            for (const Face &face : kFaces) {
                QFile file(folder + u'/' + QLatin1String(face.file));
                if (!file.open(QIODevice::ReadOnly))
                    break;
                const QByteArray stripped = withoutHinting(file.readAll(), family);
                if (stripped.isEmpty() || QFontDatabase::addApplicationFontFromData(stripped) < 0)
                    break;
                ++registered;
            }
            if (registered >= 2) { // at least regular and bold
                g_documentFamily = family;
                return;
            }
        }
    });
}

QString resolvedFamily(const QString &family)
{
    ensureDocumentFonts();
    if (!g_documentFamily.isEmpty() && family == u"DejaVu Sans")
        return g_documentFamily;
    return family;
}

QFont documentFont(const QString &family, qreal pointSize, qreal dpi, bool bold, bool italic)
{
    QFont font(resolvedFamily(family));
    font.setPixelSize(std::max(1, static_cast<int>(std::ceil(pointSize * dpi / 72.0 - 1e-6))));
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping where a script does not need it: Latin text is then drawn without
    // ligatures, so "fi" stays two letters for search, copying and screen readers (and
    // measuring and drawing are quicker).
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

} // namespace isf::reports
