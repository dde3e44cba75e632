// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/money/Hours.h"

#include "core/util/Errors.h"

namespace isf {

Hours Hours::parse(QStringView input)
{
    QStringView text = input.trimmed();
    auto refuse = [&](const QString &why) -> Hours {
        throw InputError(
            QStringLiteral("\"%1\" is not a number of hours: %2").arg(input.toString(), why));
    };
    if (text.isEmpty())
        return refuse(QStringLiteral("it is empty"));
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView decimals = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() && decimals.isEmpty())
        return refuse(QStringLiteral("it has no digits"));
    if (point >= 0 && decimals.isEmpty())
        return refuse(QStringLiteral("it has no digits after the decimal point"));
    qint64 value = 0;
    for (QChar c : whole) {
        if (!c.isDigit() || c.unicode() > 127)
            return refuse(
                QStringLiteral("use only digits and a decimal point (such as 7.5), not \"%1\"")
                    .arg(c));
        value = value * 10 + (c.unicode() - u'0');
        if (value > 100000)
            return refuse(QStringLiteral("it is more than 100,000 hours"));
    }
    // Checked before the digits are added up, so a long run of decimals cannot overflow.
    if (decimals.size() > 2)
        return refuse(QStringLiteral("it has more than two decimal places"));
    qint64 fraction = 0;
    for (QChar c : decimals) {
        if (!c.isDigit() || c.unicode() > 127)
            return refuse(
                QStringLiteral("use only digits and a decimal point (such as 7.5), not \"%1\"")
                    .arg(c));
        fraction = fraction * 10 + (c.unicode() - u'0');
    }
    if (decimals.size() == 1)
        fraction *= 10;
    const qint64 hundredths = value * 100 + fraction;
    return Hours(negative ? -hundredths : hundredths);
}

QString Hours::toString() const
{
    const qint64 magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    QString s = QString::number(magnitude / 100);
    const qint64 fraction = magnitude % 100;
    if (fraction != 0) {
        s += u'.' + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (s.endsWith(u'0'))
            s.chop(1);
    }
    return m_hundredths < 0 ? u'-' + s : s;
}

} // namespace isf
