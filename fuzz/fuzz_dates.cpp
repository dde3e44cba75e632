// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Dates: any text parses to a real date from 1900 to 2200 or throws InputError; the
// ISO form of what parses reads back as the same date.
#include "core/time/Dates.h"
#include "core/util/Errors.h"
#include "fuzz/FuzzSupport.h"

#include <cstdint>

using namespace isf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QDate d = parseDate(text);
        if (!d.isValid() || d.year() < 1900 || d.year() > 2200)
            fuzz::wrong();
        if (parseDate(d.toString(Qt::ISODate)) != d)
            fuzz::wrong();
    } catch (const InputError &) { }
    return 0;
}
