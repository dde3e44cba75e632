// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Helpers for the import tests: import CSV text into a TestFile and read back what
// the refusal said.
#include "core/import/Importer.h"
#include "core/storage/Sql.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

inline isf::ImportResult importText(TestFile &t, const char *kind, const QByteArray &csv,
    const QString &name = QString(), const isf::ImportOptions &options = {})
{
    return isf::importCsv(*t, QString::fromLatin1(kind), csv,
        name.isEmpty() ? QString::fromLatin1(kind) + QStringLiteral(".csv") : name, options);
}

// The problems an import refused with, one "CSV:LINE: COLUMN: message" each; fails the
// test if the import was not refused that way.
inline QStringList importProblems(TestFile &t, const char *kind, const QByteArray &csv,
    const QString &name = QString(), const isf::ImportOptions &options = {})
{
    try {
        importText(t, kind, csv, name, options);
    } catch (const isf::ImportError &e) {
        return e.problems();
    }
    FAIL("the import was not refused");
    return {};
}

// The message of a refusal that is not about rows (a bad header, a file that is not CSV,
// a duplicate).
inline QString importRefusal(
    TestFile &t, const char *kind, const QByteArray &csv, const QString &name = QString())
{
    try {
        importText(t, kind, csv, name);
    } catch (const isf::ImportError &e) {
        FAIL("refused for its rows: " << e.message().toStdString());
    } catch (const isf::InputError &e) {
        return e.message();
    }
    FAIL("the import was not refused");
    return {};
}

inline qint64 countRows(TestFile &t, const char *table)
{
    return isf::scalar(t.file->database(),
        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), {}, "count")
        .toLongLong();
}

// The usual reference data: two councils, three people.
inline void addReferenceData(TestFile &t)
{
    importText(t, "councils",
        "council,preset,payment_interval_weeks\n"
        "Lancashire County Council,lancashire,\n"
        "Dorset Council,dorset,2\n");
    importText(t, "people",
        "person_ref,given_name,family_name,council,council_ref\n"
        "P001,Alex,Taylor,Lancashire County Council,LCC-1\n"
        "P002,Sam,Jones,Dorset Council,DC-2\n"
        "P003,Jo,Khan,Lancashire County Council,LCC-3\n");
}
