// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/documents/DocumentCommon.h"

#include <QImage>

namespace isf::reports::detail {

Letterhead letterheadOf(const Provider &provider)
{
    Letterhead l;
    l.providerName = provider.name;
    for (const QString &line : provider.address.split(u'\n', Qt::SkipEmptyParts))
        l.addressLines << line.trimmed();
    QStringList contact;
    if (!provider.phone.isEmpty())
        contact << QStringLiteral("Telephone ") + together(provider.phone);
    if (!provider.email.isEmpty())
        contact << provider.email;
    if (!contact.isEmpty())
        l.addressLines << contact.join(QStringLiteral(" · "));
    if (!provider.logo.isEmpty()) {
        const QByteArray format = provider.logoFormat.toLatin1();
        l.logo = QImage::fromData(provider.logo, format.isEmpty() ? nullptr : format.constData());
    }
    return l;
}

QString withKey(const QString &note, const QString &fingerprint)
{
    return fingerprint.isEmpty() ? note : note + QStringLiteral(" · Provider key ") + fingerprint;
}

QString subjectOf(const Person &person)
{
    return QStringLiteral("%1 · Ref %2").arg(person.fullName(), person.ref);
}

Document personDocument(
    const Provider &provider, const Person &person, const QString &title, const QDate &today)
{
    Document doc;
    doc.letterhead = letterheadOf(provider);
    doc.subject = subjectOf(person);
    doc.title = title;
    doc.generatedOn = today;
    doc.footerNote = QStringLiteral("Confidential");
    return doc;
}

QString hoursText(const Hours &h)
{
    return h == Hours::whole(1) || h == Hours::whole(-1)
        ? h.toString() + QStringLiteral("\u00a0hour")
        : h.toString() + QStringLiteral("\u00a0hours");
}

QString weeksText(qint64 n)
{
    return n == 1 ? QStringLiteral("1\u00a0week") : QStringLiteral("%1\u00a0weeks").arg(n);
}

QString perWeek(const Money &m)
{
    return m.display() + QStringLiteral("\u00a0a\u00a0week");
}

QString together(const QString &text)
{
    QString out = text;
    out.replace(u' ', QChar(0x00a0));
    return out;
}

QString calledName(const Person &person)
{
    return person.preferredName.isEmpty() ? person.givenName : person.preferredName;
}

QString providerContact(const Provider &provider)
{
    QStringList parts;
    if (!provider.phone.isEmpty())
        parts << together(provider.phone);
    if (!provider.email.isEmpty())
        parts << provider.email;
    return parts.join(QStringLiteral(" or "));
}

} // namespace isf::reports::detail
