// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/ui_desk/UiHelpers.h"

#include "ui/common/Session.h"

DeskFixture::DeskFixture(const QString &dir, const isf::Clock &clock)
    : settings(dir + QStringLiteral("/settings.ini"))
{
    settings.setUserName(QStringLiteral("tester"));
    window = std::make_unique<isf::ui::MainWindow>(settings, dialogs, clock);
    window->resize(1200, 800);
    window->show();
}

DeskFixture::~DeskFixture()
{
    waitForReview();
    window.reset();
    QApplication::processEvents();
}

bool DeskFixture::waitForReview(int ms)
{
    return waitFor([this] { return !window->session() || !window->session()->busy(); }, ms);
}

bool waitFor(const std::function<bool()> &cond, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}
