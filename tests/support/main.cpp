// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Shared test main: a Qt application object exists for every test, as in the app.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#if defined(ISF_TEST_GUI) && ISF_TEST_GUI == 2
#include <QApplication>
using TestApp = QApplication;
#elif defined(ISF_TEST_GUI)
#include <QGuiApplication>
using TestApp = QGuiApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Signing keys made by tests go to a throwaway config folder, never the user's
    // keychain or ~/.config.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("ISF_KEY_STORE", "file");
    TestApp app(argc, argv);
    return Catch::Session().run(argc, argv);
}
