// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/ZipArchive.h"

#include "core/util/Errors.h"

#include <QFile>

#include <cstdlib>
#include <cstring>
#include <zip.h>

namespace isf::reports {
namespace {

QString zipError(zip_t *archive)
{
    return archive ? QString::fromUtf8(zip_strerror(archive)) : QStringLiteral("unknown error");
}

} // namespace

ZipWriter::ZipWriter(const QString &path, const QString &password)
    : m_path(path), m_password(password.toUtf8())
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        throw StorageError(QStringLiteral("Could not create %1: %2").arg(path, why));
    }
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip); // not closed: write nothing
}

void ZipWriter::encrypt(qint64 index)
{
    if (m_password.isEmpty())
        return;
    if (zip_file_set_encryption(m_zip, zip_uint64_t(index), ZIP_EM_AES_256, m_password.constData())
        != 0)
        throw StorageError(QStringLiteral("Could not encrypt the pack: %1").arg(zipError(m_zip)));
}

void ZipWriter::addSource(const QString &name, zip_source_t *source, bool compress)
{
    if (!source)
        throw StorageError(
            QStringLiteral("Could not add %1 to the pack: %2").arg(name, zipError(m_zip)));
    const zip_int64_t index = zip_file_add(
        m_zip, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        throw StorageError(
            QStringLiteral("Could not add %1 to the pack: %2").arg(name, zipError(m_zip)));
    }
    zip_set_file_compression(
        m_zip, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    encrypt(index);
}

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    // libzip keeps the source until close(); give it its own copy to free.
    void *copy = std::malloc(std::size_t(std::max<qsizetype>(data.size(), 1)));
    if (!copy)
        throw StorageError(QStringLiteral("Out of memory adding %1 to the pack.").arg(name));
    std::memcpy(copy, data.constData(), std::size_t(data.size()));
    zip_source_t *source = zip_source_buffer(m_zip, copy, zip_uint64_t(data.size()), 1);
    if (!source)
        std::free(copy);
    addSource(name, source, compress);
}

void ZipWriter::addFile(const QString &name, const QString &sourcePath, bool compress)
{
    addSource(
        name, zip_source_file(m_zip, QFile::encodeName(sourcePath).constData(), 0, -1), compress);
}

void ZipWriter::setComment(const QString &comment)
{
    const QByteArray c = comment.toUtf8();
    zip_set_archive_comment(m_zip, c.constData(), zip_uint16_t(c.size()));
}

void ZipWriter::close()
{
    if (zip_close(m_zip) != 0) {
        const QString why = zipError(m_zip);
        zip_discard(m_zip);
        m_zip = nullptr;
        throw StorageError(QStringLiteral("Could not write %1: %2").arg(m_path, why));
    }
    m_zip = nullptr;
}

ZipReader::ZipReader(const QString &path, const QString &password) : m_path(path)
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        throw StorageError(QStringLiteral("Could not open %1 as a zip archive: %2").arg(path, why));
    }
    if (!password.isEmpty())
        zip_set_default_password(m_zip, password.toUtf8().constData());
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList ZipReader::names() const
{
    QStringList out;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        out << QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS));
    return out;
}

QString ZipReader::comment() const
{
    int length = 0;
    const char *text = zip_get_archive_comment(m_zip, &length, ZIP_FL_ENC_GUESS);
    return text ? QString::fromUtf8(text, length) : QString();
}

bool ZipReader::contains(const QString &name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS) >= 0;
}

bool ZipReader::isEncrypted(const QString &name) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0)
        return false;
    return (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
}

QByteArray ZipReader::read(const QString &name) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0)
        throw StorageError(QStringLiteral("%1 is not in the pack.").arg(name));
    zip_file_t *f = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!f) {
        const int code = zip_error_code_zip(zip_get_error(m_zip));
        if (code == ZIP_ER_NOPASSWD)
            throw StorageError(
                QStringLiteral("The pack is encrypted: give its password (--password-file)."));
        if (code == ZIP_ER_WRONGPASSWD)
            throw StorageError(QStringLiteral("The password does not open the pack."));
        throw StorageError(
            QStringLiteral("Could not read %1 from the pack: %2").arg(name, zipError(m_zip)));
    }
    QByteArray data;
    data.resize(qsizetype(st.size));
    const zip_int64_t got = zip_fread(f, data.data(), st.size);
    const bool failed = got < 0 || zip_uint64_t(got) != st.size;
    QString why;
    if (failed) {
        const int code = zip_error_code_zip(zip_file_get_error(f));
        why = code == ZIP_ER_WRONGPASSWD ? QStringLiteral("wrong password")
                                         : QString::fromUtf8(zip_file_strerror(f));
    }
    zip_fclose(f);
    if (failed)
        throw StorageError(QStringLiteral("Could not read %1 from the pack: %2").arg(name, why));
    return data;
}

} // namespace isf::reports
