// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint

// Issue 13, item 5: a screen reader hears a name and a role for every control the keyboard can
// reach, on every page. Names and roles come from Qt's accessibility layer (AccessibleProbe); a
// button without an Accessible.name is called by its text, as Qt calls it for a screen reader.
TestCase {
    id: testCase
    name: "Accessibility"
    when: windowShown

    property var window: null
    readonly property var buttonRoles: ["Button", "CheckBox", "RadioButton", "PageTab", "MenuItem",
                                        "ButtonMenu", "ButtonDropDown", "Link"]

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

    // The keyboard-reachable controls under item that are shown, and what is said about each
    // one without a name or a role.
    function unnamed(item) {
        let found = []
        for (const child of item.children) {
            if (!child.visible || child.opacity === 0 || child.width <= 0 || child.height <= 0)
                continue
            if (child.activeFocusOnTab === true && child.enabled) {
                const said = accessibleProbe.describe(child)
                // A button is called by its text unless it says otherwise (Qt names it so once a
                // screen reader runs, which the test platform cannot start).
                const name = said.name.trim().length > 0 || !buttonRoles.includes(said.role)
                             ? said.name : String(child.text ?? "")
                if (name.trim().length === 0 || said.role === "" || said.role === "NoRole"
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
        accessibleProbe.announceScreenReader()
        const missing = unnamed(window.contentItem)
        verify(missing.length === 0, data.tag + ": " + missing.length + " without a name or role: "
                                     + missing.slice(0, 12).join("; "))
    }
}
