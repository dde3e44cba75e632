// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "tests/support/TempDir.h"

#include <memory>

// A throwaway provider file on a pinned clock (28 November 2026, noon UTC) with
// helpers to add the usual council, person and agreement in one line each.
struct TestFile {
    explicit TestFile(const QDate &today = QDate(2026, 11, 28));
    TempDir dir;
    isf::FixedClock clock;
    QString path;
    std::unique_ptr<isf::ProviderFile> file;

    isf::ProviderFile &operator*() { return *file; }
    isf::Id addCouncil(const QString &name = QStringLiteral("Lancashire County Council"),
        const QString &preset = QStringLiteral("lancashire"));
    isf::Id addPerson(const QString &ref, isf::Id councilId,
        const QString &given = QStringLiteral("Alex"),
        const QString &family = QStringLiteral("Taylor"));
    // An active agreement from `start` with one weekly budget and a fixed weekly contribution.
    isf::Id addAgreement(isf::Id personId, const QDate &start, isf::Money weeklyBudget,
        isf::Money weeklyContribution = isf::Money());
};

isf::Money gbp(const char16_t *text);
