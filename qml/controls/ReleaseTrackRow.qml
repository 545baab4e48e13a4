// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts

// One track of a release's running order. Dragging the handle lifts the row and shows where it
// will land; dropping asks for the move. Alt+Up/Down and Delete do the same from the keyboard.
// A planned track (no audio yet) says so, and takes an audio file dropped on it or chosen.
FocusScope {
    id: row

    property int rowIndex: 0
    property int rowCount: 0
    property var track: ({})

    signal moveRequested(int to)
    signal removeRequested()
    /// A planned track's audio: a file dropped on the row, or "Choose Audio File…".
    signal audioDropped(url file)
    signal chooseAudioRequested()

    readonly property bool planned: row.track.hasAudio === false

    // A drag by the handle in progress, and where it would drop the row.
    property bool dragging: false
    property real dragOffset: 0
    readonly property int dropIndex: Math.max(0, Math.min(rowCount - 1, Math.round((y + dragOffset) / height)))

    activeFocusOnTab: true
    z: dragging ? 2 : 0
    Accessible.role: Accessible.ListItem
    Accessible.name: track.title ?? ""

    Keys.onPressed: event => {
        if ((event.modifiers & Qt.AltModifier) && event.key === Qt.Key_Up && rowIndex > 0) {
            row.moveRequested(rowIndex - 1)
            event.accepted = true
        } else if ((event.modifiers & Qt.AltModifier) && event.key === Qt.Key_Down && rowIndex < rowCount - 1) {
            row.moveRequested(rowIndex + 1)
            event.accepted = true
        } else if (event.key === Qt.Key_Delete) {
            row.removeRequested()
            event.accepted = true
        }
    }

    Rectangle {
        id: body
        width: row.width
        height: row.height
        y: row.dragging ? row.dragOffset : 0
        color: row.dragging || audioDrop.containsDrag ? Kirigami.Theme.highlightColor
                               : row.activeFocus ? Qt.alpha(Kirigami.Theme.highlightColor, 0.2)
                                                 : row.rowIndex % 2 ? Kirigami.Theme.alternateBackgroundColor : Kirigami.Theme.backgroundColor
        opacity: row.dragging ? 0.85 : 1

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            spacing: 10

            Label {
                id: handle
                objectName: "dragHandle"
                text: "≡"
                font.pixelSize: 18
                Layout.preferredWidth: 20
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.6
                // Only the handle starts a drag, so clicks elsewhere stay clicks. Positions are
                // taken in the list's coordinates, as the row itself moves with the drag.
                MouseArea {
                    anchors.fill: parent
                    cursorShape: row.dragging ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                    preventStealing: true // the editor scrolls vertically too
                    property real startY: 0
                    onPressed: mouse => {
                        startY = mapToItem(row.parent, mouse.x, mouse.y).y
                        row.dragOffset = 0
                        row.dragging = true
                        row.forceActiveFocus()
                    }
                    onPositionChanged: mouse => row.dragOffset = mapToItem(row.parent, mouse.x, mouse.y).y - startY
                    onReleased: {
                        row.dragging = false
                        if (row.dropIndex !== row.rowIndex)
                            row.moveRequested(row.dropIndex)
                    }
                    onCanceled: row.dragging = false
                }
            }
            Label {
                Layout.preferredWidth: 40
                text: row.track.disc > 1 ? row.track.disc + "-" + row.track.number : String(row.track.number)
                opacity: 0.7
            }
            ElidedLabel {
                Layout.fillWidth: true
                // The title stays readable on a narrow window (German labels are long).
                Layout.minimumWidth: 110
                text: row.track.title + (row.track.version.length > 0 ? " (" + row.track.version + ")" : "")
                opacity: row.planned ? 0.75 : 1
            }
            Label {
                objectName: "noAudioLabel"
                visible: row.planned
                text: audioDrop.containsDrag ? qsTr("Drop to use as its audio") : qsTr("no audio yet")
                font.italic: true
                color: Tones.neutral
            }
            ToolButton {
                objectName: "chooseAudioButton"
                visible: row.planned
                text: qsTr("Choose Audio File…")
                focusPolicy: Qt.NoFocus
                onClicked: row.chooseAudioRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Import an audio file as this planned track's master, whatever its tags say (or drop the file on the row)")
            }
            Label {
                visible: !row.planned || row.track.isrc.length > 0
                Layout.preferredWidth: 130
                text: row.track.isrc
                font.family: "monospace"
            }
            Label {
                visible: !row.planned
                Layout.preferredWidth: 50
                text: row.track.duration
                horizontalAlignment: Text.AlignRight
            }
            ToolButton {
                objectName: "removeTrackButton"
                text: qsTr("Take this track off the release")
                icon.name: "list-remove"
                display: AbstractButton.IconOnly
                focusPolicy: Qt.NoFocus
                onClicked: row.removeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Take this track off the release (Delete)")
            }
        }
    }

    DropArea {
        id: audioDrop
        anchors.fill: parent
        enabled: row.planned
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls) {
                row.audioDropped(drop.urls[0])
                drop.acceptProposedAction()
            }
        }
    }

    // Where the row will land, while dragging.
    Rectangle {
        visible: row.dragging && row.dropIndex !== row.rowIndex
        width: row.width
        height: 2
        color: Kirigami.Theme.highlightColor
        y: (row.dropIndex - row.rowIndex) * row.height + (row.dropIndex > row.rowIndex ? row.height : 0)
    }
}
