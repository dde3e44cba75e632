#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
"""Drives ISF Desk through AT-SPI, as a screen reader would: the app must appear on the
accessibility bus, name every control, expose table cells as text, and answer the
keyboard-free actions. Usage: smoke.py ISFDESK PROVIDER_FILE. Prints "N passed, N failed"."""
import os
import subprocess
import sys
import time

import pyatspi

ROLES_NEEDING_NAMES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_TABLE, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU,
}

passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + what)
    else:
        failed += 1
        print("FAIL " + what)


def find_app(name, seconds=40):
    end = time.time() + seconds
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name and name.lower() in app.name.lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0, limit=40):
    if node is None or depth > limit:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1, limit)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(root, role, name=None, visible=True):
    for n in walk(root):
        try:
            if n.getRole() == role and (name is None or n.name == name) \
                    and (not visible or showing(n)):
                return n
        except Exception:
            continue
    return None


def wait_for(fn, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        value = fn()
        if value:
            return value
        time.sleep(0.3)
    return None


def activate(app, name):
    """Runs the first menu item called name through its AT-SPI action."""
    for n in walk(app):
        try:
            if n.getRole() == pyatspi.ROLE_MENU_ITEM and n.name.replace("&", "") == name:
                n.queryAction().doAction(0)
                time.sleep(0.8)
                return True
        except Exception:
            continue
    return False


def main():
    desk, provider = sys.argv[1], sys.argv[2]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    proc = subprocess.Popen([desk, "--user", "accessibility-check", provider], env=env)
    try:
        app = find_app("isfdesk") or find_app("ISF Desk", 5)
        check(app is not None, "the app is on the accessibility bus")
        if app is None:
            return
        frame = wait_for(lambda: find(app, pyatspi.ROLE_FRAME))
        check(frame is not None and "ISF Desk" in frame.name, "main window named: %r"
              % (frame.name if frame else None))
        menubar = find(app, pyatspi.ROLE_MENU_BAR)
        names = [m.name for m in menubar] if menubar else []
        check(all(n in names for n in ("File", "Edit", "Entry", "View", "Reports", "Help")),
              "menus reachable: %s" % names)
        toolbar = find(app, pyatspi.ROLE_TOOL_BAR)
        check(toolbar is not None and toolbar.childCount >= 6, "toolbar with its actions")

        # View > People through the menu item's action (what a screen reader does);
        # the People table then gives its cells as text.
        activate(app, "People")
        table = wait_for(lambda: find(app, pyatspi.ROLE_TABLE, "People"))
        check(table is not None, "View > People shows the People table")
        if table is not None:
            t = table.queryTable()
            check(t.nRows > 0, "the People table has %d rows" % t.nRows)
            cell = t.getAccessibleAt(0, 0)
            check(cell is not None and cell.name != "", "first cell reads %r"
                  % (cell.name if cell else None))
        search = wait_for(lambda: find(app, pyatspi.ROLE_TEXT, "Search people", visible=False))
        check(search is not None, "the search box is named")

        # Every visible control has a name a screen reader can say.
        unnamed = []
        for n in walk(app):
            try:
                if n.getRole() in ROLES_NEEDING_NAMES and showing(n) and not n.name.strip():
                    unnamed.append("%s under %s" % (n.getRoleName(), n.parent.name))
            except Exception:
                continue
        check(not unnamed, "every visible control is named" + (": " + "; ".join(unnamed[:8])
                                                               if unnamed else ""))

        # View > Dashboard back again.
        activate(app, "Dashboard")
        attention = wait_for(lambda: [n for n in walk(app)
                                      if n.name == "Needs attention today" and showing(n)
                                      and n.getRole() != pyatspi.ROLE_LABEL])
        check(bool(attention), "View > Dashboard shows what needs attention")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        print("%d passed, %d failed" % (passed, failed))


if __name__ == "__main__":
    main()
    sys.exit(1 if failed else 0)
