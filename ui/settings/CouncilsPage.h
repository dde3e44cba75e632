#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace isf::ui {

class RecordTable;
class Session;

// Councils and their policies: every rule is a named parameter (payment interval,
// balance cap, arrears, management fee, ...), edited as text and checked by core.
class CouncilsPage : public QWidget {
    Q_OBJECT
public:
    CouncilsPage(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void showSelected();
    void applyPreset();
    void save();
    Session &m_session;
    RecordTable *m_list;
    QLineEdit *m_name, *m_contact, *m_email;
    QComboBox *m_preset;
    QTableWidget *m_policy;
    QLabel *m_message;
};

} // namespace isf::ui
