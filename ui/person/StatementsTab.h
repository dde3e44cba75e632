#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

namespace isf::ui {

class RecordTable;
class Session;

// Statements issued for the person: the periods they closed and their balances.
class StatementsTab : public QWidget {
    Q_OBJECT
public:
    StatementsTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();

private:
    Session &m_session;
    Id m_personId;
    RecordTable *m_table;
};

} // namespace isf::ui
