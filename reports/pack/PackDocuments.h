// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/audit/PackTables.h"
#include "core/ledger/ChainHead.h"
#include "core/statements/StatementData.h"

#include <QByteArray>

#include <memory>
#include <utility>
#include <vector>

namespace isf {
class ProviderFile;
}

namespace isf::reports {

// The PDFs inside an audit pack, made with the same renderers as the printed
// documents. One instance per thread: it reads through the connection it is given.
class PackDocuments {
public:
    explicit PackDocuments(const ProviderFile &file);
    ~PackDocuments();

    // index.pdf: cover and contents, totals, and how to verify the pack.
    QByteArray index(const PackTables &tables, const ChainHead &head) const;
    // Every statement of the person's cycle that ends within the period: (file name, PDF).
    std::vector<std::pair<QString, QByteArray>> statements(
        const Person &person, const Period &period) const;
    // Every agreement version in force at some point in the period: (file name, PDF).
    std::vector<std::pair<QString, QByteArray>> agreements(
        const Person &person, const Period &period) const;

private:
    const ProviderFile &m_file;
    // Reads every agreement once, then each person's history once for all periods.
    std::unique_ptr<StatementBuilder> m_builder;
};

} // namespace isf::reports
