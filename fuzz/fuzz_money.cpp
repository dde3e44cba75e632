// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Money and hours: any text parses or throws InputError; what parses prints back to
// text that parses to the same value.
#include "core/money/Hours.h"
#include "core/money/Money.h"
#include "core/util/Errors.h"
#include "fuzz/FuzzSupport.h"

#include <cstdint>

using namespace isf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const Money m = Money::parse(text);
        if (Money::parse(m.plain()) != m)
            fuzz::wrong();
        (void)m.display();
    } catch (const InputError &) { }
    try {
        const Hours h = Hours::parse(text);
        if (Hours::parse(h.toString()) != h)
            fuzz::wrong();
    } catch (const InputError &) { }
    return 0;
}
