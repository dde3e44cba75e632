// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/register/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTranslator>

#include <utility>

using namespace Qt::StringLiterals;

namespace isf::ui {
namespace {

// Source strings are written in the plural ("%n entries", "%n statement(s)"); the
// singular comes from "(s)" dropped or one of these words in its singular form.
const std::pair<QStringView, QStringView> kIrregular[] = {
    { u"%n entries", u"%n entry" },
    { u"%n people", u"%n person" },
    { u"%n periods", u"%n period" },
    { u"%n rows", u"%n row" },
    { u"%n statements", u"%n statement" },
    { u"%n problems", u"%n problem" },
    { u"%n funds", u"%n fund" },
    { u"%n weeks", u"%n week" },
    { u"%n alerts", u"%n alert" },
};

class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(u"%n"_s))
            return {};
        text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
        if (n == 1)
            for (const auto &[plural, singular] : kIrregular)
                text.replace(plural.toString(), singular.toString());
        return text;
    }
};

} // namespace

void installEnglishPlurals()
{
    static EnglishPlurals *installed = nullptr;
    if (installed || !QCoreApplication::instance())
        return;
    installed = new EnglishPlurals(QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
}

} // namespace isf::ui
