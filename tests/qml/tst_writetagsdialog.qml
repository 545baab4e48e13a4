// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App
import Imprint.Models

// The write-tags dialog on four real FLAC masters, one of them read-only: the preview lists
// every file with its changes and the read-only one with its reason; Enter writes, and the
// report keeps the failure highlighted; Esc closes; opened again, nothing is left to change.
// Esc while a job runs cancels it and keeps the dialog open.
TestCase {
    id: testCase
    name: "WriteTagsDialog"
    when: windowShown
    visible: true
    width: 1000
    height: 760

    Component {
        id: dialogComponent
        WriteTagsDialog {
            controller: TagWriteController {
                session: tagWriteSession
            }
        }
    }

    function rowWithStatus(list, status) {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && item.status === status)
                return item
        }
        return null
    }

    function test_previewWriteReportThenNothingLeft() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        const controller = dialog.controller
        const list = findChild(dialog.contentItem, "tagWriteFiles")
        const writeButton = findChild(dialog.footer, "writeTagsButton")
        verify(list && writeButton)

        dialog.openForAll()
        tryCompare(dialog, "opened", true)
        tryCompare(controller, "phase", TagWriteController.Previewed, 20000)
        compare(list.count, 4)
        compare(controller.files.changingCount, 3)
        compare(controller.files.failedCount, 1)
        verify(controller.summaryText.startsWith("3 file"), controller.summaryText)
        verify(writeButton.visible && writeButton.enabled)
        compare(dialog.title, "Write Tags")

        // The list makes its rows once it is laid out, which may come after the preview.
        let failed = null
        tryVerify(() => (failed = rowWithStatus(list, TagWriteListModel.Failed)) !== null, 5000,
                  "the read-only file is listed")
        verify(failed.reason.indexOf("read-only") >= 0, failed.reason)
        let changing = null
        tryVerify(() => (changing = rowWithStatus(list, TagWriteListModel.WillChange)) !== null, 5000)
        verify(changing.changeCount > 0)
        verify(changing.changes.some(change => change.field === "isrc" && change.after.startsWith("QZK6H26")))

        // Enter writes; the report keeps the failure and its reason.
        keyClick(Qt.Key_Return)
        tryCompare(controller, "phase", TagWriteController.Written, 20000)
        compare(controller.files.writtenCount, 3)
        compare(controller.files.failedCount, 1)
        compare(dialog.title, "Write Tags: Report")
        verify(!writeButton.visible)
        verify(controller.summaryText.startsWith("3 file"), controller.summaryText)
        tryVerify(() => rowWithStatus(list, TagWriteListModel.Failed) !== null)
        verify(rowWithStatus(list, TagWriteListModel.Failed).reason.indexOf("read-only") >= 0)
        compare(findChild(rowWithStatus(list, TagWriteListModel.Written), "fileStatus").text, "Written")

        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(controller.phase, TagWriteController.Idle)
        compare(list.count, 0)

        // Everything the catalog knows is in the files now.
        dialog.openForAll()
        tryCompare(controller, "phase", TagWriteController.Previewed, 20000)
        compare(controller.files.unchangedCount, 3)
        compare(controller.files.changingCount, 0)
        verify(!writeButton.enabled)
        keyClick(Qt.Key_Return)
        compare(controller.phase, TagWriteController.Previewed)
        verify(dialog.visible)
        // Closed before the test ends: a modal popup destroyed while open leaks its overlay
        // animation in Qt (qqc2-desktop-style), which AddressSanitizer reports.
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
    }

    function test_escapeWhileRunningCancelsAndKeepsTheDialog() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        const controller = dialog.controller
        dialog.openForAll()
        verify(dialog.running)
        verify(findChild(dialog.footer, "cancelTagWriteButton").visible)
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(controller, "running", false, 20000)
        verify(dialog.visible, "Esc cancels a running job; it does not close the dialog")
        if (controller.cancelled)
            verify(controller.summaryText.indexOf("cancelled") >= 0, controller.summaryText)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
    }
}
