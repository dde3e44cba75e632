// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/CamtStatementReader.h"

#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace isf {
namespace {

// What one Ntry or Bal element holds, collected while reading it.
struct Element {
    int line = 0;
    QString amount, indicator, date, ref, endToEnd, status, balanceType;
    QStringList text;
};

class CamtReader {
public:
    CamtReader(const QByteArray &bytes, const QString &sourceName)
        : m_xml(bytes), m_source(sourceName)
    {
        m_statement.format = QStringLiteral("camt053");
        m_statement.sourceName = sourceName;
    }

    Statement read()
    {
        bool sawDocument = false;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement()) {
                const QStringView name = m_xml.name();
                m_path << name.toString();
                if (name == u"Document")
                    sawDocument = m_xml.namespaceUri().contains(u"camt.053");
                else if (name == u"Stmt" && ++m_statements > 1)
                    problem(m_xml.lineNumber(), u"Stmt",
                        QStringLiteral("the file holds more than one statement; import one "
                                       "account's statement at a time"));
                else if (name == u"Ntry" || name == u"Bal")
                    m_current = Element { int(m_xml.lineNumber()), {}, {}, {}, {}, {}, {}, {}, {} };
                else if (m_current)
                    collect(name);
                else if ((name == u"FrDtTm" || name == u"ToDtTm") && under(u"FrToDt")) {
                    const QDate d = QDate::fromString(
                        m_xml.readElementText().trimmed().left(10), Qt::ISODate);
                    (name == u"FrDtTm" ? m_statement.periodStart : m_statement.periodEnd) = d;
                    m_path.removeLast();
                } else if (m_path.contains(u"Acct") && !m_path.contains(u"Ntry")
                    && (name == u"IBAN" || (name == u"Id" && under(u"Othr")))) {
                    m_statement.bankAccount = m_xml.readElementText().trimmed();
                    m_path.removeLast();
                }
            } else if (m_xml.isEndElement()) {
                const QStringView name = m_xml.name();
                if (name == u"Ntry" && m_current)
                    finishEntry();
                else if (name == u"Bal" && m_current)
                    finishBalance();
                if (!m_path.isEmpty())
                    m_path.removeLast();
            }
        }
        if (m_xml.hasError())
            throw InputError(QStringLiteral("%1:%2: not well-formed XML: %3")
                                 .arg(m_source)
                                 .arg(m_xml.lineNumber())
                                 .arg(m_xml.errorString()));
        if (!sawDocument)
            throw InputError(QStringLiteral("%1: is not a CAMT.053 statement (no Document in the "
                                            "camt.053 namespace)")
                                 .arg(m_source));
        if (!m_problems.isEmpty())
            throw InputError(m_problems.join(u'\n'));
        std::stable_sort(m_statement.lines.begin(), m_statement.lines.end(),
            [](const StatementLine &a, const StatementLine &b) { return a.date < b.date; });
        return std::move(m_statement);
    }

