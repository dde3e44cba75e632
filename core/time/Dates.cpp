// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/time/Dates.h"

#include "core/util/Errors.h"

namespace isf {
namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

QDate parseDate(QStringView input)
{
    const QStringView text = input.trimmed();
    int year = 0, month = 0, day = 0;
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-' && allDigits(text.mid(0, 4))
        && allDigits(text.mid(5, 2)) && allDigits(text.mid(8, 2))) {
        year = text.mid(0, 4).toInt();
        month = text.mid(5, 2).toInt();
        day = text.mid(8, 2).toInt();
    } else if (text.size() == 10 && text[2] == u'/' && text[5] == u'/' && allDigits(text.mid(0, 2))
        && allDigits(text.mid(3, 2)) && allDigits(text.mid(6, 4))) {
        day = text.mid(0, 2).toInt();
        month = text.mid(3, 2).toInt();
        year = text.mid(6, 4).toInt();
    } else {
        throw InputError(QStringLiteral("\"%1\" is not a date: use 2026-04-06 or 06/04/2026")
                             .arg(input.toString()));
    }
    if (year < 1900 || year > 2200)
        throw InputError(QStringLiteral("\"%1\" is outside the dates ISF Desk accepts (1900 to "
                                        "2200)")
                             .arg(input.toString()));
    const QDate date(year, month, day);
    if (!date.isValid())
        throw InputError(QStringLiteral("\"%1\" is not a real date").arg(input.toString()));
    return date;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString longDate(const QDate &date)
{
    static const char *const months[] = { "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December" };
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year());
}

QString ukDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace isf
