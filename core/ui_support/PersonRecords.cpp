#include "ui_support/PersonRecords.h"

#include "storage/ProviderFile.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"

namespace isf {

std::vector<IssuedStatement> statementsIssued(const ProviderFile &file, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, period_first, period_last, easy_read, closing_balance, "
                       "issued_at, issued_by, document_sha256 FROM statements_issued WHERE "
                       "person_id = ? ORDER BY period_last DESC, id DESC"));
    q.bind({ personId }).exec("read the statements issued");
    std::vector<IssuedStatement> out;
    while (q.next())
        out.push_back({ q.int64(0), toDate(q.value(1)), toDate(q.value(2)), q.int64(3) != 0,
            Money::fromPence(q.int64(4)), q.text(5), q.text(6), q.text(7) });
    return out;
}

} // namespace isf
