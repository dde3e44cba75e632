// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace isf {

class Hours;

// An amount of money in whole pence. No floating point ever touches it: parsing,
// arithmetic and formatting are all integer operations. Arithmetic that would leave
// the representable range throws InputError instead of wrapping.
class Money {
public:
    // Any single amount entered or imported must lie within +/- 10 billion pounds.
    static constexpr qint64 kInputLimitPence = 10'000'000'000LL * 100;

    constexpr Money() = default;
    static constexpr Money fromPence(qint64 pence) { return Money(pence); }
    static constexpr Money zero() { return Money(0); }

    // Accepts 1234.56, 1,234.56, £1,234.56, -£5.00, £-5.00, (5.00), 5, 5.5.
    // Throws InputError naming what is wrong with the text.
    static Money parse(QStringView text);

    constexpr qint64 pence() const { return m_pence; }
    constexpr bool isZero() const { return m_pence == 0; }
    constexpr bool isNegative() const { return m_pence < 0; }

    // £1,234.56 and -£5.00: for screens and paper.
    QString display() const;
    // 1234.56 and -5.00: for CSV and JSON (no sign, no separators).
    QString plain() const;

    // hours x rate, rounded half away from zero to the penny.
    static Money forHours(const Hours &hours, Money ratePerHour);
    // pence x numerator / denominator, rounded half away from zero (pro rata, percent).
    Money scaled(qint64 numerator, qint64 denominator) const;

    Money operator-() const;
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator*(qint64 factor) const;
    Money &operator+=(Money other) { return *this = *this + other; }
    Money &operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 pence) : m_pence(pence) { }
    qint64 m_pence = 0;
};

// Rounds numerator / denominator half away from zero, in integers (denominator > 0).
qint64 divideRoundHalfAway(qint64 numerator, qint64 denominator);

} // namespace isf
