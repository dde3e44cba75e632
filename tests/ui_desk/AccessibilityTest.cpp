// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Every control a person can reach with the keyboard has a name a screen reader can
// say (its own accessible name, its text, or the label it is the buddy of), on the
// main screens, every tab of a person and the forms.
#include "core/ledger/Ledger.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/entry/AgreementDialog.h"
#include "ui/entry/EntryDialog.h"
#include "ui/entry/RemittanceDialog.h"
#include "ui/issuing/IssueStatementsDialog.h"
#include "ui/person/PersonView.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));

bool isControl(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
        || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
}

// Names of the reachable controls under root that have no accessible name.
QStringList unnamed(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !isControl(w) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Parts of composite widgets (a combo's line edit, a spin box's edit) are named by their
        // owner.
        if (qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << QStringLiteral("%1 (%2 in %3)")
                       .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                           root->objectName());
    }
    return out;
}
} // namespace

TEST_CASE("The check finds an unnamed control")
{
    QWidget root;
    root.setObjectName(QStringLiteral("root"));
    auto *edit = new QLineEdit(&root);
    edit->setObjectName(QStringLiteral("nameless"));
    CHECK(unnamed(&root).size() == 1);
    edit->setAccessibleName(QStringLiteral("Named"));
    CHECK(unnamed(&root).isEmpty());
}

TEST_CASE("Every reachable control has an accessible name")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"500.00"));
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    QStringList missing = unnamed(&w);
    PersonView *view = w.openPerson(pid);
    for (int i = 0; i < view->tabs()->count(); ++i) {
        view->tabs()->setCurrentIndex(i);
        missing << unnamed(view->tabs()->currentWidget());
    }
    w.newEntry(TxnKind::Expense, pid);
    missing << unnamed(findDialog<EntryDialog>(&w));
    findDialog<EntryDialog>(&w)->close();
    w.newRemittance();
    missing << unnamed(findDialog<RemittanceDialog>(&w));
    findDialog<RemittanceDialog>(&w)->close();
    w.newAgreement(pid);
    missing << unnamed(findDialog<AgreementDialog>(&w));
    findDialog<AgreementDialog>(&w)->close();
    w.showSettings(0);
    auto *settings = findDialog<SettingsDialog>(&w);
    for (int i = 0; i < settings->pages()->count(); ++i) {
        settings->pages()->setCurrentIndex(i);
        missing << unnamed(settings->pages()->currentWidget());
    }
    settings->close();
    w.action(QStringLiteral("actionIssueStatements"))->trigger();
    missing << unnamed(findDialog<IssueStatementsDialog>(&w));
    findDialog<IssueStatementsDialog>(&w)->close();
    INFO(missing.join(QStringLiteral("\n")).toStdString());
    CHECK(missing.isEmpty());
}
