// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/money/Money.h"

#include "core/money/Hours.h"
#include "core/util/Errors.h"

#include <limits>

namespace isf {
namespace {

[[noreturn]] void refuse(QStringView text, const QString &why)
{
    throw InputError(
        QStringLiteral("\"%1\" is not an amount of money: %2").arg(text.toString(), why));
}

qint64 checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw InputError(QStringLiteral("a sum of money is too large to hold"));
    return r;
}

qint64 checkedMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        throw InputError(QStringLiteral("a product of money is too large to hold"));
    return r;
}

// Digits with optional thousands separators: "1234", "1,234", "12,345,678".
bool parseIntegerPart(QStringView digits, qint64 &value, QString &why)
{
    if (digits.isEmpty()) {
        why = QStringLiteral("it has no digits before the decimal point");
        return false;
    }
    const bool grouped = digits.contains(u',');
    int groupLength = 0;
    bool firstGroup = true;
    value = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (c == u',') {
            if ((firstGroup && (groupLength < 1 || groupLength > 3))
                || (!firstGroup && groupLength != 3)) {
                why = QStringLiteral("a thousands separator is in the wrong place");
                return false;
            }
            firstGroup = false;
            groupLength = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127) {
            why = QStringLiteral(
                "use only digits, a decimal point and commas (such as 1,234.50), not \"%1\"")
                      .arg(c);
            return false;
        }
        ++groupLength;
        if (value > Money::kInputLimitPence) { // far beyond the limit already: stop early
            why = QStringLiteral("it is beyond the limit of 10 billion pounds");
            return false;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    if (grouped && groupLength != 3) {
        why = QStringLiteral("a thousands separator is in the wrong place");
        return false;
    }
    return true;
}

QString groupThousands(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, u',');
    return digits;
}

} // namespace

qint64 divideRoundHalfAway(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        throw InputError(QStringLiteral("division by a non-positive number"));
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator; // same sign as numerator
    const qint64 magnitude = remainder < 0 ? -remainder : remainder;
    // Half or more of the denominator rounds away from zero.
    if (magnitude >= denominator - magnitude)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

Money Money::parse(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.isEmpty())
        refuse(input, QStringLiteral("it is empty"));

    bool negative = false;
    if (text.startsWith(u'(') || text.endsWith(u')')) {
        if (!(text.startsWith(u'(') && text.endsWith(u')')))
            refuse(input, QStringLiteral("a bracket is not closed"));
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    auto takeMinus = [&] {
        if (text.startsWith(u'-')) {
            if (negative)
                refuse(input, QStringLiteral("it has two minus signs"));
            negative = true;
            text = text.mid(1);
        }
    };
    takeMinus();
    if (text.startsWith(u'£'))
        text = text.mid(1);
    takeMinus();
    if (text.isEmpty())
        refuse(input, QStringLiteral("it has no digits"));

    const qsizetype point = text.indexOf(u'.');
    const QStringView wholePart = point < 0 ? text : text.left(point);
    qint64 whole = 0;
    QString why;
    if (!parseIntegerPart(wholePart, whole, why))
        refuse(input, why);

    qint64 fraction = 0;
    if (point >= 0) {
        const QStringView decimals = text.mid(point + 1);
        if (decimals.isEmpty())
            refuse(input, QStringLiteral("it has no digits after the decimal point"));
        if (decimals.size() > 2) {
            for (QChar c : decimals)
                if (!c.isDigit())
                    refuse(input,
                        QStringLiteral("use only digits, a decimal point and commas (such as "
                                       "1,234.50), not \"%1\"")
                            .arg(c));
            refuse(input, QStringLiteral("it has more than two decimal places"));
        }
        for (QChar c : decimals) {
            if (!c.isDigit() || c.unicode() > 127)
                refuse(input,
                    QStringLiteral("use only digits, a decimal point and commas (such as "
                                   "1,234.50), not \"%1\"")
                        .arg(c));
            fraction = fraction * 10 + (c.unicode() - u'0');
        }
        if (decimals.size() == 1)
            fraction *= 10;
    }
    if (whole > kInputLimitPence / 100)
        refuse(input, QStringLiteral("it is beyond the limit of 10 billion pounds"));
    qint64 pence = whole * 100 + fraction;
    if (pence > kInputLimitPence)
        refuse(input, QStringLiteral("it is beyond the limit of 10 billion pounds"));
    return Money(negative ? -pence : pence);
}

QString Money::display() const
{
    const qint64 magnitude = m_pence < 0 ? -m_pence : m_pence;
    return QStringLiteral("%1£%2.%3")
        .arg(m_pence < 0 ? QStringLiteral("-") : QString(), groupThousands(magnitude / 100))
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::plain() const
{
    const qint64 magnitude = m_pence < 0 ? -m_pence : m_pence;
    return QStringLiteral("%1%2.%3")
        .arg(m_pence < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Money Money::forHours(const Hours &hours, Money ratePerHour)
{
    return Money(divideRoundHalfAway(checkedMul(hours.hundredths(), ratePerHour.m_pence), 100));
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    return Money(divideRoundHalfAway(checkedMul(m_pence, numerator), denominator));
}

Money Money::operator-() const
{
    if (m_pence == std::numeric_limits<qint64>::min())
        throw InputError(QStringLiteral("a sum of money is too large to hold"));
    return Money(-m_pence);
}

Money Money::operator+(Money other) const
{
    return Money(checkedAdd(m_pence, other.m_pence));
}
Money Money::operator-(Money other) const
{
    return *this + (-other);
}
Money Money::operator*(qint64 factor) const
{
    return Money(checkedMul(m_pence, factor));
}

} // namespace isf
