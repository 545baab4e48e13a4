// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The selected track's clearance items: status, counterparty, validity and the signed document
// (drop a file on it, or pick one), with Edit and Remove. Every change is undoable.
ColumnLayout {
    id: list

    required property RightsCatalog rights
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false

    signal editRequested(var item)

    /// Scrolls to the item a fix link leads to: now, or once the track's items are read (a row
    /// far down a long list is made only when it comes into view).
    function showItem(itemId) {
        list.wantedItem = Number(itemId)
        list.wantedOnTrack = list.rights.currentTrackId
        list.positionAtWanted()
    }
    property real wantedItem: 0
    property real wantedOnTrack: 0
    function positionAtWanted() {
        if (list.wantedItem <= 0)
            return
        if (list.rights.currentTrackId !== list.wantedOnTrack) { // another track: not its item
            list.wantedItem = 0
            return
        }
        const index = list.rights.clearances.findIndex(c => Number(c.id) === list.wantedItem)
        if (index < 0)
            return
        items.positionViewAtIndex(index, ListView.Contain)
        list.wantedItem = 0
    }
    Connections {
        target: list.rights
        // The track's items were read: after the list has taken them.
        function onCurrentChanged() { Qt.callLater(list.positionAtWanted) }
    }

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Clearance items")
            font.bold: true
            font.pixelSize: 16
            Layout.fillWidth: true
        }
        Button {
            objectName: "addClearance"
            text: qsTr("Add…")
            enabled: list.rights.currentTrackId > 0 && !list.readOnly
            onClicked: list.editRequested({ id: 0, trackId: list.rights.currentTrackId })
        }
    }
    Label {
        visible: items.count === 0
        text: qsTr("No clearance items for this track.")
        opacity: 0.7
    }
    ListView {
        id: items
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 10
        model: list.rights.clearances
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: entry
            required property var modelData
            // A finding about this item leads here (clearanceItem_<id>/<control>).
            objectName: "clearanceItem_" + entry.modelData.id
            width: ListView.view.width - 12
            spacing: 3

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: entry.modelData.kindName
                    font.bold: true
                }
                Label {
                    text: entry.modelData.counterparty.length > 0 ? qsTr("with %1").arg(entry.modelData.counterparty)
                                                                 : qsTr("no counterparty yet")
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    opacity: 0.8
                }
                ComboBox {
                    objectName: "clearanceStatus"
                    model: list.rights.statuses
                    textRole: "text"
                    valueRole: "value"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    enabled: !list.readOnly
                    currentIndex: list.rights.statuses.findIndex(s => s.value === entry.modelData.status)
                    onActivated: index => list.rights.setClearanceStatus(entry.modelData.id,
                                                                         list.rights.statuses[index].value)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: 12
                opacity: 0.8
                text: [entry.modelData.territory,
                       entry.modelData.validFrom.length > 0 || entry.modelData.validUntil.length > 0
                           ? qsTr("valid %1 – %2").arg(entry.modelData.validFrom || "…").arg(entry.modelData.validUntil || "…")
                           : "",
                       entry.modelData.notes].filter(part => part.length > 0).join(" · ")
            }
            DocumentSlot {
                objectName: "clearanceDocument"
                Layout.fillWidth: true
                path: entry.modelData.documentPath
                documentState: entry.modelData.documentState
                fileUrl: list.rights.documentUrl(entry.modelData.documentAssetId)
                readOnly: list.readOnly
                hasLibraryFolder: list.rights.hasLibraryFolder
                onAttach: file => list.rights.attachDocument("clearance", entry.modelData.id, file)
            }
            RowLayout {
                Label {
                    objectName: "clearanceState"
                    // A split sheet, an agreement or a licence counts only with its signed document.
                    readonly property bool done: entry.modelData.settled && !entry.modelData.needsDocument
                    text: entry.modelData.needsDocument ? qsTr("Cleared, but it needs its signed document")
                                                        : entry.modelData.settled ? qsTr("Settled") : qsTr("Open")
                    color: done ? Tones.positive : Tones.negative
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "editClearanceButton"
                    text: qsTr("Edit…")
                    enabled: !list.readOnly
                    onClicked: list.editRequested(entry.modelData)
                }
                ToolButton {
                    text: qsTr("Remove")
                    enabled: !list.readOnly
                    onClicked: list.rights.removeClearanceItem(entry.modelData.id)
                }
            }
        }
    }
}
