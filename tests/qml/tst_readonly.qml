// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.Models

// A viewer of a team catalog (issue 16, item 4): the window's commands that change the catalog
// are off, and the banner that says why shows only then. (The session's readOnly itself is
// tested against a real server in tst_teamroles.)
TestCase {
    name: "ReadOnly"

    MainActions {
        id: actions
        canUndo: true
        canRedo: true
    }
    ReadOnlyBanner {
        id: banner
        session: testSession
    }

    function test_commandsThatChangeTheCatalogAreOffForAViewer() {
        const changing = [actions.importFolderAction, actions.newReleaseAction, actions.undoAction,
                          actions.redoAction]
        actions.readOnly = false
        for (const action of changing)
            verify(action.enabled, action.objectName)
        actions.readOnly = true
        for (const action of changing)
            verify(!action.enabled, action.objectName + " is on for a viewer")
        // Reading stays possible.
        for (const action of [actions.openCatalogAction, actions.backUpAction, actions.quitAction])
            verify(action.enabled, action.objectName)
        actions.readOnly = false
    }

    function test_theBannerShowsForAViewerOnly() {
        compare(testSession.readOnly, false) // the test catalog is a file: its user owns it
        verify(!banner.visible)
        compare(testSession.editorRole, "")
    }
}
