// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once

namespace isf {

// While one lives, SIGINT and SIGTERM do not kill the process: they set a flag that long
// jobs (the audit pack) poll, so the job stops and removes its working files (which may
// hold personal data) before the process exits. A second signal acts as usual.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    // True once SIGINT or SIGTERM arrived while a guard was alive.
    static bool requested();
    // The signal that arrived (0 for none), so the caller can exit as it would have.
    static int signalNumber();
};

} // namespace isf
