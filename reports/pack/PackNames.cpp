// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/PackNames.h"

#include "reports/pack/Manifest.h"

#include <QRegularExpression>
#include <QSet>

namespace isf::reports {

bool isReservedWindowsName(const QString &name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

QHash<Id, QString> personFolders(const std::vector<std::pair<Id, QString>> &idAndRef)
{
    QHash<Id, QString> out;
    QSet<QString> taken; // lower case
    // First pass: who would share a plain name, so that none of them gets it.
    QHash<QString, int> uses;
    for (const auto &[id, ref] : idAndRef)
        ++uses[packSafeName(ref).toLower()];
    for (const auto &[id, ref] : idAndRef) {
        QString base = packSafeName(ref);
        const bool reserved = isReservedWindowsName(base);
        if (reserved) // "con.txt" is CON to Windows whatever follows the dot
            base.replace(u'.', u'_');
        const bool plainOk = uses.value(packSafeName(ref).toLower()) == 1 && !reserved;
        QString name = plainOk ? base : QStringLiteral("%1-id%2").arg(base).arg(id);
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-id%2-%3").arg(base).arg(id).arg(n);
        taken.insert(name.toLower());
        out.insert(id, name);
    }
    return out;
}

} // namespace isf::reports
