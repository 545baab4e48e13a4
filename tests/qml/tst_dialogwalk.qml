// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Issue 13, items 4 and 5, for dialogs: every dialog of the window and its pages, opened the
// way the user opens it, fits a 1024×700 window (ctest runs this file in English, in German and
// at 1.5× scale): it is inside the window, nothing in it ends past its edges, no text is cut
// off, and a screen reader hears a name and a role for each of its controls.
TestCase {
    id: testCase
    name: "DialogWalk"
    when: windowShown

    property var window: null

    Component {
        id: mainComponent
        Main {
            width: 1024
            height: 700
        }
    }

    function initTestCase() {
        window = mainComponent.createObject(null, { session: testSession })
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        tryVerify(() => !testSession.loading, 5000)
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        testSession.releases.currentReleaseId = testSession.releases.model.idAt(0)
    }
    function cleanupTestCase() {
        tryVerify(() => !window.busy, 20000)
        window.close()
        window.destroy()
        wait(50)
    }

    // The dialog named name that is open, among the popups declared under item (the menus'
    // dialogs are in their data, not among the visual children).
    function openedDialog(item, name) {
        const children = item.data ?? []
        for (let i = 0; i < children.length; ++i) {
            const child = children[i]
            if (!child)
                continue
            if (child.objectName === name && child.opened)
                return child
            const found = child.data !== undefined ? openedDialog(child, name) : null
            if (found)
                return found
        }
        return null
    }
    // The dialog named name that a click on control opened: declared beside it, in one of the
    // items around it (a control's own dialogs sit in its data or content data).
    function dialogNear(control, name) {
        for (let p = control; p; p = p.parent) {
            for (const list of [p.data, p.contentData]) {
                for (let i = 0; list && i < list.length; ++i) {
                    if (list[i] && list[i].objectName === name && list[i].opened === true)
                        return list[i]
                }
            }
        }
        return null
    }
    function waitForDialog(name) {
        let dialog = null
        tryVerify(() => (dialog = openedDialog(window.contentItem, name)) !== null, 5000, name + " opens")
        return dialog
    }
    // The first control called name under item that a click reaches: visible and not scrolled
    // out of the views around it.
    function shownControl(item, name) {
        for (const child of item.children) {
            if (!child.visible)
                continue
            if (child.objectName === name && inView(child))
                return child
            const found = shownControl(child, name)
            if (found)
                return found
        }
        return null
    }
    function inView(control) {
        for (let p = control.parent; p; p = p.parent) {
            if (!p.clip)
                continue
            const centre = control.mapToItem(p, control.width / 2, control.height / 2)
            if (centre.x < 0 || centre.y < 0 || centre.x > p.width || centre.y > p.height)
                return false
        }
        return true
    }
    // Presses a button from the keyboard (wherever a scrolling pane has put it).
    function press(button) {
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
    }
    // Presses the control called name on the page shown and gives the dialog called dialogName
    // that it opens.
    function clickForDialog(name, dialogName) {
        const control = window.findControl(window.currentPage, name)
        verify(control && control.visible && control.enabled, name + " can be pressed")
        press(control)
        let dialog = null
        tryVerify(() => (dialog = dialogNear(control, dialogName)) !== null, 5000, dialogName + " opens")
        return dialog
    }

    // What each dialog needs to be opened as a user opens it, and undone afterwards.
    property var restore: null
    function openByHand(tag) {
        switch (tag) {
        case "copy": {
            // What the importer asks for a folder outside the library (this catalog has none,
            // so it would import in place): the folder, the library and where the copy goes.
            const folder = outsideWorld.makeOutsideTake("Harbour Lights")
            const path = decodeURIComponent(String(folder).replace(/^file:\/\//, ""))
            const library = path.replace(/Downloads$/, "Library")
            window.mainDialogs.importer.copyConfirmationNeeded(folder, library, library + "/Downloads")
            return window.mainDialogs.copyIntoLibrary
        }
        case "conflict": {
            const trackId = testSession.tracks.trackIdAt(1)
            const genre = otherClient.trackField(trackId, "genre")
            verify(otherClient.setTrackField(trackId, "genre", "Coastal Ambient"))
            testSession.setTrackField(trackId, "genre", "Dream Pop")
            restore = () => {
                testSession.setTrackField(trackId, "genre", genre)
                tryVerify(() => otherClient.trackField(trackId, "genre") === genre, 5000)
                testSession.history.clear()
            }
            return window.mainDialogs.editConflict
        }
        case "csv": {
            const trackId = testSession.tracks.trackIdAt(0)
            testSession.exchange.previewCsv(outsideWorld.makeTextFile("walk.csv",
                "track_id,title,colour\n" + trackId + ",Glass Harbour (Extended Night Version),red\n"
                + "999999,Nobody Knows,blue\n"))
            return waitForDialog("csvImportDialog")
        }
        case "exported":
            testSession.exchange.exportTo(outsideWorld.packageUrl("walk.json"))
            return waitForDialog("exportDoneDialog")
        case "deleterelease":
            return clickForDialog("deleteReleaseButton", "deleteReleaseDialog")
        case "milestone": {
            const planning = testSession.planning
            const releaseId = testSession.releases.model.idAt(1)
            planning.currentReleaseId = releaseId
            // A release without a date has no milestones yet: it gets one, as the calendar gives it.
            if ((planning.current.milestones ?? []).length === 0) {
                verify(planning.moveRelease(releaseId, "2027-06-04"))
                restore = () => testSession.history.undo()
            }
            let edit = null
            tryVerify(() => shownControl(window.currentPage, "editMilestone") !== null, 5000,
                      "a milestone's Edit… shows")
            // Where it is once the plan's list has laid out (it moves while the rows arrive).
            let where = ""
            tryVerify(() => {
                edit = shownControl(window.currentPage, "editMilestone")
                const pt = edit ? edit.mapToItem(null, 0, 0) : null
                const now = pt ? pt.x + "," + pt.y : ""
                const settled = now === where
                where = now
                wait(50)
                return settled && edit !== null
            }, 5000, "the plan stays in place")
            mouseClick(edit)
            let dialog = null
            tryVerify(() => (dialog = dialogNear(edit, "milestoneDialog")) !== null, 5000, "the milestone dialog opens")
            return dialog
        }
        case "clearance":
            // What Add… on the Clearance tab does.
            window.currentPage.clearanceDialog.edit({ id: 0, trackId: testSession.rights.currentTrackId })
            return window.currentPage.clearanceDialog
        case "profile":
            return clickForDialog("editProfileButton", "profileEditorDialog")
        case "deletework":
        case "deleteparty": {
            // One made for the purpose, as the page's New field makes it; undone afterwards.
            const isWork = tag === "deletework"
            const field = window.findControl(window.currentPage, isWork ? "newWorkField" : "newPartyField")
            verify(field && field.visible)
            field.forceActiveFocus()
            const name = isWork ? "Harbour Lights at Dawn (Film Cue)" : "Tideline Publishing and Mechanical Rights Ltd."
            field.text = name
            keyClick(Qt.Key_Return)
            const credits = testSession.credits
            tryVerify(() => (isWork ? credits.currentWork.title : credits.currentParty.name) === name, 5000,
                      "it is made")
            restore = () => testSession.history.undo()
            return clickForDialog(isWork ? "deleteWorkButton" : "deletePartyButton", "confirmDeleteDialog")
        }
        }
        return null
    }

    function test_dialogs_data() {
        return [
            { tag: "about", page: "catalog" }, { tag: "shortcuts", page: "catalog" },
            { tag: "team", page: "catalog" }, { tag: "library", page: "catalog" },
            { tag: "import", page: "catalog" }, { tag: "newrelease", page: "catalog" },
            { tag: "tags", page: "catalog" }, { tag: "duplicates", page: "catalog" },
            { tag: "copy", page: "catalog" }, { tag: "conflict", page: "catalog" },
            { tag: "csv", page: "catalog" }, { tag: "exported", page: "catalog" },
            { tag: "deleterelease", page: "releases" }, { tag: "milestone", page: "calendar" },
            { tag: "profile", page: "quality" }, { tag: "terms", page: "rights" },
            { tag: "clearance", page: "rights" }, { tag: "deletework", page: "works" },
            { tag: "deleteparty", page: "parties" }
        ]
    }
    function test_dialogs(data) {
        restore = null
        verify(window.showPage(data.page))
        tryVerify(() => !window.busy, 20000)
        const dialog = window.openDialog(data.tag) ?? openByHand(data.tag)
        verify(dialog, "no way to open " + data.tag)
        tryVerify(() => dialog.opened, 5000, data.tag + " opens")
        waitForRendering(window.contentItem)

        // Inside the window: the popup's own item holds its header, content and footer.
        const frame = dialog.contentItem.parent
        const topLeft = frame.mapToItem(window.overlay, 0, 0)
        const bottomRight = frame.mapToItem(window.overlay, frame.width, frame.height)
        const inside = topLeft.x >= -0.5 && topLeft.y >= -0.5 && bottomRight.x <= window.overlay.width + 0.5
                       && bottomRight.y <= window.overlay.height + 0.5
        verify(inside, data.tag + " lies at " + Math.round(topLeft.x) + "," + Math.round(topLeft.y) + " – "
                       + Math.round(bottomRight.x) + "," + Math.round(bottomRight.y) + " in a " + window.width
                       + "×" + window.height + " window")

        // Its content fits the room between header and footer: content taller than that
        // runs under the buttons (the New Release dialog's wrapped hint did).
        for (const child of dialog.contentItem.children) {
            if (child.visible && !(child instanceof Flickable))
                verify(child.implicitHeight <= child.height + 1, data.tag + ": content " + Math.round(child.implicitHeight)
                       + " px tall in " + Math.round(child.height) + " px")
        }

        let over = Walk.overflowing(frame, frame.width, frame.height, frame, false, true)
        for (let waited = 0; over.length > 0 && waited < 2000; waited += 100) {
            wait(100)
            over = Walk.overflowing(frame, frame.width, frame.height, frame, false, true)
        }
        verify(over.length === 0, data.tag + ": " + over.slice(0, 6).join("; "))

        accessibleProbe.announceScreenReader()
        const missing = Walk.unnamed(accessibleProbe, frame)
        verify(missing.length === 0, data.tag + ": " + missing.length + " without a name or role: "
                                     + missing.slice(0, 12).join("; "))

        dialog.reject() // as Escape or Cancel: nothing is done
        tryVerify(() => !dialog.visible, 5000)
        if (restore)
            restore()
    }
}
