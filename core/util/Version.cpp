// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/util/Version.h"

namespace isf {

QString appVersion()
{
    return QStringLiteral(ISF_VERSION_STRING);
}

} // namespace isf
