// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/welcome/DemoFile.h"

#include "core/generator/Generator.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace isf::ui {

QString defaultDemoPath()
{
    // The same place scripts/run-demo.sh uses: <data folder>/ISF Desk/demo-provider.isf.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("ISF Desk/demo-provider.isf"));
}

void ensureDemoFile(const QString &path, const Clock &clock, int people, int years)
{
    if (QFileInfo::exists(path))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ProviderFile file = ProviderFile::create(
        path, QStringLiteral("Demo provider"), QStringLiteral("demo"), clock);
    GeneratorOptions options;
    options.people = people;
    options.years = years;
    options.today = clock.today();
    generateProvider(file, options);
}

} // namespace isf::ui
