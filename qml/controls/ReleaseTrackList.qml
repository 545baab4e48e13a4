// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The running order of a release: drag a row by its handle (or Alt+Up/Down) to reorder, Delete
// or × to take a track off the release, "Add Track…" to put one on. Each change is one undo step.
ColumnLayout {
    id: list

    required property ReleaseCatalog releases
    readonly property var tracks: releases.currentTracks
    readonly property int rowHeight: 30

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.bottomMargin: 6
        Label {
            text: qsTr("Tracks")
            font.bold: true
            font.pixelSize: 16
            Layout.fillWidth: true
        }
        Button {
            objectName: "addTrackButton"
            text: qsTr("Add Track…")
            enabled: list.releases.currentReleaseId !== 0
            onClicked: addPopup.open()
        }
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: list.tracks.length * list.rowHeight

        Repeater {
            id: rows
            model: list.tracks
            delegate: ReleaseTrackRow {
                required property int index
                required property var modelData
                width: parent.width
                height: list.rowHeight
                y: index * list.rowHeight
                rowIndex: index
                track: modelData
                rowCount: rows.count
                onMoveRequested: to => list.releases.moveTrack(index, to)
                onRemoveRequested: list.releases.removeTrack(modelData.trackId)
            }
        }
    }

    Label {
        visible: list.tracks.length === 0
        text: qsTr("No tracks on this release yet.")
        opacity: 0.7
    }

    AddTrackPopup {
        id: addPopup
        releases: list.releases
    }
}
