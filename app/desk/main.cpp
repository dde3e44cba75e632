// isfdesk: the desktop app. Parses the command line and starts the main window; all
// of the app lives in isfui.
#include "core/time/Clock.h"
#include "core/util/Version.h"
#include "ui/common/AppSettings.h"
#include "ui/common/FileDialogs.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Screenshots.h"
#include "ui/welcome/DemoFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <initializer_list>

using namespace isf;
using namespace isf::ui;

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char *name : names)
            if (std::strcmp(argv[i], name) == 0)
                return true;
    return false;
}

// --help and --version print and exit; they must work over ssh, in a package check and
// in a terminal with no display, where QApplication would abort.
bool wantsTextOnly(int argc, char *argv[])
{
    return hasArgument(argc, argv, { "-h", "--help", "--help-all", "-v", "--version", "-?" });
}

void scaleFont(double scale)
{
    if (scale <= 0.0 || qFuzzyCompare(scale, 1.0))
        return;
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * scale);
    QApplication::setFont(f);
}

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots render without a display.
    if ((hasArgument(argc, argv, { "--screenshots" }) || wantsTextOnly(argc, argv))
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ISF Desk"));
    QApplication::setOrganizationName(QStringLiteral("ISF Desk"));
    QApplication::setApplicationVersion(isf::appVersion());
    QApplication::setDesktopFileName(QStringLiteral("io.github.isfdesk.ISFDesk"));
    QIcon icon;
    for (const int size : { 16, 32, 48, 256 })
        icon.addFile(QStringLiteral(":/isfdesk/icons/hicolor/%1x%1/apps/isfdesk.png").arg(size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ISF Desk: Individual Service Fund ledgers for care providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("A provider file to open."));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Open the demo provider file, making it on first use."));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
        QStringLiteral("Render every main screen to PNG files in DIR, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"),
        QStringLiteral("Scale the user interface font (1.5 for large text)."),
        QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("The name recorded in the audit log."), QStringLiteral("NAME"));
    parser.addOptions({ demo, shots, fontScale, user });
    parser.process(app);
    scaleFont(parser.value(fontScale).toDouble());
    const Clock &clock = defaultClock();
    const QStringList files = parser.positionalArguments();

    if (parser.isSet(shots)) {
        // Throwaway settings, so screenshots never touch the user's recent files.
        QTemporaryDir scratch;
        AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
        settings.setUserName(QStringLiteral("screenshots"));
        FileDialogs dialogs;
        MainWindow window(settings, dialogs, clock);
        QString path = files.value(0);
        if (path.isEmpty()) {
            path = QDir(parser.value(shots)).filePath(QStringLiteral("demo-provider.isf"));
            QDir().mkpath(parser.value(shots));
            try {
                ensureDemoFile(path, clock);
            } catch (const std::exception &e) {
                std::fprintf(stderr, "isfdesk: %s\n", e.what());
                return 1;
            }
        }
        const int n = renderScreenshots(window, path, parser.value(shots));
        std::printf("%d screenshots written to %s\n", n, qPrintable(parser.value(shots)));
        return n > 0 ? 0 : 1;
    }

    AppSettings settings;
    if (parser.isSet(user))
        settings.setUserName(parser.value(user));
    FileDialogs dialogs;
    MainWindow window(settings, dialogs, clock);
    window.show();
    if (!files.isEmpty()) {
        window.openFile(files.first());
    } else if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!settings.lastFile().isEmpty() && QFileInfo::exists(settings.lastFile())) {
        window.openFile(settings.lastFile());
    } else if (!settings.demoOffered()) {
        settings.setDemoOffered(true);
        if (QMessageBox::question(&window, QStringLiteral("ISF Desk"),
                QApplication::translate("main",
                    "Welcome to ISF Desk. Would you like to look around a demo provider file "
                    "first? "
                    "It holds made-up people and two years of entries."))
            == QMessageBox::Yes)
            window.openDemo();
    }
    return app.exec();
}
