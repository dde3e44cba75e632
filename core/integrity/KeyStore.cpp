// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/KeyStore.h"

#include "core/util/Errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace isf {
namespace {

const QString kService = QStringLiteral("ISF Desk provider signing key");

QString entryName(const QString &fingerprint)
{
    return QStringLiteral("isf-desk-") + fingerprint;
}

// A keychain needs an event loop and, on Linux, a session bus with a secret service;
// headless runs and CI have neither, and ISF_KEY_STORE=file asks for the file outright.
bool keychainUsable()
{
    if (qEnvironmentVariable("ISF_KEY_STORE") == u"file" || !QCoreApplication::instance())
        return false;
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

// Runs a keychain job to its end (at most 10 s, so a locked keychain cannot hang a
// command); true when it succeeded.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

QString keyFilePath(const QString &fingerprint)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/isf-desk/keys/") + fingerprint + QStringLiteral(".key");
}

} // namespace

QByteArray loadSecretKey(const QString &fingerprint)
{
    if (keychainUsable()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(entryName(fingerprint));
        if (runJob(job) && !job.binaryData().isEmpty())
            return job.binaryData();
    }
    QFile f(keyFilePath(fingerprint));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(f.readAll().trimmed());
}

QString storeSecretKey(const QString &fingerprint, const QByteArray &secretKey)
{
    if (keychainUsable()) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(entryName(fingerprint));
        job.setBinaryData(secretKey);
        if (runJob(job))
            return QStringLiteral("the system keychain");
    }
    const QString path = keyFilePath(fingerprint);
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile f(path);
    // Created owner-only, before a byte of the key is written; never over another key.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(secretKey.toBase64() + '\n') < 0 || !f.flush())
        throw StorageError(
            QStringLiteral("The provider's signing key could not be saved to %1.").arg(path));
    return path;
}

} // namespace isf
