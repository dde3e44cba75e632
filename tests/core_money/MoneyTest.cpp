// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/money/Money.h"

#include "core/money/Hours.h"
#include "core/util/Errors.h"
#include "tests/support/catch.h"

#include <limits>

using isf::Hours;
using isf::Money;

TEST_CASE("money parses the forms people type")
{
    CHECK(Money::parse(u"1234.56").pence() == 123456);
    CHECK(Money::parse(u"1,234.56").pence() == 123456);
    CHECK(Money::parse(u"£1,234.56").pence() == 123456);
    CHECK(Money::parse(u"-£5.00").pence() == -500);
    CHECK(Money::parse(u"£-5.00").pence() == -500);
    CHECK(Money::parse(u"(5.00)").pence() == -500);
    CHECK(Money::parse(u" 5.5 ").pence() == 550);
    CHECK(Money::parse(u"12,345,678").pence() == 1234567800);
    CHECK(Money::parse(u"10000000000.00").pence() == Money::kInputLimitPence);
}

namespace {
QString refusal(const char16_t *text)
{
    try {
        Money::parse(QStringView(text));
    } catch (const isf::InputError &e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}
} // namespace

TEST_CASE("money refuses malformed amounts, saying why")
{
    CHECK(refusal(u"12.345")
        == u"\"12.345\" is not an amount of money: it has more than two decimal places");
    CHECK(refusal(u"1,23.4")
        == u"\"1,23.4\" is not an amount of money: a thousands separator is in the wrong place");
    CHECK(refusal(u"£") == u"\"£\" is not an amount of money: it has no digits");
    CHECK(refusal(u"abc")
        == u"\"abc\" is not an amount of money: "
           u"use only digits, a decimal point and commas (such as 1,234.50), not \"a\"");
    CHECK(refusal(u"10000000000.01")
        == u"\"10000000000.01\" is not an amount of money: it is beyond the limit of 10 billion "
           u"pounds");
    CHECK(refusal(u"-99999999999")
        == u"\"-99999999999\" is not an amount of money: it is beyond the limit of 10 billion "
           u"pounds");
    CHECK(refusal(u"") == u"\"\" is not an amount of money: it is empty");
    CHECK(refusal(u"(5.00") == u"\"(5.00\" is not an amount of money: a bracket is not closed");
    CHECK(refusal(u"5.")
        == u"\"5.\" is not an amount of money: it has no digits after the decimal point");
    CHECK(refusal(u"1,2345")
        == u"\"1,2345\" is not an amount of money: a thousands separator is in the wrong place");
}

TEST_CASE("money formats for screens and for files")
{
    CHECK(Money::fromPence(124001).display() == u"£1,240.01");
    CHECK(Money::fromPence(-500).display() == u"-£5.00");
    CHECK(Money::fromPence(5).display() == u"£0.05");
    CHECK(Money::fromPence(123456789012).display() == u"£1,234,567,890.12");
    CHECK(Money::fromPence(124001).plain() == u"1240.01");
    CHECK(Money::fromPence(-500).plain() == u"-5.00");
    CHECK(Money::fromPence(-7).plain() == u"-0.07");
}

TEST_CASE("hours times rate rounds half away from zero to the penny")
{
    // 7.5 h x £12.33 = £92.475 -> £92.48
    CHECK(Money::forHours(Hours::parse(u"7.5"), Money::parse(u"12.33")).pence() == 9248);
    // 0.25 h x £10.01 = £2.5025 -> £2.50
    CHECK(Money::forHours(Hours::parse(u"0.25"), Money::parse(u"10.01")).pence() == 250);
    // 1.5 h x £0.03 = 4.5p -> 5p, and -4.5p -> -5p
    CHECK(Money::forHours(Hours::parse(u"1.5"), Money::fromPence(3)).pence() == 5);
    CHECK(Money::forHours(Hours::parse(u"-1.5"), Money::fromPence(3)).pence() == -5);
    CHECK(isf::divideRoundHalfAway(-7, 2) == -4);
    CHECK(isf::divideRoundHalfAway(7, 2) == 4);
    CHECK(isf::divideRoundHalfAway(5, 3) == 2);
    CHECK(isf::divideRoundHalfAway(4, 3) == 1);
}

TEST_CASE("hours parse and print exactly")
{
    CHECK(Hours::parse(u"7.5").hundredths() == 750);
    CHECK(Hours::parse(u"7.5").toString() == u"7.5");
    CHECK(Hours::parse(u"7").toString() == u"7");
    CHECK(Hours::parse(u"0.25").toString() == u"0.25");
    CHECK_THROWS_AS(Hours::parse(u"7.125"), isf::InputError);
    CHECK_THROWS_AS(Hours::parse(u"x"), isf::InputError);
}

TEST_CASE("money arithmetic refuses to overflow")
{
    const Money big = Money::fromPence(std::numeric_limits<qint64>::max() - 1);
    CHECK_THROWS_AS(big + Money::fromPence(5), isf::InputError);
    CHECK((Money::fromPence(100) - Money::fromPence(250)).pence() == -150);
}
