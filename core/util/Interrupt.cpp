// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/util/Interrupt.h"

#include <atomic>
#include <csignal>

namespace isf {
namespace {

std::atomic<int> g_signal { 0 };
std::atomic<int> g_guards { 0 };
struct sigaction g_oldInt, g_oldTerm;

void onSignal(int number)
{
    if (g_signal.exchange(number) != 0) {
        // The second signal: the person insists. Act as if we never caught it.
        std::signal(number, SIG_DFL);
        std::raise(number);
    }
}

} // namespace

InterruptGuard::InterruptGuard()
{
    if (g_guards.fetch_add(1) == 0) {
        g_signal = 0;
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &g_oldInt);
        sigaction(SIGTERM, &action, &g_oldTerm);
    }
}

InterruptGuard::~InterruptGuard()
{
    if (g_guards.fetch_sub(1) == 1) {
        sigaction(SIGINT, &g_oldInt, nullptr);
        sigaction(SIGTERM, &g_oldTerm, nullptr);
    }
}

bool InterruptGuard::requested()
{
    return g_signal.load() != 0;
}

int InterruptGuard::signalNumber()
{
    return g_signal.load();
}

} // namespace isf
