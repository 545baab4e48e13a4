// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Open clearance items across the catalog; items ending within 30 days stand out, and so do
// cleared items whose kind counts only with the signed document they lack.
ColumnLayout {
    id: board
    objectName: "clearanceBoard"

    required property RightsCatalog rights
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false

    /// The user picked an item: show its track.
    signal trackChosen(var trackId)
    /// A cleared item waits for its signed document: lead to the item's document slot.
    signal documentWanted(var trackId, var itemId)

    spacing: 4

    Label {
        text: qsTr("Clearance board")
        font.bold: true
        font.pixelSize: 16
    }
    Label {
        visible: list.count === 0
        text: qsTr("No open clearance items.")
        opacity: 0.7
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: board.rights.board
        ScrollBar.vertical: ScrollBar {}
        // Below this the fixed columns would leave the item's name a few letters: they go under it.
        readonly property bool narrow: width < Kirigami.Units.gridUnit * 44
        delegate: ItemDelegate {
            id: item
            required property var itemId
            required property var trackId
            required property string trackTitle
            required property string kindName
            required property string status
            required property string statusName
            required property string counterparty
            required property string validUntil
            required property bool expiringSoon
            required property bool expired
            required property bool needsDocument
            objectName: "boardItem_" + item.itemId
            width: ListView.view.width
            onClicked: board.trackChosen(item.trackId)
            contentItem: RowLayout {
                spacing: 12
                Label {
                    text: item.statusName
                    font.bold: true
                    Layout.preferredWidth: 90
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: qsTr("%1 — %2").arg(item.trackTitle).arg(item.kindName)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "boardNeedsDocument"
                        visible: item.needsDocument
                        text: qsTr("Needs its signed document")
                        color: Tones.negative
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    // In a narrow pane the counterparty and the date go under the item.
                    Label {
                        visible: list.narrow
                        text: [counterpartyLabel.text, untilLabel.text].filter(part => part.length > 0).join(" · ")
                        color: untilLabel.color
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    id: counterpartyLabel
                    visible: !list.narrow
                    text: item.counterparty.length > 0 ? item.counterparty : qsTr("no counterparty yet")
                    opacity: item.counterparty.length > 0 ? 1 : 0.6
                    Layout.preferredWidth: 160
                    elide: Text.ElideRight
                }
                Label {
                    id: untilLabel
                    visible: !list.narrow
                    text: item.validUntil.length > 0 ? qsTr("until %1").arg(item.validUntil) : ""
                    color: item.expired || item.expiringSoon ? Tones.negative : Kirigami.Theme.textColor
                    font.bold: item.expiringSoon || item.expired
                    Layout.preferredWidth: 130
                }
                // One of the two buttons in one column: the width of the wider, so the columns
                // line up on every row.
                Button {
                    id: attachButton
                    objectName: "attachBoardDocumentButton"
                    visible: item.needsDocument
                    Layout.preferredWidth: Math.max(implicitWidth, clearButton.implicitWidth)
                    text: qsTr("Attach Document…")
                    icon.name: "mail-attachment"
                    display: list.narrow ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show the item on the track's Clearance tab, at its document")
                    enabled: !board.readOnly
                    onClicked: board.documentWanted(item.trackId, item.itemId)
                }
                Button {
                    id: clearButton
                    objectName: "markClearedButton"
                    Layout.preferredWidth: Math.max(implicitWidth, attachButton.implicitWidth)
                    text: qsTr("Mark Cleared")
                    icon.name: "dialog-ok-apply"
                    // Only the icon in a narrow pane, so the item's name keeps its room.
                    display: list.narrow ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
                    ToolTip.visible: list.narrow && hovered
                    ToolTip.text: text
                    visible: !item.needsDocument
                    // Nothing to clear: faded out but kept in the layout, so the columns line up.
                    enabled: item.status !== "cleared" && !board.readOnly
                    opacity: enabled ? 1 : 0
                    onClicked: board.rights.setClearanceStatus(item.itemId, "cleared")
                }
            }
        }
    }
}
