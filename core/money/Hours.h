// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace isf {

// A number of support hours in hundredths (7.5 hours is 750), so that hours sum and
// compare exactly. Quarter hours (0.25) are exact; finer fractions are refused.
class Hours {
public:
    constexpr Hours() = default;
    static constexpr Hours fromHundredths(qint64 h) { return Hours(h); }
    static constexpr Hours whole(qint64 h) { return Hours(h * 100); }
    // Accepts 7, 7.5, 7.25; refuses more than two decimals, signs other than a
    // leading minus, and anything over 100,000 hours. Throws InputError.
    static Hours parse(QStringView text);

    constexpr qint64 hundredths() const { return m_hundredths; }
    constexpr bool isZero() const { return m_hundredths == 0; }
    // 7.50 -> "7.5", 7.00 -> "7", 7.25 -> "7.25".
    QString toString() const;

    constexpr Hours operator+(Hours o) const { return Hours(m_hundredths + o.m_hundredths); }
    constexpr Hours operator-(Hours o) const { return Hours(m_hundredths - o.m_hundredths); }
    constexpr Hours operator-() const { return Hours(-m_hundredths); }
    Hours &operator+=(Hours o) { return *this = *this + o; }
    Hours &operator-=(Hours o) { return *this = *this - o; }
    constexpr auto operator<=>(const Hours &) const = default;

private:
    constexpr explicit Hours(qint64 h) : m_hundredths(h) { }
    qint64 m_hundredths = 0;
};

} // namespace isf
