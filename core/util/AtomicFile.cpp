// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/util/AtomicFile.h"

#include "core/util/Errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

namespace isf {
namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

[[noreturn]] void fail(const QString &what, const QString &path, int error)
{
    throw StorageError(QStringLiteral("Could not %1 %2: %3.")
                           .arg(what, QDir::toNativeSeparators(path), describeErrno(error)));
}

// Hidden, named after the target (so a person who sees one knows what it was) and after
// the process writing it (so one left by a killed process can be recognised).
QString temporaryPrefix(const QFileInfo &target)
{
    return u'.' + target.fileName() + QStringLiteral(".tmp-");
}

QString temporaryBeside(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(temporaryPrefix(info)
        + QStringLiteral("%1-%2")
              .arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
}

// A kill -9 mid-write leaves its temporary file (possibly personal data): the next
// write of the same file removes those whose process is gone.
void removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = temporaryPrefix(info);
    const QDir folder = info.absoluteDir();
    for (const QString &name :
        folder.entryList({ prefix + u'*' }, QDir::Files | QDir::Hidden | QDir::System)) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (ok && !isProcessAlive(pid))
            QFile::remove(folder.filePath(name));
    }
}

void fsyncPath(const QString &path, bool folder)
{
    const int fd = ::open(native(path).constData(), folder ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return; // a folder we may not open for reading: the rename still happened
    ::fsync(fd);
    ::close(fd);
}

// rename(2) that refuses to replace an existing target (Linux renameat2 with
// RENAME_NOREPLACE; elsewhere link + unlink, which refuses the same way).
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#if defined(__linux__) && defined(SYS_renameat2)
    const long r
        = ::syscall(SYS_renameat2, AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), 1u);
    if (r == 0 || (errno != ENOSYS && errno != EINVAL))
        return int(r);
#endif
    if (::link(from.constData(), to.constData()) != 0)
        return -1;
    ::unlink(from.constData());
    return 0;
}

} // namespace

bool isProcessAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QString describeErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("the disk is full");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied (the folder or file is not writable for you)");
    case EROFS:
        return QStringLiteral("the disk is read-only");
    case ENOENT:
        return QStringLiteral("the folder does not exist");
    case EEXIST:
        return QStringLiteral("a file of that name already exists");
    case EIO:
        return QStringLiteral("the disk reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

void createPrivateFile(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail(QStringLiteral("create"), path, errno);
    ::fchmod(fd, 0600);
    ::close(fd);
}

void makePrivate(const QString &path)
{
    if (::chmod(native(path).constData(), 0600) != 0)
        fail(QStringLiteral("restrict the permissions of"), path, errno);
}

void syncFileAndFolder(const QString &path)
{
    fsyncPath(path, false);
    fsyncPath(QFileInfo(path).absolutePath(), true);
}

void writeFileAtomically(const QString &path, const QByteArray &data)
{
    AtomicFile file(path);
    const int fd = ::open(
        native(file.tempPath()).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail(QStringLiteral("write"), path, errno);
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, std::size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            fail(QStringLiteral("write"), path, error);
        }
        p += n;
        left -= n;
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        fail(QStringLiteral("write"), path, error);
    }
    if (::close(fd) != 0)
        fail(QStringLiteral("write"), path, errno);
    file.commit();
}

AtomicFile::AtomicFile(QString target)
    : m_target(std::move(target)), m_temp(temporaryBeside(m_target))
{
    removeStaleTemporaries(m_target);
}

AtomicFile::~AtomicFile()
{
    if (!m_done)
        ::unlink(native(m_temp).constData());
}

void AtomicFile::commit(bool replace)
{
    moveIntoPlace(m_temp, m_target, replace);
    m_done = true;
}

AtomicWriteFile::AtomicWriteFile(const QString &target) : m_file(target), m_out(new QFile)
{
    createPrivateFile(m_file.tempPath());
    m_out->setFileName(m_file.tempPath());
    if (!m_out->open(QIODevice::WriteOnly))
        fail(QStringLiteral("write"), target, errno);
}

AtomicWriteFile::~AtomicWriteFile()
{
    delete m_out;
}

QIODevice &AtomicWriteFile::device()
{
    return *m_out;
}

void AtomicWriteFile::commit()
{
    if (!m_out->flush() || ::fsync(m_out->handle()) != 0) {
        const int error = errno ? errno : EIO;
        m_out->close();
        fail(QStringLiteral("write"), m_file.target(), error);
    }
    m_out->close();
    m_file.commit();
}

void moveIntoPlace(const QString &fromPath, const QString &toPath, bool replace)
{
    const QByteArray from = native(fromPath);
    const QByteArray to = native(QFileInfo(toPath).absoluteFilePath());
    if (::chmod(from.constData(), 0600) != 0)
        fail(QStringLiteral("write"), toPath, errno);
    fsyncPath(fromPath, false);
    const int r = replace ? ::rename(from.constData(), to.constData()) : renameNoReplace(from, to);
    if (r != 0)
        fail(QStringLiteral("move the finished file to"), toPath, errno);
    fsyncPath(QFileInfo(toPath).absolutePath(), true);
}

} // namespace isf
