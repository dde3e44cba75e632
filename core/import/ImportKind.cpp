// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/ImportKind.h"

#include "core/import/CsvSource.h"

#include <map>

namespace isf {
namespace {

std::map<QString, ImportKind> &kinds()
{
    static std::map<QString, ImportKind> registry;
    return registry;
}

} // namespace

// The kinds that come with core; each lives in its own file.
void addCouncilsImport();
void addPeopleImport();
void addAgreementsImport();
void addSuppliersImport();
void addTransactionsImport();
void addCalculatorImports();

namespace {

// Registering the built-in kinds from here, rather than from static objects in their
// files, keeps them in every program that links isfcore (see ImportKind.h).
void addBuiltInKinds()
{
    static const bool done = [] {
        addCouncilsImport();
        addPeopleImport();
        addAgreementsImport();
        addSuppliersImport();
        addTransactionsImport();
        addCalculatorImports();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

bool ImportRegistry::add(ImportKind kind)
{
    const QString name = kind.name;
    kinds().insert_or_assign(name, std::move(kind));
    return true;
}

const ImportKind *ImportRegistry::find(const QString &name)
{
    addBuiltInKinds();
    const auto it = kinds().find(name.trimmed().toLower());
    return it == kinds().end() ? nullptr : &it->second;
}

std::vector<const ImportKind *> ImportRegistry::all()
{
    addBuiltInKinds();
    std::vector<const ImportKind *> out;
    for (const auto &[name, kind] : kinds())
        out.push_back(&kind);
    return out;
}

QStringList ImportRegistry::names()
{
    QStringList out;
    for (const ImportKind *kind : all())
        out << kind->name;
    return out;
}

ImportContext::ImportContext(
    const ProviderFile &file, const CsvSource &source, CsvErrors &errors, ImportResult &result)
    : m_file(file), m_source(source), m_errors(errors), m_result(result)
{ }

const QString &ImportContext::sourceName() const
{
    return m_source.sourceName();
}

int ImportContext::column(QStringView name) const
{
    return m_source.header().columnIndex(name);
}

qsizetype ImportContext::byteSize() const
{
    return m_source.byteSize();
}

void ImportContext::forEachRow(const std::function<void(const CsvRow &)> &fn) const
{
    m_source.forEachRow(fn);
}

QString importCell(const CsvRow &row, int column)
{
    QString text = row.text(column);
    // Line breaks inside a quoted field are stored as LF, whatever the file used.
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    if (text.size() > 1 && text.front() == u'\'') {
        const char16_t next = text[1].unicode();
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t'
            || next == u'\r')
            text.remove(0, 1);
    }
    return text;
}

} // namespace isf
