// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
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
#include <QPalette>
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

bool wantsScreenshots(int argc, char *argv[])
{
    return hasArgument(argc, argv, { "--screenshots" });
}

// --help and --version only print: they must work without a display (over ssh, in a
// package build), so they need no GUI application.
bool wantsTextOnly(int argc, char *argv[])
{
    return hasArgument(argc, argv, { "-h", "--help", "-?", "--help-all", "-v", "--version" });
}

struct Options {
    QCommandLineOption demo { QStringLiteral("demo"),
        QStringLiteral("Open the demo provider file, making it on first use.") };
    QCommandLineOption shots { QStringLiteral("screenshots"),
        QStringLiteral("Render every main screen to PNG files in DIR, then exit."),
        QStringLiteral("DIR") };
    QCommandLineOption fontScale { QStringLiteral("font-scale"),
        QStringLiteral("Scale the user interface font (1.5 for large text)."),
        QStringLiteral("FACTOR"), QStringLiteral("1") };
    QCommandLineOption user { QStringLiteral("user"),
        QStringLiteral("The name recorded in the audit log."), QStringLiteral("NAME") };
    QCommandLineOption dark { QStringLiteral("dark"),
        QStringLiteral("Use a dark palette (to check every screen reads in one).") };

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("ISF Desk: Individual Service Fund ledgers for care providers."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("FILE"), QStringLiteral("A provider file to open."));
        parser.addOptions({ demo, shots, fontScale, user, dark });
    }
};

// A dark palette on the Fusion style: the app takes every colour from the palette, so
// this shows whether each screen still reads.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
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
    const Options options;
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication text(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("isfdesk"));
        QCoreApplication::setApplicationVersion(isf::appVersion());
        QCommandLineParser parser;
        options.describe(parser);
        parser.process(text); // prints and exits
        return 0;
    }
    // Screenshots render without a display.
    if (wantsScreenshots(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
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
    options.describe(parser);
    parser.process(app);
    const QCommandLineOption &demo = options.demo, &shots = options.shots,
                             &fontScale = options.fontScale, &user = options.user;
    scaleFont(parser.value(fontScale).toDouble());
    if (parser.isSet(options.dark))
        useDarkPalette();
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
    }
    // Otherwise the welcome page explains the two ways to start (demo or new file).
    return app.exec();
}
