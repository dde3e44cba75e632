// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDate>
#include <QDateTime>

namespace isf {

// Where "today" and "now" come from. Tests and the CLI's ISF_TODAY pin it, so that
// alerts and audit times have one right answer.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) { }
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

// The system clock unless ISF_NOW (ISO date or date-time, UTC) is set.
const Clock &defaultClock();

} // namespace isf
