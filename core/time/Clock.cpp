// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/time/Clock.h"

#include <QTimeZone>

namespace isf {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &defaultClock()
{
    static const SystemClock system;
    static const QByteArray pinned = qgetenv("ISF_NOW");
    if (pinned.isEmpty())
        return system;
    static const FixedClock fixed([] {
        QDateTime at = QDateTime::fromString(QString::fromLatin1(pinned), Qt::ISODate);
        if (!at.isValid())
            at = QDateTime(QDate::fromString(QString::fromLatin1(pinned), Qt::ISODate),
                QTime(12, 0), QTimeZone::utc());
        at.setTimeZone(QTimeZone::utc());
        return at;
    }());
    return fixed;
}

} // namespace isf
