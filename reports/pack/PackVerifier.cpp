// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/PackVerifier.h"

#include "core/audit/PackTables.h"
#include "core/csv/CsvReader.h"
#include "core/integrity/SigningKey.h"
#include "core/money/Money.h"
#include "core/util/Errors.h"
#include "reports/pack/Manifest.h"
#include "reports/pack/PackAuthenticity.h"
#include "reports/pack/PackSignature.h"
#include "reports/pack/ZipArchive.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace isf::reports {
namespace {

struct Mismatch {
    QString file;
    QString message;
};

Money moneyCell(const CsvRow &row, QStringView column)
{
    const QString text = row.text(column);
    return text.isEmpty() ? Money() : Money::parse(text);
}

// Checks one person's ledger.csv against their summary row; returns problems found.
void checkPerson(const CsvRow &summary, const CsvTable &ledger, const QString &ledgerName,
    const QStringList &spendColumns, const QHash<QString, QString> &categoryOfColumn,
    std::vector<Mismatch> &out)
{
    const Money opening = moneyCell(summary, u"opening_balance");
    const Money closing = moneyCell(summary, u"closing_balance");
    Money in, out_, running;
    QHash<QString, Money> spendByCategory;
    bool first = true;
    for (std::size_t i = 0; i < ledger.records().size(); ++i) {
        const CsvRow row(ledger, ledger.records()[i]);
        if (first) {
            first = false;
            running = moneyCell(row, u"balance");
            if (row.text(u"type") != u"brought_forward" || running != opening) {
                out.push_back({ ledgerName,
                    QStringLiteral("its opening balance does not equal summary.csv's (%1)")
                        .arg(opening.plain()) });
                return;
            }
            continue;
        }
        const Money rowIn = moneyCell(row, u"money_in");
        const Money rowOut = moneyCell(row, u"money_out");
        in += rowIn;
        out_ += rowOut;
        running += rowIn - rowOut;
        if (running != moneyCell(row, u"balance")) {
            out.push_back({ ledgerName,
                QStringLiteral("the running balance is wrong at line %1").arg(row.line()) });
            return;
        }
        const QString category = row.text(u"category");
        const QString type = row.text(u"type");
        if (!category.isEmpty() && (type == u"expense" || type == u"reversal"))
            spendByCategory[category] += rowOut - rowIn;
    }
    if (opening + in - out_ != closing)
        out.push_back({ ledgerName,
            QStringLiteral("opening %1 + in %2 - out %3 does not equal summary.csv's closing %4")
                .arg(opening.plain(), in.plain(), out_.plain(), closing.plain()) });
    for (const QString &column : spendColumns) {
        const Money summarySpend = moneyCell(summary, column);
        const Money ledgerSpend = spendByCategory.value(categoryOfColumn.value(column));
        if (summarySpend != ledgerSpend)
            out.push_back({ ledgerName,
                QStringLiteral("spending on %1 is %2 in the ledger but %3 in summary.csv")
                    .arg(categoryOfColumn.value(column), ledgerSpend.plain(),
                        summarySpend.plain()) });
    }
}

} // namespace

