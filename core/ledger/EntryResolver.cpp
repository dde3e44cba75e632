// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/EntryResolver.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {

EntryResolver::EntryResolver(const ProviderFile &file) : m_file(file)
{
    SqlQuery people(file.database(), QStringLiteral("SELECT ref, id FROM people"));
    people.exec("read the people");
    while (people.next())
        m_people.insert(people.text(0), people.int64(1));
    QStringList names;
    for (const Category &c : listCategories(file)) {
        m_categories.insert(c.name.toLower(), c.id);
        names << c.name;
    }
    m_categoryList = names.join(QStringLiteral(", "));
    for (const Supplier &s : listSuppliers(file))
        m_suppliers.insert(s.name.toLower(), s.id);
}

NewEntry EntryResolver::resolve(const EntryText &t, std::vector<FieldProblem> &problems)
{
    NewEntry e;
    auto attempt = [&](const char *column, auto &&parse) {
        try {
            parse();
        } catch (const Error &err) {
            problems.push_back({ QLatin1String(column), err.message() });
        }
    };
    const QString ref = t.personRef.trimmed();
    if (ref.isEmpty())
        problems.push_back({ QStringLiteral("person_ref"), QStringLiteral("is empty") });
    else if (const auto it = m_people.constFind(ref); it != m_people.constEnd())
        e.personId = *it;
    else
        problems.push_back({ QStringLiteral("person_ref"),
            QStringLiteral("no person with reference \"%1\"").arg(ref) });
    attempt("date", [&] { e.date = parseDate(t.date); });
    attempt("type", [&] { e.kind = parseTxnKind(t.type); });
    if (e.kind == TxnKind::Reversal)
        problems.push_back({ QStringLiteral("type"),
            QStringLiteral("a reversal is made with 'isf reverse' from the entry it reverses") });
    if (!t.amount.trimmed().isEmpty())
        attempt("amount", [&] { e.amount = Money::parse(t.amount); });
    if (!t.hours.trimmed().isEmpty())
        attempt("hours", [&] { e.hours = Hours::parse(t.hours); });
    if (!t.rate.trimmed().isEmpty())
        attempt("rate", [&] { e.rate = Money::parse(t.rate); });
    if (t.amount.trimmed().isEmpty() && !(e.hours && e.rate))
        problems.push_back({ QStringLiteral("amount"),
            QStringLiteral("is empty (give an amount, or hours and rate)") });
    const QString category = t.category.trimmed();
    if (!category.isEmpty()) {
        if (const auto it = m_categories.constFind(category.toLower());
            it != m_categories.constEnd())
            e.categoryId = *it;
        else
            problems.push_back({ QStringLiteral("category"),
                QStringLiteral("\"%1\" is not a category; the categories are: %2")
                    .arg(category, m_categoryList) });
    }
    const QString supplier = t.supplier.trimmed();
    if (!supplier.isEmpty()) {
        if (const auto it = m_suppliers.constFind(supplier.toLower());
            it != m_suppliers.constEnd()) {
            e.supplierId = *it;
        } else {
            Supplier s;
            s.name = supplier;
            s.notes = QStringLiteral("Added when first named on an entry.");
            e.supplierId = saveSupplier(m_file, s);
            m_suppliers.insert(supplier.toLower(), e.supplierId);
            m_added << supplier;
        }
    }
    e.reference = t.reference.trimmed();
    e.description = t.description.trimmed();
    return e;
}

} // namespace isf
