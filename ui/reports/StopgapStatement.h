#pragma once
#include "domain/Entities.h"
#include "layout/Document.h"
#include "time/Period.h"

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// STOPGAP until reports/ offers the statement documents (issue 4): a plain statement
// (or its easy-read form) built on the reports layout engine from core's ledger, so
// that preview, print, PDF and bulk statements work end to end. Replace the call
// sites with the reports/ statement builders when they land.
reports::Document stopgapStatement(
    const ProviderFile &file, Id personId, const Period &period, bool easyRead, const QDate &today);

} // namespace isf::ui