PackVerifyReport verifyPack(const QString &path, const QString &password, const PackKey &key)
{
    PackVerifyReport report;
    auto problem = [&](const QString &file, const QString &message) {
        report.problems << QStringLiteral("%1: %2").arg(file, message);
        if (report.firstBadFile.isEmpty())
            report.firstBadFile = file;
    };
    const ZipReader zip(path, password);
    const QStringList names = zip.names();
    if (!zip.contains(QStringLiteral("manifest.json"))) {
        problem(QStringLiteral("manifest.json"),
            QStringLiteral("missing: this is not an ISF Desk audit pack"));
        return report;
    }
    ParsedManifest manifest;
    try {
        manifest = parseManifest(zip.read(QStringLiteral("manifest.json")));
    } catch (const Error &e) {
        problem(QStringLiteral("manifest.json"), e.message());
        return report;
    }
    if (!manifest.selfHashValid)
        problem(QStringLiteral("manifest.json"),
            QStringLiteral("altered: its content does not match its own SHA-256"));
    else
        report.passed << QStringLiteral("manifest.json matches its own SHA-256 %1")
                             .arg(QString::fromLatin1(manifest.selfHash));

    QHash<QString, QByteArray> contents;
    QSet<QString> listed;
    for (const ManifestFile &f : manifest.files) {
        listed.insert(f.path);
        QByteArray data;
        try {
            data = zip.read(f.path);
        } catch (const Error &e) {
            problem(f.path, e.message());
            continue;
        }
        ++report.filesChecked;
        if (sha256Hex(data) != f.sha256)
            problem(f.path, QStringLiteral("altered: its SHA-256 differs from the manifest"));
        else if (f.path.endsWith(QLatin1String(".csv")))
            contents.insert(f.path, data);
    }
    for (const QString &name : names)
        if (name != u"manifest.json" && name != kManifestSignatureName && !listed.contains(name))
            problem(
                name, QStringLiteral("not listed in the manifest (added after the pack was made)"));
    if (report.problems.isEmpty())
        report.passed << QStringLiteral("%1 files match the manifest").arg(report.filesChecked);
    checkAuthenticity(zip, manifest, key, report, problem);
    if (!report.ok())
        return report; // figures from altered files prove nothing

    // The summary against the ledgers.
    try {
        const CsvTable summary = CsvTable::parse(
            contents.value(QStringLiteral("summary.csv")), QStringLiteral("summary.csv"));
        QStringList spendColumns;
        QHash<QString, QString> categoryOfColumn;
        const QJsonArray categories = manifest.json.value(QStringLiteral("categories")).toArray();
        for (const QJsonValue &v : categories) {
            const QString name = v.toString();
            const QString column = QStringLiteral("spent_") + name.toLower().replace(u' ', u'_');
            spendColumns << column;
            categoryOfColumn.insert(column, name);
        }
        std::vector<Mismatch> mismatches;
        QHash<QString, Money> totals;
        QHash<QString, QString> folders; // person_ref -> folder, as the pack was made
        for (const QJsonValue &v : manifest.json.value(QStringLiteral("folders")).toArray())
            folders.insert(
                v[QStringLiteral("ref")].toString(), v[QStringLiteral("folder")].toString());
        QStringList moneyColumns
            = { QStringLiteral("opening_balance"), QStringLiteral("council_payments"),
                  QStringLiteral("contributions"), QStringLiteral("other_income"),
                  QStringLiteral("returns_to_council"), QStringLiteral("closing_balance") };
        moneyColumns << spendColumns;
        const CsvRow *totalRow = nullptr;
        std::vector<CsvRow> rows;
        for (const CsvRecord &r : summary.records())
            rows.emplace_back(summary, r);
        for (const CsvRow &row : rows) {
            if (row.text(u"person_ref") == u"TOTAL") {
                totalRow = &row;
                continue;
            }
            QString ref = row.text(u"person_ref");
            if (ref.startsWith(u'\''))
                ref.remove(0, 1);
            const QString ledgerName
                = QStringLiteral("people/%1/ledger.csv").arg(folders.value(ref, packSafeName(ref)));
            if (!contents.contains(ledgerName)) {
                mismatches.push_back(
                    { ledgerName, QStringLiteral("missing for %1 in summary.csv").arg(ref) });
                continue;
            }
            const CsvTable ledger = CsvTable::parse(contents.value(ledgerName), ledgerName);
            checkPerson(row, ledger, ledgerName, spendColumns, categoryOfColumn, mismatches);
            for (const QString &c : moneyColumns)
                totals[c] += moneyCell(row, c);
            ++report.peopleChecked;
        }
        if (!totalRow)
            mismatches.push_back(
                { QStringLiteral("summary.csv"), QStringLiteral("has no TOTAL row") });
        else
            for (const QString &c : moneyColumns)
                if (moneyCell(*totalRow, c) != totals.value(c))
                    mismatches.push_back({ QStringLiteral("summary.csv"),
                        QStringLiteral("the TOTAL of %1 is %2 but the people add up to %3")
                            .arg(c, moneyCell(*totalRow, c).plain(), totals.value(c).plain()) });
        for (const Mismatch &m : mismatches)
            problem(m.file, m.message);
        if (mismatches.empty())
            report.passed << QStringLiteral(
                "summary.csv equals the ledgers of %1 people, and its totals add up")
                                 .arg(report.peopleChecked);
    } catch (const Error &e) {
        problem(QStringLiteral("summary.csv"), e.message());
    }
    return report;
}

} // namespace isf::reports
