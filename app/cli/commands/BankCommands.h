// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "app/cli/Cli.h"

// `isf bank SUBCOMMAND`: the client bank accounts, their statements and matching.
// Each subcommand lives in its own file and runs with a Context named "bank SUB".
namespace isf::cli::bank {

int accounts(Context &ctx); // list the accounts
int account(Context &ctx); // add or change one
int importStatement(Context &ctx); // import a statement file
int lines(Context &ctx); // the statement lines and their matches
int review(Context &ctx); // unmatched lines with suggestions
int match(Context &ctx); // match lines to transactions by hand
int unmatch(Context &ctx);
int error(Context &ctx); // mark (or clear) a bank error
int create(Context &ctx); // post the entry a line shows and match it

} // namespace isf::cli::bank
