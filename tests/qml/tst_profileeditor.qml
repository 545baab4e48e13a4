// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import "ItemWalk.js" as Walk

TestCase {
    id: testCase
    name: "ProfileEditor"
    when: windowShown
    visible: true
    width: 1000
    height: 800

    Component {
        id: dialogComponent
        ProfileEditorDialog {
            quality: testSession.quality
            history: testSession.history
            profileKey: "streaming"
        }
    }

    SignalSpy {
        id: qualityReloaded
        target: testSession.quality
        signalName: "reloaded"
    }

    // Each test closes its dialog before createTemporaryObject destroys it, as a user would.
    // Destroying a modal Dialog of the org.kde.desktop style while it is open leaks the popup's
    // items in a reference cycle (LeakSanitizer, Qt 6.8.2 and qqc2-desktop-style from Debian 13).
    // A plain `Dialog { modal: true }` with no Imprint code leaks the same way, Basic and Fusion
    // do not, and closing first leaks nothing.
    property var openedDialog: null

    function cleanup() {
        if (!openedDialog)
            return
        openedDialog.close()
        tryCompare(openedDialog, "visible", false)
        openedDialog = null
    }

    function init() {
        testSession.quality.profileKey = "streaming"
        if (!testSession.history.canUndo)
            return
        while (testSession.history.canUndo)
            testSession.history.undo()
        // The session reloads the checks after an edit; let it land before the next test.
        qualityReloaded.clear()
        qualityReloaded.wait(5000)
    }

    function openDialog() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.open()
        tryCompare(dialog, "opened", true)
        openedDialog = dialog
        return dialog
    }

    function fieldEditor(dialog, name) {
        let editor = null
        tryVerify(() => (editor = Walk.findNamed(dialog.contentItem, "profileField_" + name)) !== null)
        return editor
    }

    function test_everyThresholdIsShownWithItsValue() {
        const dialog = openDialog()
        verify(dialog.fields.length > 20)
        compare(fieldEditor(dialog, "warnTruePeakDbtp").text, "-1")
        verify(dialog.isDefault)
    }

    function test_anOutOfRangeValueIsExplainedAndNotSaved() {
        const dialog = openDialog()
        const editor = fieldEditor(dialog, "warnTruePeakDbtp")
        editor.forceActiveFocus()
        editor.selectAll()
        keyClick(Qt.Key_9)
        const row = editor.parent.parent
        verify(row.error.indexOf("between") >= 0, row.error)
        keyClick(Qt.Key_Return)
        verify(!testSession.history.canUndo)
        verify(testSession.quality.isProfileDefault("streaming"))
    }

    function test_anEditIsSavedUndoableAndResettable() {
        const dialog = openDialog()
        const editor = fieldEditor(dialog, "warnTruePeakDbtp")
        editor.forceActiveFocus()
        editor.selectAll()
        keyClick(Qt.Key_Minus)
        keyClick(Qt.Key_3)
        keyClick(Qt.Key_Return)
        verify(testSession.history.canUndo)
        verify(!dialog.isDefault)
        compare(fieldEditor(dialog, "warnTruePeakDbtp").text, "-3")
        const reset = Walk.findNamed(dialog.footer, "resetProfileButton")
        verify(reset && reset.enabled)
        testSession.quality.resetProfile("streaming")
        verify(dialog.isDefault)
        testSession.history.undo()
        verify(!dialog.isDefault)
        testSession.history.undo()
        verify(dialog.isDefault)
    }

    // A save, and the session's reload after it, must not rebuild the list: the user keeps the
    // field they are typing in, with its text and focus, and their place in the list.
    function test_aSaveKeepsTheListAndWhatIsBeingTyped() {
        const dialog = openDialog()
        const saved = fieldEditor(dialog, "warnTruePeakDbtp")
        const typing = fieldEditor(dialog, "loudAboveLufs")
        saved.forceActiveFocus()
        saved.selectAll()
        keyClick(Qt.Key_Minus)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_Return)
        verify(testSession.history.canUndo)
        qualityReloaded.clear()
        typing.forceActiveFocus()
        typing.selectAll()
        keyClick(Qt.Key_Minus)
        keyClick(Qt.Key_7)
        qualityReloaded.wait(5000)
        wait(50)
        compare(fieldEditor(dialog, "warnTruePeakDbtp"), saved)
        compare(saved.text, "-2")
        compare(fieldEditor(dialog, "loudAboveLufs"), typing)
        compare(typing.text, "-7")
        verify(typing.activeFocus)
    }
}
