#pragma once
#include <QString>
#include <QStringList>

namespace isf::reports {

struct PackVerifyReport {
    QStringList passed;
    QStringList problems;
    QString firstBadFile; // the first file that does not match, as named in the pack
    int filesChecked = 0;
    int peopleChecked = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Checks an audit pack as a council would: the manifest's own hash, every file's
// SHA-256 against the manifest, no file added or missing, and that summary.csv's
// figures equal the ledgers in the pack (opening, money in and out, spending by
// category, closing, and the totals row). Throws StorageError when the archive
// cannot be opened at all (not a zip, or the password is wrong).
PackVerifyReport verifyPack(const QString &path, const QString &password = QString());

} // namespace isf::reports
