// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QStringList>

namespace isf {

// The columns of each import kind, in the order exports write them. Import and export
// share these lists, so that every export can be imported again.
struct ColumnLayout {
    QStringList required;
    QStringList optional;
    QStringList all() const { return required + optional; }
};

ColumnLayout councilColumns();
ColumnLayout peopleColumns();
ColumnLayout agreementColumns();
ColumnLayout supplierColumns();
ColumnLayout transactionColumns();

// The policy parameters an agreement can override from its CSV row:
// Policy::parameterNames() without statement_cycle, which is the agreement's own field.
QStringList agreementOverrideColumns();

} // namespace isf