private:
    void problem(qint64 line, QStringView element, const QString &message)
    {
        m_problems << QStringLiteral("%1:%2: %3: %4").arg(m_source).arg(line).arg(element, message);
    }

    bool under(QStringView parent) const
    {
        return m_path.size() >= 2 && m_path[m_path.size() - 2] == parent;
    }

    void collect(QStringView name)
    {
        Element &e = *m_current;
        if (name == u"Amt" && (under(u"Ntry") || under(u"Bal"))) {
            e.amount = m_xml.readElementText();
            m_path.removeLast();
        } else if (name == u"CdtDbtInd" && (under(u"Ntry") || under(u"Bal"))) {
            e.indicator = m_xml.readElementText().trimmed();
            m_path.removeLast();
        } else if ((name == u"Dt" || name == u"DtTm")
            && (m_path.contains(u"BookgDt") || (m_path.contains(u"Bal") && under(u"Dt")))) {
            if (e.date.isEmpty())
                e.date = m_xml.readElementText().trimmed().left(10);
            else
                m_xml.skipCurrentElement();
            m_path.removeLast();
        } else if (name == u"AcctSvcrRef" && under(u"Ntry")) {
            e.ref = m_xml.readElementText().trimmed();
            m_path.removeLast();
        } else if (name == u"EndToEndId" && e.endToEnd.isEmpty()) {
            e.endToEnd = m_xml.readElementText().trimmed();
            if (e.endToEnd == u"NOTPROVIDED")
                e.endToEnd.clear();
            m_path.removeLast();
        } else if (name == u"Ustrd" || name == u"AddtlNtryInf" || name == u"AddtlTxInf"
            || (name == u"Nm" && (m_path.contains(u"Cdtr") || m_path.contains(u"Dbtr")))) {
            const QString t = m_xml.readElementText().simplified();
            if (!t.isEmpty() && !e.text.contains(t))
                e.text << t;
            m_path.removeLast();
        } else if ((name == u"Cd" || name == u"Prtry") && m_path.contains(u"Tp")
            && m_path.contains(u"Bal")) {
            e.balanceType = m_xml.readElementText().trimmed();
            m_path.removeLast();
        } else if (name == u"Sts" && under(u"Ntry")) {
            // BOOK, or <Cd>BOOK</Cd> from version 8 on.
            e.status = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            m_path.removeLast();
        }
    }

    std::optional<Money> signedAmount(const Element &e, const QString &where)
    {
        std::optional<Money> amount;
        try {
            amount = Money::parse(e.amount);
        } catch (const InputError &err) {
            problem(e.line, where + QStringLiteral("/Amt"), err.message());
            return std::nullopt;
        }
        if (e.indicator != u"CRDT" && e.indicator != u"DBIT") {
            problem(e.line, where + QStringLiteral("/CdtDbtInd"),
                QStringLiteral("must be CRDT or DBIT, not \"%1\"").arg(e.indicator));
            return std::nullopt;
        }
        return e.indicator == u"DBIT" ? -*amount : *amount;
    }

    void finishEntry()
    {
        const Element e = *m_current;
        m_current.reset();
        if (!e.status.isEmpty() && e.status != u"BOOK")
            return; // pending entries are not on the statement's balance
        StatementLine l;
        l.sourceLine = e.line;
        const auto amount = signedAmount(e, QStringLiteral("Ntry"));
        try {
            l.date = parseDate(e.date);
        } catch (const InputError &err) {
            problem(e.line, u"Ntry/BookgDt",
                e.date.isEmpty() ? QStringLiteral("the entry has no booking date") : err.message());
            return;
        }
        if (!amount)
            return;
        l.amount = *amount;
        l.bankId = e.ref;
        l.reference = e.endToEnd;
        l.description = e.text.join(u' ');
        m_statement.lines.push_back(std::move(l));
    }

    void finishBalance()
    {
        const Element e = *m_current;
        m_current.reset();
        const auto amount = signedAmount(e, QStringLiteral("Bal"));
        if (!amount)
            return;
        if (e.balanceType == u"OPBD" || e.balanceType == u"PRCD")
            m_statement.opening = *amount;
        else if (e.balanceType == u"CLBD")
            m_statement.closing = *amount;
    }

    QXmlStreamReader m_xml;
    QString m_source;
    Statement m_statement;
    QStringList m_path, m_problems;
    std::optional<Element> m_current;
    int m_statements = 0;
};

} // namespace

Statement readCamtStatement(const QByteArray &bytes, const QString &sourceName)
{
    Statement s = CamtReader(bytes, sourceName).read();
    if (s.opening && s.closing) {
        Money sum;
        for (const StatementLine &l : s.lines)
            sum += l.amount;
        if (*s.opening + sum != *s.closing)
            throw InputError(QStringLiteral("%1: the entries do not add up: opening balance %2 + "
                                            "entries %3 = %4, but the closing balance (CLBD) is %5")
                                 .arg(sourceName, s.opening->plain(), sum.plain(),
                                     (*s.opening + sum).plain(), s.closing->plain()));
    }
    return s;
}

} // namespace isf
