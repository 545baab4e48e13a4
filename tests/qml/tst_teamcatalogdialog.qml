// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint

// Issue 16: Open Team Catalog… says what is wrong with an address under the field as it is
// typed, and what the server said when it could not be opened, without leaving the dialog (or
// the catalog that is open).
TestCase {
    id: testCase
    name: "TeamCatalogDialog"
    when: windowShown
    visible: true
    width: 1024
    height: 700

    Component {
        id: dialogComponent
        TeamCatalogDialog {}
    }

    function test_problemsAreSaidInTheDialog() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        let requested = []
        dialog.openRequested.connect(address => requested.push(address))
        dialog.ask()
        tryVerify(() => dialog.opened, 3000)
        const address = findChild(dialog.contentItem, "teamCatalogAddress")
        const addressProblem = findChild(dialog.contentItem, "teamCatalogAddressProblem")
        const open = findChild(dialog.footer, "openTeamCatalogButton")
        verify(address.activeFocus)
        // Every line of the form is inside the dialog, above its buttons (the wrapped note too).
        const form = findChild(dialog.contentItem, "teamCatalogForm")
        tryVerify(() => form.height >= form.implicitHeight, 1000, form.height + " < " + form.implicitHeight)
        verify(!addressProblem.visible)
        verify(!open.enabled)

        // A file path, then a password in the address: said under the field, Open stays off.
        address.text = "/home/me/label.sqlite"
        tryVerify(() => addressProblem.visible, 1000)
        verify(addressProblem.text.indexOf("not a postgresql:// address") >= 0, addressProblem.text)
        verify(!open.enabled)
        address.text = "postgresql://me:secret@catalog.example.org/label"
        verify(addressProblem.text.indexOf("password") >= 0, addressProblem.text)
        verify(!open.enabled)

        // A server that is not there: the dialog stays open and says what happened.
        address.text = "postgresql:///label?host=/nonexistent-imprint-socket-folder&user=nobody"
        verify(!addressProblem.visible)
        verify(open.enabled)
        // Enter in the field opens, as the button does.
        address.forceActiveFocus()
        keyClick(Qt.Key_Return)
        const problem = findChild(dialog.contentItem, "teamCatalogProblem")
        tryVerify(() => open.enabled && problem.visible, 20000)
        verify(problem.text.length > 0)
        verify(dialog.opened)
        compare(requested.length, 0)
        // Escape closes it; nothing was switched to.
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 3000)
        compare(requested.length, 0)
    }

    // A team catalog picked from Open Recent is tried at once, in the dialog.
    function test_aRecentTeamCatalogIsTriedFirst() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        let requested = []
        dialog.openRequested.connect(address => requested.push(address))
        dialog.ask("postgresql:///label?host=/nonexistent-imprint-socket-folder&user=nobody")
        tryVerify(() => dialog.opened, 3000)
        compare(findChild(dialog.contentItem, "teamCatalogAddress").text,
                "postgresql:///label?host=/nonexistent-imprint-socket-folder&user=nobody")
        const problem = findChild(dialog.contentItem, "teamCatalogProblem")
        tryVerify(() => problem.visible && problem.text.length > 0, 20000)
        compare(requested.length, 0)
        dialog.close()
    }
}
