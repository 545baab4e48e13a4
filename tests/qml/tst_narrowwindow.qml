// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Issue 13, item 4: every page fits a 1024×700 and a 1440×900 window (ctest runs this file in
// English, in German and at 1.5× scale). Nothing may end past the edge of what shows it: the
// window, or a scrolling view that cannot scroll sideways; no text may be cut off unelided.
// Before, the release editor pushed its buttons, cover and track rows past the window, the
// quality table's chips ran into the next column, the readiness matrix showed one of four uses
// with no way to reach the others, and the clearance board lost its buttons.
TestCase {
    id: testCase
    name: "NarrowWindow"
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

    function control(name) {
        return window.findControl(window.contentItem, name)
    }

    function init() {
        window.width = 1024
        window.height = 700
    }

    function test_pages_data() {
        const rows = []
        for (const size of [[1024, 700], [1440, 900]]) {
            for (const page of ["catalog", "releases", "works", "parties", "calendar", "quality", "rights",
                                "deliveries"])
                rows.push({ tag: page + " " + size[0] + "x" + size[1], page: page, width: size[0],
                            height: size[1] })
        }
        return rows
    }
    function test_pages(data) {
        window.width = data.width
        window.height = data.height
        verify(window.showPage(data.page))
        tryVerify(() => !window.busy, 20000)
        waitForRendering(window.contentItem)
        // Lists re-made by a late update lay out on the next polish: what stays over is a fault.
        let over = Walk.overflowing(window.contentItem, window.width, window.height, window.contentItem, false, false)
        for (let waited = 0; over.length > 0 && waited < 3000; waited += 100) {
            wait(100)
            over = Walk.overflowing(window.contentItem, window.width, window.height, window.contentItem, false, false)
        }
        verify(over.length === 0, data.tag + ": " + over.slice(0, 6).join("; "))
    }

    // In a pane too narrow for the fields and the cover side by side, the cover goes under the
    // fields instead of pushing them and the buttons past the edge.
    function test_releaseCoverGoesUnderTheFields() {
        verify(window.showPage("releases"))
        waitForRendering(window.contentItem)
        const cover = control("artworkPreview")
        const upc = control("upcField")
        verify(cover && upc)
        verify(cover.mapToItem(null, 0, 0).y > upc.mapToItem(null, 0, upc.height).y,
               "the cover is beside the fields in a " + window.width + " px window")
    }

    // The uses that do not fit are reached by scrolling sideways, and each shows readable chips.
    function test_readinessMatrixScrollsToEveryUse() {
        verify(window.showPage("rights"))
        waitForRendering(window.contentItem)
        const chip = control("verdictChip")
        verify(chip)
        const table = control("readinessTable")
        verify(table)
        compare(table.columns, 4)
        verify(chip.parent.width >= chip.implicitWidth, "a cell is narrower than its chip")
        verify(table.contentWidth > table.width, "all four uses fit (the test expects a narrow pane)")
        table.contentX = table.contentWidth - table.width
        waitForRendering(table)
        const last = control("cell_0_3")
        verify(last && last.visible, "the last use can be scrolled to")
        const right = last.mapToItem(table, last.width, 0).x
        verify(right <= table.width + 0.5, "the last use ends at " + right + " of " + table.width)
        table.contentX = 0
    }

    // The rights pane's tabs all show in a 1024 px window, in German too: none is half behind
    // the pane's edge, to be found only by scrolling the tab bar.
    function test_rightsTabsAllShow() {
        verify(window.showPage("rights"))
        waitForRendering(window.contentItem)
        const tabs = control("rightsTabs")
        verify(tabs)
        compare(tabs.count, 5)
        verify(tabs.contentWidth <= tabs.width + 0.5,
               "the tabs need " + Math.round(tabs.contentWidth) + " px, the bar has " + Math.round(tabs.width))
    }

    function openItemButtons(item) {
        let found = []
        for (const child of item.children) {
            if (child.objectName === "markClearedButton" && child.visible && child.enabled)
                found.push(child)
            found = found.concat(openItemButtons(child))
        }
        return found
    }

    function attachDocumentButton(item) {
        for (const child of item.children) {
            if (child.objectName === "attachBoardDocumentButton" && child.visible)
                return child
            const found = attachDocumentButton(child)
            if (found)
                return found
        }
        return null
    }

    // The clearance board keeps its button on every open item, and the button clears it.
    function test_clearanceBoardKeepsItsButtons() {
        verify(window.showPage("rights"))
        waitForRendering(window.contentItem)
        const board = control("clearanceBoard")
        verify(board)
        // An open item with a long name and counterparty, as a label's would be.
        verify(testSession.rights.saveClearanceItem({ trackId: testSession.tracks.trackIdAt(0),
                                                      kind: "mechanical_licence", status: "requested",
                                                      counterparty: "Tideline Publishing and Mechanical Rights Ltd.",
                                                      validUntil: "2027-01-31" }))
        tryVerify(() => openItemButtons(board).length > 0, 3000, "the open item is on the board")
        const buttons = openItemButtons(board)
        for (const button of buttons) {
            const right = button.mapToItem(board, button.width, 0).x
            verify(right <= board.width + 0.5, "a Mark Cleared button ends at " + right + " of " + board.width)
        }
        mouseClick(buttons[0])
        tryVerify(() => openItemButtons(board).length === buttons.length - 1, 3000, "the item is cleared")
        // Cleared without its signed document, a mechanical licence stays, with Attach Document….
        let attach = null
        tryVerify(() => {
            attach = attachDocumentButton(board)
            return attach !== null
        }, 3000, "the item waits for its document")
        const right = attach.mapToItem(board, attach.width, 0).x
        verify(right <= board.width + 0.5, "Attach Document… ends at " + right + " of " + board.width)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryVerify(() => openItemButtons(board).length === buttons.length, 3000, "the clearing is undone")
        keyClick(Qt.Key_Z, Qt.ControlModifier) // and the item, so other tests see the catalog as made
        tryVerify(() => openItemButtons(board).length === buttons.length - 1, 3000, "the item is gone")
    }
}
