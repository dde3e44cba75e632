// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// What every printed document of a person shares: the provider's letterhead, the running
// header with the person's name and reference, the generated date, and the small
// wording helpers (money, hours, dates, plurals) the documents are written with.

#include "core/domain/Entities.h"
#include "reports/layout/Document.h"

#include <QDate>

namespace isf::reports::detail {

Letterhead letterheadOf(const Provider &provider);
// "Alex Taylor · Ref P0001"
QString subjectOf(const Person &person);
// A footer note with the provider's signing-key fingerprint after it, when it has one.
QString withKey(const QString &note, const QString &fingerprint);
// A4 document with the letterhead, subject, title and generated date; "Confidential".
Document personDocument(
    const Provider &provider, const Person &person, const QString &title, const QDate &today);

// £1,234.56 kept on one line (no-break space never needed: money has no spaces).
inline QString money(const Money &m)
{
    return m.display();
}
// 7.5 -> "7.5 hours", 1 -> "1 hour"
QString hoursText(const Hours &h);
// "1 week", "4 weeks"
QString weeksText(qint64 n);
// "£12.00 a week", kept together on one line.
QString perWeek(const Money &m);
// Spaces to no-break spaces: a name or a phone number that must not be broken.
QString together(const QString &text);
// "Alex" (preferred name, else given name)
QString calledName(const Person &person);
// The provider's telephone and email as one phrase ("01772 000111 or finance@...").
QString providerContact(const Provider &provider);

} // namespace isf::reports::detail
