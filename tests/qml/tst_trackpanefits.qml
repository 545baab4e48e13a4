// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint

// Issue 13: the track pane fits its narrowest width (the catalog page's split view lets it
// shrink to 280 px). A label that neither wraps nor elides, or a row of buttons and text, used
// to push the pane's column wider than the pane, so its fields ran past the window's edge (in
// German first, whose words are longer).
TestCase {
    id: testCase
    name: "TrackPaneFits"
    when: windowShown
    visible: true
    width: 400
    height: 900

    Component {
        id: paneComponent
        TrackDetailPane {
            width: 280
            height: testCase.height
            session: testSession
        }
    }

    // Every visible item inside the pane whose right edge is past the pane's.
    function overflowing(pane, item) {
        let found = []
        for (const child of item.children) {
            if (!child.visible || child.width <= 0)
                continue
            const right = child.mapToItem(pane, child.width, 0).x
            if (right > pane.width + 0.5)
                found.push((child.objectName || String(child)) + " ends at " + Math.round(right))
            found = found.concat(overflowing(pane, child))
        }
        return found
    }

    function test_fitsAtItsNarrowestWidth() {
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        const pane = createTemporaryObject(paneComponent, testCase)
        tryVerify(() => pane.hasTrack)
        waitForRendering(pane)
        const over = overflowing(pane, pane)
        verify(over.length === 0, "past the pane's edge (" + pane.width + "): " + over.slice(0, 5).join(", "))
    }
}
