// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QComboBox>

namespace isf::ui {

class Session;

// Chooses a person by typing any part of the reference or name (completion pops up
// as you type); currentPersonId() is 0 until the text matches a person.
class PersonPicker : public QComboBox {
    Q_OBJECT
public:
    explicit PersonPicker(Session &session, QWidget *parent = nullptr);
    Id currentPersonId() const;
    void setPersonId(Id id);
};

} // namespace isf::ui
