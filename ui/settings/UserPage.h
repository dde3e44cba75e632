#pragma once
#include <QWidget>

namespace isf::ui {

class AppSettings;
class Session;

// The name recorded against every change in the audit log.
class UserPage : public QWidget {
    Q_OBJECT
public:
    UserPage(Session &session, AppSettings &settings, QWidget *parent = nullptr);
};

} // namespace isf::ui
