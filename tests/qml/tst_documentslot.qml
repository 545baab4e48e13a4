// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// A rights document where this computer has no library folder to keep it in (a team catalog
// before File › Library Folder…): the slot says so and its button opens Library Folder… in the
// window, instead of a picker whose file would be refused.
TestCase {
    id: testCase
    name: "DocumentSlot"
    when: windowShown

    Component {
        id: windowComponent
        ApplicationWindow {
            id: window
            property var opened: []
            // As Main.qml's openDialog: the dialog of that key.
            function openDialog(key) {
                opened.push(key)
                return null
            }
            width: 600
            height: 120
            visible: true
            property alias slot: slot
            DocumentSlot {
                id: slot
                width: parent.width
                attachText: qsTr("Attach licence…")
            }
        }
    }

    function test_withoutALibraryFolderTheButtonChoosesOne() {
        const window = createTemporaryObject(windowComponent, null)
        const slot = window.slot
        const attach = Walk.findNamed(slot, "attachDocumentButton")
        const choose = Walk.findNamed(slot, "documentLibraryFolderButton")
        verify(attach.visible && !choose.visible)
        compare(attach.text, "Attach licence…")

        slot.hasLibraryFolder = false
        verify(!attach.visible)
        verify(choose.visible)
        compare(choose.text, "Choose Library Folder…")
        verify(!slot.canAttach, "a dropped file is not taken either")
        mouseClick(choose)
        compare(window.opened, ["library"])

        // A viewer changes nothing, the folder included.
        slot.readOnly = true
        verify(!choose.visible && !attach.visible)
    }
}
