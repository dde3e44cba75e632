// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Shared by the fuzz targets: a Qt application object (QtSql wants one) made once.
#include <QCoreApplication>

#include <cstdlib>

namespace isf::fuzz {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "isf-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

// A finding that is not a crash: libFuzzer saves the input as for any crash.
[[noreturn]] inline void wrong()
{
    std::abort();
}

} // namespace isf::fuzz
