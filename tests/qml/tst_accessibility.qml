// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint

// Issue 13, item 5: a screen reader hears a name and a role for every control the keyboard can
// reach, on every page. Names come from what Qt's accessibility layer reports (a button's text,
// an icon-only button's Accessible.name), not from guessing in QML.
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
        if (!accessibleProbe.activate()) {
            if (accessibleProbe.required())
                fail("Qt's accessibility cannot be switched on here (QT_QPA_PLATFORM=xcb under Xvfb is needed)")
            skip("no platform accessibility here (offscreen); ctest runs this as tst_qml_accessibility under Xvfb")
        }
        window = mainComponent.createObject(null, { session: testSession })
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        tryVerify(() => !testSession.loading, 5000)
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        testSession.releases.currentReleaseId = testSession.releases.model.idAt(0)
    }
    function cleanupTestCase() {
        if (!window)
            return
        tryVerify(() => !window.busy, 20000)
        window.close()
        window.destroy()
        wait(50)
    }

    // The keyboard-reachable controls under item that are shown, and what is said about each
    // one without a name or a role.
    function unnamed(item) {
        let found = []
        for (const child of item.children) {
            if (!child.visible || child.opacity === 0 || child.width <= 0 || child.height <= 0)
                continue
            if (child.activeFocusOnTab === true && child.enabled) {
                const said = accessibleProbe.describe(child)
                if (said.name.trim().length === 0 || said.role === "" || said.role === "NoRole"
                        || said.role === "Client")
                    found.push(describeItem(child) + " (role " + (said.role || "none") + ", name \""
                               + said.name + "\")")
            }
            found = found.concat(unnamed(child))
        }
        return found
    }
    function describeItem(item) {
        let path = item.objectName || String(item).replace(/\(0x[0-9a-f]+.*$/, "")
        for (let p = item.parent; p && path.length < 160; p = p.parent) {
            if (p.objectName) {
                path = p.objectName + " › " + path
                break
            }
        }
        return path
    }

    function test_everyControlHasANameAndARole_data() {
        return [{ tag: "catalog" }, { tag: "releases" }, { tag: "works" }, { tag: "parties" },
                { tag: "calendar" }, { tag: "quality" }, { tag: "rights" }, { tag: "deliveries" }]
    }
    function test_everyControlHasANameAndARole(data) {
        verify(window.showPage(data.tag))
        tryVerify(() => !window.busy, 20000)
        waitForRendering(window.contentItem)
        const missing = unnamed(window.contentItem)
        verify(missing.length === 0, data.tag + ": " + missing.length + " without a name or role: "
                                     + missing.slice(0, 12).join("; "))
    }
}
