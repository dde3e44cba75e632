#include "demo/DemoFile.h"

#include "demo/Generator.h"
#include "storage/ProviderFile.h"
#include "time/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace isf::ui {

QString defaultDemoPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("demo-provider.isf"));
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
