// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/CsvStatementReader.h"

#include "core/csv/CsvErrors.h"
#include "core/csv/CsvReader.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <algorithm>

namespace isf {
namespace {

struct Role {
    const char16_t *name;
    QString CsvMapping::*field;
    std::initializer_list<const char16_t *> headers; // as banks write them, case-folded
};

const Role kRoles[] = {
    { u"date", &CsvMapping::date,
        { u"date", u"transaction date", u"posting date", u"posted date", u"value date",
            u"booking date", u"txn date" } },
    { u"description", &CsvMapping::description,
        { u"description", u"details", u"transaction description", u"narrative", u"memo", u"payee",
            u"name", u"transaction details", u"particulars" } },
    { u"amount", &CsvMapping::amount,
        { u"amount", u"value", u"amount (gbp)", u"amount(gbp)", u"transaction amount",
            u"net amount" } },
    { u"paid_in", &CsvMapping::paidIn,
        { u"paid in", u"credit", u"credits", u"money in", u"credit amount", u"in", u"receipts",
            u"paid in (£)", u"money in (£)" } },
    { u"paid_out", &CsvMapping::paidOut,
        { u"paid out", u"debit", u"debits", u"money out", u"debit amount", u"out", u"payments",
            u"withdrawals", u"paid out (£)", u"money out (£)" } },
    { u"balance", &CsvMapping::balance,
        { u"balance", u"running balance", u"balance (£)", u"closing balance" } },
    { u"reference", &CsvMapping::reference,
        { u"reference", u"ref", u"transaction reference", u"bank reference", u"cheque number",
            u"fitid" } },
};

QDate parseBankDate(const QString &text)
{
    try {
        return parseDate(text);
    } catch (const InputError &) {
        for (const char *format : { "d MMM yyyy", "dd MMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy",
                 "d MMM yy", "dd/MM/yy", "yyyyMMdd" }) {
            QDate d = QDate::fromString(text.trimmed(), QLatin1String(format));
            if (d.isValid()) {
                if (d.year() < 1970)
                    d = d.addYears(100);
                return d;
            }
        }
        throw;
    }
}

} // namespace

CsvMapping CsvMapping::detect(const QStringList &header)
{
    CsvMapping m;
    for (const Role &r : kRoles)
        for (const char16_t *candidate : r.headers) {
            const auto found = std::find_if(header.begin(), header.end(), [&](const QString &h) {
                return h.trimmed().toCaseFolded() == QStringView(candidate);
            });
            if (found != header.end() && (m.*r.field).isEmpty()) {
                m.*r.field = found->trimmed();
                break;
            }
        }
    return m;
}

CsvMapping CsvMapping::fromProfile(const QString &profile)
{
    CsvMapping m;
    for (const QString &part : profile.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString role = part.left(eq).trimmed().toLower();
        const auto found = std::find_if(std::begin(kRoles), std::end(kRoles),
            [&](const Role &r) { return role == QStringView(r.name); });
        if (eq < 0 || found == std::end(kRoles))
            throw InputError(QStringLiteral("\"%1\" is not a column mapping: use ROLE=Column with "
                                            "ROLE one of date, description, amount, paid_in, "
                                            "paid_out, balance, reference.")
                                 .arg(part));
        m.*(found->field) = part.mid(eq + 1).trimmed();
    }
    return m;
}

QString CsvMapping::toProfile() const
{
    QStringList parts;
    for (const Role &r : kRoles)
        if (!(this->*r.field).isEmpty())
            parts << QString::fromUtf16(r.name) + u'=' + this->*r.field;
    return parts.join(u';');
}

void CsvMapping::fillFrom(const CsvMapping &other)
{
    for (const Role &r : kRoles)
        if ((this->*r.field).isEmpty())
            this->*r.field = other.*r.field;
}

void CsvMapping::check(const QStringList &header, const QString &sourceName) const
{
    QStringList missing;
    if (date.isEmpty())
        missing << QStringLiteral("the date");
    if (description.isEmpty())
        missing << QStringLiteral("the description");
    if (amount.isEmpty() && (paidIn.isEmpty() || paidOut.isEmpty()))
        missing << QStringLiteral("the amount (or paid in and paid out)");
    if (!missing.isEmpty())
        throw InputError(QStringLiteral("%1: cannot tell which column holds %2; the columns are: "
                                        "%3. Name them with --map ROLE=Column (date, description, "
                                        "amount, paid_in, paid_out, balance, reference).")
                             .arg(sourceName, missing.join(QStringLiteral(", ")),
                                 header.join(QStringLiteral(", "))));
    for (const Role &r : kRoles) {
        const QString &column = this->*r.field;
        if (!column.isEmpty() && std::none_of(header.begin(), header.end(), [&](const QString &h) {
                return h.compare(column, Qt::CaseInsensitive) == 0;
            }))
            throw InputError(QStringLiteral("%1: the mapping names a column \"%2\" for %3, but the "
                                            "file has no such column; the columns are: %4.")
                                 .arg(sourceName, column, QString::fromUtf16(r.name),
                                     header.join(QStringLiteral(", "))));
    }
}

Statement readCsvStatement(const QByteArray &bytes, const QString &sourceName,
    const CsvMapping &given, const CsvMapping &profile, CsvMapping *used)
{
    const CsvTable table = CsvTable::parse(bytes, sourceName);
    CsvMapping m = given;
    const QStringList profiled = profile.toProfile().split(u';', Qt::SkipEmptyParts);
    if (std::all_of(profiled.begin(), profiled.end(),
            [&](const QString &part) { return table.hasColumn(part.mid(part.indexOf(u'=') + 1)); }))
        m.fillFrom(profile);
    m.fillFrom(CsvMapping::detect(table.header()));
    // A mapping that names paid in / paid out uses them even if an Amount column exists.
    if (!given.paidIn.isEmpty() || !given.paidOut.isEmpty())
        m.amount = given.amount;
    if (!m.amount.isEmpty()) {
        m.paidIn.clear();
        m.paidOut.clear();
    }
    m.check(table.header(), sourceName);
    if (used)
        *used = m;
    const bool signedAmount = !m.amount.isEmpty();
    CsvErrors errors(sourceName);
    Statement s;
    s.format = QStringLiteral("csv");
    s.sourceName = sourceName;
    s.lines.reserve(std::size_t(table.rowCount()));
    const auto money = [](const QString &t) { return Money::parse(t); };
    for (const CsvRecord &record : table.records()) {
        const CsvRow row(table, record);
        StatementLine l;
        l.sourceLine = row.line();
        const auto date = errors.field(row, m.date, parseBankDate);
        if (row.isBlank(m.date))
            errors.add(row.line(), m.date, QStringLiteral("a value is required"));
        l.description = row.text(m.description);
        if (!m.reference.isEmpty())
            l.reference = row.text(m.reference);
        if (!m.balance.isEmpty() && !row.isBlank(m.balance))
            if (const auto b = errors.field(row, m.balance, money))
                l.balance = *b;
        std::optional<Money> amount;
        if (signedAmount) {
            amount = errors.field(row, m.amount, money);
            if (row.isBlank(m.amount))
                errors.add(row.line(), m.amount, QStringLiteral("a value is required"));
        } else {
            const bool in = !row.isBlank(m.paidIn), out = !row.isBlank(m.paidOut);
            if (in && out)
                errors.addRow(row.line(),
                    QStringLiteral("both %1 and %2 have an amount; a line is one or the other")
                        .arg(m.paidIn, m.paidOut));
            else if (!in && !out)
                errors.addRow(row.line(),
                    QStringLiteral("neither %1 nor %2 has an amount").arg(m.paidIn, m.paidOut));
            else if (in) {
                amount = errors.field(row, m.paidIn, money);
                if (amount && amount->isNegative())
                    errors.add(row.line(), m.paidIn,
                        QStringLiteral("money paid in cannot be negative; use %1").arg(m.paidOut));
            } else if (const auto o = errors.field(row, m.paidOut, money)) {
                amount = o->isNegative() ? *o : -*o;
            }
        }
        if (amount && amount->isZero())
            errors.addRow(row.line(), QStringLiteral("the amount is zero"));
        if (!date || !amount)
            continue;
        l.date = *date;
        l.amount = *amount;
        s.lines.push_back(std::move(l));
    }
    errors.throwIfAny();
    if (s.lines.size() > 1 && s.lines.front().date > s.lines.back().date)
        std::reverse(s.lines.begin(), s.lines.end()); // the bank wrote newest first
    for (std::size_t i = 1; i < s.lines.size(); ++i)
        if (s.lines[i].date < s.lines[i - 1].date)
            throw InputError(QStringLiteral("%1:%2: the date %3 is out of order (the line before "
                                            "is %4); a statement is in date order")
                                 .arg(sourceName)
                                 .arg(s.lines[i].sourceLine)
                                 .arg(isoDate(s.lines[i].date), isoDate(s.lines[i - 1].date)));
    return s;
}

} // namespace isf
