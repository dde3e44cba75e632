#pragma once
#include <QString>

class QWidget;

namespace isf::ui {

// Where the app asks for file names. The app uses the platform dialogs; tests
// replace them with answers given in advance.
class FileDialogs {
public:
    virtual ~FileDialogs() = default;
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    virtual QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    virtual QString directory(QWidget *parent, const QString &caption);
};

// Filters used across the app.
QString providerFileFilter();
QString csvFileFilter();
QString pdfFileFilter();

} // namespace isf::ui
