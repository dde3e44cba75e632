// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "reports/pack/Manifest.h"
#include "reports/pack/PackVerifier.h"

#include <functional>

namespace isf::reports {

class ZipReader;

// Who made the pack: the archive comment against the manifest's own hash, the
// provider's signature on the manifest (manifest.sig) and the checkpoint it carries,
// and, when the council gave one, that the signing key is the provider's.
void checkAuthenticity(const ZipReader &zip, const ParsedManifest &manifest, const PackKey &key,
    PackVerifyReport &report, const std::function<void(const QString &, const QString &)> &problem);

} // namespace isf::reports
