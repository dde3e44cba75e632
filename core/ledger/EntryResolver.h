// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace isf {

class ProviderFile;

// An entry as text, as it comes from a CSV row, the command line or a form.
struct EntryText {
    QString personRef, date, type, amount, category, supplier, reference, description, hours, rate;
};

struct FieldProblem {
    QString column; // person_ref, date, type, amount, category, supplier, hours, rate
    QString message;
};

// Turns entry text into a NewEntry: finds the person and category, parses the date,
// money and hours, and adds a supplier it has not seen to the register (call it
// inside the caller's write transaction, so a failed import adds none). Every
// problem is reported against its column; the entry is only valid when none are.
class EntryResolver {
public:
    explicit EntryResolver(const ProviderFile &file);
    NewEntry resolve(const EntryText &text, std::vector<FieldProblem> &problems);
    // Suppliers added to the register by resolve(), in the order first seen.
    const QStringList &addedSuppliers() const { return m_added; }

private:
    const ProviderFile &m_file;
    QHash<QString, Id> m_people; // ref -> id
    QHash<QString, Id> m_categories; // lower-case name -> id
    QHash<QString, Id> m_suppliers; // lower-case name -> id
    QString m_categoryList;
    QStringList m_added;
};

} // namespace isf
