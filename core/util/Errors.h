// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

#include <stdexcept>

namespace isf {

// Every failure core reports to a person carries a plain-words message. Callers show
// message() as it is; it never contains raw SQL errors.
class Error : public std::runtime_error {
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    { }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Bad input from a person or a file: a value that cannot be parsed or is out of range.
class InputError : public Error {
public:
    using Error::Error;
};

// A provider file that cannot be opened, migrated or written.
class StorageError : public Error {
public:
    using Error::Error;
};

// An entry whose postings do not sum to zero, or otherwise break the ledger's rules.
class LedgerError : public Error {
public:
    using Error::Error;
};

// Something a council's policy forbids (management fee, shared cost, ...).
class PolicyError : public Error {
public:
    using Error::Error;
};

} // namespace isf
