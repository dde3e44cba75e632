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

int main(int argc, char *argv[])
{
    TestApp app(argc, argv);
    return Catch::Session().run(argc, argv);
}
