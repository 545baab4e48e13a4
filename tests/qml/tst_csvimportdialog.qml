// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint

// The CSV import dialog: a preview offers Apply only when something would change, lists every
// refused row and every warning by line, and Apply hands back the previewed file.
TestCase {
    id: testCase
    name: "CsvImportDialog"
    when: windowShown
    visible: true
    width: 800
    height: 600

    Component {
        id: dialogComponent
        CsvImportDialog {}
    }

    SignalSpy {
        id: applySpy
        signalName: "applyRequested"
    }

    function report(updated, badRows) {
        return {
            file: "/tmp/tracks.csv", fileUrl: "file:///tmp/tracks.csv", updated: updated, created: 0,
            unchanged: 3, badRows: badRows, unknownColumns: ["colour"], error: "",
            summary: "tracks.csv would update " + updated + " track(s)"
        }
    }

    function applyButton(dialog) {
        const buttons = dialog.footer.contentChildren
        for (let i = 0; i < buttons.length; ++i)
            if (buttons[i].text === "Apply")
                return buttons[i]
        return null
    }

    // Close the dialog before the test ends: a modal popup destroyed while open leaks its overlay
    // animation in Qt (qqc2-desktop-style), which AddressSanitizer reports.
    function closeAndWait(dialog) {
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    // The visible item showing text, searched through the dialog's items.
    function findText(item, text) {
        if (!item || !item.visible)
            return null
        if (typeof item.text === "string" && item.text.indexOf(text) >= 0)
            return item
        const children = item.children ?? []
        for (let i = 0; i < children.length; ++i) {
            const found = findText(children[i], text)
            if (found)
                return found
        }
        return null
    }

    function test_warningsAreListed() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        const withWarning = report(1, [])
        withWarning.warnings = [{ line: 3, reason: "release_date: read-only, the change was not applied" }]
        dialog.show(withWarning, true)
        tryCompare(dialog, "opened", true)
        verify(dialog.canApply)
        tryVerify(() => findText(dialog.contentItem, "Line 3: release_date: read-only") !== null)
        closeAndWait(dialog)
    }

    function test_previewThenApply() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        applySpy.target = dialog
        applySpy.clear()
        dialog.show(report(2, [{ line: 4, reason: "ISRC \"X\": too short" }]), true)
        tryCompare(dialog, "opened", true)
        verify(dialog.canApply)
        const apply = applyButton(dialog)
        verify(apply && apply.visible && apply.enabled)
        mouseClick(apply)
        compare(applySpy.count, 1)
        compare(applySpy.signalArguments[0][0].toString(), "file:///tmp/tracks.csv")
        tryCompare(dialog, "visible", false)
    }

    function test_nothingToApply() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.show(report(0, [{ line: 2, reason: "no track with id \"9\"" }]), true)
        tryCompare(dialog, "opened", true)
        verify(!dialog.canApply)
        verify(!applyButton(dialog).enabled)
        closeAndWait(dialog)
    }

    function test_resultHasNoApply() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.show(report(2, []), false)
        tryCompare(dialog, "opened", true)
        verify(!dialog.canApply)
        verify(!applyButton(dialog).visible)
        closeAndWait(dialog)
    }
}
