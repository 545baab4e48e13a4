// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Issue 13, item 5: a screen reader hears a name and a role for every control the keyboard can
// reach, on every page. Names and roles come from Qt's accessibility layer (AccessibleProbe); a
// button without an Accessible.name is called by its text, as Qt calls it for a screen reader.
TestCase {
    id: testCase
    name: "Accessibility"
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

    function test_everyControlHasANameAndARole_data() {
        return [{ tag: "catalog" }, { tag: "releases" }, { tag: "works" }, { tag: "parties" },
                { tag: "calendar" }, { tag: "quality" }, { tag: "rights" }, { tag: "deliveries" }]
    }
    function test_everyControlHasANameAndARole(data) {
        verify(window.showPage(data.tag))
        tryVerify(() => !window.busy, 20000)
        waitForRendering(window.contentItem)
        accessibleProbe.announceScreenReader()
        const missing = Walk.unnamed(accessibleProbe, window.contentItem)
        verify(missing.length === 0, data.tag + ": " + missing.length + " without a name or role: "
                                     + missing.slice(0, 12).join("; "))
    }
}
