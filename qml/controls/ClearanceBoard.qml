// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Open clearance items across the catalog; items ending within 30 days stand out.
ColumnLayout {
    id: board

    required property RightsCatalog rights

    /// The user picked an item: show its track.
    signal trackChosen(var trackId)

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
            width: ListView.view.width
            onClicked: board.trackChosen(item.trackId)
            contentItem: RowLayout {
                spacing: 12
                Label {
                    text: item.statusName
                    font.bold: true
                    Layout.preferredWidth: 90
                }
                Label {
                    text: qsTr("%1 — %2").arg(item.trackTitle).arg(item.kindName)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: item.counterparty.length > 0 ? item.counterparty : qsTr("no counterparty yet")
                    opacity: item.counterparty.length > 0 ? 1 : 0.6
                    Layout.preferredWidth: 160
                    elide: Text.ElideRight
                }
                Label {
                    text: item.validUntil.length > 0 ? qsTr("until %1").arg(item.validUntil) : ""
                    color: item.expired || item.expiringSoon ? Tones.negative : Kirigami.Theme.textColor
                    font.bold: item.expiringSoon || item.expired
                    Layout.preferredWidth: 130
                }
                Button {
                    text: qsTr("Mark Cleared")
                    // Hidden but kept in the layout, so the columns line up on every row.
                    enabled: item.status !== "cleared"
                    opacity: enabled ? 1 : 0
                    onClicked: board.rights.setClearanceStatus(item.itemId, "cleared")
                }
            }
        }
    }
}
