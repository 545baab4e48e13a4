// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models
import Imprint.App

// The running order of a release: drag a row by its handle (or Alt+Up/Down) to reorder, Delete
// or × to take a track off the release, "Add Track…" to put one on, "Plan Track…" for one whose
// audio does not exist yet. Each change is one undo step. A planned track's row takes its audio
// file by drop or file dialog (the plan controller imports it off the GUI thread).
ColumnLayout {
    id: list
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    required property ReleaseCatalog releases
    property ReleasePlanController planner
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
            objectName: "planTrackButton"
            text: qsTr("Plan Track…")
            enabled: list.releases.currentReleaseId !== 0
            onClicked: planPopup.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Add a track whose audio does not exist yet")
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
                onAudioDropped: file => list.attachAudio(modelData.trackId, file)
                onChooseAudioRequested: {
                    audioPicker.trackId = modelData.trackId
                    audioPicker.ask()
                }
            }
        }
    }

    Label {
        visible: list.tracks.length === 0
        text: qsTr("No tracks on this release yet.")
        opacity: 0.7
    }

    // What became of an audio file dropped on or chosen for a planned track.
    Label {
        objectName: "trackFileMessage"
        Layout.fillWidth: true
        Layout.topMargin: 6
        visible: list.planner !== null && (list.planner.running ? list.planner.task === "audio"
                                                                 : list.planner.lastTask === "audio")
        text: list.planner === null ? "" : list.planner.running ? qsTr("Reading the audio file…") : list.planner.message
        color: list.planner !== null && !list.planner.running && !list.planner.succeeded ? Tones.negative : Kirigami.Theme.textColor
        wrapMode: Text.Wrap
    }

    AddTrackPopup {
        id: addPopup
        releases: list.releases
    }

    PlanTrackPopup {
        id: planPopup
        releases: list.releases
        planner: list.planner
    }

    function attachAudio(trackId, file) {
        if (list.planner)
            list.planner.attachAudio(trackId, file)
    }

    AudioFileDialog {
        id: audioPicker
        property var trackId: 0
        onChosen: file => list.attachAudio(trackId, file)
    }
}
